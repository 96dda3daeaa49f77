"""Organisations named in a line of aligned cells and wrapped under themselves, where no header
row makes the lines a table (``reading.tables``) ::

    ZR24E0612R0S   Jiaozuo Hengyuan Aluminium      ISO 14001:2015   suspended 13.11.2026
                   Processing Co., Ltd.
                   Reason: surveillance audit not held ...
    ZR23S0905R0M   Hechi Nandan Jinyuan Tin Smelting ISO 45001:2018 withdrawn 20.11.2026
                   Co., Ltd.

A cell of a line (text after a gap of two spaces or more, not the line's first) goes on in the
lines under it that start exactly at its column with nothing before them, up to a blank line,
a line indented otherwise, or one that opens a note ("Reason:", "(suspended ...)": the
table reader's ``NOTE_LINE``). The cell's first line is cut before its first word carrying a
figure (a cell run into the next column with one space: "... Tin Smelting ISO 45001:2018"; a
code word in capitals right before the figure goes with it). When the organisation finder reads
that line and the lines under it joined as one whole name, it is proposed under that label,
its mention the first line's words (the lines between hold other cells), which are also an
alias; the names found in its later lines alone ("Processing Co., Ltd.") and the words of the
first line (a metal, a city: "Tin", "Weifang") lose to it. A known name read so is that known
entity (the pipeline links a candidate whose label the graph knows).

Not read: a line's first cell (prose and numbered notes hang under their own first word), a
cell inside a table (:mod:`kg.ingest.names.cell_names` reads those), a joined text that is no
single organisation's name from its first word to its last. Gated by a newline followed by
four spaces; each line is read once: linear."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate, organisations
from kg.ingest.names.cell_names import NOTE_LINE
from kg.ingest.names.joined_lines import without_joined
from kg.ingest.reading.tables import line_spans, tables

_ORGS = {"Company", "University", "ResearchInstitute", "GovernmentBody", "IndustryAssociation",
         "Organization", "Fund"}
_CELL = re.compile(r"(?<=\S)(?: {2,}|\t)(\S)")
_FIGURE_WORD = re.compile(r"(?:[ \t]+[A-Z][A-Z/.]+)?[ \t]+\S*\d")
_MAX_LINES = 3          # lines a name may wrap onto
_HANG = 4               # columns a wrapped line may stand right of its cell (a hanging indent)
_MAX_JOINED = 160
_AFTER_COMMA = re.compile(r"^[A-Za-z][A-Za-z .'-]*, $")   # "Senior accountant, " (no figure)


def _hanging(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """((start, end) of the cell's name words on its first line, [(start, end) of each line
    under it]) for each cell wrapped under itself outside the tables."""
    if "\n    " not in text:
        return []
    spans = list(line_spans(text))
    inside = [(t.start, t.end) for t in tables(text)]
    out = []
    for i, (a, b) in enumerate(spans[:-1]):
        na, nb = spans[i + 1]
        col = _indent(text, na, nb)
        if col == 0 or col >= b - a or any(s <= a < e for s, e in inside):
            continue
        # the cell the lines under it hang from: one starting at their column, or a few
        # columns left of it (a hanging indent), the next cell starting right of it
        m, k = None, _CELL.search(text, a, b)
        while k is not None and k.start(1) - a <= col:
            m, k = k, _CELL.search(text, k.end(1), b)
        if m is None or col - (m.start(1) - a) > _HANG:
            continue
        # the cell's text on its line, up to the next cell or a word carrying a figure
        s = m.start(1)
        nxt = _CELL.search(text, s, b)
        e = nxt.start() if nxt is not None else b
        fig = _FIGURE_WORD.search(text, s, e)
        if fig is not None:
            e = fig.start()
        e = len(text[:e].rstrip())
        if e <= s:
            continue
        under = []
        for la, lb in spans[i + 1:i + 1 + _MAX_LINES]:
            if _indent(text, la, lb) != col or NOTE_LINE.match(text, la, lb):
                break
            under.append((la + col, len(text[:lb].rstrip())))
        if under:
            out.append(((s, e), under))
    return out


def _indent(text: str, a: int, b: int) -> int:
    """How many spaces open line ``a:b`` (0 for a blank line, which ends a cell)."""
    k = a
    while k < b and text[k] == " ":
        k += 1
    return 0 if k == b else k - a


def _found(text: str) -> list[tuple[Candidate, list[tuple[int, int]]]]:
    """(candidate, the lines under its first that it takes) of :func:`hanging_names`."""
    out = []
    for (s, e), under in _hanging(text):
        first = text[s:e]
        for n in range(len(under), 0, -1):      # (the most lines that still make one name)
            joined = " ".join([first] + [text[a:b] for a, b in under[:n]])
            if len(joined) > _MAX_JOINED:
                continue
            found = [c for c in organisations(joined) if c.end == len(joined) and c.cls in _ORGS]
            # the whole cell, or the name after a comma that ends it ("Senior accountant,
            # Baoji X Certified" over "Public Accountants": the person's title, then the body)
            got = next((c for c in found if c.start == 0), None) or \
                next((c for c in found if 0 < c.start < len(first.rstrip(" ,;"))
                      and _AFTER_COMMA.search(joined, 0, c.start)), None)
            if got is not None:
                start = s + got.start
                first = first[got.start:]
                # (no alias of a first line that breaks inside the legal form: "X Co.,")
                alias = {first} if len(first.split()) > 1 and first[-1].isalnum() else set()
                end = start + len(first.rstrip(" ,;"))
                out.append((Candidate(start, end, got.label, got.cls, got.rule, got.confidence,
                                      alias | set(got.aliases)), under[:n]))
                break
    return out


def hanging_names(text: str) -> list[Candidate]:
    return [c for c, _ in _found(text)]


def hanging_tails(text: str, news: list) -> list:
    """``news`` without the names found in the lines under a cell whose name
    :func:`hanging_names` reads whole ("Processing Co., Ltd." under "Jiaozuo Hengyuan
    Aluminium"), nor those inside its first line's words ("X Molybdenum Co." over "Ltd.")."""
    return without_joined(news, _found(text))

