"""Rendering results as a table (for people), JSON (for programs) or CSV (for spreadsheets).

Data never drives the terminal: table cells and titles are plain text to rich (no markup is
read from them), and control characters (escape sequences, carriage returns, bidi overrides)
are shown escaped (``\x1b``) by :func:`clean`, in tables and in messages on stderr. JSON and CSV
keep the data exact (JSON escapes controls itself; it is ASCII when the output encoding cannot
carry the text; a NaN or infinite number is ``null``, JSON having no way to write it); a CSV
cell that a spreadsheet would run as a formula (it starts with =, +, -, @, a tab or a CR, and
is not a plain number) gets a leading single quote (:func:`csv_safe`).
"""
from __future__ import annotations

import csv
import io
import json
import math
import re
import sys
from typing import Iterable

# C0 and C1 controls, DEL, and the bidirectional overrides/isolates that reorder a line.
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def _escape_char(m: re.Match) -> str:
    c = m.group()
    return f"\\x{ord(c):02x}" if ord(c) < 0x100 else f"\\u{ord(c):04x}"


def clean(text, keep_newlines: bool = False) -> str:
    """``text`` with control characters shown escaped (``\n`` kept when ``keep_newlines``)."""
    text = str(text)
    if keep_newlines:
        return "\n".join(_CONTROL.sub(_escape_char, part) for part in text.split("\n"))
    return _CONTROL.sub(_escape_char, text)


def _ascii_only(stream) -> bool:
    enc = (getattr(stream, "encoding", None) or "utf-8").lower().replace("_", "-")
    return not enc.startswith(("utf", "gb18030"))

FORMATS = ("table", "json", "csv")


def to_json(data, ensure_ascii: bool = False) -> str:
    """``data`` as JSON, always valid: a float that is not finite (NaN, infinity, which JSON
    cannot hold and Python would write as ``NaN``) is written as ``null``, as JavaScript does."""
    try:
        return json.dumps(data, ensure_ascii=ensure_ascii, indent=2, allow_nan=False)
    except ValueError:
        return json.dumps(_finite(data), ensure_ascii=ensure_ascii, indent=2, allow_nan=False)


def _finite(v):
    if isinstance(v, float):
        return v if math.isfinite(v) else None
    if isinstance(v, dict):
        return {k: _finite(x) for k, x in v.items()}
    if isinstance(v, (list, tuple)):
        return [_finite(x) for x in v]
    return v


def to_csv(rows: Iterable[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({c: csv_safe(_cell(r.get(c))) for c in columns})
    return buf.getvalue()


# a cell a spreadsheet would read as a formula (OWASP "CSV injection"): =, +, -, @, tab, CR first
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?")


def csv_safe(cell: str) -> str:
    """``cell`` with a leading single quote when a spreadsheet would run it as a formula
    ("=HYPERLINK(...)", "@SUM(...)", "-1+cmd|..."); a plain number ("-3.5") is left as it is."""
    if cell.startswith(_FORMULA_START) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    return str(v)


TABLE_ROWS = 1000      # a table longer than this is cut (JSON and CSV always have every row)


def table(rows: list[dict], columns: list[str], title: str | None = None,
          file=None, max_rows: int | None = None, plain: bool = False) -> None:
    """Print a rich table of at most ``max_rows`` (default :data:`TABLE_ROWS`) rows, saying
    how many more there are. ``plain``: the same characters drawn without importing rich when
    :mod:`kg.render.plain_table` can be sure of them (``kg ingest`` asks for it)."""
    if max_rows is None:
        max_rows = TABLE_ROWS

    out = file or sys.stdout
    if not (plain and _plain_table(rows[:max_rows], columns, title, out)):
        _rich_table(rows[:max_rows], columns, title, out)
    if len(rows) > max_rows:
        out.write(f"… {len(rows) - max_rows:,} more rows not shown: use --format json or "
                  f"--format csv to see all {len(rows):,}\n")


def _plain_table(rows: list[dict], columns: list[str], title: str | None, out) -> bool:
    """Whether the table was written as rich would write it, without rich."""
    from kg.render import plain_table

    if not plain_table.plain_console(out):
        return False
    text = plain_table.draw([clean(c.replace("_", " ")) for c in columns],
                            [[clean(_cell(r.get(c)), keep_newlines=True) for c in columns]
                             for r in rows],
                            clean(title) if title is not None else None, _width())
    if text is None:
        return False
    try:        # (rich's Console: one write, then a flush; a closed pipe ends as rich ends it)
        out.write(text)
        out.flush()
    except BrokenPipeError:
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise SystemExit(1)
    return True


def _rich_table(rows: list[dict], columns: list[str], title: str | None, out) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console(file=out, width=_width(), soft_wrap=False, markup=False, emoji=False,
                      highlight=False)
    t = Table(title=Text(clean(title)) if title is not None else None, show_lines=False,
              header_style="bold", title_justify="left")
    for c in columns:
        t.add_column(Text(clean(c.replace("_", " "))), overflow="fold")
    for r in rows:
        t.add_row(*(Text(clean(_cell(r.get(c)), keep_newlines=True)) for c in columns))
    console.print(t)


def _width() -> int:
    import shutil
    return max(100, shutil.get_terminal_size((160, 40)).columns)


def emit(fmt: str, data, rows: list[dict], columns: list[str], title: str | None = None,
         extra_lines: Iterable[str] = (), plain: bool = False) -> None:
    """Print ``data`` as JSON, or ``rows`` as CSV or a table (with notes under it; ``plain``:
    see :func:`table`)."""
    if fmt == "json":
        sys.stdout.write(to_json(data, ensure_ascii=_ascii_only(sys.stdout)) + "\n")
    elif fmt == "csv":
        sys.stdout.write(to_csv(rows, columns))
    else:
        table(rows, columns, title, plain=plain)
        for line in extra_lines:
            sys.stdout.write(clean(line) + "\n")
