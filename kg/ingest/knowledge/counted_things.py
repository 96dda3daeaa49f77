"""Metal words in lower case that a text counts as things, not metals: "1 tin of bamboo
shoots", "two tins of paint", "a nickel of change" (``data/counted-metal-words.txt``). Right
after a count ("a", "an", "one" to "ten", a figure) and right before "of", the word is a can, a
coin or a lead in a game; the metal is never counted so ("a tonne of tin", "tin of 99.9%
purity" come with no count right before the word). Used by :meth:`Gazetteer.link
<kg.ingest.knowledge.gazetteer.Gazetteer.link>` on its concept mentions; one look behind and
one ahead of each mention: linear."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

_COUNT_BEFORE = re.compile(r"(?:(?<![\w.,])\d{1,3}|\b(?:[Aa]n?|[Oo]ne|two|three|four|five|six|"
                           r"seven|eight|nine|ten))[ \t]+$")
_OF_AFTER = re.compile(r"[ \t]+of\b")


def counted_things(text: str, out: list, concept) -> list:
    """``out`` without the concept mentions (``concept``: their IRIs) that are a counted thing."""
    counted = words("counted-metal-words")
    return [m for m in out if not (m.iri in concept and m.surface in counted
                                   and _OF_AFTER.match(text, m.end)
                                   and _COUNT_BEFORE.search(text, max(0, m.start - 12), m.start))]
