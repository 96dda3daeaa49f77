"""Dates written in Chinese numerals, as a Chinese official document signs off under its seal
("二〇二六年十二月十六日": 16 December 2026), read as the Arabic dates the date patterns know.

:func:`numerals_as_digits` rewrites each such date in place, one stretch for one of the same
length ("2026.12.16" and a space; a month alone "2026年3月"): the
offsets of everything else stay, and the map it returns gives where each rewritten date really
ends (what ``find_dates`` already does for the gaps moved inside numbers). The numerals are
the characters of ``data/chinese-numerals.txt``."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def _values() -> dict[str, int]:
    """{numeral: its value} from the data file (lines "〇 0")."""
    out = {}
    for line in lines("chinese-numerals"):
        char, _, value = line.partition(" ")
        out[char] = int(value)
    return out


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    digits = "".join(c for c, v in _values().items() if v < 10)
    ten = "".join(c for c, v in _values().items() if v == 10)
    small = f"[{digits}]"
    number = f"(?:{small}?[{ten}]{small}?|{small})"       # 1 .. 99 ("七", "十二", "二十三")
    return re.compile(f"(?P<y>{small}{{4}})年(?P<m>{number})月(?:(?P<d>{number})[日号])?")


def _number(s: str) -> int:
    """"十二" 12, "二十" 20, "三十一" 31, "七" 7, "二〇二六" (digit by digit) 2026."""
    v = _values()
    if not any(v[c] == 10 for c in s):
        out = 0
        for c in s:
            out = out * 10 + v[c]
        return out
    tens, _, ones = s.partition(next(c for c in s if v[c] == 10))
    return (v[tens] if tens else 1) * 10 + (v[ones] if ones else 0)


def numerals_as_digits(text: str) -> tuple[str, dict]:
    """``text`` with its dates in Chinese numerals as Arabic ones of the same length, and
    {where a rewritten date's reading now ends: where the printed date ends}."""
    if "年" not in text or "月" not in text:
        return text, {}
    ends: dict = {}

    def arabic(m: re.Match) -> str:
        y, mo = _number(m.group("y")), _number(m.group("m"))
        d = _number(m.group("d")) if m.group("d") else None
        if not (1 <= mo <= 12 and (d is None or 1 <= d <= 31)):
            return m.group(0)
        n = len(m.group(0))
        # (a day as the plain reading of a signature's line knows it, "2026.12.7"; a month as
        # the extended reading does, "2026年3月")
        form = f"{y}.{mo}.{d}" if d is not None else f"{y}年{mo}月"
        if len(form) > n:
            return m.group(0)       # ("二〇二六年十月": no room for "10")
        ends[m.start() + len(form)] = m.end()
        return form + " " * (n - len(form))
    return _pattern().sub(arabic, text), ends
