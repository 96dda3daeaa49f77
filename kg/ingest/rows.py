"""A list's items from an index on, without copying it: ``rows[lo:]`` copies the tail and
``itertools.islice`` walks the head, either of which makes a loop over the sentences of a long
text quadratic. The relation rules look up the first mention of a sentence by bisect and walk
from there until the sentence ends."""
from __future__ import annotations


def tail(rows, lo):
    for j in range(lo, len(rows)):
        yield rows[j]
