"""A pattern whose matches open either where a filterable part of it matches or right after a
few words, scanned without trying it at every character.

Why: a pattern with a branch that opens with a look-behind only ("(?<=\\bheld\\s)...": the match
opens after "held ") gives Python's engine no first character to look for, so it tries the
whole pattern at every character of the text (the event nouns' scan: some 3 ms on the largest
source text, where the same pattern without that branch, which opens with a determiner's
letter, takes 1 ms). :class:`OrAfter` finds the places such a match can open: where ``lead``
(the pattern without those branches) matches, found by the engine with its filter, and right
after each of ``words`` (``str.find``); ``rx`` itself is tried (``rx.match``) only there, in
order, and, as finditer does, not inside the match before.

The matches are the whole scan's, provided (the caller's promise) every match of ``rx`` opens
either where ``lead`` matches too or right after one of ``words`` followed by one character
(``after``: 1 for "held " with its space), and no match of ``rx`` is empty. Like
:class:`kg.ingest.reading.windows.Near` it is listed in ``windows.MADE``, so that
tests/test_ingest_round28_speed.py runs it both ways over the development articles."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg.ingest.reading import windows


class OrAfter:
    """``rx`` tried where ``lead`` matches or ``after`` characters past one of ``words``."""

    def __init__(self, rx: re.Pattern, lead: re.Pattern, words: Iterable[str], after: int = 0):
        self.rx = rx
        self.lead = lead
        self.pattern = rx.pattern       # (the source, as a compiled pattern's)
        self.words = tuple(words)
        self.after = after
        windows.MADE.append(self)

    @property
    def groupindex(self):
        """The pattern's named groups (a scan read ahead names them: reading/scans_ahead.py)."""
        return self.rx.groupindex

    def finditer(self, text: str) -> Iterator[re.Match]:
        n = len(text)
        places = sorted({i + len(w) + self.after for w in self.words
                         for i in windows.finds(text, w)})
        match, search = self.rx.match, self.lead.search
        k, pos = 0, 0
        lead = search(text, 0)
        while True:
            while k < len(places) and places[k] < pos:
                k += 1
            if lead is not None and lead.start() < pos:
                lead = search(text, pos)
            p = min(lead.start() if lead is not None else n + 1,
                    places[k] if k < len(places) else n + 1)
            if p > n:
                return
            m = match(text, p)
            if m is None:
                pos = p + 1
                continue
            yield m
            pos = m.end() if m.end() > p else p + 1

    def search(self, text: str) -> re.Match | None:
        """The first match, as ``rx.search(text)``."""
        return next(self.finditer(text), None)
