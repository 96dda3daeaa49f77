"""The labelled lines inside one cell of a table's row: a project's cell that prints its title,
then "Lead: X Co., Ltd." and "With: Y Institute; Z University" under it, each value going on
onto the cell's next lines until another label opens one; a value that lists several names
apart by ";" is read name by name. :mod:`row_reader` reads each such
field by its label as it reads a column by its header (``data/table-row-headers.txt``), so a
cell holds fields a header does not name. Each line of the cell is looked at once."""
from __future__ import annotations

from kg.ingest.reading.field_blocks import field_line


def cell_fields(text: str, cell) -> list:
    """[(label, [(start, end) of its value's lines])] of ``cell``'s labelled lines, in order;
    the lines above the first label belong to none."""
    out: list = []
    for a, b in cell.spans:
        got = field_line(text, a, b)
        if got is not None:
            label, vs, ve = got
            out.append((label, [(vs, ve)] if ve > vs else []))
            continue
        if out and text[a:b].strip():
            out[-1][1].append((a, b))
    return [(label, piece) for label, spans in out if spans for piece in _pieces(text, spans)]


def _pieces(text: str, spans: list) -> list:
    """The value over ``spans`` cut at each ";" ("With: A; B" over its next line): each piece
    names one of the listed units (a piece may run onto the next line)."""
    out, cur = [], []
    for a, b in spans:
        k = text.find(";", a, b)
        while k >= 0:
            if text[a:k].strip():
                cur.append((a, k))
            if cur:
                out.append(cur)
            cur, a = [], k + 1
            k = text.find(";", a, b)
        if text[a:b].strip():
            cur.append((a, b))
    if cur:
        out.append(cur)
    return out
