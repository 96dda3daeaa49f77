"""A known person named with a post at an organisation none of their known posts gives, in an
article that names none of their known organisations, is most likely a namesake ("Wang Jian,
general manager of a Hunan copper smelter" is not the Wang Jian the graph knows as a party
secretary of Baotai Group): common Chinese names are not unique. Such a person becomes a NEW
person of that name (a minted IRI), proposed by the rule ``person:namesake`` whose text names the
known IRI for the reviewer to check, instead of a link the reviewer would have to undo. A person
whose known organisation the article names anywhere, even by its first word ("Baoji" for the
Baoji Municipal People's Government, "Baotai" for Baotai Group), keeps the link (marked doubted
by post_nodes: perhaps a new post of the same person)."""
from __future__ import annotations

import re

from kg.ingest.knowledge.posts import for_gazetteer
from kg.ingest.model import Entity
from kg.ingest.terms import NFO

# words that open many organisations' names and name none of them
_GENERIC = {"china", "the", "national", "state", "chinese", "people's", "central", "general"}

DOUBTED = "(doubted: post:other-organisation)"
RULE = "person:namesake"
CONFIDENCE = 0.6


def split_namesakes(draft, minter, gaz) -> None:
    posts = for_gazetteer(gaz)
    for ent in [e for e in draft.entities.values() if e.known and e.cls == NFO.Person
                and DOUBTED in e.rule and posts.knows(e.iri)]:
        theirs = {o for _, o, _ in posts.by_person.get(ent.iri, ())}
        if any(o in draft.entities for o in theirs) or _named(draft.text, gaz, theirs):
            continue        # the article names their organisation: the same person, perhaps
        _renew(draft, minter, ent)


def _named(text: str, gaz, orgs) -> bool:
    """One of ``orgs`` is named in ``text`` by the first distinctive word of a name of it."""
    posts = for_gazetteer(gaz)      # (their names kept in the ingest snapshot)
    for org in orgs:
        for name in posts.names_of(org):
            word = next((w for w in str(name).split() if w.lower() not in _GENERIC), None)
            if word and len(word) > 2 and re.search(
                    rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                return True
    return False


def _renew(draft, minter, old: Entity) -> None:
    iri = minter.mint(old.label)
    rule = f"{RULE} (not {old.iri.rsplit('/', 1)[-1]}: posts elsewhere)"
    new = Entity(iri, old.cls, old.label, False, rule, CONFIDENCE, set(old.aliases),
                 list(old.mentions), old.statements, old.role)
    del draft.entities[old.iri]
    draft.entities[iri] = new
    for ent in draft.entities.values():
        if any(o == old.iri for _, o, _, _ in ent.statements):
            ent.statements[:] = [(p, iri if o == old.iri else o, s, r)
                                 for p, o, s, r in ent.statements]
