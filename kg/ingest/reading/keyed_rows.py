"""Rows keyed by a date: a timeline or a log set out one entry a line, each line opening with
its day and the entry after a gap, a colon or a dash, and the lines an entry wraps onto indented
under it ::

      Oct 27   Response started; the plant was told to stop
               all its furnaces
      Oct 28   Experts arrived
    02.11.2026  MON  21:30         Arrived at the anchorage
    2. March 2021 - A files the application
    Mon 30 Nov: the court hears the case
    | 2026-03-30 | Line 2 restarted |

A reviewer reads each row as one unit: no sentence, clause, name or evidence span runs from one
row into the next, the lines a row wraps onto are its own (a name broken over them is one
name), and the row's key dates what the row says. :func:`keyed_rows` finds them for the
sentence splitter (``sentences.soft_breaks``), the name finder (``names.line_ends``) and the
clause events (``events.verb_happenings``).

A key is a day, a month or a year in one of the printed shapes below (a numeric day with a
weekday and the times after it, "02.11.2026  MON  21:30  09:10", as a statement of facts prints
them), or a time of day alone ("09:40  Transformer energised": a log's line under its day, see
:func:`time_key`), opening the line (after
its indentation and a list marker, or a pipe table's bar), followed by two spaces or more, a tab, a colon, a bar or a
dash between spaces. One such line alone is a header ("2026-09-18 09:15   Source: ..."), not a
timeline: a block needs two keyed lines at the same indentation, with only blank lines and the
lines the rows wrap onto between them. A wrapped line is indented deeper than its key's line, or
opens in lower case under a line that closes no sentence. One pass over the lines: linear in
the text's length."""
from __future__ import annotations

import bisect

import re

from kg.ingest.records import Record

_MON = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
        r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?")
_WDAY = r"(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?\.?,?[ \t]+)"
_DAY = r"[0-3]?\d(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_PART = (r"(?:(?:[Ee]arly|[Ll]ate|[Mm]id|End|Beginning|Spring|Summer|Autumn|Fall|Winter)"
         r"(?:[ \t]+of)?[ \t-]+)")
# a quarter or a half of a year ("Q3 2024", "H1 2027")
_QUARTER = r"(?:Q[1-4]|H[12])"
# a time of day ("21:30", "9:00"), a log's key under its day
_TIME = r"[0-2]?\d:[0-5]\d(?![\d:])"
_KEY = (rf"(?:{_WDAY}?{_DAY}[ \t]+{_MON}(?:,?[ \t]+{_YEAR})?"
        rf"|{_WDAY}?{_MON}[ \t]+{_DAY}(?:,?[ \t]+{_YEAR})?"
        rf"|{_YEAR}[-/.][01]?\d[-/.][0-3]?\d"
        rf"|[0-3]?\d[/.][0-3]?\d[/.]{_YEAR}"
        rf"|{_YEAR}[-/.](?:0?[1-9]|1[0-2])(?!\d)"
        rf"|{_PART}?{_MON}[ \t]+{_YEAR}"
        rf"|{_PART}?{_YEAR}"
        rf"|{_QUARTER}[ \t]+{_YEAR}"
        rf"|{_MON}(?![ \t]*[0-3]?\d\b)"
        rf"|{_TIME}(?:[ \t]*(?:-|\u2013|to)[ \t]*{_TIME})?)")
# (a span of time: "May 2003 - December 2009")
_SPAN = rf"{_KEY}(?:[ \t]*(?:-|\u2013|\u2014|to)[ \t]*{_KEY})?"
# a weekday and the times printed after a log's date, before its entry ("02.11.2026  MON  21:30
# 09:10  Pilot on board"): the key's, no words of the entry
_AFTER_KEY = (r"(?:[ \t]*,?[ \t]*\(?(?i:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)"
              r"(?i:day|sday|nesday|rsday|urday)?\.?\)?(?![\w.:]))?"
              rf"(?:[ \t]+{_TIME}(?:[ \t]*(?:-|\u2013|to)[ \t]*{_TIME})?){{0,2}}")
# indentation, a list marker, the key, what sets the entry off; the entry's first character
_ROW = re.compile(r"([ \t]*)(?:(?:[-*\u2022\u00b7\u25aa\u25a0|]|\d{1,2}[.)]|\(\d{1,2}\))[ \t]+)?"
                  rf"({_SPAN}){_AFTER_KEY}(?:[ \t]{{2,}}|\t|[ \t]*[:|][ \t]*|[ \t]+(?:--?|\u2013|\u2014)[ \t]+)"
                  r"(?=\S)")
# a line that closes a sentence or a clause: the next line at its indentation is no part of it
_CLOSED = re.compile(r"[.!?;:\"\u201d)\]]\s*$")
_LOWER = re.compile(r"[ \t]*[a-z]")


class Row(Record):
    """One row: ``start``..``end`` from its first character (a list marker or the key) to the
    end of the last line it wraps onto; ``key_start``..``key_end`` the date that keys it;
    ``body`` where its entry starts; ``breaks`` the line breaks inside it."""
    _fields = __match_args__ = ("start", "end", "key_start", "key_end", "body", "breaks")

    def __init__(self, start, end, key_start, key_end, body, breaks):
        self.start, self.end = start, end
        self.key_start, self.key_end, self.body = key_start, key_end, body
        self.breaks = breaks


_LAST: list = [None, None, None]    # the last text read, its rows and their line breaks


def keyed_rows(text: str) -> list[Row]:
    """The rows of every block of date-keyed rows in ``text``, in order (read only)."""
    if _LAST[0] is not text:
        rows = _read(text)
        inside = {b for r in rows for b in r.breaks}
        bounds = {text.rfind("\n", 0, r.start) for r in rows} | \
            {text.find("\n", r.end) for r in rows}
        bounds.discard(-1)
        _LAST[:] = [text, rows, (inside, bounds)]
    return _LAST[1]


def row_breaks(text: str) -> tuple[set[int], set[int]]:
    """The line breaks inside the rows of ``text`` (a row going on in the line it wraps onto)
    and those that bound a row (before its first line, after its last): (inside, bounds)."""
    keyed_rows(text)
    return _LAST[2]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _read(text: str) -> list[Row]:
    out: list[Row] = []
    block: list[list] = []          # the open block's rows: [start, end, ks, ke, body, breaks]
    block_indent = -1
    prev_end = -1                   # where the open block's last row line (or wrap) ends
    prev_start = 0                  # and where that line starts
    pos = 0
    n = len(text)
    while pos <= n:
        nl = text.find("\n", pos)
        if nl == -1:
            nl = n
        line = text[pos:nl]
        m = _ROW.match(text, pos, nl)
        stripped = line.strip()
        if m is not None and (not block or len(m.group(1)) == block_indent):
            if not block:
                block_indent = len(m.group(1))
            block.append([pos + len(m.group(1)), pos + len(line.rstrip().rstrip("|").rstrip()), m.start(2), m.end(2),
                          m.end(), []])
            prev_start, prev_end = pos, nl
        elif block and not stripped:
            pass                    # a blank line between rows
        elif block and prev_end == pos - 1 and (
                _indent(line) > block_indent
                or _LOWER.match(line) and not _CLOSED.search(text, prev_start, prev_end)):
            block[-1][5].append(pos - 1)      # a line the row wraps onto
            block[-1][1] = pos + len(line.rstrip().rstrip("|").rstrip())
            prev_start, prev_end = pos, nl
        else:
            _close(block, out)
            block, block_indent = [], -1
            if m is not None:
                block_indent = len(m.group(1))
                block.append([pos + len(m.group(1)), pos + len(line.rstrip().rstrip("|").rstrip()), m.start(2),
                              m.end(2), m.end(), []])
                prev_start, prev_end = pos, nl
        pos = nl + 1
    _close(block, out)
    return out


def _close(block: list, out: list) -> None:
    if len(block) >= 2:
        out.extend(Row(*r) for r in block)


_TIME_KEY = re.compile(_TIME)


def time_key(text: str, row: Row) -> bool:
    """The row is keyed by a time of day, not by a date (a log's line: its day is the log's)."""
    return _TIME_KEY.match(text, row.key_start, row.key_end) is not None


def row_at(rows: list[Row], pos: int) -> Row | None:
    """The row holding offset ``pos``, or None (bisection over the rows' starts)."""
    lo = bisect.bisect_right(rows, pos, key=lambda r: r.start)
    if lo and rows[lo - 1].start <= pos <= rows[lo - 1].end:
        return rows[lo - 1]
    return None


_PART_END = re.compile(r"[;|]")


def row_clauses(text: str, row: Row) -> list[tuple[int, int]]:
    """The parts of a row's entry between semicolons ("Response started; the mayor took
    command; the plant was told to stop") or a pipe table's bars, each what the row's key
    dates; the first one from the key. Ends trimmed of white space and a full stop."""
    out, a = [], row.body
    while a <= row.end:
        semi = _PART_END.search(text, a, row.end)
        b = semi.start() if semi is not None else row.end
        e = b
        while e > a and text[e - 1] in " \t\n.":
            e -= 1
        s = a
        while s < e and text[s] in " \t\n":
            s += 1
        if e > s:
            out.append((row.key_start if not out and a == row.body else s, e))
        a = b + 1
    return out
