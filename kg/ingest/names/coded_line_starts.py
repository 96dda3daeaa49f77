"""Where a capitalised phrase running over a line break must end at it: before a line that opens
with an item's code set off from the rest by a column's gap, the way catalogues, stand lists,
registers and stock sheets print one entry a line ("A101  Jiangxi Copper Co., Ltd.  Copper rod",
"B-12<TAB>Mercury Logistics Ltd."). The line before is a cell of the entry above ("... Alumina")
or a group's heading ("Hall A"): no word of the name under it; a name wrapped at a line's width
goes on with a word, not a code and a column's gap. Read by :mod:`kg.ingest.names.line_ends`;
one anchored match a line break inside the phrase: linear."""
from __future__ import annotations

from kg.ingest.reading.sentences import CODED_ENTRY as _CODED_START


def before_coded_line(text: str, s: int, e: int) -> int | None:
    """The end (trailing blanks cut) of the text before the first line break inside ``s:e``
    whose next line opens with an entry's code and a column's gap; None when none does."""
    nl = text.find("\n", s, e)
    while nl != -1:
        if _CODED_START.match(text, nl + 1):
            end = nl
            while end > s and text[end - 1] in " \t\r":
                end -= 1
            return end
        nl = text.find("\n", nl + 1, e)
    return None
