"""A word of ``data/called-off-marks.txt`` ("cancelled", "withdrawn", "revoked", "postponed")
anywhere in a span: a table's row so marked is struck from its table (no arrival, no post); and
a clause whose passive verb calls off what its date is of (``data/called-off-passives.txt``).
One compiled pattern, searched over the row's span: linear in the row."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.reading.occurrences import occurrences


@lru_cache(maxsize=4)
def marks(space: str = r"[ \t]+") -> str:
    """The marks as one alternation, longest first (one order in every process, so a pattern
    made of it is kept compiled between runs), ``space`` standing for a space of a mark."""
    return alternation("called-off-marks", space, lower=True)


@lru_cache(maxsize=1)
def called_off() -> re.Pattern:
    """The marks as whole words, in any case, a space of a mark standing for any run of blanks."""
    return re.compile(rf"\b(?:{marks()})\b", re.I)


def struck(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a row) holds a called-off mark."""
    return called_off().search(text, start, end) is not None


def struck_row(text: str, s: int, e: int) -> bool:
    """Whether the name at ``s:e`` is in a table's row (a line of cells between bars) that a
    called-off mark strikes off ("| X Forum | 12 July 2026 | cancelled |"). (The line's ends
    and its bars from the places of the text's breaks and bars, found once a text: asked for
    every dated name, on a text printed as one long line each asking read the whole line.)"""
    breaks = occurrences(text, "\n")
    ls = breaks.last_before(s) + 1
    le = breaks.first_from(e)
    le = len(text) if le < 0 else le
    bars = occurrences(text, "|")
    first = bars.first_from(ls)
    if first < 0 or first >= le:
        return False
    second = bars.first_from(first + 1)     # (two bars or more on the line)
    return 0 <= second < le and struck(text, ls, le)


@lru_cache(maxsize=1)
def _called_off_passive() -> re.Pattern:
    alt = alternation("called-off-passives", lower=True)
    return re.compile(rf"\b(?:was|were|has[ \t\n]+been|have[ \t\n]+been|had[ \t\n]+been)"
                      rf"[ \t\n]+(?:(?:later|since|now|also|then|again)[ \t\n]+)?(?:{alt})\b", re.I)


def called_off_after(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (what follows a date in its clause) says, by a passive verb of
    ``data/called-off-passives.txt``, that what the date is of was called off ("... holiday
    shutdown was cancelled", "... hearing has been postponed")."""
    return _called_off_passive().search(text, start, end) is not None
