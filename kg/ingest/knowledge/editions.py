"""Editions of a known dated event: the graph's "2024 National X Conference" is one edition of a
recurring event, so "the 2027 National X Conference" (a year printed right before the name,
other than the years the graph dates that event in) is another edition, not a mention of the
known one. The gazetteer keeps each known one-off event's years and asks :func:`other_edition`
before it links a name of such an event."""
from __future__ import annotations

import re

from kg.ingest.terms import NFO

_DATES = (NFO.date, NFO.startDate, NFO.endDate, NFO.plannedDate)
# a year printed right before the name, or before the capitalised words the name ends
# ("the 2027 X", "2027's X", "the 2027 National X" for a known name "X")
_YEAR_BEFORE = re.compile(r"(?<![\w.-])((?:19|20)\d\d)(?:['\u2019]s)?[ \t]+(?:[Tt]he[ \t]+)?"
                          r"(?:[A-Z][\w&-]*[ \t]+){0,4}$")


def event_years(union, events) -> dict:
    """The years (as four-character strings) the graph dates each of ``events`` in."""
    years: dict = {}
    wanted = set(events)
    for pred in _DATES:
        for s, o in union.subject_objects(pred):
            if s in wanted and re.match(r"(?:19|20)\d\d", str(o)):
                years.setdefault(s, set()).add(str(o)[:4])
    return {s: frozenset(v) for s, v in years.items()}


def other_edition(years, text: str, start: int) -> bool:
    """Whether the name at ``start`` follows a printed year that is none of ``years`` (the
    known event's own): then it names another edition of the event."""
    if not years:
        return False
    m = _YEAR_BEFORE.search(text, max(0, start - 80), start)
    return m is not None and m.group(1) not in years
