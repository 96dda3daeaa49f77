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
least, else no table. The delimiters: " / ", " ; " and " · " (one kind a key). A line is
asked only when it holds the delimiter; each line is read once: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.reading.table_model import Cell, Row, Table

_DELIMS = (" / ", " ; ", " \u00b7 ")
# a field of a key: one to four words, no figure ("No." is one; "finding", "deadline")
_KEY_FIELD = re.compile(r"[A-Za-z][A-Za-z.'()&-]*(?:[ \t]+[A-Za-z][A-Za-z.'()&-]*){0,3}")
_MIN_FIELDS = 3


def delimited(text: str, lines, i: int):
    """(the table whose key is line ``i``, the index of the line after it), or (None, i + 1)."""
    a, b = lines[i]
    delim = next((d for d in _DELIMS if text.find(d, a, b) >= 0), None)
    if delim is None:
        return None, i + 1
    key = _key(text, a, b, delim)
    if key is None:
        return None, i + 1
    j = i + 1
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
        cells = _cells(text, spans, mark)
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


def _key(text: str, a: int, b: int, delim: str):
    """The key's fields [(start, end, words)] of line ``a``..``b``, or None."""
    s, e = a, b
    while s < e and text[s] in " \t":
        s += 1
    while e > s and text[e - 1] in " \t\r":
        e -= 1
    if text.startswith("(", s) and text[e - 1] == ")":
        s, e = s + 1, e - 1
    out, p = [], s
    while p <= e:
        q = text.find(delim, p, e)
        q = e if q < 0 else q
        fs, fe = _trimmed(text, p, q)
        if _KEY_FIELD.fullmatch(text, fs, fe) is None:
            return None
        out.append((fs, fe, text[fs:fe]))
        p = q + len(delim)
    return out if len(out) >= _MIN_FIELDS else None


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
