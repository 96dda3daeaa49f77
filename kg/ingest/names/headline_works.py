"""A works a title-case headline names by words of the trade alone (read by
:mod:`kg.ingest.names.candidates`, which drops it)."""
from __future__ import annotations

from kg.ingest.lexicon import words


def generic_headline_works(c, head_end: int) -> bool:
    """A plant, mine or refinery a title-case headline names by words of the trade alone ("Zinc
    Smelter Opens in X", "New Copper Mine Approved", "Lithium Refinery Expansion Planned"):
    its capitals are the headline's, its words (``data/industry-name-heads.txt``,
    ``data/common-words.txt``) name no one works."""
    if c.start >= head_end or c.cls not in ("Site", "Project") or not c.rule.startswith("name:"):
        return False
    ordinary = words("industry-name-heads") | words("common-words")
    return len(c.label.split()) > 1 and all(w.lower() in ordinary for w in c.label.split()[:-1])
