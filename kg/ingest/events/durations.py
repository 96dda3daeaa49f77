"""How long an event lasted, when the text says it by a noun referring back: "... opened on
November 5. The two-day meeting was organised by ...". The event referred to (the nearest event
named before, in the same paragraph, whose label, class or clause holds the noun) has a day as
its start and no end: its last day is the start plus the days less one (``nfo:endDate``, rule
``date:n-day-event``). A clause that closes its event "after three days (of competition)" makes its
day the last of them (``date:closed-after-days``)."""
from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO, local_name

_DAYS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "2": 2, "3": 3,
         "4": 4, "5": 5, "6": 6, "7": 7}
_N_DAY = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+(?P<n>two|three|four|five|six|seven|[2-7])"
                    r"[-\s]day\s+(?:[\w'-]+\s+){0,2}?(?P<noun>conference|meeting|forum|"
                    r"symposium|seminar|summit|expo|exhibition|congress|convention|fair|event|"
                    r"session|workshop|training)s?\b")
_BACK = 1500        # how far back the event may be named (characters)
# an event's own words that say how long it lasts: "a five-day visit", "the 3-day fair"
_OWN_N_DAY = re.compile(r"\b(?P<n>two|three|four|five|six|seven|[2-7])[-\s]day\b", re.I)
# a verb that says the day is its last: "wrapped up a five-day visit on Sunday", "the
# three-day fair closed on May 9"
_ENDED_BEFORE = re.compile(r"\b(?:wrapped\s+up|concluded|ended|closed|completed|finished|rounded\s+off|"
                           r"wound\s+up)\s+(?:(?:a|an|the|its|their|his|her)\s+)?$", re.I)
# a clause that closes an event after its days: "On the 18th, the final came to a close at X
# after three days of competition", "the fair ended on Sunday after four days": the day is
# the last of them
_CLOSED_AFTER_DAYS = re.compile(r"\b(?:came\s+to\s+a\s+close|drew\s+to\s+a\s+close|closed|ended|"
                                r"concluded|wrapped\s+up|wound\s+up|finished)\b[^.;]{0,200}?\bafter\s+"
                                r"(?P<n>two|three|four|five|six|seven|[2-7])\s+days\b", re.I)
_ENDED_AFTER = re.compile(r"\s+(?:(?:was|were|has|have|had)\s+)?(?:wrapped\s+up|concluded|ended|closed|"
                          r"finished|wound\s+up)\b", re.I)


def event_durations(draft, kind) -> int:
    """Add the last day of events a later "the two-day meeting" measures; returns how many."""
    text = draft.text
    if "day" not in text:
        return 0
    n = own_durations(draft, kind)
    found = list(_N_DAY.finditer(text))
    if not found:
        return n
    events = sorted(((m.start, m.end, ent) for ent in draft.entities.values()
                     if not ent.known and kind(ent.cls) == "event" for m in ent.mentions),
                    key=lambda x: x[0])
    starts = [s for s, _, _ in events]
    for m in found:
        par = text.rfind("\n\n", 0, m.start())
        lo = max(par + 1, m.start() - _BACK)
        i = bisect.bisect_left(starts, m.start()) - 1
        noun = m.group("noun").lower()
        while i >= 0 and events[i][0] >= lo:
            s, e, ent = events[i]
            cls = local_name(ent.cls).lower()
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


def own_durations(draft, kind) -> int:
    """An event whose own words say how long it lasts ("a five-day visit") and whose one day is
    read: that day is its first, or its last when the verb says it ended ("wrapped up a
    five-day visit on Sunday": the days before it are the visit's); returns how many."""
    text, n = draft.text, 0
    for ent in draft.entities.values():
        if ent.known or kind(ent.cls) != "event" or any(st[0] == NFO.endDate
                                                        for st in ent.statements):
            continue
        days = [i for i, st in enumerate(ent.statements) if st[0] == NFO.startDate]
        if len(days) != 1 or len(str(ent.statements[days[0]][1])) != 10:
            continue
        m = next((x for x in ent.mentions if _OWN_N_DAY.search(text, x.start, x.end)), None)
        if m is None:
            pred, day, span, rule = ent.statements[days[0]]
            stop = [x for x in (text.find(". ", span.end), text.find("\n\n", span.end),
                                len(text)) if x >= 0]
            closed = _CLOSED_AFTER_DAYS.search(text, span.start, min(stop + [span.end + 300]))
            if closed is not None and closed.start() < span.end:
                # (the sentence that dates it: "the final came to a close ... after three days")
                day = date.fromisoformat(str(day))
                first = day - timedelta(days=_DAYS[closed.group("n").lower()] - 1)
                ent.statements[days[0]] = (pred, date_literal(first.isoformat()), span,
                                           "date:closed-after-days")
                ent.add(NFO.endDate, date_literal(day.isoformat()), span, "date:closed-after-days")
                n += 1
            continue
        length = _DAYS[_OWN_N_DAY.search(text, m.start, m.end).group("n").lower()]
        pred, day, span, rule = ent.statements[days[0]]
        day = date.fromisoformat(str(day))
        if _ENDED_BEFORE.search(text, max(0, m.start - 40), m.start) or _ENDED_AFTER.match(
                text, m.end):
            first = day - timedelta(days=length - 1)
            ent.statements[days[0]] = (pred, date_literal(first.isoformat()), span,
                                       "date:n-day-event-ended")
            ent.add(NFO.endDate, date_literal(day.isoformat()), span, "date:n-day-event-ended")
        else:
            ent.add(NFO.endDate, date_literal((day + timedelta(days=length - 1)).isoformat()),
                    span, "date:n-day-event")
        n += 1
    return n
