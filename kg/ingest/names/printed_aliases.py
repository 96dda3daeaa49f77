"""Every evidence span of a new name names it, as `kg validate` checks evidence (the span's text
holds the entity's label or one of its aliases, compared by :func:`kg.model.names.normalise`).
Rules link shorter phrases to an entity named before ("the refinery" for "Boké Alumina
Refinery", "the preliminary ruling", "cooperation agreement" for the agreement of two named
parties): such a phrase refers to it, as "the forum" does (``events/anaphora.py``), and is no
evidence of its name, so it is left out of the evidence (the rules have read it already). An
entity no span of which names it (a site minted from "its smelter") keeps its spans, and its
first phrase, without its determiner or possessive, becomes an alias ("smelter", as the gold
readings name such things), so that the reviewed draft validates, unless that phrase would
be another such entity's alias too. Only phrases of at most six
words: a relation node's evidence is a clause (its names are those of what it links), and a
known entity's names are the graph's."""
from __future__ import annotations

import re

from kg.model.names import normalise

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
        naming = [sp for sp in ent.mentions if _names(text, sp, names)]
        if naming:
            if len(naming) < len(ent.mentions):
                ent.mentions[:] = naming
            continue
        for sp in ent.mentions:
            alias = _LEAD.sub("", " ".join(text[sp.start:sp.end].split())).strip(" ,.;:")
            if alias and len(alias.split()) <= MAX_WORDS and normalise(alias):
                wanted.append((ent, alias))
                break
    # a phrase two entities would take ("strategic cooperation agreement" for two agreements)
    # names neither: the reviewer names them
    count: dict = {}
    for _, alias in wanted:
        count[normalise(alias)] = count.get(normalise(alias), 0) + 1
    for ent, alias in wanted:
        if count[normalise(alias)] == 1:
            ent.aliases.add(alias)


def _names(text: str, sp, names: set) -> bool:
    covered = normalise(text[sp.start:sp.end])
    return any(n in covered for n in names)
