"""Tables in a plain text, as a reviewer reads them: rows and cells, each cell under its
column's header, with offsets into the text as stored (so a rule can ask "is this name in the
City column of its row?", and evidence spans stay the text's own).

Three layouts are read:

* a pipe table (Markdown's): cells between "|" (a bar escaped "\\|" is a cell's own), a rule
  of dashes, or of "=", under the header row ("|---|:--:|", "|====|====|"), one row a line (a
  grid drawn in box-drawing characters is read as typed in ASCII: reading/folded);
* an aligned table: columns set apart by two spaces or more (or a tab), a header row of words
  (no figure in it, unless a rule of dashes closes it and each of its cells holds a word: "2025
  output", or every figure of it sits in a bracket: "ETA (2026)   Cargo (t)"), perhaps a
  rule of dashes under it, then two rows or more whose cells start
  inside the header's columns (a figure set right under its header starts a little after it);
  "--" or "-" is an empty cell; a line whose first column is empty goes on with the row above
  (a cell wrapped onto a second line: "Hebi Longxiang Magnesium Alloy Technology\\n     Co.,
  Ltd."), and so does one whose first cell is a company's legal form alone, set at the
  column's start ("Chizhou Ruifeng Zinc Industry\\n  Co., Ltd."), and so does one whose first
  cell is a time alone under a "Date / time" column ("Mon 14 Dec" over "09:30"); a line of
  one cell in the first column between rows is a group heading and kept as a row of one cell.
  A header opens its block (the line above it is no aligned line), none of its cells ends in
  a colon, and none names a thing with its kind after a comma ("Vice Mayor,
  X Municipal People's Government": a list's first row, not a header);
* records whose fields a delimiter sets apart under a key naming them ("(No. / city /
  enterprise / deadline)" over "01 / Hebi / X Co., Ltd. / 31 March 2027"; " | " with no rule
  under the key and no bar opening the line, key and records wrapped over lines):
  :mod:`kg.ingest.reading.delimited_tables`.

A "Label: value" field block or a two-column list without a header ("Bond name     26 X G1")
has no header to name its columns and is not read here. One pass over the lines, and a
table's lines are read once: linear in the text's length."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, words
from kg.ingest.reading.delimited_tables import delimited
from kg.ingest.reading.field_columns import split_fields
from kg.ingest.reading.table_model import Cell, Row, Table
from kg.ingest.reading.table_cells import HEAD_LINES as _HEAD_LINES, column_of as _column, \
    numbered_head as _numbered_head, split_cells as _split, wrapped_header as _wrapped_header

_GAP = re.compile(r"\S(?: {2,}|\t)\S")
_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-{2,}:?[ \t]*(?:(?:\||[ \t]{2,}|\+)[ \t]*:?-{2,}:?[ \t]*)*\|?"
                   r"[ \t]*$|[ \t]*[-=_+|]{3,}[ \t-=_+|]*$")
_DIGIT = re.compile(r"\d")
_EMPTY = frozenset(("-", "--", "\u2014", "\u2013", "n/a", "N/A"))


_LAST: list = [None, None]


@lru_cache(maxsize=1)
def _legal_tail() -> re.Pattern:
    """A company's legal form alone (``data/company-suffixes.txt``), perhaps after its place in
    brackets: "Co., Ltd.", "(Maanshan) Co., Ltd."."""
    return re.compile(r"(?:\([A-Z][^()\n]{1,30}\)[ \t]+)?(?:"
                      + alternation("company-suffixes", r"[ \t]*") + ")")


def tables(text: str) -> list[Table]:
    """The tables of ``text`` in order (read only; the last text's are kept)."""
    if _LAST[0] is not text:
        _LAST[:] = [text, _read(text)]
    return _LAST[1]


def line_spans(text: str):
    """(start, end) of each line of ``text``, its newline left out (also read by
    :mod:`kg.ingest.reading.field_blocks`)."""
    pos, n = 0, len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        yield pos, nl
        pos = nl + 1


def _gapped(text: str, a: int, b: int) -> bool:
    """Whether ``_GAP`` matches in ``text[a:b]`` (a line): asked only of a line that prints two
    spaces or a tab (every match holds one)."""
    return (text.find("  ", a, b) >= 0 or text.find("\t", a, b) >= 0) \
        and _GAP.search(text, a, b) is not None


def _read(text: str) -> list[Table]:
    lines = list(line_spans(text))
    out: list[Table] = []
    i = 0
    while i < len(lines):
        a, b = lines[i]
        got, i2 = None, i + 1
        if "|" in text[a:b]:
            got, i2 = _pipe(text, lines, i)
            if got is None and text.find(" | ", a, b) >= 0 and \
                    not text[a:b].lstrip().startswith("|"):
                # (no rule under it: "No. | Investor | Country |" over its records, each
                # wrapped over lines: read as records under a key)
                got, i2 = delimited(text, lines, i)
        else:
            if text.find(" / ", a, b) >= 0 or text.find(" ; ", a, b) >= 0 or \
                    text.find(" \u00b7 ", a, b) >= 0:
                got, i2 = delimited(text, lines, i)     # ("(No. / city / enterprise)" over records)
            if got is None and _gapped(text, a, b) and not (i and _gapped(text, *lines[i - 1])) \
                    and (not _DIGIT.search(text, a, b) or _worded_over_rule(text, lines, i)
                         or _bracketed_figures(text, a, b)):
                got, i2 = _aligned(text, lines, i)      # (a header opens its block)
        if got is not None:
            out.append(split_fields(text, got))     # ("Holder / Licence No.": two columns)
        i = max(i2, i + 1)
    return out


def _worded_over_rule(text: str, lines, i: int) -> bool:
    """Whether line ``i``, which prints a figure, is still a header: a rule of dashes closes it
    within ``_HEAD_LINES`` lines ("No.  Unit  City  2025 output" over "(10,000 t)" over "---
    -----"), and each of its cells holds a letter (a year or a unit beside the words, not a row
    of figures)."""
    if any(not re.search(r"[A-Za-z]", text[s:e]) for s, e in _split(text, *lines[i])):
        return False
    for k in range(i + 1, min(len(lines), i + 2 + _HEAD_LINES)):
        ka, kb = lines[k]
        if not text[ka:kb].strip():
            return False
        if "-" in text[ka:kb] and not text[ka:kb].strip(" -"):
            return True
    return False


# a header's bracket that holds a figure: its year or unit ("ETA (2026)", "Cargo (t)",
# "Output (10,000 t)")
_FIGURE_BRACKET = re.compile(r"\([^()\n]*\d[^()\n]*\)")


def _bracketed_figures(text: str, a: int, b: int) -> bool:
    """Whether line ``a:b``, which prints a figure, is still a header: every figure in a
    bracket ("Vessel   Flag   ETA (2026)   Cargo (t)"), and each cell holds a word of letters
    outside its brackets (not a row of figures or of codes)."""
    line = _FIGURE_BRACKET.sub("", text[a:b])
    if _DIGIT.search(line):
        return False
    return all(re.search(r"[A-Za-z]{2}", _FIGURE_BRACKET.sub("", text[s:e]))
               for s, e in _split(text, a, b))


def _pipe_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    line = text[a:b]
    inner_a, inner_b = a + len(line) - len(line.lstrip()), a + len(line.rstrip())
    if text.startswith("|", inner_a):
        inner_a += 1
    if inner_b > inner_a and text[inner_b - 1] == "|":
        inner_b -= 1
    cells, p = [], inner_a
    while p <= inner_b:
        q = text.find("|", p, inner_b)
        while q > p and text[q - 1] == "\\":      # (Markdown escapes a bar in a cell with "\\")
            q = text.find("|", q + 1, inner_b)
        q = inner_b if q == -1 else q
        s, e = p, q
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        cells.append((s, e))
        p = q + 1
    return cells


def _pipe(text: str, lines, i: int):
    """A pipe table whose header is line ``i`` and whose rule ("|---|---|", or a grid's border
    "+----+----+") is the next line, or comes after the header's wrapped lines ("| Seller |
    Stake | Consideration |" over "|  |  | (yuan, 000s) |"). A row goes on in the lines under it
    whose first cell is empty, or whose other cells are all empty while the first is indented
    deeper or opens in lower case (a cell wrapped in its column: "| Shangluo Urban and Rural
    Construction | 34.00% |" over "|   Investment Group Co., Ltd. |  |"); a grid's border
    between rows closes one row, and the lines up to the next border are that row's."""
    k = next((k for k in range(i + 1, min(len(lines), i + 2 + _HEAD_LINES))
              if _pipe_rule(text, *lines[k])), None)
    if k is None or any("|" not in text[a:b] for a, b in lines[i + 1:k]):
        return None, i + 1
    head = _pipe_cells(text, *lines[i])
    if len(head) < 2 or (k > i + 1 or text[lines[k][0]:lines[k][1]].strip().startswith("+")) \
            and (any(no_column_name(text[s:e]) for s, e in head)
                 or i and "|" in text[lines[i - 1][0]:lines[i - 1][1]]):
        # ("| Producer | X Co., Ltd., plant in Y |" over its wrapped lines and a border: a
        # record's first field, no header; a header opens its block, no line of the record
        # above it)
        return None, i + 1
    more: list[list[str]] = [[] for _ in head]
    for la, lb in lines[i + 1:k]:
        for n, (s, e) in enumerate(_pipe_cells(text, la, lb)[:len(head)]):
            if e > s:
                more[n].append(text[s:e])
    header = [(s, e, " ".join([text[s:e]] + more[n]) if more[n] else text[s:e])
              for n, (s, e) in enumerate(head)]
    rows: list[Row] = []
    j = k + 1
    joined = False          # a grid's border closed the row above: the next line opens one
    while j < len(lines):
        la, lb = lines[j]
        if "|" not in text[la:lb]:
            if _pipe_rule(text, la, lb) and j + 1 < len(lines) and \
                    "|" in text[lines[j + 1][0]:lines[j + 1][1]]:
                joined, j = False, j + 1       # (a border between rows)
                continue
            break
        spans = _pipe_cells(text, la, lb)
        cells = [Cell(n, [(s, e)], header[n][2] if n < len(header) else "")
                 for n, (s, e) in enumerate(spans) if e > s and text[s:e] not in _EMPTY]
        if rows and cells and (joined or _goes_on(text, spans, rows[-1])):
            row = rows[-1]
            for c in cells:
                old = row.cell(c.col)
                if old is None:
                    row.cells.append(c)
                    row.cells.sort(key=lambda x: x.col)
                else:
                    old.spans.append(c.spans[0])
            row.end = cells[-1].end
        else:
            rows.append(Row(la, lb, cells))
        joined = joined or _grid_rows(text, lines, k)
        j += 1
    if not rows:
        return None, j
    return Table(header[0][0], rows[-1].end, header, rows), j


def _pipe_rule(text: str, a: int, b: int) -> bool:
    """A pipe table's rule under its header: dashes (or a double rule's "=") between "|" or
    "+" ("|---|:--:|", "+------+------+", "|=====|=====|")."""
    line = text[a:b]
    return ("-" in line or "==" in line) and ("|" in line or "+" in line) \
        and _RULE.match(text, a, b) is not None


def _grid_rows(text: str, lines, k: int) -> bool:
    """Whether the grid whose header rule is line ``k`` closes each row with a border (its
    rows run over several lines, none with a first cell of its own but the first)."""
    return False if not text[lines[k][0]:lines[k][1]].strip().startswith("+") else any(
        _pipe_rule(text, *lines[j]) and "|" not in text[lines[j][0]:lines[j][1]]
        and j + 1 < len(lines) and "|" in text[lines[j + 1][0]:lines[j + 1][1]]
        for j in range(k + 2, min(len(lines), k + 12)))


def _goes_on(text: str, spans, row) -> bool:
    """Whether a pipe row's line goes on with the row above: its first cell empty, or its
    other cells empty and its first indented deeper than the row's or opening in lower case."""
    if not spans or len(row.cells) < 2:
        return False
    s0, e0 = spans[0]
    if e0 <= s0:
        return True
    if any(e > s for s, e in spans[1:]):
        return False
    first = row.cell(0)
    if first is None:
        return False
    bar = text.rfind("|", 0, s0)
    above = text.rfind("|", 0, first.spans[0][0])
    return s0 - bar > first.spans[0][0] - above or text[s0].islower()


# a cell that names something with its kind after a comma ("Vice Mayor, X Municipal People's
# Government", "Director, Casting Workshop"): a row's, not a column's header
_PHRASE_CELL = re.compile(r"\w,[ \t]+[A-Z][\w'’-]*[ \t]+[A-Z]")


def _aligned(text: str, lines, i: int):
    """An aligned table whose header is line ``i`` (cells apart by two spaces or more, no
    figure in it)."""
    a, b = lines[i]
    head = _numbered_head(text, _split(text, a, b))
    if len(head) < 2 or any(text[e - 1] == ":" for _, e in head) \
            or any(_PHRASE_CELL.search(text, s, e) for s, e in head):
        # ("Brand:     HONGYE": a field and its value, no header; "A     Vice Mayor, X
        # Municipal People's Government": the first row of a list, no header)
        return None, i + 1
    cols = [s - a for s, _ in head]
    header = [(s, e, text[s:e]) for s, e in head]
    # a table typed with tabs (copied from a spreadsheet): a cell's column is how many tabs
    # stand before it, not where it starts (one tab moves the next cell 1 to 8 places)
    tabbed = "\t" in text[a:b] and not _SPACED.search(text, a, b)
    j = i + 1
    ruled = None        # the columns a rule of dash runs under the header sets (offsets)
    wrapped = False     # a header wrapped over lines down to its rule: a rule closes the rows
    if not tabbed:
        got = _ruled_header(text, lines, i, cols)
        if got is not None:
            cols, header, j = got
            ruled = cols
        else:
            header, j = _wrapped_header(text, lines, i, cols, header)
            wrapped = j > i + 1
    if j < len(lines) and _RULE.match(text, *lines[j]) and text[lines[j][0]:lines[j][1]].strip():
        j += 1
    rows: list[Row] = []
    while j < len(lines):
        la, lb = lines[j]
        if not text[la:lb].strip():
            break
        if tabbed and "\t" in text[la:lb]:
            placed = [(k, s, e) for k, (s, e) in enumerate(_tab_cells(text, la, lb))
                      if e > s and k < len(cols)]
            if not placed or len(_tab_cells(text, la, lb)) > len(cols) + 1:
                break
            cells = ()
        else:
            if ruled is not None and _RULE.match(text, la, lb) and \
                    len(_DASHES.findall(text, la, lb)) > 1:
                break       # (the rule that closes a ruled table; not a sum's "--")
            if rows and not text[la:lb].strip(" \t-=_"):
                if wrapped:
                    break
                j += 1      # (a rule between rows, or under the last: no row of its own)
                continue
            cells = _split(text, la, lb)
            if ruled is not None and len(cells) > 1:     # (one cell: a heading, or prose)
                cells = _cut_at(text, la, cells, ruled)
            placed = []
        for s, e in cells:
            col = _column(cols, s - la)
            if col is None or placed and placed[-1][0] >= col:
                placed = None
                break
            placed.append((col, s, e))
        if not placed:
            break
        deeper = len(placed) == 1 and placed[0][0] == 0 and placed[0][1] - la > cols[0] \
            and rows and not text[placed[0][1]].isdigit()
        # ("Shaanxi Yufu Aluminium and" over "  Power Co., Ltd.   self-owned power": a line
        # indented deeper than its column, with words and no figure in any cell, goes on too)
        deeper = deeper or len(placed) > 1 and placed[0][0] == 0 and rows \
            and placed[0][1] - la > cols[0] and not any(_DIGIT.search(text, s, e) for _, s, e in placed)
        # ("Chizhou Ruifeng Zinc Industry" over "Co., Ltd.", "(Maanshan) Co., Ltd." in the
        # name's column: a company's legal form alone goes on with the name above it)
        deeper = deeper or bool(rows) and placed[0][0] == 0 and \
            _legal_tail().fullmatch(text, placed[0][1], placed[0][2]) is not None
        # ("Date / time" over "Mon 14 Dec" over "09:30": the row's time on its second line)
        deeper = deeper or bool(rows) and placed[0][0] == 0 and _timed_day(text, header, rows[-1],
                                                                        placed[0][1], placed[0][2])
        if (placed[0][0] > 0 or deeper) and rows:
            # the first column empty: the row above goes on (a wrapped cell)
            row = rows[-1]
            for col, s, e in placed:
                c = row.cell(col)
                if c is None:
                    row.cells.append(Cell(col, [(s, e)], header[col][2]))
                    row.cells.sort(key=lambda x: x.col)
                else:
                    c.spans.append((s, e))
            row.end = placed[-1][2]
        elif placed[0][0] == 0:
            rows.append(Row(placed[0][1], placed[-1][2],
                            [Cell(col, [(s, e)], header[col][2]) for col, s, e in placed
                             if text[s:e] not in _EMPTY]))
        else:
            break
        j += 1
    full = sum(1 for r in rows if len(r.cells) >= 2)
    if full < 2:
        return None, j      # (the lines read are no header of another table: read once)
    return Table(header[0][0], rows[-1].end, header, rows), j


_SPACED = re.compile(r"\S {2,}\S")       # cells apart by spaces: an aligned line
_DIGIT = re.compile(r"\d")
_DASHES = re.compile(r"-{2,}|(?<![^ ])-(?![^ \n])")


_CLOCK = re.compile(r"[0-2]?\d[:.][0-5]\d(?:[ \t]*[-\u2013][ \t]*[0-2]?\d[:.][0-5]\d)?")
_TIME_HEAD = re.compile(r"\btime\b", re.I)


def _timed_day(text: str, header, row: Row, s: int, e: int) -> bool:
    """Whether a first cell that is a time alone ("09:30") is the second line of the row
    above's first cell: its column's name holds "time" beside another field ("Date / time",
    "Day and time") and the row above's first cell prints no time yet."""
    head = header[0][2]
    if _CLOCK.fullmatch(text, s, e) is None or not _TIME_HEAD.search(head) \
            or head.strip().lower() == "time":
        return False
    first = row.cell(0)
    return first is not None and not any(_CLOCK.search(text, a, b) for a, b in first.spans)


def _ruled_header(text: str, lines, i: int, cols: list[int]):
    """A fixed-width table whose header is closed by a rule of dash runs, one a column
    ("No. Project    Site" over "--- ---------  ----"): the runs set the columns (the header's
    "No. Project", one space apart, is two of them), and the lines between the header and the
    rule are its wrapped words ("Inv." over "(100m" over "yuan)"). (cols, header, the rule's
    line index), or None when no such rule comes within ``_HEAD_LINES`` lines."""
    for k in range(i + 1, min(len(lines), i + 2 + _HEAD_LINES)):
        ka, kb = lines[k]
        if not text[ka:kb].strip():
            return None
        if _RULE.match(text, ka, kb) and "-" in text[ka:kb] and not text[ka:kb].strip(" -"):
            break
    else:
        return None
    runs = [m.start() - ka for m in _DASHES.finditer(text, ka, kb)]
    if len(runs) < len(cols) or len(runs) > 2 * len(cols) + 2:
        return None
    a, b = lines[i]
    width = b - a
    if any(not (r == 0 or r >= width or text[a + r - 1] in " \t") for r in runs):
        return None         # (a run starting inside a header's word: no column of its own)
    words_: list[list[str]] = [[] for _ in runs]
    for la, lb in lines[i + 1:k]:
        for s, e in _split(text, la, lb):
            col = _column(runs, s - la)
            if col is not None:
                words_[col].append(text[s:e])
    header = []
    for n, r in enumerate(runs):
        s = a + r
        e = min(b, a + runs[n + 1] if n + 1 < len(runs) else b)
        while s < e and text[s] in " \t":
            s += 1
        while e > s and text[e - 1] in " \t":
            e -= 1
        header.append((s, e, " ".join(([text[s:e]] if e > s else []) + words_[n])))
    if sum(1 for h in header if h[2]) < 2:
        return None
    return runs, header, k


def _cut_at(text: str, la: int, cells, ruled: list[int]):
    """The cells of a row of a ruled table, a cell that runs over a column's start with one
    space before it ("Titanium alloy plate and strip Baoji High-tech Zone") cut there."""
    out = []
    for s, e in cells:
        # (the columns starting inside the cell, found by bisection: a wide table costs no
        # more than its cells)
        lo, hi = bisect.bisect_right(ruled, s - la), bisect.bisect_left(ruled, e - la)
        if hi - lo == 1:        # (a line of prose runs over several: no row's cells)
            c = la + ruled[lo]
            if text[c - 1] == " " and text[c] != " " and text[c - 2] != " ":
                out.append((s, c - 1))
                s = c
        out.append((s, e))
    return out


def _tab_cells(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """The cells of a line typed with tabs, one between two tabs (an empty one too), each
    stripped of its spaces."""
    out, p = [], a
    while True:
        q = text.find("\t", p, b)
        e = b if q == -1 else q
        s = p
        while s < e and text[s] in " \r":
            s += 1
        while e > s and text[e - 1] in " \r":
            e -= 1
        out.append((s, e))
        if q == -1:
            return out
        p = q + 1


def no_column_name(cell: str) -> bool:
    """A first row's cell too long for a column's name: more than five words, or a comma
    between them ("Supplier   X Titanium Industry Co., Ltd., Hami, Xinjiang": a record of
    labelled lines read as a table, its first line a record, not the columns' names)."""
    if len(cell.split()) > 5:
        return True
    return any(not _unit_tail(part) for part in _COMMA.split(cell)[1:])


# a comma that is no digit group's ("10,000 t")
_COMMA = re.compile(r"(?<!\d),|,(?!\d{3})")


def _unit_tail(part: str) -> bool:
    """Whether what follows a comma in a column's name is its unit ("t/a", "100 million yuan",
    "(ha)", "RMB/t"): every word of data/column-unit-words.txt (each part of one with "/") or
    holding a digit."""
    units = words("column-unit-words")
    got = part.split()
    return 0 < len(got) <= 3 and all(
        any(ch.isdigit() for ch in w) or all(u in units for u in w.strip("()").lower().split("/"))
        for w in got)
