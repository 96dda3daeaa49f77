"""A pattern's matches looked for only around the words every match prints.

Many rules' patterns open with a name (``[A-Z][a-z]+ ...``) or an assertion and end with a fixed
word ("... Province", "... Municipal Government"): Python's engine then tries the whole pattern
at every capital letter of the text, about 2 ms a pattern on the largest source, though the word
they need occurs a handful of times. :func:`near` finds those words first (a plain ``str.find``)
and runs the pattern only in a window around each one, the windows that overlap merged.

The matches are the same as a scan of the whole text's, provided each match holds one of the
words (the caller's promise: the "gate" words of the pattern) no more than ``before`` characters
from its start and ``after`` characters from its end (the look-aheads included). Look-behinds
and ``\\b`` see the text before a window as in a whole scan; a window's end cuts a look-ahead
only past ``after``.

Two options serve more patterns: ``lower=True`` finds the words in the text in lower case
(:func:`kg.ingest.reading.caseless.lowered`, of the same length: the words given in lower
case), for a case-blind pattern; ``lines=True`` makes each window the whole lines around the
word (no ``before`` and ``after``), for a pattern whose matches never cross a line break
(``^ ... $`` with ``re.M``: a window then opens and closes where a line does, so ``^`` and
``$`` hold there as in a whole scan, and the matches are exactly the whole scan's).

``stops`` (characters, such as ".\n") serves a pattern of unbounded width that never consumes
one of them ("[A-Z][\\w-]+(?:[ ][A-Z][\\w-]+)*" reads no full stop and no line break): each
window is then the stretch between the stop characters around the word (none of them in the
word). Every match lies in one such stretch, a match of a stretch without a word is none (the
caller's promise, as for ``before`` and ``after``), and a whole scan's matches in one stretch
never run into the next, so the matches are the whole scan's, provided the pattern's look-aheads
and ``\b`` answer at a stretch's end as before the stop character (``(?![\\w-])``, ``\b``:
a stop is no word character; not ``(?=[.\n])``). The places of the stops are found once a text
(:mod:`kg.ingest.reading.occurrences`, bisected per word: linear on a text with none).

:class:`Near` holds a pattern with its words and reach, for a rule's module to declare once;
every one made is listed in :data:`MADE`, so that a test can run each over any text both ways
and compare (tests/test_ingest_round28_speed.py). How a new reader joins: write its pattern's
gate as ``_X = Near(re.compile(...), words, stops=".\n")`` (or ``before``/``after``) and call
``_X.finditer(text)`` where it called ``rx.finditer(text)``."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

from kg.ingest.reading.caseless import lowered, small
from kg.ingest.reading.occurrences import occurrences

BEFORE = 120
AFTER = 160


def finds(text: str, key: str) -> Iterator[int]:
    """Every place ``key`` occurs in ``text`` (overlapping ones too), by ``str.find``."""
    i = text.find(key)
    while i >= 0:
        yield i
        i = text.find(key, i + 1)


def keyed(rx: re.Pattern, text: str, keys: Iterable[str]) -> Iterator[re.Match]:
    """``rx.finditer(text)`` for a pattern that opens with one of ``keys``: ``rx`` is tried only
    where a key is printed (``str.find``), and, as finditer does, not inside the match before."""
    last = 0
    for i in sorted({i for k in keys for i in finds(text, k)}):
        if i < last:
            continue
        m = rx.match(text, i)
        if m is not None:
            last = m.end() if m.end() > m.start() else m.end() + 1
            yield m


def windows(text: str, words: Iterable[str] | re.Pattern, before: int = BEFORE,
            after: int = AFTER, lower: bool = False, lines: bool = False,
            stops: str = "") -> list[tuple[int, int]]:
    """The merged windows ``(start, end)`` around every occurrence of any of ``words`` (or
    every match of a pattern given instead: a cheap one, such as a literal's); ``lower``,
    ``lines``, ``stops``: see the module's notes."""
    spans: list[tuple[int, int]] = []
    n = len(text)
    if lines or stops:
        before = after = 0
    seen = text
    if lower:       # (an article's copy is kept for the next rule; a short piece's is not)
        seen = lowered(text) if len(text) > 2000 else small(text)
    if isinstance(words, re.Pattern):
        for m in words.finditer(seen):
            spans.append((max(0, m.start() - before), min(n, m.end() + after)))
        words = ()
    for w in words:
        i = seen.find(w)
        while i >= 0:
            spans.append((max(0, i - before), min(n, i + len(w) + after)))
            i = seen.find(w, i + 1)
    if not spans:
        return []
    if lines:       # (each span widened to the lines it touches, without their last break)
        spans = [(text.rfind("\n", 0, a) + 1, _line_end(text, b)) for a, b in spans]
    elif stops:     # (each span widened to the stop characters around it)
        spans = _stretches(text, spans, stops)
    spans.sort()
    out = [spans[0]]
    for a, b in spans[1:]:
        if a <= out[-1][1]:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def _stretches(text: str, spans: list, stops: str) -> list[tuple[int, int]]:
    """Each span widened to the stretch between the stop characters before and after it."""
    places = [occurrences(text, c) for c in stops]
    n = len(text)
    out = []
    for a, b in spans:
        out.append((max(p.last_before(a + 1) for p in places) + 1,
                    min((e for e in (p.first_from(b) for p in places) if e >= 0), default=n)))
    return out


def _line_end(text: str, b: int) -> int:
    """Where the line holding the character before ``b`` ends (its break, or the text's end)."""
    e = text.find("\n", max(b - 1, 0))
    return len(text) if e < 0 else e


def near(rx: re.Pattern, text: str, words: Iterable[str] | re.Pattern, before: int = BEFORE,
         after: int = AFTER, lower: bool = False, lines: bool = False,
         stops: str = "") -> Iterator[re.Match]:
    """The matches of ``rx`` in ``text`` (in order, none twice) that lie around one of ``words``
    (see the module's notes); with no such word in the text, none."""
    last_end = -1
    for a, b in windows(text, words, before, after, lower, lines, stops):
        for m in rx.finditer(text, a, b):
            if m.start() < last_end:
                continue            # (a match the window before already gave, or overlaps)
            last_end = m.end() if m.end() > m.start() else m.end() + 1
            yield m


MADE: list = []         # every Near made (for the test that runs each both ways)


class Near:
    """``rx`` run only around ``words`` (see :func:`near` and the module's notes for the reach
    options): ``finditer(text)`` gives what ``rx.finditer(text)`` gives."""

    def __init__(self, rx: re.Pattern, words: Iterable[str], before: int = BEFORE,
                 after: int = AFTER, lower: bool = False, lines: bool = False, stops: str = ""):
        self.rx = rx
        self.pattern = rx.pattern       # (the source, as a compiled pattern's)
        self.words = tuple(words)
        self.reach = (before, after, lower, lines, stops)
        MADE.append(self)

    def finditer(self, text: str) -> Iterator[re.Match]:
        return near(self.rx, text, self.words, *self.reach)

    def search(self, text: str) -> re.Match | None:
        """The first match, as ``rx.search(text)``."""
        return next(self.finditer(text), None)

    @property
    def groupindex(self):
        """The pattern's named groups (a scan read ahead names them: reading/scans_ahead.py)."""
        return self.rx.groupindex


class AtLineStarts:
    """``rx`` (each branch opening with ``^`` under ``re.M``, a look-behind of a line break, or
    one of the characters ``also``) tried only where a line starts (or such a character
    stands): ``finditer(text, pos, endpos)`` gives what ``rx.finditer(text, pos, endpos)``
    gives (see the module's notes)."""

    def __init__(self, rx: re.Pattern, also: str = ""):
        self.rx = rx
        self.pattern = rx.pattern       # (the source, as a compiled pattern's)
        self.also = also
        MADE.append(self)

    def _starts(self, text: str, pos: int, endpos: int) -> list[int]:
        starts = [i + 1 for i in occurrences(text, "\n").places if pos <= i + 1 <= endpos]
        if pos == 0:
            starts.insert(0, 0)
        if self.also:
            starts = sorted(set(starts).union(
                i for c in self.also for i in occurrences(text, c).places if pos <= i <= endpos))
        return starts

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match]:
        endpos = len(text) if endpos is None else min(endpos, len(text))
        match = self.rx.match
        last = pos
        for i in self._starts(text, pos, endpos):
            if i < last:
                continue
            m = match(text, i, endpos)
            if m is not None:
                last = m.end()
                yield m

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match | None:
        """The first match, as ``rx.search(text, pos, endpos)``."""
        return next(self.finditer(text, pos, endpos), None)
