"""Blocks of labelled fields, one a line, as a ledger, a publicity notice or a project card
prints a record ::

    2. Copper-nickel concentrate processing project (phase I)
       Investor:            X Co., Ltd. with Y Mining
                            Co., Ltd.
       Site:                Huangshan area, Yizhou District
       Leader in charge:    A, Vice Mayor of Hami

A field line opens (after its indentation) with a label of one to four words, the first
capitalised, then a colon (or a form's leader of dots) and its value; a line indented at least to the value's column (or
deeper than the labels) and holding no label of its own goes on with the value above (a value
wrapped over lines). A block is two field lines or more at the same indentation, the lines
wrapped between them included; a blank line, or a line indented less than the labels, ends it.
The block's heading is the numbered item ("2. Copper-nickel ...", "No. 3  X"), coded item
("2027-K2-015  Short-process refining of ...") or labelled item ("Lot 2  Tungsten powder",
"Package 1 (ICP-MS)": its label and number are its words) right above its first field, its words perhaps
wrapped onto the lines down to the fields at their indentation (at most three lines): (start,
end) of the item's words. A field line that holds a
second field after a wide gap ("Ledger No.: X      Date: Y") keeps its first field only, the
value ending at the gap. One pass over the lines: linear in the text's length."""
from __future__ import annotations

import re

from kg.ingest.reading.tables import line_spans
from kg.ingest.records import Record

# indentation, a label of one to four words (the first capitalised, no figure), its colon,
# the value's first character
# (or, on a form, a run of dots instead of the colon: "Builder ........ X Co., Ltd.")
_FIELD = re.compile(r"([ \t]*)([A-Z][A-Za-z'()/&-]*(?:[ \t][A-Za-z'()/&.-]+){0,3}"
                    r"(?:[ \t]\(\d{1,3}\))?)"       # (a count: "Institutions (11) ....")
                    r"(?:[ \t]*:|[ \t]+\.{3,}(?!\.))[ \t]*(?=\S)")
# a numbered item's line: "2. X", "(3) X", "No. 4  X"
_ITEM = re.compile(r"[ \t]*(?:No\.[ \t]*)?(?:\d{1,3}[.)\u3001]|\(\d{1,3}\))[ \t]+(?=\S)")
_WIDE = re.compile(r"[ \t]{4,}(?=\S)")


class Field(Record):
    """One field: ``label`` as printed (its colon aside), ``spans`` the (start, end) of its
    value on each line it is printed over."""
    _fields = __match_args__ = ("label", "spans")

    def __init__(self, label, spans):
        self.label, self.spans = label, spans


class Block(Record):
    """``start``..``end`` from the first field's label to the last value's end; ``fields`` in
    order; ``heading`` the (start, end) of a numbered item's words right above, or None."""
    _fields = __match_args__ = ("start", "end", "fields", "heading")

    def __init__(self, start, end, fields, heading):
        self.start, self.end, self.fields, self.heading = start, end, fields, heading


_LAST: list = [None, None]


def field_blocks(text: str) -> list[Block]:
    """The blocks of labelled fields of ``text`` in order (read only; the last text's are
    kept)."""
    if _LAST[0] is not text:
        _LAST[:] = [text, _read(text)]
    return _LAST[1]


_WRAPS: list = [None, frozenset()]


def field_wraps(text: str) -> frozenset:
    """The line breaks inside the fields' values of ``text``: where a value wrapped onto the
    next line goes on ("Completers: A, B, Gao" over "Shuangming, C": one name across it)."""
    if _WRAPS[0] is not text:
        out = set()
        for bl in field_blocks(text):
            for f in bl.fields:
                for a, _ in f.spans[1:]:
                    out.add(text.rfind("\n", 0, a))
        _WRAPS[:] = [text, frozenset(out)]
    return _WRAPS[1]


def _field(text: str, a: int, b: int):
    """(indentation, label, value's start, value's end) of a field line, or None."""
    if text.find(":", a, b) < 0 and text.find("...", a, b) < 0:
        return None
    m = _FIELD.match(text, a, b)
    if m is None:
        return None
    vs = m.end()
    wide = _WIDE.search(text, vs, b)
    ve = wide.start() if wide is not None and _FIELD.match(text, wide.end(), b) else b
    while ve > vs and text[ve - 1] in " \t\r":
        ve -= 1
    return len(m.group(1)), m.group(2), vs, ve


def field_line(text: str, a: int, b: int):
    """(label, value's start, value's end) of the line ``a``..``b`` when it opens with a label
    and its colon ("Lead: X Co., Ltd.", a line of a table's cell too), else None."""
    got = _field(text, a, b)
    return None if got is None else got[1:]


# a coded item's line: a code of letters and figures with a dash, a slash or a dot between
# them, then a wide gap ("2027-K2-015  X", "GX-07   Y")
_CODED = re.compile(r"[ \t]*(?=[A-Z0-9./-]*\d)[A-Z0-9]+(?:[./-][A-Z0-9]+)+[ \t]{2,}(?=\S)")
# a labelled item's line: a word and its number, then a wide gap or a bracket ("Lot 2  Tungsten
# powder, 600 kg", "Package 1 (ICP-MS)"): the item's words hold its label and number
_LABELLED = re.compile(r"[ \t]*(?=[A-Z][a-z]{2,11}[ \t]+\d{1,3}(?:[ \t]{2,}\S|[ \t]*\())")
_HEAD_LINES = 3


def _heading(text: str, lines, i: int, indent: int):
    """(start, end) of the words of the item that heads a block whose first field is line
    ``i``: a numbered ("2. X") or coded ("2027-K2-015  X") item on the line right above, or on
    a line above whose words wrap onto the lines down to the block, indented to the fields ("1.
    X over" / "   Y" / "   Investor: ..."); None when there is none."""
    k = i - 1
    while k >= 0 and i - k <= _HEAD_LINES:
        ha, hb = lines[k]
        if not text[ha:hb].strip() or _field(text, ha, hb) is not None:
            return None
        ind = _indent(text, ha, hb)
        m = _ITEM.match(text, ha, hb) or _CODED.match(text, ha, hb) or \
            _LABELLED.match(text, ha, hb)
        if m is not None and ind <= indent:
            e = lines[i - 1][1]
            while e > m.end() and text[e - 1] in " \t\r":
                e -= 1
            return m.end(), e
        if ind < indent:
            return None
        k -= 1
    return None


def _indent(text: str, a: int, b: int) -> int:
    p = a
    while p < b and text[p] in " \t":
        p += 1
    return p - a


def _read(text: str) -> list[Block]:
    lines = list(line_spans(text))
    out: list[Block] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        got = _field(text, a, b)
        if got is None:
            i += 1
            continue
        indent = got[0]
        fields = [Field(got[1], [(got[2], got[3])])]
        value_col = got[2] - a
        j = i + 1
        while j < len(lines):
            la, lb = lines[j]
            if not text[la:lb].strip():
                break
            ind = _indent(text, la, lb)
            nxt = _field(text, la, lb)
            if nxt is not None and nxt[0] == indent:
                fields.append(Field(nxt[1], [(nxt[2], nxt[3])]))
                value_col = nxt[2] - la
                j += 1
                continue
            if ind > indent and (ind >= value_col - 1 or nxt is None):
                s, e = la + ind, lb
                while e > s and text[e - 1] in " \t\r":
                    e -= 1
                fields[-1].spans.append((s, e))
                j += 1
                continue
            break
        if len(fields) >= 2:
            heading = _heading(text, lines, i, indent)
            out.append(Block(a + indent, fields[-1].spans[-1][1], fields, heading))
        i = max(j, i + 1)
    return out
