"""A day of an event named before: "The X Forum opened on Tuesday and runs until May 13. At a
signing ceremony on the first day, A signed ..." (the ceremony and the agreement: the forum's
first day). When "on the first / opening / second / third / last / closing day" has no range
of dates before it to count in (:func:`kg.ingest.reading.relative_days.resolve_days` dropped
it), the days are those of the nearest event named before it (within ``_BACK`` characters)
that has a start day: its first day, the days after it (up to its end day), or its end day.
New events, agreements and projects of that sentence with no date of their own take it
(rule ``date:day-of-event``).

An opening or closing ceremony that is part of a dated event ("At the closing ceremony, ...")
takes that event's first or last day (:func:`part_days`, rule ``date:part-of-event``), over a
bare year or a guess from its sentence."""
from __future__ import annotations

import datetime
import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

_NTH = re.compile(r"\b(?:[Oo]n|[Dd]uring)\s+(?:the|its)\s+(?P<which>first|opening|second|third|"
                  r"fourth|last|closing|final)\s+day\b(?!\s+of\s+(?:the|each|every|a)\s+"
                  r"(?:year|month|quarter|week))")
_OFFSET = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}
_PRED = {"event": NFO.startDate, "agreement": NFO.dateSigned, "project": NFO.startDate}
_BACK = 3000


def _day(event, which: str) -> str | None:
    start = event.first(NFO.startDate)
    end = event.first(NFO.endDate)
    if which in ("last", "closing", "final"):
        # (an end day with no first day: "The expo closed on Saturday")
        return end if end and len(end) == 10 else None
    if start is None or len(start) != 10:
        return None
    day = (datetime.date.fromisoformat(start)
           + datetime.timedelta(days=_OFFSET[which])).isoformat()
    if _OFFSET[which] and not (end and len(end) == 10 and day <= end):
        return None
    return day


def days_of_events(text, dates, sents, dated_kinds, kind) -> int:
    """Date what a sentence sets on a day of an event named before; returns how many."""
    if "day" not in text:
        return 0
    n = 0
    for m in _NTH.finditer(text):
        if any(d.start <= m.start("which") < d.end for d in dates):
            continue        # (read as a day of a range of dates already)
        ss, se = sents.bounds(m.start())
        events = [(s, ent) for s, _, ent in dated_kinds if m.start() - _BACK <= s < ss
                  and kind(ent) == "event" and _day(ent, m.group("which"))]
        if not events:
            continue
        day = _day(max(events, key=lambda x: x[0])[1], m.group("which"))
        for s, _, ent in dated_kinds:
            pred = _PRED.get(kind(ent))
            if not ss <= s < se or pred is None or any(st[0] == pred for st in ent.statements):
                continue
            ent.add(pred, date_literal(day), Span(ss, se), "date:day-of-event")
            n += 1
    return n


_WEAK = ("context:date",)


def part_of(ent, by_iri):
    """The event ``ent`` is part of (``nfo:partOfEvent``), among ``by_iri``, or None."""
    return next((by_iri[o] for p, o, _, _ in ent.statements
                 if p == NFO.partOfEvent and o in by_iri), None)


def part_days(dated_kinds, kind) -> int:
    """Date the opening and closing ceremonies of dated events; returns how many."""
    by_iri = {ent.iri: ent for _, _, ent in dated_kinds}
    n = 0
    for _, _, ent in dated_kinds:
        which = ent.label.split(None, 1)[0].lower() if ent.label else ""
        if which not in ("opening", "closing") or kind(ent) != "event":
            continue
        parent = part_of(ent, by_iri)
        day = _day(parent, which) if parent is not None else None
        if day is None and parent is not None and which == "closing":
            start = parent.first(NFO.startDate)     # a one-day event: its only day
            day = start if start and len(start) == 10 and not parent.first(NFO.endDate) else None
        if day is None:
            continue
        old = [st for st in ent.statements if st[0] == NFO.startDate]
        if any(not day.startswith(str(st[1])) and not st[3].startswith(_WEAK) for st in old):
            continue        # a day of its own that says otherwise
        span = next((sp for p, o, sp, _ in ent.statements if p == NFO.partOfEvent), None)
        ent.statements[:] = [st for st in ent.statements if st[0] != NFO.startDate]
        ent.add(NFO.startDate, date_literal(day), span, "date:part-of-event")
        n += 1
    return n
