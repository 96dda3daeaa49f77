"""Bodies of law a text invokes, named by "Code", "Convention" or "Act" (heads of
``data/name-heads.txt``): "under the Civil Code", "enforced under the New York Convention",
"the Export Control Act". Such a law is cited, not what its sentence is about: the relation
rules that pair a new document with the metals, places and bodies of its sentence leave it
alone (``RULES``); and the article numbers a citation opens with are no words of its name
("Articles 585 and 626 of the Civil Code of X": the Civil Code of X, :func:`cited_articles`)."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate

RULES = frozenset(f"name:{h}{tail}" for h in ("code", "convention", "act") for tail in ("", "-of"))
# "585 and 626 of the ", "12, 14 of ": numbers (and "and") before "of" at a name's start
_NUMBERS_OF = re.compile(r"(?:\d+[a-z]?(?:\s*,\s*|\s+and\s+|\s+))+of\s+(?:the\s+)?")


def cited_articles(news: list[Candidate], text: str) -> list[Candidate]:
    """``news`` with the article numbers a law's name was read with left out."""
    out = []
    for c in news:
        m = _NUMBERS_OF.match(text, c.start, c.end) \
            if c.rule in RULES and text[c.start:c.start + 1].isdigit() else None
        if m is not None and m.end() < c.end:
            c = Candidate(m.end(), c.end, " ".join(text[m.end():c.end].split()), c.cls, c.rule,
                          c.confidence)
        out.append(c)
    return out
