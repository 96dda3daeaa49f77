"""Where a happening at a works took place (``nfo:heldIn``): an event named by a noun of a
happening at a plant, mine or works (``data/incident-nouns.txt``: an accident, a fire, a
shutdown, a maintenance stop, a strike) that involves a company (its subject or a participant)
with exactly one facility the article names (a site it owns: "Accident at X Co., Ltd." and "X's
alumina refinery") took place at that facility, unless the event is already placed at a site.
Rule ``event:incident-site@0.5`` (a company may have facilities the article does not name)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import CLASS_NAMES, class_name, kind as kind_of_entity
from kg.ingest.terms import NFO

RULE = "event:incident-site@0.5"


@lru_cache(maxsize=1)
def _noun():
    words = sorted(set(lines("incident-nouns")), key=lambda w: (-len(w), w))
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def incident_sites(draft, kind=kind_of_entity) -> None:
    sites: dict = {}
    for ent in draft.entities.values():
        if _cls(ent) == "Site" and not ent.known and ent.mentions:
            for p, o, _, _ in ent.statements:
                if p == NFO.ownedBy:
                    sites.setdefault(o, []).append(ent)
    one = {o: v[0] for o, v in sites.items() if len({id(x) for x in v}) == 1}
    if not one:
        return
    for ev in list(draft.entities.values()):
        if ev.known or not ev.mentions or ev.kind != "event" or \
                not _noun().search(ev.label.lower()):
            continue
        placed = {o for p, o, _, _ in ev.statements if p == NFO.heldIn}
        if any(o in draft.entities and _cls(draft.entities[o]) == "Site" for o in placed):
            continue
        firms = {o for p, o, _, _ in ev.statements
                 if p in (NFO.about, NFO.participant) and o in one}
        if len(firms) != 1:
            continue
        site = one[firms.pop()]
        at = min(ev.mentions, key=lambda m: m.start)
        ev.add(NFO.heldIn, site.iri, Span(at.start, at.end), RULE)
