"""The lines of a letter's or an e-mail's signature, under its closing words ("Best regards,"
over "Tom Reyes" / "Head of Marketing" / "Halcyon Nickel Ltd | Level 3, ..."): each line is
an item of its own (a name, a job, a company, an address), so a capitalised phrase running over
a line break there ends at it; "Marketing Halcyon Nickel Ltd" was drafted, a company made of a
job's last word and the company under it.

The closing is a line of data/letter-closings.txt alone (a comma or a full stop after it), at
most ``_REACH`` lines over the break. Called by names/line_ends for a phrase holding a line
break; the few lines over it are read, no scan of the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_REACH = 5      # lines of a signature under its closing: a name, a job, a unit, a company, ...
# a word in lower case: the line is a job or a unit ("Head of Marketing"), no name's first words
_SMALL_WORD = re.compile(r"(?<![\w-])[a-z][a-z]+\b")


@lru_cache(maxsize=1)
def _closing() -> re.Pattern:
    alts = "|".join(re.escape(c) for c in sorted(lines("letter-closings"), key=len, reverse=True))
    return re.compile(rf"[ \t>]*(?:{alts})[ \t]*[,.!]?[ \t\r]*", re.I)


def after_signoff(text: str, s: int, e: int) -> int | None:
    """The first line break inside ``s:e`` (the white space before it trimmed) whose line's
    words in the phrase are no whole line of capitalised words (they start inside their line,
    "Head of |Marketing", or hold a word in lower case), when a closing's line stands at most
    ``_REACH`` lines over it; else None. A whole line of them is a name wrapped in two
    ("Guangxi Huayin" over "Aluminium Co., Ltd.") or a name of its own over a job's line ("Li
    Ming" / "Head of Marketing" / "X Ltd": the break under the job's line ends the phrase)."""
    nl = text.find("\n", s, e)
    while nl != -1:
        ls = text.rfind("\n", 0, nl) + 1
        if text[ls:max(s, ls)].strip() or _SMALL_WORD.search(text, max(s, ls), nl):
            break       # (not a line of capitalised words the phrase holds whole)
        nl = text.find("\n", nl + 1, e)
    if nl == -1:
        return None     # ("Guangxi Huayin" / "Aluminium Co., Ltd.": a name wrapped whole)
    closing = _closing()
    end = nl                            # (the line the phrase starts on, then the ones over it)
    for _ in range(_REACH + 1):
        ls = text.rfind("\n", 0, end) + 1
        if closing.fullmatch(text, ls, end):
            cut = nl
            while cut > s and text[cut - 1] in " \t\r":
                cut -= 1
            return cut
        if ls == 0:
            return None
        end = ls - 1
    return None
