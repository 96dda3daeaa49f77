"""Sentence and line bounds: relation rules look for their parts inside one sentence."""
from __future__ import annotations

import bisect
import re

# "No. 3 kiln", "Dr. Li", "Prof. Wang": an abbreviation's full stop ends no sentence
_ABBREV = "".join(rf"(?<!\b{a}\.)" for a in ("No", "no", "Nos", "Dr", "Mr", "Ms", "Mrs", "Prof",
                                              "St", "vs", "Fig", "Art"))
_END = re.compile(r"(?<=[.!?;。])" + _ABBREV + r"[\"”’)]?\s+(?=[A-Z0-9\"“(《])|\n+")


_LAST: list = [None, None]     # the last text split and its starts (several rules split one text)


class Sentences:
    def __init__(self, text: str):
        if _LAST[0] is not None and _LAST[0] is text:
            starts = _LAST[1]
        else:
            starts = [0]
            for m in _END.finditer(text):
                starts.append(m.end())
            _LAST[:] = [text, starts]
        self.starts = starts          # shared between the splits of one text: read only
        self.n = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.n
        return self.starts[i], end
