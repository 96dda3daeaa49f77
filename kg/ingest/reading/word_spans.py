"""How many words (``\\w+``) lie between two places of the article, read from where its words
start and end, which the second process of ``kg ingest`` works out once (:mod:`kg.ingest.ahead`,
its ``LATER`` job :func:`word_spans`) while it would idle.

Why: the relation prior's features count the words between two names of one sentence
(:func:`kg.ingest.knowledge.prior._tier`, "16 or more" at most): some 600 pairs on the largest
source text, each a short ``finditer`` over the gap, late in the command. With the word spans of
the whole text, each count is two bisections.

The count is the same: the words ``\\w+`` finds in ``text[lo:hi]`` (``finditer`` with ``pos`` and
``endpos``) are the whole text's words that overlap the stretch, each cut to it (a word is a
maximal run of word characters; a run cut at ``lo`` or ``hi`` is still one run of the stretch,
and the stretch holds no other). Without the second process's answer (the library, the tests, a
busy machine) the gap is scanned as before."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from kg.ingest import ahead
from kg.ingest.reading.counted import at_most

_WORD = re.compile(r"\w+")
_AHEAD = (__name__, "word_spans")


def word_spans(text: str, date=None) -> tuple[list[int], list[int]]:
    """Where the words of ``text`` start, and where they end (both in order): worked out ahead
    by the second process of ``kg ingest`` (kg/ingest/ahead.py LATER)."""
    starts, ends = [], []
    for m in _WORD.finditer(text):
        a, b = m.span()
        starts.append(a)
        ends.append(b)
    return starts, ends


def words_between(text: str, lo: int, hi: int, limit: int) -> int:
    """The number of words ``\\w+`` in ``text[lo:hi]`` (as ``finditer`` with ``pos`` and
    ``endpos`` finds them), or ``limit`` when there are ``limit`` or more."""
    if limit <= 0:
        return 0
    spans = ahead.answer(_AHEAD, text) if len(text) > 2000 else None
    if spans is None:
        return at_most(_WORD, text, limit, lo, hi)
    hi = min(hi, len(text))
    if hi <= lo:
        return 0
    starts, ends = spans
    return min(limit, bisect_left(starts, hi) - bisect_right(ends, lo))
