"""A place's name that holds more words before its head word than a name's head is read with
("Ho Chi Minh City": names/candidates.py keeps at most two words before "City"): where the words
before the head, with it, are a name of ``data/world-places.txt``, the name starts at the first
of them."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def _long_names() -> frozenset[str]:
    """The listed places' names of four words or more."""
    names = (re.split(r"\s{2,}", line, maxsplit=1)[0] for line in lines("world-places"))
    return frozenset(n for n in names if len(n.split()) >= 4)


def listed_start(before: list, start: int) -> int:
    """Where a place's name that ends with the last of ``before`` (words as ``(start, end,
    word)``) starts: at the first word of a listed name of four words or more that the
    words end with, else at ``start``."""
    for n in range(min(len(before), 6), 3, -1):
        if " ".join(w[2] for w in before[-n:]) in _long_names():
            return before[-n][0]
    return start
