"""Every evidence span of a new name names it, as `kg validate` checks evidence (the span's text
holds the entity's label or one of its aliases, compared by :func:`kg.model.name_keys.normalise`).
Rules link shorter phrases to an entity named before ("the refinery" for "Nickel refinery in
Jinchang", "the smelter" for a site minted from "its tin smelter", "cooperation agreement" for
the agreement of two named parties): each such phrase, without its determiner or possessive,
becomes an alias ("tin smelter", "cooperation agreement"), so that the
reviewed draft validates and the reviewer sees how the text refers to it; unless another
entity would take the same phrase (two agreements both "strategic cooperation agreement"):
then neither, and the reviewer names them. Only phrases of two to six words: a bare head ("the refinery") is left to the reviewer (as an
alias "refinery" it would name every refinery), and a relation
node's evidence is a clause (its names are those of what it links), and a known entity's names
are the graph's."""
from __future__ import annotations

import re

from kg.model.name_keys import normalise

MAX_WORDS = 6
# "the", "its", "X's", "the company's" ...: what opens a referring phrase and names nothing
_LEAD = re.compile(r"^(?:(?:the|a|an|its|their|our|this|that|these|those|said|such)\s+"
                   r"|(?:[A-Z][\w&.\-]*\s+){0,4}[\w&.\-]+['’]s?\s+(?=\S))+", re.I)


def name_every_span(draft) -> None:
    text = draft.text
    wanted: list = []
    for ent in draft.entities.values():
        if ent.known or ent.role or not ent.mentions:
            continue
        names = {normalise(n) for n in (ent.label, *ent.aliases) if n}
        names.discard("")
        for sp in ent.mentions:
            if _names(text, sp, names):
                continue
            alias = _LEAD.sub("", " ".join(text[sp.start:sp.end].split())).strip(" ,.;:")
            if alias and 2 <= len(alias.split()) <= MAX_WORDS and normalise(alias):
                wanted.append((ent, alias))
                names.add(normalise(alias))
    # a phrase two entities would take ("strategic cooperation agreement" for two agreements)
    # names neither: the reviewer names them
    owners: dict = {}
    for ent, alias in wanted:
        owners.setdefault(normalise(alias), set()).add(ent.iri)
    for ent, alias in wanted:
        if len(owners[normalise(alias)]) == 1:
            ent.aliases.add(alias)


def _names(text: str, sp, names: set) -> bool:
    covered = normalise(text[sp.start:sp.end])
    return any(n in covered for n in names)
