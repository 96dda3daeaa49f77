"""The last day of a state an event stands for, told in a clause of its ending: "The response
was lifted at 12:00 on Thursday, 7 January", "the city government ended its Level III
emergency response for the spill at noon on the 3rd", "power was restored at 08:30 on Sunday"
(after "The outage began at 21:40 on Saturday"). The verbs and the states they end are in
``data/ended-states.txt``: the noun is printed in the clause, within a few words of the verb
(for "restored", what came back is printed, "power", "supply", and the noun is the event's);
the first full day after the verb in the clause (past a time of day: "at noon on the 3rd") is
the last day (``nfo:endDate``, rule ``date:state-ended``) of the nearest event, before or after
the clause, whose label holds the noun and that started before that day. An event the clause
itself names ("X ended its response") is not the one it ends; an event with a last day of its
own keeps it. Linear: one search per ending verb, a bounded window around each."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.reading.windows import Near

RULE = "date:state-ended"
_NEAR = 60          # how far from its verb the state's noun may be printed (characters)
_FAR = 1500         # how far from the clause the ended event may be named (characters)
_DAY_AFTER = 80     # how far after the verb its day may be printed
# what came back when an outage ended: "power was restored", "supply has been restored"
_CAME_BACK = re.compile(r"\b(?:power|electricity|supply|supplies|production|operations)\s+"
                        r"(?:was|were|has\s+been|had\s+been|have\s+been)\s+(?:fully\s+)?$", re.I)
# the verb in the past, as a clause of fact ("was lifted", "ended its"), not a plan or a
# condition ("will be lifted", "until the response is lifted", "if it is lifted")
_NOT_FACT = re.compile(r"\b(?:will|would|shall|until|unless|if|when|once|to\s+be|be|is|are)"
                       r"\s+(?:\w+\s+)?$", re.I)
_STOP = re.compile(r"[.;!?](?=\s)|\n[ \t]*\n")


@lru_cache(maxsize=1)
def _table() -> tuple[Near, dict]:
    ends: dict[str, frozenset[str]] = {}
    for line in lines("ended-states"):
        verb, *nouns = line.split()
        ends[verb.replace("-", " ").lower()] = frozenset(n.lower() for n in nouns)
    alts = "|".join(r"\s+".join(map(re.escape, v.split())) for v in sorted(ends, key=len,
                                                                            reverse=True))
    # (tried only in the sentences that print a verb's first word: reading/windows.py; no
    # verb reads a full stop)
    return Near(re.compile(r"\b(?P<verb>" + alts + r")\b", re.I),
                sorted({v.split()[0] for v in ends}), lower=True, stops="."), ends


def verb_pattern() -> re.Pattern:
    """The ending verbs' pattern (scanned ahead by the second process: reading/scans_ahead.py)."""
    return _table()[0]


def ended_states(text, dates, dated_kinds, kind) -> int:
    """Set the last days the ending clauses give (see the module); returns how many were set."""
    events = sorted(((s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "event"),
                    key=lambda x: x[0])
    if not events or not dates:
        return 0
    verbs, ends = _table()
    starts = [d.start for d in dates]
    n = 0
    for m in scans_ahead.finditer(verbs, text, (__name__, "verb_pattern")):
        verb = " ".join(m.group("verb").lower().split())
        if _NOT_FACT.search(text, max(0, m.start() - 20), m.start()):
            continue
        lo = max(0, m.start() - _NEAR)
        stop = _STOP.search(text, m.end(), m.end() + _DAY_AFTER + 40)
        hi = stop.start() if stop else min(len(text), m.end() + _DAY_AFTER + 40)
        cut = _STOP.search(text, lo, m.start())
        while cut is not None:      # (the clause starts after the last stop before the verb)
            lo = cut.end()
            cut = _STOP.search(text, lo, m.start())
        near = text[lo:min(hi, m.end() + _NEAR)].lower()
        if verb == "restored":
            if not _CAME_BACK.search(text, max(0, m.start() - 40), m.start()):
                continue
            nouns = ends[verb]
        else:
            nouns = {x for x in ends[verb] if re.search(r"\b" + x + r"\b", near)}
        if not nouns:
            continue
        i = bisect.bisect_left(starts, m.end())
        day = next((d for d in dates[i:i + 3] if d.start < hi and d.start - m.end() <= _DAY_AFTER
                    and d.kind == "date" and not d.until and len(d.value) == 10), None)
        if day is None:
            continue
        target = _nearest(text, events, nouns, lo, hi, day.value)
        if target is None:
            continue
        if any(st[0] == NFO.endDate and not st[3].startswith("context:date")
               for st in target.statements):
            continue        # (a last day of its own)
        target.statements[:] = [st for st in target.statements if st[0] != NFO.endDate]
        target.add(NFO.endDate, date_literal(day.value), Span(lo, day.end), RULE)
        n += 1
    return n


def _nearest(text: str, events, nouns, lo: int, hi: int, day: str):
    """The event nearest the clause ``lo``..``hi`` (not named in it) whose label or name as
    printed (a long clause's label is cut short) holds one of ``nouns`` and whose first day is
    before ``day``."""
    best = None
    for s, e, ent in events:
        if s < hi and e > lo or abs(s - lo) > _FAR:
            continue
        label = ent.label.lower() + " " + text[s:e].lower()
        if not any(re.search(r"\b" + x + r"\b", label) for x in nouns):
            continue
        first = ent.first(NFO.startDate)
        if first is None or len(first) != 10 or not first < day:
            continue
        gap = lo - e if s < lo else s - hi
        if best is None or gap < best[0]:
            best = (gap, ent)
    return best[1] if best else None
