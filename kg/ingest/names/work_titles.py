"""A name inside the quoted title of a work of authorship ('launched the book "Shanghai
Futures Exchange and the Copper Market"', 'the documentary "Jinchuan Nickel"'): the title's
words, not the organisation or place they spell (read by :mod:`kg.ingest.names.candidates`,
which drops such a candidate). The nouns of works are in ``data/work-title-nouns.txt``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words


@lru_cache(maxsize=None)
def _before_title() -> re.Pattern:
    nouns = "|".join(sorted(map(re.escape, words("work-title-nouns")), key=lambda w: (-len(w), w)))
    return re.compile(r"\b(?:" + nouns + r")s?(?:[ \t]+(?:titled|entitled|called|named))?"
                      r"[ \t]*[,:]?[ \t]*$", re.I)


def in_work_title(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` lies inside a quotation on its line that a noun of a work opens."""
    ls = text.rfind("\n", 0, start) + 1
    opened = _opener(text, ls, start)
    if opened is None:
        return False
    closer = "\u201d" if text[opened] == "\u201c" else '"'
    le = text.find("\n", end)
    close = text.find(closer, end, len(text) if le < 0 else le)
    return close >= 0 and _before_title().search(text, max(ls, opened - 40), opened) is not None


def _opener(text: str, ls: int, at: int) -> int | None:
    """Where the quotation open at ``at`` began on its line (a curly one, else the last of an
    odd count of straight quotes), or None."""
    curly = text.rfind("\u201c", ls, at)
    if curly >= 0 and text.rfind("\u201d", curly, at) < 0:
        return curly
    straight = text.count('"', ls, at)
    return text.rfind('"', ls, at) if straight % 2 else None
