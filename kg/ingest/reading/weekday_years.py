"""The year of a month and day printed without one, read from the weekday printed with it:
"the overhaul runs from Monday, 11 January" in a notice of December 2026 is 11 January 2027 (a
Monday), not 2026 (a Sunday); "Thu 3 Dec", "5 March (Friday)". Of the document's year, the next
and the one before, the first whose calendar puts that day on that weekday (the document's own
year first; a range's first day and the weekday before it); none or a weekday that fits none:
the date stays as read. A date so read is marked
(``DateMention.weekday_year``) so that later guesses of its year (``dates.roll_forward``) leave
it alone. One look around each date."""
from __future__ import annotations

import datetime
import re

from kg.ingest.reading.date_mention import DateMention

_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# a weekday's name, whole or cut short ("Monday", "Tues", "Weds", "Thurs", "Sat"), any case
# (also read by reading/date_ranges.weekday_order, whose context is a numeric date's cell)
WEEKDAY = (r"(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:s|nesday)?|Thu(?:r(?:s(?:day)?)?)?|"
           r"Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)")
_BEFORE = re.compile(rf"(?<![A-Za-z])(?P<w>{WEEKDAY})\.?,?[ \t\n]+(?:the[ \t\n]+)?$", re.I)
_AFTER = re.compile(rf"[ \t]*(?:\([ \t]*|,[ \t]*)(?P<w>{WEEKDAY})(?![A-Za-z])", re.I)


def weekday_index(word: str) -> int:
    """0 for a name of Monday ... 6 for one of Sunday (a match of ``WEEKDAY``)."""
    return _DAYS.index(word[:3].lower())
_YEAR = re.compile(r"(?:19|20)\d\d|['\u2019]\d\d\b")


def weekday_of(text: str, d: DateMention) -> int | None:
    """The weekday (0 = Monday) printed right before or right after the date, or None."""
    m = _BEFORE.search(text, max(0, d.start - 40), d.start)
    if m is None:
        m = _AFTER.match(text, d.end)
    return None if m is None else weekday_index(m.group("w"))


def fit_year(text: str, d: DateMention, doc_year: str | None) -> DateMention:
    """``d`` in the year its weekday gives (see the module's docstring)."""
    if d.kind != "date" or not doc_year or _YEAR.search(text, d.start, d.end):
        return d
    wd = weekday_of(text, d)
    if wd is None:
        return d
    base = int(doc_year)
    for y in (base, base + 1, base - 1):
        try:
            day = datetime.date(y, int(d.value[5:7]), int(d.value[8:10]))
        except ValueError:
            continue
        if day.weekday() == wd:
            # (a range's last day moves by as many years as its first: "Monday, 11 January to
            # Sunday, 24 January")
            until = f"{int(d.until[:4]) + y - int(d.value[:4]):04d}{d.until[4:]}" \
                if d.until else None
            return DateMention(d.start, d.end, day.isoformat(), d.kind, until, d.ambiguous,
                               weekday_year=True)
    return d
