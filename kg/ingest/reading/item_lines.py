"""Where an item of a list ends: its line and the lines after it that carry it on, as the
caller's ``goes_on(line)`` says (indented, opening in lower case, ...), at most 600 characters
from the item's start. Read by the lists of officers and of an award's grants
(relations/officer_lists.py, relations/award_lists.py)."""
from __future__ import annotations

from typing import Callable

LIMIT = 600


def item_end(text: str, start: int, goes_on: Callable[[str], bool]) -> int:
    """The end of the item on the line at ``start``: past each following non-blank line
    ``goes_on`` accepts, while within :data:`LIMIT` characters of ``start``."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    limit = min(len(text), start + LIMIT)
    while end < limit:
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1:nxt]
        if not line.strip() or not goes_on(line):
            break
        end = nxt
    return end
