"""The year a table's column header prints for the days its cells give without one: "Dates
(2027)" over "9-12 March", "20-23 April" (a notice of December 2026 on next spring's trade
fairs) makes those days 2027's, not the document's year. A header is read so when it prints
one year and no month, in at most four words ("Dates (2027)", "2027 date", "Date, 2026"). A
day whose cell prints its own year keeps it; a day so read is sure of its year (no later
guess of the clause's mood moves it). Called by :func:`kg.ingest.reading.dates.find_dates`
(``extended``), after the sentence's years (``year_context``)."""
from __future__ import annotations

import bisect
import re
from kg.ingest.records import replace

from kg.ingest.reading.date_mention import DateMention
from kg.ingest.reading.tables import tables

_YEAR = re.compile(r"(?<![\d/\-.])(?:19|20)\d\d(?![\d/\-])")
_PRINTED = re.compile(r"(?:19|20)\d\d|['\u2019]\d\d\b")
_MONTH = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b", re.I)


def _column_year(header: str) -> str | None:
    years = _YEAR.findall(header)
    if len(years) != 1 or len(header.split()) > 4 or _MONTH.search(header):
        return None
    return years[0]


def column_years(text: str, dates: list[DateMention], doc_year: str | None) -> None:
    """Give the yearless days of ``dates`` (in text order) in a column whose header prints a
    year that year (see the module), in place."""
    if doc_year is None or not dates or "\n" not in text:
        return
    cells: list[tuple[int, int, str]] = []
    for t in tables(text):
        years = {col: y for col, (_, _, h) in enumerate(t.header)
                 if (y := _column_year(h)) is not None}
        if not years:
            continue
        cells += [(a, b, years[c.col]) for r in t.rows for c in r.cells if c.col in years
                  for a, b in c.spans]
    if not cells:
        return
    cells.sort()
    starts = [a for a, _, _ in cells]
    for i, d in enumerate(dates):
        k = bisect.bisect_right(starts, d.start) - 1
        if k < 0 or d.end > cells[k][1]:
            continue
        year = cells[k][2]
        if year == doc_year or d.kind not in ("date", "gYearMonth") \
                or not d.value.startswith(doc_year) or _PRINTED.search(text, d.start, d.end):
            continue
        until = d.until
        if until is not None:
            if not until.startswith(doc_year):
                continue
            until = year + until[4:]
        dates[i] = replace(d, value=year + d.value[4:], until=until, weekday_year=True)
