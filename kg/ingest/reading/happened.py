"""Whether the clause before a date printed with no year says that something happened ("An
explosion occurred at the smelter in May", "Talks were held in May"), so that a month or day
after the document's date is of the year before, not a planned one of the document's year
(used by :func:`kg.ingest.reading.dates.roll_forward`). One bounded search."""
from __future__ import annotations

import re

# a verb of a happening in the past
_PAST = re.compile(r"\b(?:occurred|happened|broke\s+out|took\s+place|(?:was|were)\s+(?:held|"
                   r"signed|completed|killed|injured|closed|opened|staged)|killed|ended|began|started|"
                   r"signed|struck|hit|ran|lasted|concluded)\b", re.I)


def happened(text: str, lo: int, at: int) -> bool:
    """``text[lo:at]`` (the clause before a date) says something happened."""
    return _PAST.search(text, lo, at) is not None
