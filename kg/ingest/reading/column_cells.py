"""Cells of a line printed in columns: runs of words parted by at most two spaces or tabs (a
wider gap parts two cells). Used by the rules that read signature blocks and stacked posts set
side by side (relations/stacked_posts, relations/signature_columns)."""
from __future__ import annotations

import re

CELL = re.compile(r"\S+(?:[ \t]{1,2}\S+)*")
WIDEST_LINE = 400        # a longer line is prose, not a row of cells


def cell_at(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the cell of its line that holds ``pos``, or None (also for a line longer
    than :data:`WIDEST_LINE`)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    le = len(text) if le < 0 else le
    if le - ls > WIDEST_LINE:
        return None
    for m in CELL.finditer(text, ls, le):
        if m.start() <= pos < m.end():
            return m.start(), m.end()
    return None
