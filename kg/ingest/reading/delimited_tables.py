"""Records whose fields a delimiter sets apart, under a key that names the fields, as an annex
or a list exported from a form prints them ::

    Annex  List of plants to inspect
           (No. / city / enterprise / finding / deadline)

      01 / Anyang / Anyang Xinrong Zinc Co., Ltd. / no metering at the
           roasters / 30 April 2027
      02 / Luohe / Luohe Dongfeng Aluminium Co., Ltd. / 12 old motors
           / 31 May 2027

Read as a table is (``reading.tables``), so that every rule that reads a table's row by its
column's header reads these too: the key's fields are the header (the key line holds only
them, three or more, bracketed or not, each one to four words with no figure in it: "No." is
one), each record a row, its fields the cells in order. A record opens on a line at the records'
indentation that holds the delimiter and goes on in the lines indented deeper under it (a field
wrapped over lines is one cell, printed over several spans); a blank line between records is
allowed, a line indented no deeper than the records ends them. A record whose field count is
not the key's is no row (prose with a slash in it, a record the key does not fit): two rows at
least, else no table. The delimiters: " / ", " ; ", " · " and " | " (one kind a key; bars with
no rule under the key: "No. | Investor | Country |" over "      Business | Filed", the key
wrapped as a record is, a field's unit in brackets after its words; a bar at a record's end
opens no field). A line is
asked only when it holds the delimiter; each line is read once: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.reading.table_model import Cell, Row, Table

_DELIMS = (" / ", " ; ", " \u00b7 ", " | ")
# a field of a key: one to four words, no figure ("No." is one; "finding", "deadline"), perhaps
# with its unit in brackets after it ("Investment (USD 10,000)")
_KEY_FIELD = re.compile(r"[A-Za-z][A-Za-z.'()&-]*(?:[ \t]+[A-Za-z][A-Za-z.'()&-]*){0,3}"
                        r"(?:[ \t]*\([^()\n]*\))?")
_MIN_FIELDS = 3


def delimited(text: str, lines, i: int):
    """(the table whose key is line ``i``, the index of the line after it), or (None, i + 1).
    The key may wrap onto the lines indented deeper under it, as a record does ("No. | Investor
    | Country |" over "      Business | Filed")."""
    a, b = lines[i]
    delim = next((d for d in _DELIMS if text.find(d, a, b) >= 0), None)
    if delim is None:
        return None, i + 1
    j = i + 1
    while j < len(lines) and text[lines[j][0]:lines[j][1]].strip() \
            and _indent(text, *lines[j]) > _indent(text, a, b):
        j += 1
    key = _key(text, lines[i:j], delim)
    if key is None:
        return None, i + 1
    while j < len(lines) and not text[lines[j][0]:lines[j][1]].strip():
        j += 1
    mark = delim.strip()
    rows: list[Row] = []
    indent = None
    while j < len(lines):
        la, lb = lines[j]
        line = text[la:lb]
        if not line.strip():
            j += 1
            nxt = lines[j] if j < len(lines) else None
            if nxt is None or _indent(text, *nxt) != indent:
                break
            continue
        ind = _indent(text, la, lb)
        if indent is None:
            indent = ind
        if ind != indent or text.find(delim, la, lb) < 0 and not line.rstrip().endswith(mark):
            break
        spans = [(la + ind, la + len(line.rstrip()))]
        k = j + 1
        while k < len(lines):
            ka, kb = lines[k]
            if not text[ka:kb].strip() or _indent(text, ka, kb) <= indent:
                break
            spans.append((ka + _indent(text, ka, kb), ka + len(text[ka:kb].rstrip())))
            k += 1
        cells = _open_ends(text, _cells(text, spans, mark), spans, mark)
        if len(cells) != len(key):
            break
        rows.append(Row(spans[0][0], spans[-1][1],
                        [Cell(n, sp, key[n][2]) for n, sp in enumerate(cells) if sp]))
        j = k
    if len(rows) < 2:
        return None, i + 1
    return Table(key[0][0], rows[-1].end, key, rows), j


def _indent(text: str, a: int, b: int) -> int:
    p = a
    while p < b and text[p] in " \t":
        p += 1
    return p - a


def _key(text: str, key_lines, delim: str):
    """The key's fields [(start, end, words)] printed on ``key_lines`` (its line and the lines
    it wraps onto), or None. A field wrapped over two lines is its words joined by a space."""
    spans = []
    for a, b in key_lines:
        s, e = _trimmed(text, a, b)
        while e > s and text[e - 1] == "\r":
            e -= 1
        spans.append((s, e))
    (s, e), (s2, e2) = spans[0], spans[-1]
    if text.startswith("(", s) and text[e2 - 1] == ")":
        spans[0] = (s + 1, e) if len(spans) > 1 else (s + 1, e - 1)
        if len(spans) > 1:
            spans[-1] = (s2, e2 - 1)
    mark = delim.strip()
    out = []
    for field in _open_ends(text, _cells(text, spans, mark), spans, mark):
        if not field or any(_KEY_FIELD.fullmatch(text, fs, fe) is None for fs, fe in field):
            return None
        words_ = " ".join(text[fs:fe] for fs, fe in field)
        if _KEY_FIELD.fullmatch(words_) is None:
            return None
        out.append((field[0][0], field[-1][1], words_))
    return out if len(out) >= _MIN_FIELDS else None


def _open_ends(text: str, cells, spans, mark: str):
    """``cells`` without the empty field that a delimiter at the record's very start or end
    opens ("| A | B |", "No. | Investor | Country |" on its last line)."""
    if len(cells) > 1 and not cells[-1] and text[:spans[-1][1]].rstrip().endswith(mark):
        cells = cells[:-1]
    if len(cells) > 1 and not cells[0] and text.startswith(mark, spans[0][0]):
        cells = cells[1:]
    return cells


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """(s, e) without the spaces and tabs at either end."""
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t":
        e -= 1
    return s, e


def _cells(text: str, spans, mark: str) -> list[list[tuple[int, int]]]:
    """The record's fields over its lines ``spans``: each field's (start, end) on each line it
    is printed on, split at the delimiter ``mark`` between spaces (or at a line's edge)."""
    cells: list[list[tuple[int, int]]] = [[]]
    for a, b in spans:
        p = a
        while True:
            q = text.find(mark, p, b)
            while q >= 0 and not ((q == a or text[q - 1] in " \t")
                                  and (q + 1 == b or text[q + 1] in " \t")):
                q = text.find(mark, q + 1, b)       # ("t/a", "kWh/t": no delimiter)
            end = b if q < 0 else q
            s, e = _trimmed(text, p, end)
            if e > s:
                cells[-1].append((s, e))
            if q < 0:
                break
            cells.append([])
            p = q + 1
    return cells
