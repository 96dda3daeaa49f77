"""A list's items from an index on, without copying it: ``rows[lo:]`` copies the tail and
``itertools.islice`` walks the head, either of which makes a loop over the sentences of a long
text quadratic. The relation rules look up the first mention of a sentence by bisect and walk
from there until the sentence ends."""
from __future__ import annotations

import bisect


def tail(rows, lo):
    for j in range(lo, len(rows)):
        yield rows[j]


def starting_in(rows, starts, a: int, b: int) -> list:
    """The rows (sorted by start; ``starts`` their starts) that start in ``[a, b)``: the names
    of one sentence."""
    out = []
    for x in tail(rows, bisect.bisect_left(starts, a)):
        if x[0] >= b:
            break
        out.append(x)
    return out
