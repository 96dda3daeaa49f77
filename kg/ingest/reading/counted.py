"""How many times a pattern matches, counted only as far as the caller's question needs ("more
than ten words before the date?"): the scan stops at the ``limit``-th match. A rule asking
that of the text before a date on a line of 45,000 characters (a body printed on one line)
read every word of it to tell "more than ten"."""
from __future__ import annotations

import sys


def at_most(rx, text: str, limit: int, pos: int = 0, endpos: int = sys.maxsize) -> int:
    """The number of matches of ``rx`` in ``text[pos:endpos]`` (as ``finditer`` finds them),
    or ``limit`` when there are ``limit`` or more."""
    n = 0
    if limit <= 0:
        return 0
    for _ in rx.finditer(text, pos, endpos):
        n += 1
        if n >= limit:
            break
    return n
