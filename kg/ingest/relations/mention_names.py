"""The names printed in an entity's own mentions, the outermost of each nest only: where the
readers of clause events (``clause_parties``, ``clause_venues``) look for the event's parties
and venue ("the X Group will open its plant in Y": X and Y, not a name inside X's)."""
from __future__ import annotations

import bisect


def outer_names(ent, spans, starts):
    """Yield ``(mention, inner, start, end, entity)`` for each name printed in a mention of
    ``ent`` (in mention order, then text order), skipping a name printed inside the one before
    and ``ent`` itself; ``spans`` are the draft's ``(start, end, entity)`` sorted by start with
    the longest first, ``starts`` their starts, and ``inner`` all the names of that mention."""
    for m in ent.mentions:
        lo, hi = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
        inner = [x for x in spans[lo:hi] if x[1] <= m.end and x[2] is not ent]
        outer_end = -1
        for a, b, x in inner:
            if a < outer_end:
                continue            # (a name printed inside the one before)
            outer_end = max(outer_end, b)
            yield m, inner, a, b, x
