"""What a table is made of, as the readers of tables (``reading.tables``,
``reading.delimited_tables``) build it: its header's cells, its rows, each row's cells with the
offsets of their text."""
from __future__ import annotations

from kg.ingest.records import Record


class Cell(Record):
    """One cell: ``spans`` the (start, end) offsets of its text, one a line it is printed on;
    ``col`` its column (0 the first); ``header`` its column's header text ("" when none)."""
    _fields = __match_args__ = ("col", "spans", "header")

    def __init__(self, col, spans, header):
        self.col, self.spans, self.header = col, spans, header

    @property
    def start(self) -> int:
        return self.spans[0][0]

    @property
    def end(self) -> int:
        return self.spans[-1][1]


class Row(Record):
    _fields = __match_args__ = ("start", "end", "cells")

    def __init__(self, start, end, cells):
        self.start, self.end, self.cells = start, end, cells

    def cell(self, col: int) -> Cell | None:
        return next((c for c in self.cells if c.col == col), None)


class Table(Record):
    """``header``: the header's cells; ``rows`` its rows in order; ``start``..``end`` from the
    header's first character to the last row's last."""
    _fields = __match_args__ = ("start", "end", "header", "rows")

    def __init__(self, start, end, header, rows):
        self.start, self.end, self.header, self.rows = start, end, header, rows

    def column(self, col: int) -> str:
        return self.header[col][2] if 0 <= col < len(self.header) else ""


def header_words(header: str) -> list[str]:
    """A column's header as the readers of columns compare it with their word lists: its words
    in lower case, without the stops and brackets around them ("Site(s):" -> "site(s",
    "Owner / operator" -> "owner", "operator")."""
    return [w for w in (w.strip(".:()/").lower() for w in header.split()) if w]


def headed(header: str, heads) -> bool:
    """Whether the header's first or last word is one of ``heads`` ("Project site", "Site of
    works": both headed by "site")."""
    ws = header_words(header)
    return bool(ws) and (ws[0] in heads or ws[-1] in heads)
