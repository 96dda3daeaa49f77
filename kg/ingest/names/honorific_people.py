"""Two people of one name told apart by their honorifics: "Mr. Yang Fan, chairman of A, and Ms.
Yang Fan, general manager of B" are two people, not one holding both posts. The new names of a
text are one entity per label (:mod:`kg.ingest.pipeline`); here a new person whose mentions are
led by honorifics of both sexes (``data/honorific-sexes.txt``) is split in two: the mentions of
the sex named second become a person of their own (a new IRI, same label), with the posts and
statements the later rules read from those mentions. A mention with no honorific stays with the
first. Not read: a known person (a link is the graph's), nor one named with a single sex's
honorific or none. Linear: one look before each mention of a new person."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity
from kg.ingest.terms import NFO


@lru_cache(maxsize=1)
def _honorifics() -> tuple[re.Pattern, dict]:
    sex = {}
    for line in lines("honorific-sexes"):
        word, s = line.split()
        sex[word.lower()] = s
    rx = re.compile(r"\b(" + "|".join(re.escape(w) for w in sorted(sex, key=len, reverse=True))
                    + r")\.?[ \t\u00a0]+$", re.I)
    return rx, sex


def split_by_honorific(draft, spans_of: list, minter) -> None:
    text = draft.text
    if "M" not in text:         # (every honorific listed opens with "M")
        return
    rx, sex = _honorifics()
    for ent in [e for e in draft.entities.values() if not e.known and e.cls == NFO.Person
                and len(e.mentions) > 1]:
        told = []
        for sp in ent.mentions:
            m = rx.search(text, max(0, sp.start - 10), sp.start)
            told.append(sex[m.group(1).lower()] if m else None)
        sexes = [s for s in told if s]
        if len(set(sexes)) < 2:
            continue
        other = next(s for s in sexes if s != sexes[0])
        moved = [sp for sp, s in zip(ent.mentions, told) if s == other]
        twin = Entity(minter.mint(ent.label), ent.cls, ent.label, False, ent.rule, ent.confidence)
        twin.mentions.extend(moved)
        draft.entities[twin.iri] = twin
        ent.mentions[:] = [sp for sp, s in zip(ent.mentions, told) if s != other]
        at = {(sp.start, sp.end) for sp in moved}
        spans_of[:] = [(a, b, twin if x is ent and (a, b) in at else x) for a, b, x in spans_of]
