"""What two readers of names printed over several lines share: dropping the names read on the
lines they join to a whole name (``hanging_names``: a cell's name hanging over the lines under
it; ``header_wraps``: a party's name wrapped from a signature block's header into its row)."""
from __future__ import annotations


def without_joined(news: list, found: list) -> list:
    """``news`` without a name that starts and ends on the lines joined under a whole name of
    ``found`` ((candidate, spans of the lines joined to it) pairs), nor one inside the words of
    that whole name's first line. Shared by
    ``hanging_names.hanging_tails`` and ``header_wraps.header_wrap_tails``."""
    if not found:
        return news
    tails = [sp for _, under in found for sp in under]
    firsts = [(c.start, c.end) for c, _ in found]
    return [c for c in news if not (any(a <= c.start < b for a, b in tails)
                                    and any(a < c.end <= b for a, b in tails))
            and not any(a <= c.start and c.end <= b for a, b in firsts)]
