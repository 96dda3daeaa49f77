"""Whether the words a dateline would take as its place ("Kunming, 5 May 2026") name no place
but the kind of text or column the line heads ("News, 8 May 2026", "Agreements, 7 May 2026"),
a page's field ("Published Saturday, 28 November 2026") or a day ("Monday, 4 May 2026"): a word
of them is a document kind (``data/document-kinds.txt``, ``heading-document-kinds.txt``,
``title-block-kinds.txt``), a field label (``title-metadata-labels.txt``), a genre word
(``dateline-not-places.txt``), as printed or without a plural's "s", or a weekday."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import lines

_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday"})


@lru_cache(maxsize=1)
def _words() -> frozenset[str]:
    out = set(_WEEKDAYS)
    for name in ("document-kinds", "heading-document-kinds", "title-block-kinds"):
        for line in lines(name):
            ws = line.split()
            if len(ws) == 2:            # "<word> <class>" (no phrase: "who's who")
                out.add(ws[0].lower())
    out.update(w.strip().lower() for w in lines("title-metadata-labels")
               if w.strip() and " " not in w.strip())
    out.update(w.strip().lower() for w in lines("dateline-not-places") if w.strip())
    return frozenset(out)


def no_place(x: str) -> bool:
    """``x``, a dateline's would-be place, is a word of a text's kind, a field or a day."""
    table = _words()
    for w in x.lower().split():
        if w in table or w.endswith("s") and w[:-1] in table:
            return True
    return False
