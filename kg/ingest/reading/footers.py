"""Where a text's distribution footer starts: the lines after the signature and its date that
name who receives it ("Copy to: Ministry of ...; X Bureau", "cc: ..."), labelled by a word of
``data/distribution-labels.txt``. The signature's date is read above it
(:func:`kg.ingest.reading.dates.signature_date`). One bounded search of the text's end."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_REACH = 800        # how far from the end a footer may start (characters)


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in
                   sorted(lines("distribution-labels"), key=len, reverse=True))
    return re.compile(rf"^[ \t]*(?:{alt})[ \t]*:", re.I | re.M)


def footer_start(text: str, end: int | None = None) -> int | None:
    """The start of the distribution footer among the last ``_REACH`` characters before ``end``
    (a labelled line after a blank line), or None."""
    end = len(text) if end is None else end
    lo = max(0, end - _REACH)
    for m in _label().finditer(text, lo, end):
        if m.start() < 2:
            continue
        before = text.rfind("\n", 0, m.start() - 1) + 1    # the line above it: blank
        if not text[before:m.start() - 1].strip():
            return m.start()
    return None
