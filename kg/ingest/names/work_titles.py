"""A name inside the quoted title of a work of authorship ('launched the book "Shanghai
Futures Exchange and the Copper Market"', 'the documentary "Jinchuan Nickel"'): the title's
words, not the organisation or place they spell (read by :mod:`kg.ingest.names.candidates`,
which drops such a candidate). The nouns of works are in ``data/work-title-nouns.txt``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.reading.occurrences import occurrences


@lru_cache(maxsize=None)
def _before_title() -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, words("work-title-nouns")), key=lambda w: (-len(w), w)))
    return re.compile(r"\b(?:" + nouns + r")s?(?:[ \t]+(?:titled|entitled|called|named))?"
                      r"[ \t]*[,:]?[ \t]*$", re.I)


def in_work_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a quotation on its line that a noun of a work opens.
    (The line's ends and the quotation marks from their places, found once a text: on one line
    of a megabyte, a name in every sentence, each name read its line back to the start.)"""
    breaks = occurrences(text, "\n")
    ls = breaks.last_before(start) + 1
    opened = _opener(text, ls, start)
    if opened is None:
        return False
    closer = "\u201d" if text[opened] == "\u201c" else '"'
    le = breaks.first_from(end)
    close = occurrences(text, closer).first_from(end)
    return close >= 0 and (le < 0 or close < le) and \
        _before_title().search(text, max(ls, opened - 40), opened) is not None


def _opener(text: str, ls: int, at: int) -> int | None:
    """Where the quotation open at ``at`` began on its line (a curly one, else the last of an
    odd count of straight quotes), or None."""
    curly = occurrences(text, "\u201c").last_before(at)
    if curly >= ls and occurrences(text, "\u201d").last_before(at) < curly:
        return curly
    straight = occurrences(text, '"')
    return straight.last_before(at) if straight.count_between(ls, at) % 2 else None


# ---- the quoted titles a known name is only a word of (names/words_of_names.py takes out a
# known place, metal or field printed only inside such titles and other names)

# a quotation, a title in book-title marks, single curly quotes or italics' stars
_QUOTED = re.compile(r"\u201c([^\u201c\u201d]{3,240}?)\u201d|\"([^\"]{3,240}?)\"|"
                     r"\u300a([^\u300a\u300b]{2,240}?)\u300b|\u2018([^\u2018\u2019]{3,240}?)\u2019(?!\w)|"
                     r"(?<![\w*])\*([^*\n]{3,240}?)\*(?![\w*])")


@lru_cache(maxsize=None)
def _cues() -> tuple[re.Pattern, re.Pattern]:
    both = words("work-title-cues")
    before = sorted(both | words("work-title-nouns"), key=lambda w: (-len(w), w))
    after = sorted(both, key=lambda w: (-len(w), w))
    alt = lambda ws: "|".join(map(re.escape, ws))  # noqa: E731
    return (re.compile(r"\b(?:" + alt(before) + r")s?(?:[ \t]+(?:titled|entitled|called|named))?"
                       r"[ \t]*[,:]?[ \t]*$", re.I),
            re.compile(r"[ \t]*(?:" + alt(after) + r")s?\b", re.I))


def title_spans(text: str) -> list[tuple[int, int]]:
    """The insides of the quotations on one paragraph that are a work's title: a noun of a work
    or a programme (data/work-title-nouns.txt, data/work-title-cues.txt) printed right before
    ('the book "..."') or right after ('its "..." programme'). (A title-cased quotation alone
    is no sign: the quoted title of a document or a standard concerns the metals it names.)"""
    before, after = _cues()
    out = []
    breaks = occurrences(text, "\n")
    for m in _QUOTED.finditer(text):
        g = next(i for i in range(1, 6) if m.group(i) is not None)
        a, b = m.span(g)
        inner = m.group(g)
        if "\n\n" in inner or inner.count("\n") > 1:
            continue
        ls = breaks.last_before(m.start()) + 1
        if before.search(text, max(ls, m.start() - 40), m.start()) or \
                after.match(text, m.end()):
            out.append((a, b))
    return out
