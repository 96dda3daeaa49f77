"""Numbers with invisible characters inside them ("20\u200b25": a zero-width space, a soft
hyphen or a word joiner a page's markup left), as the date reader reads them: no reader sees
the characters, the date patterns did ("12 March 20\u200b25" was March 20). Read by
:func:`kg.ingest.reading.dates.find_dates`."""
from __future__ import annotations

import re

_INVISIBLE = "\u00ad\u200b-\u200d\u2060\ufeff"
GAPPED = re.compile(rf"\d[{_INVISIBLE}]+\d")
_GAPPED_RUN = re.compile(rf"\d+(?:[{_INVISIBLE}]+\d+)+")
_GAPS = re.compile(rf"[{_INVISIBLE}]+")


def gaps_moved(text: str) -> tuple[str, dict]:
    """``text`` with the invisible characters inside each number moved after its last digit
    (one character for one: "20\u200b25" reads "2025\u200b"), and {where each such number's
    digits now end: where the number ends}."""
    ends = {}

    def moved(m):
        digits = _GAPS.sub("", m.group(0))
        ends[m.start() + len(digits)] = m.end()
        return digits + "".join(_GAPS.findall(m.group(0)))
    return _GAPPED_RUN.sub(moved, text), ends
