"""The lines of a text from an offset on, as (start, end) offsets, skipping the blank ones:
the walk the list readers share (the items under a heading, a signing's rows, the signatories
after a lead line), each deciding for itself where its list ends."""
from __future__ import annotations

from collections.abc import Iterator


def filled_lines(text: str, pos: int) -> Iterator[tuple[int, int]]:
    """(start, end) of each line from ``pos`` on that holds more than white space; ``end`` is
    the offset of the line's newline (or of the text's end). The caller stops the walk."""
    n = len(text)
    while pos < n:
        le = text.find("\n", pos)
        le = n if le < 0 else le
        if text[pos:le].strip():
            yield pos, le
        pos = le + 1
