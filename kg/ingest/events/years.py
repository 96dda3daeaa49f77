"""The year a month-and-day date of an article takes: the headline's year when the headline
says the article is about that year ("Major Events in the Magnesium Industry in 2024", "... in
Q1 2025", "Lightweight Metals Log 2024"), else the year of the document's date, else the year the text states. A year that
only qualifies a noun in the headline ("Reports Record 2025 Output") leaves the dates in the
year of publication."""
from __future__ import annotations

import re

from kg.ingest.reading.dates import headline_year, stated_year


def document_year(text: str, date: str | None) -> str | None:
    shown = headline_year(text)
    year = date[:4] if date else None
    if shown and (year is None or shown == year or shown < year and _scope_year(text, shown)):
        year = shown
    return year or stated_year(text)


def _scope_year(text: str, year: str) -> bool:
    heads = [ln for ln in text.lstrip()[:400].splitlines()[:4] if year in ln
             and len(ln.split()) <= 25 and ln.rstrip()[-1:] not in ".;:!?"]
    return any(re.search(rf"\b(?:in|of|during|for\s+the\s+year)\s+(?:(?:Q[1-4]|H[12]|the\s+first\s+"
                     rf"\w+\s+of|[A-Z][a-z]+)\s+)?{year}(?!\d)|{year}\W*$", head.strip()) for head in heads)
