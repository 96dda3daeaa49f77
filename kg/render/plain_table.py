"""The table :func:`kg.render.output.table` prints, drawn without rich when the characters are
sure to be rich's own: importing rich and laying the table out cost ``kg ingest`` about a tenth
of its run on the largest source text (some 360 million instructions for a 30-row table, the
draft's rules included), a few milliseconds here.

:func:`draw` follows rich's own steps for the one table ``output.table`` builds (rich 13-15:
``Table`` with the heavy-headed box, a header, a title justified left, columns folding their
overflow, cell padding of one space, in a ``Console`` of a given width): measure each column
(the widest word and the widest line of its cells, padding included), share the width out as
``Table._collapse_widths`` and ``ratio_reduce`` do when the columns are too wide, wrap each cell
as ``Text.wrap`` and ``divide_line`` do (words with the spaces after them, a word longer than the
line folded), pad, align (the header to the bottom, the rows to the top) and draw the box.

It answers ``None`` (the caller then asks rich) whenever rich might draw other characters: the
output a terminal or said to be one (escape codes for bold and italic; ``FORCE_COLOR``,
``TTY_COMPATIBLE``), an encoding other than UTF-8 (rich's ASCII box), Windows, Jupyter, a
character whose width rich measures otherwise than one cell (:data:`ONE_CELL`: wide CJK, marks
that join, invisible ones), or a column too narrow for its padding. A test draws thousands of
tables both ways and compares them."""
from __future__ import annotations

import os
import re
import sys

# rich.cells._SINGLE_CELL_UNICODE_RANGES (one cell each, measured as len), and the punctuation
# rich's width table gives one cell (dashes, quotes, bullets, ellipsis: tests check each)
_RANGES = ((0x20, 0x7E), (0xA0, 0xAC), (0xAE, 0x2FF), (0x370, 0x482), (0x2010, 0x2027),
           (0x2030, 0x205E), (0x2500, 0x25FC), (0x2800, 0x28FF))
ONE_CELL = frozenset(chr(c) for lo, hi in _RANGES for c in range(lo, hi + 1))
_ALLOWED = ONE_CELL | {"\n"}

_WORD = re.compile(r"\s*\S+\s*")        # rich._wrap.re_word
_TRAILING = re.compile(r"\s+$")         # rich.text._re_whitespace

# HEAVY_HEAD: top, header row, under the header, rows, bottom
_TOP = ("┏", "━", "┳", "┓")
_HEAD_ROW = ("┡", "━", "╇", "┩")
_BOTTOM = ("└", "─", "┴", "┘")
_HEAD_SIDE = "┃"
_ROW_SIDE = "│"
_PAD = 1                                # cell padding left and right


def plain_console(out) -> bool:
    """Whether a rich ``Console`` writing to ``out`` would write plain text with the Unicode
    box (no terminal, no colour forced, UTF-8, not Windows nor Jupyter)."""
    env = os.environ
    if sys.platform == "win32" or env.get("FORCE_COLOR") is not None \
            or env.get("TTY_COMPATIBLE", "") == "1":
        return False
    import builtins

    if hasattr(builtins, "get_ipython"):
        return False
    stdin = sys.stdin
    if getattr(stdin, "__module__", "").startswith("idlelib"):
        return False
    isatty = getattr(out, "isatty", None)
    try:
        if isatty is not None and isatty():
            return False
    except ValueError:
        pass
    return (getattr(out, "encoding", "utf-8") or "utf-8").lower().startswith("utf")


def _normalize(lo: int, hi: int) -> tuple[int, int]:
    lo = min(max(0, lo), hi)
    return max(0, lo), max(0, max(lo, hi))


def _measure_text(text: str, max_width: int) -> tuple[int, int]:
    """``Measurement.get`` of a ``Text`` (rich.text.Text.__rich_measure__)."""
    if max_width < 1:
        return 0, 0
    lines = text.splitlines()
    widest_line = max(len(line) for line in lines) if lines else 0
    words = text.split()
    widest_word = max(len(word) for word in words) if words else widest_line
    lo, hi = _normalize(widest_word, widest_line)
    lo, hi = min(lo, max_width), min(hi, max_width)
    if hi < 1:
        return 0, 0
    return _normalize(lo, hi)


def _measure_cell(text: str, max_width: int) -> tuple[int, int]:
    """``Measurement.get`` of the ``Padding`` around a cell's text."""
    if max_width < 1:
        return 0, 0
    extra = 2 * _PAD
    if max_width - extra < 1:
        lo, hi = max_width, max_width
    else:
        lo, hi = _measure_text(text, max_width)
        lo, hi = min(lo + extra, max_width), min(hi + extra, max_width)
    lo, hi = _normalize(lo, hi)
    lo, hi = min(lo, max_width), min(hi, max_width)
    if hi < 1:
        return 0, 0
    return _normalize(lo, hi)


def _measure_column(cells: list[str], max_width: int) -> tuple[int, int]:
    if max_width < 1:
        return 0, 0
    found = [_measure_cell(c, max_width) for c in cells]
    lo = max(f[0] for f in found) if found else 1
    hi = max(f[1] for f in found) if found else max_width
    return min(lo, max_width), min(hi, max_width)


def _ratio_reduce(total: int, ratios: list[int], maximums: list[int],
                  values: list[int]) -> list[int]:
    """rich._ratio.ratio_reduce."""
    ratios = [ratio if most else 0 for ratio, most in zip(ratios, maximums)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result = []
    for ratio, most, value in zip(ratios, maximums, values):
        if ratio and total_ratio > 0:
            given = min(most, round(ratio * remaining / total_ratio))
            result.append(value - given)
            remaining -= given
            total_ratio -= ratio
        else:
            result.append(value)
    return result


def _collapse(widths: list[int], max_width: int) -> list[int]:
    """rich.table.Table._collapse_widths, every column free to wrap."""
    total = sum(widths)
    excess = total - max_width
    while total and excess > 0:
        widest = max(widths)
        second = max(w if w != widest else 0 for w in widths)
        ratios = [1 if w == widest else 0 for w in widths]
        difference = widest - second
        if not any(ratios) or not difference:
            break
        widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
        total = sum(widths)
        excess = total - max_width
    return widths


def _column_widths(columns: list[list[str]], max_width: int) -> list[int]:
    """rich.table.Table._calculate_column_widths (no fixed widths, no expansion)."""
    ranges = [_measure_column(cells, max_width) for cells in columns]
    widths = [hi or 1 for _, hi in ranges]
    if sum(widths) > max_width:
        widths = _collapse(widths, max_width)
        if sum(widths) > max_width:
            excess = sum(widths) - max_width
            widths = _ratio_reduce(excess, [1] * len(widths), widths, widths)
        widths = [_measure_column(cells, w)[1] or 0 for cells, w in zip(columns, widths)]
    return widths


def _divide_line(text: str, width: int) -> list[int]:
    """rich._wrap.divide_line with folding, for text of one-cell characters."""
    breaks: list[int] = []
    offset = 0
    m = _WORD.match(text, 0)
    while m is not None:
        start, end = m.span()
        word = m.group(0)
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width:
            pieces = [word[i:i + width] for i in range(0, len(word), width)]
            for k, piece in enumerate(pieces):
                if start:
                    breaks.append(start)
                if k == len(pieces) - 1:
                    offset = len(piece)
                else:
                    start += len(piece)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
        m = _WORD.match(text, end)
    return breaks


def _wrap(text: str, width: int) -> list[str]:
    """rich.text.Text.wrap justified left with fold overflow: the lines, each ``width`` long."""
    out = []
    for line in text.split("\n"):
        cuts = _divide_line(line, width)
        pieces = [line[a:b] for a, b in zip([0, *cuts], [*cuts, len(line)])] if cuts else [line]
        for piece in pieces:
            if len(piece) > width:          # Text.rstrip_end
                ws = _TRAILING.search(piece)
                if ws is not None:
                    piece = piece[:len(piece) - min(len(ws.group(0)), len(piece) - width)]
            out.append(piece[:width] if len(piece) > width else piece + " " * (width - len(piece)))
    return out


def _cell_lines(text: str, width: int) -> list[str]:
    inner = width - 2 * _PAD
    return [" " * _PAD + line + " " * _PAD for line in _wrap(text, inner)]


def draw(header: list[str], rows: list[list[str]], title: str | None, width: int) -> str | None:
    """The text rich prints for a table of ``header`` and ``rows`` (cells already cleaned of
    control characters) titled ``title`` in a console ``width`` wide, or None when it cannot be
    sure of every character (see the module's notes)."""
    n = len(header)
    if n == 0 or width < 1 or any(len(r) != n for r in rows):
        return None
    pieces = header + [c for r in rows for c in r] + ([title] if title is not None else [])
    if not _ALLOWED.issuperset("".join(pieces)):
        return None
    extra = 2 + (n - 1)          # the box's two edges and the dividers between columns
    columns = [[header[i]] + [r[i] for r in rows] for i in range(n)]
    widths = _column_widths(columns, width - extra)
    if any(w < 2 * _PAD + 1 for w in widths):
        return None
    table_width = sum(widths) + extra
    lines: list[str] = []
    if title:
        lines += _wrap(title, table_width)
    lines.append(_TOP[0] + _TOP[2].join(_TOP[1] * w for w in widths) + _TOP[3])
    for index, cells in enumerate([header] + rows):
        rendered = [_cell_lines(c, w) for c, w in zip(cells, widths)]
        height = max(len(r) for r in rendered)
        for k, (r, w) in enumerate(zip(rendered, widths)):
            blank = [" " * w] * (height - len(r))
            rendered[k] = blank + r if index == 0 else r + blank    # header bottom, rows top
        side = _HEAD_SIDE if index == 0 else _ROW_SIDE
        for line_no in range(height):
            lines.append(side + side.join(r[line_no] for r in rendered) + side)
        if index == 0:
            lines.append(_HEAD_ROW[0] + _HEAD_ROW[2].join(_HEAD_ROW[1] * w for w in widths)
                         + _HEAD_ROW[3])
    lines.append(_BOTTOM[0] + _BOTTOM[2].join(_BOTTOM[1] * w for w in widths) + _BOTTOM[3])
    return "".join(line[:width] + "\n" for line in lines)
