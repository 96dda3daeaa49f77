"""A unit's number in Roman figures after its head word ("Supervision Division I", "Cadre
Division II", "Registration Section III", "Enforcement Department IV"): a body that has
several units of one kind numbers them so, and the number is a word of the unit's name (heads:
``data/unit-heads.txt``). "I" alone goes with the head only where no lower-case word follows
it ("the Division I visited" holds the pronoun)."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

_ROMAN = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX|X)")
_PRONOUN_AFTER = re.compile(r"[ \t]+[a-z]")


def _heads() -> frozenset:
    return words("unit-heads")


def numeral_end(text: str, part: list, i: int, key: str) -> int | None:
    """The end of the Roman number after the unit head ``part[i]`` (of lower-case ``key``), or
    None when no such number follows it."""
    if i + 1 >= len(part) or key not in _heads():
        return None
    a, b, w = part[i + 1]
    if w.endswith("."):     # ("kept by Cadre Division II.": the sentence's stop)
        w, b = w[:-1], b - 1
    if not _ROMAN.fullmatch(w):
        return None
    if w == "I" and _PRONOUN_AFTER.match(text, b):
        return None
    return b
