"""Phrases of a word list found by their words ("put to the vote", "start-up", "came on
stream"): a set look-up per word of the span, then a comparison of the few phrases that open
with that word. No pattern of the whole list is compiled or run at every offset; words are
split at spaces, line breaks and hyphens, so "start-up", "start up" and "start\\nup" are one
phrase. Used by works_milestones.py and deliberations.py."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

WORD = re.compile(r"[A-Za-z]+")
_KEYS = ""          # (the index's entry for the phrases' key words: no word is empty)


@lru_cache(maxsize=None)
def phrase_index(name: str) -> dict:
    """first word -> the phrases (tuples of lower-case words) of ``data/<name>.txt``, longest
    first."""
    out: dict = {}
    for line in lines(name):
        words = tuple(w.lower() for w in WORD.findall(line))
        if words:
            out.setdefault(words[0], []).append(words)
    for v in out.values():
        v.sort(key=lambda ph: (-len(ph), ph))
    # the longest word of each phrase: a span none of these is in holds no phrase
    out[_KEYS] = frozenset(max(ph, key=len) for v in list(out.values()) for ph in v)
    return out


def find(text: str, start: int, end: int, index: dict) -> list:
    """(start, end) of each phrase of ``index`` in ``text[start:end]``, left to right (the
    longest at an offset; no overlaps)."""
    piece = text[start:end].lower()
    if index[_KEYS].isdisjoint(WORD.findall(piece)):
        return []               # (most spans: no word opens a phrase; one set operation)
    words = [(start + m.start(), start + m.end(), m.group(0)) for m in WORD.finditer(piece)]
    out = []
    i = 0
    while i < len(words):
        hit = None
        for ph in index.get(words[i][2], ()):
            n = len(ph)
            if i + n <= len(words) and all(words[i + k][2] == ph[k] for k in range(1, n)) and \
                    all(not text[words[i + k - 1][1]:words[i + k][0]].strip(" \t\n-")
                        for k in range(1, n)):
                hit = n
                break
        if hit:
            out.append((words[i][0], words[i + hit - 1][1]))
            i += hit
        else:
            i += 1
    return out
