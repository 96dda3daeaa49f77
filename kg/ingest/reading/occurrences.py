"""Where a fixed string (a paragraph break, ". ") occurs in a text, found once a text.

Rules that look from each entity back to the paragraph break or the sentence end before it
(``text.rfind("\\n\\n", 0, start)``) scan back to the text's start every time the text has
none: a text printed on one line with thousands of agreements took time growing with the
square of its length (hostile5's 'one deal agreement signed 3000 times'). :func:`occurrences`
lists the places once (cached for the last text, as :class:`~kg.ingest.reading.sentences.
Sentences` is) and answers each look-up by bisection, with the results ``rfind`` and ``find``
give."""
from __future__ import annotations

import bisect

_LAST: list = [None, {}]     # (the last text, {key: Occurrences}), read only once made


class Occurrences:
    """Every place ``key`` occurs in ``text`` (overlapping ones too), sorted."""

    def __init__(self, text: str, key: str):
        self.key = key
        self.places = _finds(text, key) if key else []

    def last_before(self, end: int) -> int:
        """``text.rfind(key, 0, end)`` for ``end >= 0``: the last place whose whole key lies
        before ``end``, else -1."""
        i = bisect.bisect_right(self.places, end - len(self.key)) - 1
        return self.places[i] if i >= 0 else -1

    def first_from(self, start: int) -> int:
        """``text.find(key, start)`` for ``start >= 0``: the first place at or after ``start``,
        else -1."""
        i = bisect.bisect_left(self.places, start)
        return self.places[i] if i < len(self.places) else -1


    def count_between(self, start: int, end: int) -> int:
        """``text.count(key, start, end)`` for a key of one character (no overlaps to
        drop): how many places lie in ``start:end``."""
        return bisect.bisect_left(self.places, end) - bisect.bisect_left(self.places, start)


def _finds(text: str, key: str) -> list[int]:
    """Every place ``key`` occurs in ``text`` (overlapping ones too), by ``str.find``."""
    out = []
    i = text.find(key)
    while i >= 0:
        out.append(i)
        i = text.find(key, i + 1)
    return out


def occurrences(text: str, key: str) -> Occurrences:
    """The places of ``key`` in ``text``, made once for the last text read."""
    if _LAST[0] is not text:
        _LAST[:] = [text, {}]
    found = _LAST[1].get(key)
    if found is None:
        found = _LAST[1][key] = Occurrences(text, key)
    return found


def line_start(lines: Occurrences, pos: int) -> int:
    """``text.rfind("\\n", 0, pos) + 1`` for ``lines = occurrences(text, "\\n")``: where the
    line holding ``pos`` starts, by bisection (a rule asking it of every name on a line of
    megabytes scanned most of that line back each time)."""
    return lines.last_before(pos) + 1


def line_end(lines: Occurrences, pos: int, size: int) -> int:
    """``text.find("\\n", pos)``, or ``size`` (the text's length) when no line break follows,
    for ``lines = occurrences(text, "\\n")``."""
    i = lines.first_from(pos)
    return size if i < 0 else i
