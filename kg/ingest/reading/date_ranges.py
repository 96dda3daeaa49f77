"""The order of a text's numeric dates, and the two days of a printed range of days ("May 18 to May 20", "May 18, 2024 to May 20, 2024",
"28 December 2024 to 2 January 2025", "Dec. 28 - Jan. 2"), as (first day, last day).

A numeric date whose two numbers could each be the month ("03/04/2025") takes the order the
text states ("Dates are given as day.month.year", "(DD/MM/YYYY)"), else the one the
text's other numeric dates show: day first when one of them can only be read so ("18/04/2025")
and none only month first ("04/18/2025"), and the other way round; else the weekday printed
next to it decides ("02.11.2026 MON": only 2 November 2026 is a Monday), else dots mean day
first ("02.11.2026", as Europe and the translated logs and certificates print dates: a
month-first date is printed with slashes); else it stays a year.

Why apart from :mod:`kg.ingest.reading.dates`: the years of the two ends are read here. A range
may print a year after each day (each end its own year), one year at its end (the last day's:
a range that crosses New Year starts in the year before it), or none (the document's year; a
range whose second month comes before the first crosses New Year, "December 28 to January 2",
when it spans at most a quarter: "May 20 to May 18" is no range). Two full dates joined by
"and" ("on May 18, 2024 and May 20, 2025") are two days, not a range (but "between 5 June
2024 and 7 June 2024" is one), and a full date is
the start of a range only when the second day names its month."""
from __future__ import annotations

import datetime
import re

from kg.ingest.reading.weekday_years import WEEKDAY, weekday_index

_CROSSING_DAYS = 92     # a range crossing New Year with no year printed spans at most this


def range_days(g: dict, mon: int, d: int, mon2: int, d2: int, doc_year: str | None,
               between: bool = False) -> tuple[str, str] | None:
    """(first day, last day) as ISO dates from a range pattern's groups (``y1``: the year
    printed after the first day, ``y``: the one printed at the end, ``to``: the joining
    word; ``between``: "between" before it, "between 5 June 2024 and 7 June 2024"), or None
    when the two do not make a range forward in time."""
    y1, y = g.get("y1"), g.get("y")
    if y1 and ((g.get("to") or "").lower() == "and" and not between or not g.get("mon2")):
        return None         # (two days; "from May 18, 2024 to 20 tonnes" is no range)
    try:
        if y1:
            first = datetime.date(int(y1), mon, d)
            last = datetime.date(int(y or y1), mon2, d2)
            if not y and last <= first and mon2 < mon:
                # "from 30 December 2025 to 2 January": the last day is of the next year
                last = last.replace(year=last.year + 1)
                if (last - first).days > _CROSSING_DAYS:
                    return None
        else:
            year = y or doc_year
            if year is None:
                return None
            first, last = datetime.date(int(year), mon, d), datetime.date(int(year), mon2, d2)
            if last <= first and g.get("mon2") and mon2 < mon:
                # across New Year: a printed year is the last day's
                first, last = ((first.replace(year=first.year - 1), last) if y
                               else (first, last.replace(year=last.year + 1)))
                if (last - first).days > _CROSSING_DAYS:
                    return None
    except ValueError:          # a day its month does not have
        return None
    if last <= first:
        return None
    return first.isoformat(), last.isoformat()


# a convention the text states for its numeric dates ("Dates are given as day.month.year",
# "(DD/MM/YYYY)", "date format: mm/dd/yyyy"): it decides before any date is read
_STATED = re.compile(r"\b(?:(?P<dm>day|dd?)[ \t]*[./-][ \t]*(?:month|mm?)|(?P<md>month|mm?)[ \t]*"
                     r"[./-][ \t]*(?:day|dd?))[ \t]*[./-][ \t]*(?:year|yy(?:yy)?)\b", re.I)


def stated_order(text: str) -> str:
    """"dm" or "md" when ``text`` states the order of its numeric dates (``_STATED``), and
    states one only; else "". Gated by a look for "month" or "mm"."""
    low = text.lower()
    if "month" not in low and "mm" not in low:
        return ""
    found = {("dm" if m.group("dm") else "md") for m in _STATED.finditer(text)}
    return found.pop() if len(found) == 1 else ""


def numeric_order(rx, text: str) -> str:
    """"dm" (day first), "md" (month first) or "" (either, or neither shown) for the numeric
    dates ``rx`` (groups ``a`` and ``b``) finds in ``text``: the order the text states
    (:func:`stated_order`), else the one its dates show (one scan)."""
    stated = stated_order(text)
    if stated:
        return stated
    day_first = month_first = False
    for m in rx.finditer(text):
        a, b = int(m.group("a")), int(m.group("b"))
        day_first |= a > 12 >= b
        month_first |= b > 12 >= a
    return "dm" if day_first and not month_first else "md" if month_first and not day_first \
        else ""


# a weekday right after the date ("02.11.2026  MON", "(Monday)") or right before it ("Mon,")
_WD = rf"({WEEKDAY})\.?"
_WD_AFTER = re.compile(r"[ \t,(]*" + _WD + r"\)?(?![A-Za-z])", re.I)
_WD_BEFORE = re.compile(r"(?<![A-Za-z])" + _WD + r",?[ \t]*$", re.I)


def weekday_order(text: str, start: int, end: int, a: int, b: int, year: int) -> str:
    """"dm" or "md" for the numeric date ``text[start:end]`` read as ``a``.``b``.``year`` when a
    weekday printed next to it fits one reading only, else ""."""
    m = _WD_AFTER.match(text, end, min(len(text), end + 14))
    if m is None:
        m = _WD_BEFORE.search(text, max(0, start - 12), start)
    if m is None:
        return ""
    want = weekday_index(m.group(1))
    fits = []
    for order, (mon, d) in (("dm", (b, a)), ("md", (a, b))):
        try:
            fits += [order] if datetime.date(year, mon, d).weekday() == want else []
        except ValueError:
            pass
    return fits[0] if len(fits) == 1 else ""


def full_year(two: str, doc_year: str | None) -> str:
    """The year of two digits printed after an apostrophe ("'98", "'24"): of this century
    when that is not after the year after the document's (or this century's end), else of the
    century before."""
    year = 2000 + int(two)
    limit = int(doc_year) + 1 if doc_year and doc_year.isdigit() else 2099
    return str(year if year <= limit else year - 100)
