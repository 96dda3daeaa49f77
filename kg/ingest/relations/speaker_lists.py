"""Who spoke at an event, as a list under a heading of its own: "Speakers at the ceremony:",
"Main points of the speakers", "3. Invited reports", "Keynote speakers included:", each item
below opening with a person ("- Zhao Min, chairman of X, said ...", "(1) Professor Li Wen, Y
University: "Title"", "- Dr. Chen Hao outlined ..."). The heading is a line of at most 60
characters whose last words are a phrase of ``data/speaker-list-headings.txt`` (a section
number before them, a colon after them, "at the ceremony" after them may stand); the list is
the bullet or numbered items that follow (blank lines between them allowed), until a line
that is neither an item nor its indented continuation. An item's speaker is the person named
first in it, when only a title word ("Professor", "Dr.", "Mr.", "Ms.") stands before the name.

The event is the article's lead event (the first named in its first three paragraphs,
relations/speakers.lead_events, that is not a milestone or a clause's, nor named on the headline
line alone), named before the heading; a heading that names its event's noun ("at the
ceremony") takes the nearest one named before it (at most 3,000 characters back) whose name
holds that noun. ``nfo:speaker``; rule ``event:speaker-list@0.5``. The heading is found by its
words (one ``str.find`` a word, the line around each by bisection): linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import lowered
from kg.ingest.reading.line_walk import filled_lines
from kg.ingest.reading.occurrences import occurrences
from kg.ingest.reading.windows import finds
from kg.ingest.span_order import spans_by_start
from kg.ingest.relations.speakers import lead_events
from kg.ingest.terms import NFO, local_name

RULE = "event:speaker-list@0.5"
_BACK = 3000
_GATES = ("speak", "speech", "report", "presentation", "talks", "addresses")
_ITEM = re.compile(r"[ \t]*(?:[-*•·▪]|\(?\d{1,2}[.)])[ \t]+")
_AT = re.compile(r"[ \t]+(?:at|of|during)[ \t]+(?:the|this)[ \t]+"
                 r"([a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)$")


@lru_cache(maxsize=1)
def _title() -> re.Pattern:
    """A courtesy title before an item's name ("Professor", "Dr."): data/courtesy-titles.txt,
    the list names/role_people reads."""
    titles = "|".join(re.escape(t) for t in sorted(lines("courtesy-titles"), key=len, reverse=True))
    return re.compile(rf"(?:(?:{titles})\.?[ \t]+)?")


@lru_cache(maxsize=1)
def _heading():
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(set(lines("speaker-list-headings")), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:\d{{1,2}}[.)]?[ \t]+)?(?:the[ \t]+)?"
                      rf"(?:{alts})(?P<at>[ \t]+(?:at|of|during)[ \t]+(?:the|this)[ \t]+"
                      rf"[a-z][\w-]*(?:[ \t]+[a-z][\w-]*)?)?[ \t]*:?[ \t]*", re.I)


def _headings(text: str) -> list[tuple[int, int, str]]:
    """(line start, line end, the event noun the heading names or "") of each heading line."""
    low = lowered(text)
    breaks = occurrences(text, "\n")
    seen, out = set(), []
    for w in _GATES:
        for i in finds(low, w):
            ls = breaks.last_before(i) + 1          # (the line's bounds: a bisection each)
            if ls in seen:
                continue
            seen.add(ls)
            le = breaks.first_from(i)
            le = len(text) if le < 0 else le
            if le - ls > 60:
                continue
            m = _heading().fullmatch(text, ls, le)
            if m is None:
                continue
            noun = ""
            if m.group("at"):
                a = _AT.search(m.group("at").rstrip())
                noun = a.group(1).split()[-1].lower() if a else ""
            out.append((ls, le, noun))
    return sorted(out)


def _items(text: str, le: int):
    """The starts of the list items under a heading that ends at ``le``."""
    out = []
    for pos, end in filled_lines(text, le + 1):
        m = _ITEM.match(text, pos, end)
        if m is not None:
            out.append(m.end())
        elif not (out and text[pos] in " \t"):
            break           # neither an item nor an indented continuation of one
    return out


# the rules whose events are clauses ("Several members lost money ..."): no list's event
_CLAUSES = ("event:verb-clause", "event:future-step", "event:dated-sentence", "event:dated-clause")


def listed_event(ent, milestones=False) -> bool:
    """Whether ``ent`` is an event a list under a heading may belong to: new, named in the text,
    no clause-made event, no milestone unless ``milestones`` (``participant_lists`` asks too)."""
    return not ent.known and ent.mentions and (milestones or local_name(ent.cls) != "Milestone") \
        and not any(r in (ent.rule or "") for r in _CLAUSES)


def new_events(spans) -> list:
    """(start, entity) of the new events among ``spans`` (``span_order.spans_by_start``), in
    text order (``participant_lists`` reads them too)."""
    return [(s, ent) for s, _, ent in spans if ent.kind == "event" and not ent.known]


def speaker_lists(draft, spans_of) -> None:
    text = draft.text
    heads = _headings(text)
    if not heads:
        return
    spans = spans_by_start(spans_of)
    events = new_events(spans)
    if not events:
        return
    ev_starts = [s for s, _ in events]
    people = {}
    for s, e, ent in spans:
        if ent.kind == "person" and not ent.role:
            people.setdefault(s, (e, ent))
    # (an event only a headline names, "Air Cargo Forum Puts ... on the Agenda", is the one the
    # lead's first sentence names again in full, if it does)
    plain = [ent for ent in lead_events(text, spans_of, None) if listed_event(ent)]
    nl = text.find("\n")
    lead = next((ent for ent in plain if nl < 0 or any(m.start > nl for m in ent.mentions)),
                plain[0] if plain else None)
    for ls, le, noun in heads:
        event = None
        if noun:
            i = bisect.bisect_left(ev_starts, ls) - 1
            while i >= 0 and events[i][0] >= ls - _BACK:
                ent = events[i][1]
                if listed_event(ent, True) and noun in ent.label.lower():
                    event = ent
                    break
                i -= 1
        if event is None and lead is not None and \
                min(m.start for m in lead.mentions) < ls:
            event = lead
        if event is None:
            continue
        done = {o for p, o, *_ in event.statements if p == NFO.speaker}
        for at in _items(text, le):
            t = _title().match(text, at)
            hit = people.get(t.end())
            if hit is None or hit[1].iri in done:
                continue
            done.add(hit[1].iri)
            event.add(NFO.speaker, hit[1].iri, Span(ls, hit[0]), RULE)
