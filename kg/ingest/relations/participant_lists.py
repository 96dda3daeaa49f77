"""Who took part in an event, as a list under a heading or lead-in of its own: "2 Teams taking
part" over "- Yizhou District Fire Brigade (4 vehicles)", "4. Hearing participants" over
"(a) consumers: A, of X; B, a resident", "Part C. Acceptance team" over a table of "Role  Name
Unit" rows, "... as co-organiser. Those taking part included:" or "Among the guests were:"
over indented rows of a name and a post. The heading is a line of at most 70 characters (a
section number, "Part C." or "#" before it), or the sentence that ends a line with a colon, whose last words are a phrase of
``data/participant-list-headings.txt``; a word before the phrase may name the event's noun
("hearing", "acceptance"); a phrase of kind "named" ("team", "panel") heads a list only with
such a noun (a bare "D1 Team" of an 8D report is the report's own team).

The list is the lines that follow (blank lines after the heading skipped): the first run of
filled lines, and runs after it that open indented deeper than the heading (a line as little
indented, "3. Programme", is the next section). Where a line opens with a marker ("-", "(a)",
"1."), the items are the marked lines with their deeper-indented continuations (what stands
before the first, a prose preamble, is none; a line that is neither ends the list); else an
item is a table's row ("|") or a line of cells two spaces apart with the deeper-indented lines
that carry its cells on, and running prose ("The safety manager of each enterprise ...") is
none. An item that names people gives them; one that names none gives its first organisation
(the others are where its people or teams come from); a name after "by" ("recommended by X")
is none.

The event: with a noun in the heading, the nearest event named before the heading (at most
3,000 characters back) whose name holds the noun; else (kind "any") the article's lead event
(relations/speakers.lead_events, as :mod:`speaker_lists` takes it; of those, one whose last
word the title block prints), named before the heading; else the event named last in the 600
characters before it, or in the 1,500 before it when the lead names no event (a news report's
"The drill, ..." in its second paragraph, over "Teams taking part were:" three paragraphs on).
``nfo:participant``; rule ``event:participant-list@0.5``. The heading is found by its words
(one ``str.find`` a word, the line around each by bisection), its items by one walk over its
lines: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds
from kg.ingest.model import Span
from kg.ingest.reading.caseless import lowered
from kg.ingest.reading.occurrences import occurrences
from kg.ingest.reading.windows import finds
from kg.ingest.relations.speaker_lists import listed_event, new_events
from kg.ingest.relations.speakers import lead_events
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE = "event:participant-list@0.5"
_BACK = 3000
_NEAR = 600             # how far back the event a lead-in sentence follows may be named
_FAR = 1500             # (when the article's lead names no event)
_LIST = 2500            # how far a list runs at most
_GATES = ("taking part", "took part", "participa", "attend", "present", "team", "panel",
          "exhibitor", "employer", "vacanc", "positions on", "guest")
_MARK = re.compile(r"[ \t]*(?:[-*•·▪]|\(?[a-z0-9]{1,2}\)|\d{1,2}\.(?!\d))[ \t]+")
_COLUMNS = re.compile(r"\S(?: {2,}|\t)\S")     # a row's cells: two spaces or a tab apart
_SEP = re.compile(r"[ \t]*[-=|+ \t]*$")
_BY = re.compile(r"\bby\s+(?:the\s+)?$")       # "recommended by X": X chose, did not take part
_STOP = frozenset("the a an of and in on at for to by with".split())


def _alts() -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(labelled_kinds("participant-list-headings"), key=len,
                                    reverse=True))


@lru_cache(maxsize=1)
def _heading() -> re.Pattern:
    alts = _alts()
    # (a section number, "Part C." or "#" first; up to three words before the phrase, the
    # last of which may be the event's noun)
    return re.compile(rf"[ \t]*(?:#+[ \t]*)?(?:(?:part[ \t]+)?[0-9A-Za-z]{{1,3}}[.)]?[ \t]+)?"
                      rf"(?P<pre>(?:[A-Za-z][\w'’-]*[ \t]+){{0,3}}?)(?P<ph>{alts})(?:,[ \t]*[^\n,.]{{1,30}}?)?(?:[ \t]*\([^()\n]{{1,60}}\))?"
                      rf"[ \t]*(?::|：)?[ \t]*",
                      re.I)


@lru_cache(maxsize=1)
def _lead_in() -> re.Pattern:
    alts = _alts()
    # "... co-organiser. Those taking part included:" - a sentence that ends the line
    return re.compile(rf"(?:^|(?<=[.!?])[ \t]+)(?P<pre>(?:[A-Z][\w'’-]*)(?:[ \t]+[a-z][\w'’-]*)"
                      rf"{{0,2}}?)[ \t]+(?P<ph>{alts})[ \t]*(?::|：)[ \t]*$", re.M)


def _headings(text: str) -> list[tuple[int, int, int, str, bool]]:
    """(heading start, its line's start, its line's end, the event noun it names or "",
    whether the event must be the one it names) of each heading."""
    low = lowered(text)
    breaks = occurrences(text, "\n")
    kinds = labelled_kinds("participant-list-headings")
    seen, out = set(), []
    for w in _GATES:
        for i in finds(low, w):
            ls = breaks.last_before(i) + 1
            if ls in seen:
                continue
            seen.add(ls)
            le = breaks.first_from(i)
            le = len(text) if le < 0 else le
            m = _heading().fullmatch(text, ls, le) if le - ls <= 70 else None
            if m is None:
                if not text[ls:le].rstrip().endswith((":", "：")):
                    continue
                m = _lead_in().search(text, ls, le)
                if m is None:
                    continue
            words = [w.lower() for w in m.group("pre").split()]
            if words[:1] == ["among"]:
                words = words[2:] if words[1:2] == ["the"] else words[1:]   # "Among the guests were:"
            if any(w in _STOP for w in words):
                continue            # ("Notes for exhibitors", "Guide for participants")
            noun = words[-1] if words and words[-1] not in _STOP and len(words[-1]) > 3 else ""
            if noun in ("those", "units", "which", "who"):
                noun = ""
            named = kinds.get(" ".join(m.group("ph").lower().split())) == "named"
            if named and not noun:
                continue
            out.append((m.start(), ls, le, noun, named))
    return sorted(out)


def _indent(text: str, pos: int, end: int) -> int:
    i = pos
    while i < end and text[i] in " \t":
        i += 1
    return i - pos


def _runs(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """The filled lines of the list under a heading whose line is ``text[ls:le]``: the first
    run after it, and the runs after that which open indented deeper than the heading."""
    head = _indent(text, ls, le)
    n = min(len(text), le + _LIST)
    runs: list[list[tuple[int, int]]] = []
    pos, blank = le + 1, False
    while pos < n:
        e = text.find("\n", pos)
        e = n if e < 0 else min(e, n)
        if not text[pos:e].strip():
            blank = True
        else:
            if not runs:
                runs.append([])
            elif blank:
                if _indent(text, pos, e) <= head and text[pos] != "|":
                    break
                runs.append([])
            runs[-1].append((pos, e))
            blank = False
        pos = e + 1
    return [x for run in runs for x in run if not _SEP.match(text, *x)]


def _items(text: str, ls: int, le: int) -> list[tuple[int, int]]:
    """(start, end) of each item of the list under a heading (see the module)."""
    rows = _runs(text, ls, le)
    if not rows:
        return []
    items: list[list[int]] = []
    if any(_MARK.match(text, a, b) for a, b in rows):
        for a, b in rows:
            if _MARK.match(text, a, b) is not None:
                items.append([a, b])
            elif items and _indent(text, a, b) > _indent(text, items[-1][0], b):
                items[-1][1] = b            # (its indented continuation)
            elif items:
                break                       # (a line that is neither ends the list)
        return [(a, b) for a, b in items]
    prev = None
    for a, b in rows:
        ind = _indent(text, a, b)
        if items and prev is not None and ind > prev:
            items[-1][1] = b                # (a row's cells carried on below it)
        elif text[a + ind] == "|" or _COLUMNS.search(text, a + ind, b):
            items.append([a, b])
            prev = ind
        else:
            prev = None                     # (prose: no item)
    return [(a, b) for a, b in items]


def _event(heading, noun, named, events, ev_starts, lead):
    if noun:
        i = bisect.bisect_left(ev_starts, heading) - 1
        while i >= 0 and events[i][0] >= heading - _BACK:
            ent = events[i][1]
            if listed_event(ent, True) and noun in ent.label.lower():
                return ent
            i -= 1
    if named:
        return None
    if lead is not None and min(m.start for m in lead.mentions) < heading:
        return lead
    i = bisect.bisect_left(ev_starts, heading) - 1      # (the event the paragraph just named)
    near = _NEAR if lead is not None else _FAR
    while i >= 0 and events[i][0] >= heading - near:
        ent = events[i][1]
        if ent.mentions and str(ent.cls).rsplit("#", 1)[-1] != "Milestone":
            return ent
        i -= 1
    return None


def participant_lists(draft, spans_of) -> None:
    text = draft.text
    heads = _headings(text)
    if not heads:
        return
    spans = spans_by_start(spans_of)
    events = new_events(spans)
    if not events:
        return
    ev_starts = [s for s, _ in events]
    starts = [s for s, _, _ in spans]
    plain = [ent for ent in lead_events(text, spans_of, None) if listed_event(ent)]
    nl = text.find("\n")
    lead = next((ent for ent in plain if nl < 0 or any(m.start > nl for m in ent.mentions)),
                plain[0] if plain else None)
    # (of the lead events, one whose head noun the title block prints: the "Drill" of "JOINT
    # ... RESCUE DRILL" rather than the "Plan" of "Date of plan:")
    blank = text.find("\n\n")
    title = lowered(text)[:blank if 0 < blank < 300 else 300]
    lead = next((ent for ent in plain if re.search(
        rf"\b{re.escape(ent.label.split()[-1].lower())}\b", title)), lead)
    for hs, ls, le, noun, named in heads:
        event = _event(hs, noun, named, events, ev_starts, lead)
        if event is None:
            continue
        for a, b in _items(text, ls, le):
            people, orgs = [], []
            i = bisect.bisect_left(starts, a)
            while i < len(spans) and spans[i][0] < b:
                s, e, ent = spans[i]
                if e <= b and not ent.role and ent is not event \
                        and not _BY.search(text, max(a, s - 12), s):
                    (people if ent.kind == "person" else orgs if ent.kind == "org" else []) \
                        .append((s, e, ent))
                i += 1
            for s, e, ent in people or orgs[:1]:
                if not event.statements.has(NFO.participant, ent.iri):
                    event.add(NFO.participant, ent.iri, Span(hs, e), RULE)
