"""A company's legal form at the end of its name ("Co., Ltd.", "Group Co., Ltd.", "Limited",
"S.A."): one list, ``data/company-suffixes.txt``, for every rule that needs a company's name
without it (its short names, the label of a facility it owns, the owner a unit's name gives)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def suffix_rx() -> re.Pattern:
    """The last legal form of a name (``.search`` gives where it starts)."""
    return re.compile(rf"[\s,]+(?:{_alternatives()})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _all_rx() -> re.Pattern:
    return re.compile(rf"(?:[\s,]+(?:{_alternatives()}))+$", re.IGNORECASE)


def _alternatives() -> str:
    return "|".join(re.escape(s) for s in sorted(lines("company-suffixes"), key=len, reverse=True))


def without_suffix(name: str) -> str:
    """``name`` without the legal forms it ends in ("X Tin Co., Ltd." -> "X Tin"); the name
    itself if nothing would be left."""
    return _all_rx().sub("", name).strip() or name
