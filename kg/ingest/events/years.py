"""The year a month-and-day date of an article takes: the headline's year when the headline
says the article is about that year ("Major Events in the Magnesium Industry in 2024", "... in
Q1 2025", "Lightweight Metals Log 2024"), else the year of the document's date, else the year the text states. A year that
only qualifies a noun in the headline ("Reports Record 2025 Output") leaves the dates in the
year of publication. A text that prints no year at all but cites a document by its number
("Gan Zheng Ban Fa [2026] No. 47", "Announcement No. 33 of 2026") is read in that year: such a
number carries the year the document was issued, which news reports as it happens."""
from __future__ import annotations

import re

from kg.ingest.reading.dates import find_dates, headline_year, stated_year


def document_year(text: str, date: str | None) -> str | None:
    shown = headline_year(text)
    year = date[:4] if date else None
    if shown and (year is None or shown == year or shown < year and _scope_year(text, shown)):
        year = shown
    return year or stated_year(text) or _numbered_year(text)


_NUMBERED = re.compile(r"[\[\u3014\uff3b]((?:19|20)\d\d)[\]\u3015\uff3d]\s*No\.|\bNo\.\s?\d+\s+of\s+"
                       r"((?:19|20)\d\d)\b")


def _numbered_year(text: str) -> str | None:
    """The year of the first document number the opening (3,000 characters) cites."""
    m = _NUMBERED.search(text[:3000])
    return (m.group(1) or m.group(2)) if m else None


def dateline_date(text: str, year: str | None) -> str | None:
    """The month and day a dateline shows with no year ("Lanzhou, June 9 (Reporter ...)"), read
    in ``year``: the first full date of the first two lines of text, else None."""
    if year is None:
        return None
    head = "\n".join([ln for ln in text.lstrip().splitlines() if ln.strip()][:2])
    return next((d.value for d in find_dates(head, year) if d.kind == "date"), None)


def _scope_year(text: str, year: str) -> bool:
    heads = [ln for ln in text.lstrip()[:400].splitlines()[:4] if year in ln
             and len(ln.split()) <= 25 and ln.rstrip()[-1:] not in ".;:!?"]
    return any(re.search(rf"\b(?:in|of|during|for\s+the\s+year)\s+(?:(?:Q[1-4]|H[12]|the\s+first\s+"
                     rf"\w+\s+of|[A-Z][a-z]+)\s+)?{year}(?!\d)|{year}\W*$", head.strip()) for head in heads)
