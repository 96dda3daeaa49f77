"""Sentence and line bounds: relation rules look for their parts inside one sentence."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest import ahead
from kg.ingest.lexicon import lines
from kg.ingest.reading.keyed_rows import row_breaks
from kg.ingest.reading.tables import tables

# "No. 3 kiln", "Dr. Li", "Prof. Wang": an abbreviation's full stop ends no sentence
# (and a dotted title of data/name-honorifics.txt: "with Engr. Tariq Al-Mansouri", "Hon. Paul")
_ABBREV = "".join(rf"(?<!\b{a}\.)" for a in ("No", "no", "Nos", "Dr", "Mr", "Ms", "Mrs", "Prof",
                                              "St", "vs", "Fig", "Art")) + "".join(
    rf"(?<!\b{re.escape(t[:-1])}\.)" for t in lines("name-honorifics")
    if t.endswith(".") and " " not in t)
# "X Co., Ltd. (X Group) signed": a company's legal suffix before its short form in brackets
# ends no sentence
_SUFFIX_THEN_BRACKET = (r"(?:(?<!\bLtd\.)(?<!\bCo\.)(?<!\bCorp\.)(?<!\bInc\.)(?<!\bLLC\.)"
                        r"|(?![ \t]+\())")
# (a full-width stop ends a sentence too, and one typed with a Chinese input method needs no
# space before the next: "output rose １０％．The company signed ...")
# (and one with pictographs between it and the next sentence, as a post prints them: "our
# team celebrated. \U0001F389 Chairman X said ..."), or a quotation in single marks ("... in
# June. ‘We hold 40% of X,’ said ...")
_PICTOGRAPHS = r"(?:[\u2600-\u27bf\U0001F000-\U0001FAFF\ufe0f\u200d]{1,12}[ \t]?)?"
# (no sentence opens with a legal form: "X International Resources Co. Ltd will hold ...",
# "X Pty. Limited" go on past the abbreviation's stop)
_NO_OPENING = r"(?!(?:Ltd|LTD|Limited|LIMITED)\b)"
_END_LATIN = (r"(?<=[.!?;。．！？；])" + _ABBREV + _SUFFIX_THEN_BRACKET
              + r"[\"”’)]?\s+" + _NO_OPENING + r"(?=" + _PICTOGRAPHS + r"[A-Z0-9\"“‘(《])|\n+")
_FULL_WIDTH_STOPS = "。．！？；"
_END = re.compile(_END_LATIN + r"|(?<=[。．！？；])[”’）」』]?(?=[A-Z][a-z])")
# (the same pattern without its last branch, for a text with no full-width stop, where that
# branch never matches: its other branches each consume a space, a quotation mark or a line
# break first, so the engine tries them only where one stands, where the whole pattern, whose
# last branch may match an empty string, is tried at every character: some 10 M instructions
# on the largest source text)
_END_NO_FULL_WIDTH = re.compile(_END_LATIN)


def _end_pattern(text: str) -> re.Pattern:
    return _END if any(c in text for c in _FULL_WIDTH_STOPS) else _END_NO_FULL_WIDTH


_LAST: list = [None, None]     # the last text split and its starts (several rules split one text)


# a line that ends a sentence, a clause or a quotation: its line break is a real one
_CLOSED = re.compile(r"[.!?;:。！？；：\"”’)\]]\s*$")


# an entry of a catalogue, a stand list or a register opening with its code and a column's gap
# ("A101  Jiangxi Copper Co., Ltd.  Copper rod", "B-12<TAB>X Ltd."): letters and digits with a
# digit in it, at most eight characters, then two blanks or a tab and the entry's first capital
# (read by names/coded_line_starts.py too)
CODED_ENTRY = re.compile(r"[ \t]*(?=[A-Z0-9.-]{0,7}\d)[A-Z0-9]+(?:[-.][A-Z0-9]+)?(?:[ ]{2,}|\t)"
                         r"[ \t]*[A-Z]")
_ITEM = re.compile(r"[ \t]*(?:[*•·\-–—]|\d{1,3}[.)、]|\(\d{1,3}\)|[a-z][.)])[ \t]|"
                   + CODED_ENTRY.pattern)
# a table row: cells apart by three spaces, a tab or "|" (read by names/candidates.py too)
TABLE_ROW = _TABLE_ROW = re.compile(r"\S(?: {3,}|\t+|[ \t]*\|[ \t]*)\S")


_OPEN_END = re.compile(r"[a-z,][ \t]+(?:on|in|at|of|to|by|for|with|from|into|the|a|an|and|or|"
                       r"its|their)[ \t]*$|[a-z.)],[ \t]*$")
# (or with a name's particle after a capitalised word: "Dr. Maria de" over "Lourdes Fonseca")


@lru_cache(maxsize=1)
def _particles() -> frozenset:
    return frozenset(lines("wrap-name-particles"))


def _open_end(line: str) -> bool:
    if _OPEN_END.search(line) is not None:
        return True
    ws = line.rsplit(None, 2)[-2:]
    return len(ws) == 2 and ws[1] in _particles() and ws[0][:1].isupper()


_LOWER_OPEN = re.compile(r"[ \t]*[a-z]")
# a line that is a company's name: capitalised words ending in a legal form
_NAME_LINE = re.compile(r"^[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&().-]+)*?[ \t]+(?:Co\.,?[ \t]*Ltd\.?|"
                        r"Limited|Group|Corporation|Corp\.|Inc\.)[ \t]*$")
_PROSE_LINE = 40


def soft_breaks(text: str) -> set[int]:
    """The line breaks that only wrap a paragraph (:func:`_wrapped`), and a date-keyed row's as
    a reviewer reads its layout (``keyed_rows``): the lines a row wraps onto go on with it, and
    the break before a row, or after its last line, is a real one whatever the line before
    ends with."""
    inside, bounds = row_breaks(text)
    return (_wrapped(text) | inside) - bounds - _table_row_breaks(text)


def _table_row_breaks(text: str) -> set[int]:
    """The line breaks before and after each row of the text's tables (``reading.tables``): a
    row is one unit, as a date-keyed row is; no sentence runs from one row into the next (the
    units of the row above take no part in the project of the row below)."""
    out = set()
    for t in tables(text):
        rows = t.rows
        for k, row in enumerate(rows):
            if _opens_row(text, row):
                out.add(row.start - 1)
            if k + 1 == len(rows) or _opens_row(text, rows[k + 1]):
                out.add(row.end)
    return out


def _opens_row(text: str, row) -> bool:
    """Whether ``row`` opens a row of its own, not a line in lower case the table reader took
    for one ("a.m." under "17 Mar": the same row's time, its cells going on)."""
    m = _FIRST_CHAR.search(text, row.start, row.end)
    return m is None or not m.group(0).islower()


_FIRST_CHAR = re.compile(r"\S")


def _wrapped(text: str) -> set[int]:
    """The offsets of line breaks that only wrap a paragraph, in a text wrapped at a fixed
    width (a mailed or exported article: most lines of prose about as long as the longest): a
    single line break after a line at least 70% of that width that closes no sentence, not
    before a list item's first line, and not after a table row; list items and table rows do not
    count in telling whether the text is wrapped (a prospectus with a shareholder list and a
    table of results is still a wrapped text). A text of one paragraph a line (the usual case) has
    none."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    # a line that ends with a preposition, an article, "and" or a comma goes on in the next
    # one, whatever the width ("gave way on\nThursday", "led by X Co., Ltd.,\n   with A")
    out = {start + len(line) for (start, line), (_, nxt) in zip(lines, lines[1:])
           if nxt.strip() and _open_end(line) and not _ITEM.match(nxt)}
    # a line of prose followed by one that opens in lower case goes on in it, whatever it ends
    # with ("X Co., Ltd. (stock code 002917)\nheld its results briefing"): no sentence, title
    # or list item opens in lower case (a short line over one, "Key figures:\nrevenue ...",
    # may be a list)
    out |= {start + len(line) for (start, line), (_, nxt) in zip(lines, lines[1:])
            if len(line.strip()) >= _PROSE_LINE and _LOWER_OPEN.match(nxt)
            and not _ITEM.match(nxt) and not _TABLE_ROW.search(line)
            and not _TABLE_ROW.search(nxt)}
    # a short line that is a company's name, over one that opens in lower case, is the subject
    # of that line's verb ("Jinduicheng Molybdenum Co., Ltd.\nsigned a cooperation agreement
    # with ..."): no title or letterhead is followed by a line in lower case
    out |= {start + len(line) for (start, line), (_, nxt) in zip(lines, lines[1:])
            if _LOWER_OPEN.match(nxt) and len(line.strip()) < _PROSE_LINE
            and _NAME_LINE.search(line) and not _ITEM.match(nxt) and not _TABLE_ROW.search(line)
            and not _TABLE_ROW.search(nxt)}
    prose = [len(ln.rstrip()) for _, ln in lines
             if ln.strip() and not _ITEM.match(ln) and not _TABLE_ROW.search(ln)]
    if len(prose) < 5:
        return out
    lengths = sorted(prose)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    full = 0.7 * width
    if width > 160 or sum(1 for n in lengths if n >= full) < 0.5 * len(lengths):
        return out
    for (start, line), (_, nxt) in zip(lines, lines[1:]):
        if len(line.rstrip()) >= full and nxt.strip() and not _CLOSED.search(line) \
                and not _TABLE_ROW.search(line) and not _ITEM.match(nxt):
            out.add(start + len(line))
    return out


# a "sentence" longer than this (a text without full stops, a list run together) is cut at a
# space: rules look inside one sentence, and a sentence of 10 MB made them quadratic
MAX_SENTENCE = 1_200


def _bounded(text: str, starts: list[int]) -> list[int]:
    out = []
    for a, b in zip(starts, starts[1:] + [len(text)]):
        out.append(a)
        while b - a > MAX_SENTENCE:
            cut = text.rfind(" ", a + MAX_SENTENCE // 2, a + MAX_SENTENCE)
            a = cut + 1 if cut > 0 else a + MAX_SENTENCE
            out.append(a)
    return out


_BRACKET_REACH = 60     # how far a bracket round a ";" is looked for, on its own line


def _in_brackets(text: str, a: int, b: int) -> bool:
    """Is the ";" ending at ``a`` inside brackets opened and closed on its line, near it?"""
    lo = max(0, a - _BRACKET_REACH, text.rfind("\n", 0, a) + 1)
    opened = text.rfind("(", lo, a)
    if opened < 0 or text.rfind(")", opened, a) >= 0:
        return False
    close = text.find(")", b, b + _BRACKET_REACH)
    return close >= 0 and text.find("\n", b, close) < 0


_AHEAD = (__name__, "split_starts")


def split_starts(text: str, date=None) -> list[int]:
    """Where the sentences of ``text`` start (:class:`Sentences`): worked out ahead by the
    second process of ``kg ingest`` (kg/ingest/ahead.py LATER)."""
    return Sentences(text).starts


class Sentences:
    def __init__(self, text: str):
        if _LAST[0] is not None and _LAST[0] is text:
            starts = _LAST[1]
        elif (starts := ahead.answer(_AHEAD, text)) is not None:
            _LAST[:] = [text, starts]       # (worked out ahead by the command's second process)
        else:
            starts = [0]
            soft = soft_breaks(text)
            for m in _end_pattern(text).finditer(text):
                if m.group(0) == "\n" and m.start() in soft:
                    continue        # a wrapped line goes on with the same sentence
                if text[m.start() - 1:m.start()] == ";" and _in_brackets(text, m.start(), m.end()):
                    continue        # "A (601899.SH; 2899.HK) signed": a list in brackets
                starts.append(m.end())
            if any(b - a > MAX_SENTENCE for a, b in zip(starts, starts[1:] + [len(text)])):
                starts = _bounded(text, starts)
            _LAST[:] = [text, starts]
        self.starts = starts          # shared between the splits of one text: read only
        self.n = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.n
        return self.starts[i], end
