"""The day a speech or a report says under its title it was delivered on ("(Delivered at the
31st meeting of the Standing Committee ... on 23 December 2026)", "-- Delivered by Mayor X at
the fifth session of ...\n   on 8 January 2026"): the text's own day, as a header line's is
(:func:`kg.ingest.reading.dates.read_document_date` asks it when no header line shows one)."""
from __future__ import annotations

import re

from kg.ingest.reading.date_mention import DateMention

# the line under a speech's or a report's title that tells where and when it was delivered
# ("(Delivered at the 31st meeting of the Standing Committee ... on 23 December 2026)", "--
# Delivered by Mayor X at the fifth session of ...\n   on 8 January 2026"), up to its day
_DELIVERED = re.compile(r"[ \t*_(\u2013\u2014-]*(?:[A-Z][a-z]+[ \t]+)?(?:[Dd]elivered|[Gg]iven|[Mm]ade)"
                        r"[ \t]+(?:by|at|to|before)\b[^.;:()\[\]]{0,200}?\bon[ \t\n]+")


def delivered_on(text: str, head: list[DateMention]) -> DateMention | None:
    """The day a speech or a report says under its title it was delivered on (the first full
    day of the head, its paragraph opening with "Delivered at/by/to ... on"): the text's own."""
    for d in head:
        if d.kind == "date" and not d.until:
            par = text.rfind("\n\n", 0, d.start)
            par = 0 if par < 0 else par + 2
            return d if _DELIVERED.fullmatch(text, par, d.start) else None
    return None
