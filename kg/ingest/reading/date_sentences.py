"""Sentence bounds for date rules that never cut a date in two: the splitter ends a sentence at
an abbreviated month's full stop before its day ("opened on Sept. 14 in Nanchang", "Leshan, Aug.
27 (Reporter X) The ..."), and a date cut so is lost to the clause it dates. A sentence start
that falls inside a date mention is dropped (one pass over the starts and the dates), and so is
one at a bracket opening the line after a company's legal suffix ("Zhejiang X Co., Ltd.\n("the
Company") was held on September 25"): the line was wrapped, the sentence goes on. So is a start at
a line that opens with a lower-case word after a single line break ("the notice (No. 38)\nwas
published on the 13th", "X Co., Ltd.\nholds 15%"): no sentence of prose opens in lower case, so
the line before was wrapped, whatever it ended with (a list item's letter, "a) ", is no word)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.reading.sentences import Sentences


# a company's legal suffix closing a wrapped line, before its short form in brackets
_SUFFIX_END = re.compile(r"\b(?:Ltd|Co|Corp|Inc|LLC)\.\s*\n\s*$")
# a line that goes on in lower case: a word, not a list item's letter ("a) ", "b. ")
_GOES_ON = re.compile(r"[a-z](?![.)][ \t])")


class DateSafeSentences:
    def __init__(self, text: str, dates):
        starts = Sentences(text).starts
        spans = sorted((d.start, d.end) for d in dates)
        keep, i = [], 0
        for s in starts:
            while i < len(spans) and spans[i][1] <= s:
                i += 1
            if i < len(spans) and spans[i][0] < s < spans[i][1]:
                continue        # inside "Sept. 14": the same sentence goes on
            if text[s:s + 1] == "(" and _SUFFIX_END.search(text, max(0, s - 12), s):
                continue        # "X Co., Ltd.\n("the Company") was held on ...": a wrapped line
            if s > 1 and text[s - 1] == "\n" and text[s - 2] != "\n" and _GOES_ON.match(text, s):
                continue        # "(Hebi Zheng [2026] No. 38)\nwas published on": the same one
            keep.append(s)
        self.starts = keep
        self.n = len(text)

    def bounds(self, pos: int) -> tuple[int, int]:
        i = bisect.bisect_right(self.starts, pos) - 1
        end = self.starts[i + 1] if i + 1 < len(self.starts) else self.n
        return self.starts[i], end
