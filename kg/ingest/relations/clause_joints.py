"""Where a sentence joins two reported clauses ("A said that its X mine was flooded and that
the Y plant restarted"; the joints are data/reported-clause-joints.txt): two names printed on
either side of such a joint were said of two things, and a co-occurrence guess
(relations/same_sentence.py) does not put one in the other. Each sentence's joints are found
once (a scan of the sentence), then a pair of names is looked up by bisection."""
from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def _joint() -> re.Pattern:
    alts = sorted((r"\s+".join(map(re.escape, j.split())) for j in lines("reported-clause-joints")),
                  key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


class Joints:
    """The joints of the sentences asked about, each sentence scanned once."""

    def __init__(self, text: str):
        self.text = text
        self._of: dict[tuple[int, int], list[int]] = {}

    def between(self, ss: int, se: int, a: int, b: int) -> bool:
        """A joint of the sentence ``text[ss:se]`` lies wholly between offsets ``a`` and ``b``
        (in either order)."""
        if a > b:
            a, b = b, a
        at = self._of.get((ss, se))
        if at is None:
            at = self._of[(ss, se)] = [m.start() for m in _joint().finditer(self.text, ss, se)]
        if not at:
            return False
        i = bisect_left(at, a)
        return i < len(at) and at[i] < b
