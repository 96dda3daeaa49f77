"""A works a title-case headline, or the first words of a sentence, name by words of the trade
alone (read by :mod:`kg.ingest.names.candidates`, which drops it)."""
from __future__ import annotations

from kg.ingest.lexicon import words


def generic_headline_works(c, head_end: int, text: str = "") -> bool:
    """A plant, mine or refinery a title-case headline names by words of the trade alone ("Zinc
    Smelter Opens in X", "New Copper Mine Approved", "Lithium Refinery Expansion Planned"):
    its capitals are the headline's, its words (``data/industry-name-heads.txt``,
    ``data/common-words.txt``) name no one works. So at a sentence's start ("Zinc Smelter
    workers struck on Tuesday", "Copper Mine output fell"): the first capital is the
    sentence's, and no works is named by a metal and its kind alone."""
    if c.start >= head_end:
        # (at a sentence's start, a metal and the works' kind alone: "Zinc Smelter")
        words_ = c.label.split()
        return c.cls in ("Site", "Project") and c.rule.startswith("name:") \
            and len(words_) == 2 and words_[0].lower() in words("industry-name-heads") \
            and _opens_sentence(text, c.start)
    if c.cls not in ("Site", "Project") or not c.rule.startswith("name:"):
        return False
    ordinary = words("industry-name-heads") | words("common-words")
    return len(c.label.split()) > 1 and all(w.lower() in ordinary for w in c.label.split()[:-1])


def _opens_sentence(text: str, at: int) -> bool:
    """The name at ``at`` opens a sentence inside a paragraph ("... on Monday. Zinc Smelter
    workers"); not a line (a list's or a table's item may be a works' name)."""
    before = text[max(0, at - 4):at]
    return before[-1:] in (" ", "\t") and before.rstrip(" \t")[-1:] in ("!", "?") \
        or before.rstrip(" \t")[-1:] == "." and before[-2:-1] != "\n"
