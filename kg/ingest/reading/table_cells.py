"""The cells of an aligned table's lines and its header's columns, read by
:mod:`kg.ingest.reading.tables`: a line's cells (runs of text between gaps of two spaces or
more, or tabs), the column a cell starting at a place is in, a header whose first cell is a
number's word and a name one space apart ("No. Enterprise"), and a header's words wrapped onto
the lines under it up to its rule of dashes. Each reads the few lines it is given: linear."""
from __future__ import annotations

import bisect
import re

HEAD_LINES = 3          # how many lines a header may wrap onto


# "No. Enterprise      City": the rows' numbers under "No." and their names under the word
# after it, typed one space apart in the header (the rows set the two apart: "1   X Co., Ltd.")
_NUMBER_HEAD = re.compile(r"(?:No\.|S/N|#)(?= [A-Za-z])")


def numbered_head(text: str, head: list) -> list:
    """The header's cells, its first one ("No. Enterprise") cut after the number's word."""
    if head:
        s, e = head[0]
        m = _NUMBER_HEAD.match(text, s, e)
        if m is not None:
            return [(s, m.end()), (m.end() + 1, e)] + head[1:]
    return head


def wrapped_header(text: str, lines, i: int, cols: list[int], header: list):
    """The header's words wrapped onto the lines under it, up to a rule of dashes that runs
    under the whole header ("Surcharge" over "(yuan/kWh)" over "-----"): each word joins its
    column's name, none of them in the first column. (header, the rule's line index), or
    (header, the next line's) when no such rule closes the header."""
    for k in range(i + 1, min(len(lines), i + 1 + HEAD_LINES)):
        ka, kb = lines[k]
        line = text[ka:kb]
        if not line.strip():
            break
        if "-" in line and not line.strip(" -"):
            if k == i + 1:
                break
            words_: list[list[str]] = [[] for _ in cols]
            for la, lb in lines[i + 1:k]:
                for s, e in split_cells(text, la, lb):
                    col = column_of(cols, s - la)
                    if not col:         # (a word in the first column: a row, no header's)
                        return header, i + 1
                    words_[col].append(text[s:e])
            return [(s, e, " ".join([h] + words_[n])) for n, (s, e, h) in enumerate(header)], k
    return header, i + 1


def split_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of line ``a:b``: runs of text between gaps of two spaces or more, or tabs."""
    out, p = [], a
    while p < b:
        while p < b and text[p] in " \t":
            p += 1
        if p >= b:
            break
        s = p
        while p < b:
            if text[p] == "\t" or text[p] == " " and p + 1 < b and text[p + 1] in " \t":
                break
            if text[p] == " " and p + 1 >= b:
                break
            p += 1
        out.append((s, p))
    return out


def column_of(cols: list[int], at: int) -> int | None:
    """The column a cell starting at ``at`` (from the line's start) is in: the last header
    column starting at or before it, or the next one when the cell starts up to two places
    before it; None left of the first column."""
    k = bisect.bisect_right(cols, at + 2) - 1
    return k if k >= 0 else None
