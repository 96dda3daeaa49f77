"""Where an offset lies among a text's tables (:func:`kg.ingest.reading.tables.tables`): inside
a table's extent, between two rows, in which cell, and whether a name found there may stand
(outside every table, or inside one cell of a row, a header cell only when it is too long to
name a column). The name finders and the date reader ask these; the tables are read once a
text and kept (``tables`` keeps the last text's)."""
from __future__ import annotations

import bisect

from kg.ingest.reading.tables import no_column_name, tables


_CELLS: list = [None, None, None]      # the last text, its cells' spans (sorted), headers flags


def _cell_spans(text: str) -> tuple[list, list]:
    if _CELLS[0] is not text:
        spans = []
        for t in tables(text):
            spans += [(s, e, True, None, 0) for s, e, _ in t.header]
            spans += [(s, e, False, c, k) for r in t.rows for c in r.cells
                      for k, (s, e) in enumerate(c.spans)]
        spans.sort(key=lambda x: (x[0], x[1]))
        _CELLS[:] = [text, [x[0] for x in spans], spans]
    return _CELLS[1], _CELLS[2]


_WRAP_LINES = 3         # how many lines of a cell a name may run over


def _wrapped_in_cell(text: str, cell, k: int, end: int) -> bool:
    """Whether a name from the ``k``-th line of ``cell`` to ``end`` runs over its next lines
    (at most ``_WRAP_LINES``) with nothing but spaces between them (a name wrapped in a table's
    last column: "a 50,000-tonne magnesium" over "alloy project")."""
    if cell is None:
        return False
    spans = cell.spans
    for j in range(k + 1, min(len(spans), k + _WRAP_LINES)):
        if text[spans[j - 1][1]:spans[j][0]].strip():
            return False
        if spans[j][0] < end <= spans[j][1]:
            return True
    return False


def outside_cells(text: str, start: int, end: int) -> bool:
    """Whether a name found at ``start:end`` may stand: it is outside every table, or inside one
    cell of a row. A header cell names a column, not a thing ("Company", "County"), unless it
    is too long to be a column's name, and a name never runs from one cell into the next
    ("Company   County" is two headers)."""
    starts, spans = _cell_spans(text)
    if not spans:
        return True
    if not any(True for _ in _around(text, start)) and not any(True for _ in _around(text, end - 1)):
        return True
    i = bisect.bisect_right(starts, start) - 1
    if i < 0:
        return False
    s, e, header, cell, k = spans[i]
    if not header and s <= start < e and end > e and _wrapped_in_cell(text, cell, k, end):
        return True
    return (not header or no_column_name(text[s:e])) and s <= start and end <= e


def _around(text: str, pos: int):
    """The table whose extent holds ``pos`` (at most one)."""
    ts = tables(text)
    lo = bisect.bisect_right(ts, pos, key=lambda t: t.start)
    if lo and ts[lo - 1].start <= pos < ts[lo - 1].end:
        yield ts[lo - 1]


def between_rows(text: str, pos: int) -> bool:
    """Whether offset ``pos`` (a line break) stands between two rows of a table: after one
    row's last line and before the next row's first ("Japan" over "X Co., Ltd.  21.4%": a
    group heading's row, then a company's; no name runs from one into the other). A break
    inside a row (a cell wrapped onto its next line) is none."""
    for t in _around(text, pos):
        rows = t.rows
        k = bisect.bisect_right(rows, pos, key=lambda r: r.start)
        return 0 < k < len(rows) and rows[k - 1].end <= pos
    return False


def in_table(text: str, pos: int) -> bool:
    """Whether offset ``pos`` is inside a table's extent (its header or a row)."""
    return any(True for _ in _around(text, pos))


def cell_bounds(text: str, pos: int) -> tuple[int, int] | None:
    """The span (on its line) of the table cell holding offset ``pos``, header or not, or None:
    a name in a cell starts no earlier and ends no later ("Zhangshu    Jiangxi": two names)."""
    starts, spans = _cell_spans(text)
    i = bisect.bisect_right(starts, pos) - 1
    if i >= 0 and spans[i][0] <= pos < spans[i][1]:
        return spans[i][0], spans[i][1]
    return None
