"""Events that are part of a bigger one (``nfo:partOfEvent``), read two ways once every event
and date of the draft is known (the pipeline calls it after the events' days are attached):

1. a cue in the sentence of the smaller event ties it to the bigger one: "on the sidelines of",
   "on the margins of", "as part of", "alongside", "during", "in the course of", "at", "within
   the framework of", "in conjunction with", "on the occasion of", "on the first day of", "at
   the opening of" ... before the bigger event's name, or before a noun phrase that refers back
   to it ("the expo", "this week's summit", "the visit": a noun of
   ``data/gathering-nouns.txt`` the bigger event's label or class holds, named in the 3,000
   characters before). The events the sentence names besides the bigger one are its parts
   (rule ``event:part-cue``).
2. days: an event dated on a day within the day range of a bigger event of at most three weeks
   named before it ("The expo runs from 5 to 8 May ... A forum on recycling will be held on the
   7th") is part of it (the tightest range that holds it; rule ``event:within-days@0.5``);
   not of a state whose last day is told where it ends ("the response was lifted on ...":
   events/ended_states.py), which holds what happens meanwhile, not parts of it.

An event that is already part of one is left alone; a known event is never a part; an event is
not part of itself nor of one its own name holds. Linear: one scan of the lower-case text for
the cues (gated by its words), a bisect per cue and one pass over the events for the days."""
from __future__ import annotations

import bisect
import re
from datetime import date
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import compile_lower, lowered
from kg.ingest.relations.component_events import component_events
from kg.ingest.events.ended_states import RULE as STATE_ENDED
from kg.ingest.terms import NFO, local_name

_BACK = 3000        # how far back a bigger event a noun refers to may be named (characters)
_MAX_DAYS = 21      # the longest range of a bigger event the days rule reads


@lru_cache(maxsize=1)
def _nouns() -> tuple:
    return tuple(sorted({w.lower() for w in lines("gathering-nouns")}, key=lambda w: (-len(w), w)))


# the last words of the cues ("on the sidelines of", "as part of", "in the framework of", "on
# the first day of", "at the opening of", "alongside", "during", "at"), found by str.find (a
# pattern of alternatives tried at every offset costs a few ms on a long text): " of " after
# one of the words of _OF_WORDS, or one of _KEYS
_KEYS = (" at ", "during ", "alongside ", "conjunction with ")
_OF_WORDS = frozenset(("part", "parts", "sidelines", "sideline", "margins", "margin", "fringes",
                       "fringe", "course", "framework", "context", "occasion", "day", "opening",
                       "close", "closing", "start", "end", "launch"))


@lru_cache(maxsize=1)
def _np_rx():
    """What follows a cue: the bigger event's name (checked by its span), or a noun phrase
    that refers back to it ("the expo", "this week's summit", "its annual meeting")."""
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in _nouns())
    return compile_lower(
        rf"\s*(?P<np>(?:(?:the|this|that|its|their|his|her)\s+|"
        rf"(?:this|last|next)\s+(?:week|month|year)['’]s\s+)"
        rf"(?:[\w'’-]+\s+){{0,3}}?(?P<noun>{alts})(?:e?s)?\b)?", re.IGNORECASE)


def _cues(low, lo, hi):
    """(start of the cue's last words, end of the cue, match of what follows) between the
    offsets ``lo`` and ``hi``, in text order."""
    out = []
    j = lo
    while j < hi and low[j] in " \t\"“'‘(":
        j += 1
    if low.startswith("at ", j, hi):          # "At the expo, ..." opening the sentence
        out.append((j, j + 2, _np_rx().match(low, j + 2)))
    for key in _KEYS:
        i = low.find(key, lo, hi)
        while i >= 0:
            if key[0] != " " and i > 0 and low[i - 1].isalnum():
                i = low.find(key, i + 1, hi)
                continue
            a = i + 1 if key[0] == " " else i
            b = i + len(key) - 1
            out.append((a, b, _np_rx().match(low, b)))
            i = low.find(key, i + 1, hi)
    i = low.find(" of ", lo, hi)
    while i >= 0:
        w = low.rfind(" ", lo, i) + 1
        if low[w:i] in _OF_WORDS:
            out.append((w, i + 3, _np_rx().match(low, i + 3)))
        i = low.find(" of ", i + 1, hi)
    out.sort(key=lambda x: x[0])
    return out


# between the cue and the bigger event's name: a space and perhaps "the"
_AFTER = re.compile(r"\s+(?:the\s+)?")
# a cue after a verb of speech introduces what was said, not a part of the event
_SAID = re.compile(r"\b(?:said|says|saying|speaking|spoke|speak|told|telling|noted|stressed|"
                   r"added|stated|remarked|pointed\s+out|emphasi[sz]ed|announced|revealed|"
                   r"disclosed|explained|warned|argued|urged|called|quoted|cited|"
                   r"interviewed|asked)\s+(?:[\w-]+\s+){0,3}?$")


def _cls(ent) -> str:
    return local_name(ent.cls).lower()


_OF = re.compile(r"\s(?:of|on|for|at|in|to|about|under|with)\s")


def _head(label: str) -> str:
    """The part of an event's label before its first "of"/"on"/"for" phrase, in lower case:
    "Forum on X", "Annual Meeting of X": what kind of event it is ("Closing ceremony of the X
    Expo" is a ceremony, not the expo)."""
    return _OF.split(label.lower(), 1)[0]


def _has_part(ent) -> bool:
    return any(st[0] == NFO.partOfEvent for st in ent.statements)


def event_parts(draft, kind) -> None:
    kinds: dict = {}
    found = []
    for ent in draft.entities.values():
        k = kinds.get(ent.cls)
        if k is None:
            k = kinds[ent.cls] = kind(ent.cls)
        if k == "event":
            found.append(ent)
    events = sorted(((m.start, m.end, ent) for ent in found for m in ent.mentions),
                    key=lambda x: (x[0], x[1]))
    if len({id(x[2]) for x in events}) < 2:
        return
    _by_cue(draft, events)
    _by_days(draft, events)
    component_events(events)        # "the closing ceremony": part of the gathering before it


# (a body's meeting named only by "at its session in January", labelled "Session of the town
# people's congress": the congress it is of is the body, no part of it)
_HOLDER = "event:dated-meeting-holder"


def _link(child, parent, span, rule) -> None:
    if child is parent or child.known or _has_part(child) or \
            parent.label.lower() in child.label.lower() or \
            parent.rule == _HOLDER and child.label.lower() in parent.label.lower() or \
            any(st[0] == NFO.partOfEvent and str(st[1]) == str(child.iri)
                for st in parent.statements):
        return
    child.add(NFO.partOfEvent, parent.iri, span, rule)


def _by_cue(draft, events) -> None:
    text = draft.text
    # (a cue wrapped over a line, "on the sidelines\nof the expo": its words apart by spaces)
    low = lowered(text).replace("\n", " ").replace("\t", " ")
    from kg.ingest.reading.sentences import Sentences
    sents = Sentences(text)
    starts = [s for s, _, _ in events]
    # the cues of the sentences that name an event that may be a part (a new one)
    bounds = sorted({sents.bounds(s) for s, _, ent in events if not ent.known})
    found = [c for ss, se in bounds for c in _cues(low, ss, se)]
    for start, cue_end, m in found:
        if _SAID.search(low, max(0, start - 40), start):
            continue        # "said at the meeting that ...": what is said is no part of it
        i = bisect.bisect_left(starts, cue_end)
        # the bigger event: the one named right after the cue ("at the 2026 X Forum") ...
        parent = None
        k = i
        while k < len(events) and events[k][0] <= cue_end + 5:
            if _AFTER.fullmatch(low, cue_end, events[k][0]):
                parent, pe = events[k][2], events[k][1]
                break
            k += 1
        if parent is None and m.group("np") is None:
            continue
        ss, se = sents.bounds(start)
        if parent is None:
            # ... or the nearest one before whose label or class holds the noun
            noun = m.group("noun").lower()
            j = i - 1
            while j >= 0 and events[j][0] >= ss - _BACK:
                ent = events[j][2]
                if noun in _head(ent.label) or noun in _cls(ent):
                    parent = ent
                    break
                j -= 1
            if parent is None:
                continue
            pe = m.end()
        k = bisect.bisect_left(starts, ss)
        while k < len(events) and events[k][0] < se:
            s, e, child = events[k]
            k += 1
            if start <= s < pe:
                continue                # (the bigger event's own name after the cue)
            _link(child, parent, Span(ss, se), "event:part-cue")


_DATE_PREDS = frozenset((NFO.startDate, NFO.plannedDate, NFO.endDate))


def _days(ent):
    """(first, last) day of an event: its start (or planned) day and its end day."""
    first = last = None
    for st in ent.statements:
        if st[0] not in _DATE_PREDS:
            continue
        v = str(st[1])
        if len(v) != 10 or v[4] != "-":
            continue
        try:
            d = date.fromisoformat(v)
        except ValueError:
            continue
        if st[0] in (NFO.startDate, NFO.plannedDate) and first is None:
            first = d
        elif st[0] == NFO.endDate and last is None:
            last = d
    return first, last


_FULL_STOP = re.compile(r"[.;!?]\s|\n")


_SPEECH = re.compile(r"\b(?:said|says|told|added|noted|stated|announced|expects?|expected|"
                     r"plans?|planned|hopes?|according\s+to)\b", re.I)


def _elsewhere(child, parent) -> bool:
    """Both events have a place and no place of one is a place of the other."""
    a = {str(st[1]) for st in child.statements if st[0] == NFO.heldIn}
    b = {str(st[1]) for st in parent.statements if st[0] == NFO.heldIn}
    return bool(a and b and not a & b)


def _same_sentence(text, parent, at) -> bool:
    """A mention of ``parent`` stands in the sentence of the offset ``at``."""
    for m in parent.mentions:
        a, b = (m.end, at) if m.end <= at else (at, m.start)
        if b - a < 400 and not _FULL_STOP.search(text, a, b):
            return True
    return False


def _by_days(draft, events) -> None:
    text = draft.text
    firsts: dict = {}
    for s, _, ent in events:
        firsts.setdefault(id(ent), (s, ent))
    order = sorted(firsts.values(), key=lambda x: x[0])
    days = {id(ent): _days(ent) for _, ent in order}
    ranges: dict = {}       # (first day, last day) -> [(offset, entity)] in text order
    for s, ent in order:
        a, b = days[id(ent)]
        if a is not None and b is not None and 0 < (b - a).days <= _MAX_DAYS and \
                not any(st[3] == STATE_ENDED for st in ent.statements):
            # (a state's days, "the response was lifted on ...", hold no parts of it)
            ranges.setdefault((a.toordinal(), b.toordinal()), []).append((s, ent))
    if not ranges:
        return
    offsets = {k: [x[0] for x in v] for k, v in ranges.items()}
    by_first: dict = {}     # first day -> the ranges' last days
    for r1, r2 in ranges:
        by_first.setdefault(r1, []).append(r2)
    for s, child in order:
        if child.known or _has_part(child):
            continue
        a, b = days[id(child)]
        if a is None:
            continue
        # the ranges that hold the child's days, each the last one named before it and not in
        # its sentence (a range is three weeks long at most: a few look-ups, not every range)
        a, b = a.toordinal(), b.toordinal() if b is not None else None
        inside = []
        for r1 in range(a - _MAX_DAYS, a + 1):
            for r2 in by_first.get(r1, ()):
                if r2 < a or b is not None and (b > r2 or (b - a) >= (r2 - r1)):
                    continue
                got = ranges[(r1, r2)]
                i = bisect.bisect_left(offsets[(r1, r2)], s) - 1
                while i >= 0 and (got[i][1] is child or _same_sentence(text, got[i][1], s)):
                    i -= 1      # (not "X and Y opened on ...")
                if i >= 0:
                    inside.append((got[i][0], r1, r2, got[i][1]))
        if not inside:
            continue
        parent = min(inside, key=lambda r: (r[2] - r[1], -r[0]))[3]
        m = child.mentions[0]
        stop = max(text.rfind(". ", max(0, m.start - 300), m.start), text.rfind("\n", 0, m.start))
        if _SPEECH.search(text, max(0, stop, m.start - 300), m.start) or \
                _elsewhere(child, parent):
            continue        # ("X said the Y Forum would be held in Z": a plan told, no part)
        _link(child, parent, Span(m.start, m.end), "event:within-days@0.5")
