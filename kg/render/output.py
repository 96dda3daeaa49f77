"""Rendering results as a table (for people), JSON (for programs) or CSV (for spreadsheets)."""
from __future__ import annotations

import csv
import io
import json
import sys
from typing import Iterable

FORMATS = ("table", "json", "csv")


def to_json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_csv(rows: Iterable[dict], columns: list[str]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        w.writerow({c: _cell(r.get(c)) for c in columns})
    return buf.getvalue()


def _cell(v) -> str:
    if v is None:
        return ""
    if isinstance(v, (list, tuple)):
        return "; ".join(_cell(x) for x in v)
    return str(v)


TABLE_ROWS = 1000      # a table longer than this is cut (JSON and CSV always have every row)


def table(rows: list[dict], columns: list[str], title: str | None = None,
          file=None, max_rows: int | None = None) -> None:
    """Print a rich table of at most ``max_rows`` (default :data:`TABLE_ROWS`) rows, saying
    how many more there are."""
    from rich.console import Console
    from rich.table import Table

    if max_rows is None:
        max_rows = TABLE_ROWS

    out = file or sys.stdout
    console = Console(file=out, width=_width(), soft_wrap=False)
    t = Table(title=title, show_lines=False, header_style="bold", title_justify="left")
    for c in columns:
        t.add_column(c.replace("_", " "), overflow="fold")
    for r in rows[:max_rows]:
        t.add_row(*(_escape(_cell(r.get(c))) for c in columns))
    console.print(t)
    if len(rows) > max_rows:
        out.write(f"… {len(rows) - max_rows:,} more rows not shown: use --format json or "
                  f"--format csv to see all {len(rows):,}\n")


def _escape(text: str) -> str:
    from rich.markup import escape
    return escape(text)


def _width() -> int:
    import shutil
    return max(100, shutil.get_terminal_size((160, 40)).columns)


def emit(fmt: str, data, rows: list[dict], columns: list[str], title: str | None = None,
         extra_lines: Iterable[str] = ()) -> None:
    """Print ``data`` as JSON, or ``rows`` as CSV or a table (with notes under it)."""
    if fmt == "json":
        sys.stdout.write(to_json(data) + "\n")
    elif fmt == "csv":
        sys.stdout.write(to_csv(rows, columns))
    else:
        table(rows, columns, title)
        for line in extra_lines:
            sys.stdout.write(line + "\n")
