"""Numbers with invisible characters inside them ("20\u200b25": a zero-width space, a soft
hyphen or a word joiner a page's markup left), as the date reader reads them: no reader sees
the characters, the date patterns did ("12 March 20\u200b25" was March 20). Read by
:func:`kg.ingest.reading.dates.find_dates`."""
from __future__ import annotations

import re

_INVISIBLE = "\u00ad\u200b-\u200d\u2060\ufeff"
GAPPED = re.compile(rf"\d[{_INVISIBLE}]+\d")
# a number with its gaps, and the digits of a date joined to it by "-", "/" or "." (the gaps
# go after the whole date: "2\u200b025-03-05" reads "2025-03-05\u200b", not "2025\u200b-03-05")
_GAPPED_RUN = re.compile(rf"\d+(?:(?:[{_INVISIBLE}]+[-/.]?[{_INVISIBLE}]*|[-/.][{_INVISIBLE}]*)\d+)+")
_GAPS = re.compile(rf"[{_INVISIBLE}]+")


def gaps_moved(text: str) -> tuple[str, dict]:
    """``text`` with the invisible characters inside each number moved after its last digit
    (one character for one: "20\u200b25" reads "2025\u200b"; a date's "-", "/" or "." joins
    its numbers into one), and {where each such number's
    digits now end: where the number ends}."""
    ends = {}

    def moved(m):
        if _GAPS.search(m.group(0)) is None:
            return m.group(0)       # (a date with no gap: "2025-03-05" as printed)
        digits = _GAPS.sub("", m.group(0))
        ends[m.start() + len(digits)] = m.end()
        return digits + "".join(_GAPS.findall(m.group(0)))
    return _GAPPED_RUN.sub(moved, text), ends
