"""Whether a stretch of the text holds nothing but white space (or a few given characters),
told without copying it: ``not text[a:b].strip()`` copies the stretch first, and a rule that asks
it of the part of a line before each name ("a name that opens its line") copies, on a text
printed as one long line (the largest source text has one of 45,000 characters), most of that
line for every name on it: some 4 million characters a run for one such rule. These read from
the stretch's end back (or its start on) only as far as the white space goes, and give the
same answer. ``a`` and ``b`` are places in the text (not counted from its end)."""
from __future__ import annotations


def blank(text: str, a: int, b: int) -> bool:
    """``not text[a:b].strip()``: the stretch holds only white space (``str.isspace``, what
    ``strip`` removes), read back from ``b``."""
    a = max(a, 0)
    b = min(b, len(text))
    while b > a and text[b - 1].isspace():
        b -= 1
    return b <= a


def blank_back(text: str, pos: int) -> int:
    """``len(text[:pos].rstrip())``: where the white space before ``pos`` starts."""
    pos = min(max(pos, 0), len(text))
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def only(text: str, a: int, b: int, chars: str) -> bool:
    """``not text[a:b].strip(chars)``: the stretch holds only characters of ``chars``, read on
    from ``a``."""
    a = max(a, 0)
    b = min(b, len(text))
    while a < b and text[a] in chars:
        a += 1
    return a >= b


def next_other(text: str, pos: int, chars: str) -> int:
    """``pos`` plus ``len(text[pos:]) - len(text[pos:].lstrip(chars))``: the first place from
    ``pos`` on whose character is not one of ``chars``."""
    while pos < len(text) and text[pos] in chars:
        pos += 1
    return pos
