"""A metal word that names a rank or an honour, not the metal: "Gold award", "silver medal",
"a bronze-prize winner", "Platinum sponsor" (the word after it, joined by a space or a hyphen,
is in data/link-honour-words.txt); and a precious metal's word that names the tier of an offer
or an age ("the Gold Package", "a Platinum Edition", "the silver economy": the word after it in
data/link-tier-words.txt, after gold, silver, platinum or bronze only: "copper service taps" is
copper). Reads the one word after the mention: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

# the word after the mention, past other ranks coordinated with it ("Gold and silver awards",
# "gold, silver and bronze medals": the first rank of the list ranks the honour too)
_NEXT = re.compile(r"(?:[ \t]*(?:,|\band\b|\bor\b|&|/)[ \t]*(?:gold(?:en)?|silver|bronze|platinum|"
                   r"copper)\b)*(?:[ \t]+|-)([A-Za-z]+)", re.I)


def names_honour(text: str, start: int, end: int) -> bool:
    """Whether the word printed at ``start:end`` is the rank of an honour there ("Gold" in
    "Gold award: ..."; "gold" in "gold prices" is the metal)."""
    m = _NEXT.match(text, end, end + 80)
    if m is None:
        return False
    w = m.group(1).lower()
    honours = words("link-honour-words")
    if w in honours or (w.endswith("s") and w[:-1] in honours):
        return True
    return text[start:end].lower() in _RANKS and w in words("link-tier-words")


_RANKS = {"gold", "silver", "platinum", "bronze"}
