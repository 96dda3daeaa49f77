"""A column whose header names two or three fields split by " / " ("Permit holder / Permit
No.", "Winning team (lead unit / leader)": the fields in the bracket) is read as that many
columns: each cell is cut at its first " / " (on its line, or " /" ending a line: a name wrapped
onto the next line ends there), what comes before under the first field's name, the rest under
the next. A cell that prints no " / " stays whole under the first field. So every reader of a
table's rows (the names in a cell, the readings of columns by their headers, the row's subject)
sees the fields as columns of their own. Each cell's lines are read once."""
from __future__ import annotations

import re

from kg.ingest.reading.table_model import Cell, Row, Table

_SPLIT = re.compile(r"[ \t]+/(?:[ \t]|$)", re.M)
_BRACKET = re.compile(r"\(([^()]*)\)")
_MAX_FIELDS = 3
_MAX_WORDS = 4


def field_names(header: str) -> list[str]:
    """The fields a header names split by " / " (those in its bracket, when the bracket holds
    the split: "Winning team (lead unit / leader)"), or [] when it names one."""
    m = _BRACKET.search(header)
    inner = m.group(1) if m is not None and " / " in m.group(1) else None
    parts = [p.strip() for p in (inner if inner is not None else header).split(" / ")]
    if not 2 <= len(parts) <= _MAX_FIELDS or \
            any(not p or len(p.split()) > _MAX_WORDS for p in parts):
        return []
    return parts


def split_fields(text: str, table: Table) -> Table:
    """``table`` with each column of fields split into columns (see the module); the table
    itself when none is."""
    fields = [field_names(h) for _, _, h in table.header]
    if not any(fields):
        return table
    new_col, header = [], []
    for (s, e, h), names in zip(table.header, fields):
        new_col.append(len(header))
        header += [(s, e, n) for n in names] if names else [(s, e, h)]
    rows = []
    for row in table.rows:
        cells = []
        for c in row.cells:
            k = new_col[c.col] if c.col < len(new_col) else c.col + len(header) - len(new_col)
            names = fields[c.col] if c.col < len(fields) else []
            if not names:
                cells.append(Cell(k, c.spans, c.header))
                continue
            for j, spans in enumerate(_cut(text, c.spans, len(names))):
                if spans:
                    cells.append(Cell(k + j, spans, names[j]))
        rows.append(Row(row.start, row.end, cells))
    return Table(table.start, table.end, header, rows)


def _cut(text: str, spans: list, n: int) -> list[list]:
    """The lines ``spans`` of a cell cut into ``n`` pieces at its first ``n - 1`` " / "."""
    out, cur = [], []
    for a, b in spans:
        while len(out) < n - 1:
            m = _SPLIT.search(text, a, b)
            if m is None:
                break
            if text[a:m.start()].strip():
                cur.append((a, m.start()))
            out.append(cur)
            cur, a = [], m.end()
        if text[a:b].strip():
            cur.append((_skip_space(text, a, b), b))
    out.append(cur)
    return out + [[] for _ in range(n - len(out))]


def _skip_space(text: str, a: int, b: int) -> int:
    while a < b and text[a] in " \t":
        a += 1
    return a
