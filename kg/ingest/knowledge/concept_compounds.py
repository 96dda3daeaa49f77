"""A metal's name printed as a word of a compound that says the thing is without the metal
("lead-free solder", "a cadmium-free coating": data/concept-absence-suffixes.txt): no mention of
the metal, which the text is not about there. Read from the characters right after the match
only. Used by :meth:`Gazetteer.link <kg.ingest.knowledge.gazetteer.Gazetteer.link>` on each
concept match."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

_SUFFIX = re.compile(r"-([A-Za-z]+)\b")


def named_as_absent(text: str, end: int) -> bool:
    """Whether the concept match ending at ``end`` is followed by a hyphen and a word that
    says the thing is without it ("lead-free")."""
    m = _SUFFIX.match(text, end)
    return m is not None and m.group(1).lower() in words("concept-absence-suffixes")
