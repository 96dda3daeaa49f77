"""How long an event lasted, when the text says it by a noun referring back: "... opened on
November 5. The two-day meeting was organised by ...". The event referred to (the nearest event
named before, in the same paragraph, whose label, class or clause holds the noun) has a day as
its start and no end: its last day is the start plus the days less one (``nfo:endDate``, rule
``date:n-day-event``)."""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3,
         "4": 4, "5": 5, "6": 6, "7": 7}
_N_DAY = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<n>two|three|four|five|six|seven|[2-7])"
                    r"[-\s]day\s+(?:[\w'-]+\s+){0,2}?(?P<noun>conference|meeting|forum|"
                    r"symposium|seminar|summit|expo|exhibition|congress|convention|fair|event|"
                    r"session|workshop|training)s?\b")
_BACK = 1500        # how far back the event may be named (characters)


def event_durations(draft, kind) -> int:
    """Add the last day of events a later "the two-day meeting" measures; returns how many."""
    text = draft.text
    if "day" not in text:
        return 0
    found = list(_N_DAY.finditer(text))
    if not found:
        return 0
    events = sorted(((m.start, m.end, ent) for ent in draft.entities.values()
                     if not ent.known and kind(ent.cls) == "event" for m in ent.mentions),
                    key=lambda x: x[0])
    starts = [s for s, _, _ in events]
    n = 0
    for m in found:
        par = text.rfind("\n\n", 0, m.start())
        lo = max(par + 1, m.start() - _BACK)
        i = bisect.bisect_left(starts, m.start()) - 1
        noun = m.group("noun").lower()
        while i >= 0 and events[i][0] >= lo:
            s, e, ent = events[i]
            cls = str(ent.cls).rsplit("#", 1)[-1].rsplit("/", 1)[-1].lower()
            if noun in ent.label.lower() or noun in cls or re.search(
                    rf"\b{noun}", text[s:e], re.I):
                break
            i -= 1
        else:
            continue
        if i < 0 or events[i][0] < lo:
            continue
        ent = events[i][2]
        days = [st for st in ent.statements if st[0] == NFO.startDate]
        if len(days) != 1 or len(str(days[0][1])) != 10 or \
                any(st[0] == NFO.endDate for st in ent.statements):
            continue
        first = date.fromisoformat(str(days[0][1]))
        last = first + timedelta(days=_DAYS[m.group("n").lower()] - 1)
        ent.add(NFO.endDate, date_literal(last.isoformat()),
                Span(min(days[0][2].start, m.start()), max(days[0][2].end, m.end())),
                "date:n-day-event")
        n += 1
    return n
