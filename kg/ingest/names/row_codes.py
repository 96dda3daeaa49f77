"""An item's code that opens a line of a list or table before its name, apart from the name by
a column gap: "A-03  Zhengzhou Research Institute (pilot supply) ....", "B2.1\tX Co., Ltd.",
"1.2  Y Group". The code is no word of the name (it was read as one: "B-03 Nanshan Group" was a
new company, not the known Nanshan Group). A code run into its name by one space ("C919 Project",
"A380 wing panels") stays in: it may be part of the name."""
from __future__ import annotations

import re

from kg.ingest.reading.blank_runs import blank
from kg.ingest.reading.occurrences import line_start, occurrences

_ROW_CODE = re.compile(r"(?:[A-Z]{1,3}[-.]?\d{1,3}|\d{1,3}(?:[.-]\d{1,3})+)[.)]?")
_GAP = re.compile(r"[ \t]*(?:\t|  )[ \t]*")


def row_code(text: str, word: tuple[int, int, str], nxt: tuple[int, int, str]) -> bool:
    """``word`` (start, end, text) is such a code: it opens its line and a column gap parts it
    from ``nxt``, the next word."""
    return (_ROW_CODE.fullmatch(word[2]) is not None
            and blank(text, line_start(occurrences(text, "\n"), word[0]), word[0])
            and _GAP.fullmatch(text, word[1], nxt[0]) is not None)
