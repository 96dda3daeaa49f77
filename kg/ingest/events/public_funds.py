"""Public funds a text names in lower case as where money comes from or goes: "Advanced
mines receive 2 million yuan from the provincial mine safety fund", "The company pays 1 million
yuan each year into a township road fund", "The city would add 200 million yuan to its loan
guarantee compensation pool". After "from", "into", "to", "under", "through",
"via" or "by" and a determiner, the head (``data/fund-heads.txt``) with at least two words of
its own before it that say which fund (not a level alone, "the provincial fund", nor an empty
word, "the new fund", nor a name: "the Silk Road Fund" is a name's rule) is an initiative
(``nfo:Initiative``, rule ``policy:named-fund``, 0.45), labelled by its words ("Provincial
safety production fund"). One regex pass: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "policy:named-fund", 0.45
# words that say no more than whose or which of several it is
_NOT_OWN = frozenset(("provincial national municipal county city local central state regional "
                      "district prefectural new same above said such special first second third "
                      "other existing current relevant own".split()))


@lru_cache(maxsize=None)
def _rx() -> re.Pattern:
    heads = "|".join(sorted((re.escape(h) for h in lines("fund-heads")), key=len, reverse=True))
    return re.compile(r"\b(?:from|into|to|under|through|via|by)[ \t\n]+(?:the|a|an|its|their)"
                      r"[ \t\n]+(?P<np>(?:[a-z][a-z&\-]*[ \t\n]+){2,5}?)"
                      rf"(?P<head>{heads})(?![\w\-])")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the funds described above to the draft and to ``spans_of``; returns them."""
    text = draft.text
    if not any(h in text for h in lines("fund-heads")):
        return []
    made, out = [], []
    by_label: dict = {}
    for m in _rx().finditer(text):
        words = m.group("np").split()
        if len([w for w in words if w not in _NOT_OWN]) < 2:
            continue        # ("from the provincial fund", "into a special fund")
        a, b = m.start("np"), m.end("head")
        if any(s < b and a < e and kind_of(x.cls) not in ("metal", "place", "field")
               for s, e, x in spans_of):
            continue        # a name or another rule's phrase holds it
        phrase = " ".join(text[a:b].split())
        label = phrase[:1].upper() + phrase[1:]
        ent = by_label.get(label.lower())
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Initiative, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            by_label[label.lower()] = ent
            out.append(ent)
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
    spans_of.extend(made)
    return out
