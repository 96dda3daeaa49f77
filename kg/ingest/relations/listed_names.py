"""The names listed before one: "A, B and C" read back from C. Each name before is an entity
(of the caller's choosing, by where it ends) joined to the next by ", ", "and" or ", and";
and the "(,) respectively" that closes such a statement. Read by relations/respective_posts,
respective_appointments and respective_places."""
from __future__ import annotations

import re

_AND = re.compile(r"\s*(?:,\s*and|,|and)\s+$")
# "... chairman and president of X(,) respectively": the n-th of one list goes with the n-th
RESPECTIVELY = re.compile(r"\s*,?\s*respectively\b", re.I)


def listed_before(text: str, last, by_end: dict, most: int = 6) -> list:
    """``last`` (start, end, entity) and the names listed before it, in the text's order, at
    most ``most``: ``by_end`` maps an end offset to the (start, end, entity) that ends there."""
    names = [last]
    while len(names) < most:
        m = _AND.search(text, max(0, names[0][0] - 8), names[0][0])
        prev = by_end.get(m.start()) if m else None
        if prev is None:
            break
        names.insert(0, prev)
    return names
