"""A year an event's clause names as the period it covers, not as its day: "From 14 April to 5
August your office carried out an audit of the company for 2024 and 2025", "a review of its
accounts for the years 2023-2025", "the inspection of output for 2026". A bare year after
"for" (or "for the year(s)"), or one joined to such a year by "and", "to" or a dash, is no date
of the event the clause tells of (the date before it is, when there is one: read by
:func:`kg.ingest.events.date_attach.attach_dates`); not a year a plan is set for ("the line is
planned for 2027", "scheduled for 2028": the day it is to happen)."""
from __future__ import annotations

import re

_YEAR = r"(?:19|20)\d\d"
# "for 2024", "for the years 2024 and", "for the financial year 2025", "for 2023 to"
_COVERED = re.compile(r"\bfor[ \t\n]+(?:the[ \t\n]+(?:[a-z]+[ \t\n]+)?years?[ \t\n]+)?"
                      r"(?:" + _YEAR + r"[ \t\n]*(?:,|and|to|-|\u2013)[ \t\n]*)*$", re.I)
# a plan set for the year: its day to come
_PLANNED_FOR = re.compile(r"\b(?:planned|scheduled|slated|set|due|earmarked|targeted|budgeted|"
                          r"expected|aimed|penciled|pencilled|timed|fixed)[ \t\n]+"
                          r"(?:[a-z]+ly[ \t\n]+)?$", re.I)


def covered_year(text: str, d, ss: int) -> bool:
    """``d`` (a date of the clause from ``ss``) is a bare year the clause names as the period
    its event covers."""
    if d.kind != "gYear" or d.until:
        return False
    a = max(ss, d.start - 60)
    m = _COVERED.search(text, a, d.start)
    return m is not None and _PLANNED_FOR.search(text, a, m.start()) is None
