"""A guessed owner gives way to a stated one: a site that :mod:`kg.ingest.names.facility_nouns`
gave to the company the article is about (``site:facility-noun@0.4``: "the Nam Phak station"
in an article about a smelter company) and that a rule reading the text gave another owner
("Lao Northern Hydropower Company, which owns the Nam Phak station") keeps the stated owner
only. One pass over the new sites: linear."""
from __future__ import annotations

from kg.ingest.terms import NFO

GUESSED = "site:facility-noun@0.4"


def drop_guessed_owners(draft) -> None:
    for ent in draft.entities.values():
        if ent.known or ent.cls != NFO.Site:
            continue
        owners = [st for st in ent.statements if st[0] == NFO.ownedBy]
        guessed = {st[1] for st in owners if st[3] == GUESSED}
        stated = {st[1] for st in owners if st[3] != GUESSED}
        if guessed and stated:
            ent.statements[:] = [st for st in ent.statements if not (
                st[0] == NFO.ownedBy and st[3] == GUESSED and st[1] not in stated)]
