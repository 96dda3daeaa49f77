"""A place the graph already locates is not proposed inside another place of the same level:
"Guangxi ... a ceremony in Shenzhen" in one sentence is no reason to propose that Guangxi
contains Shenzhen when the graph has Shenzhen in Guangdong (the learned prior and the context
rules read such pairs off co-occurrence). A located-in or contains statement whose located end
is a known place and whose container is a province, region or country none of that place's
known containers (followed up to three steps: city, province, country) is of the same class is
taken off the draft; one of another level ("Shenzhen in the Greater Bay Area") is left."""
from __future__ import annotations

from kg.ingest.knowledge.place_homes import located_in
from kg.ingest.terms import NFO

_LEVELS = {NFO.Province, NFO.Country}


def drop_contradicted_places(draft, gaz) -> None:
    inside = located_in(gaz)        # (kept in the ingest snapshot: the graph is not loaded)
    homes_of: dict = {}

    def homes(iri) -> set:
        got = homes_of.get(iri)
        if got is None:
            got, todo = set(), [iri]
            for _ in range(3):
                todo = [h for x in todo for h in inside.get(x, ()) if h not in got]
                got.update(todo)
            homes_of[iri] = got
        return got

    ents = draft.entities
    for ent in ents.values():
        if not any(p in (NFO.locatedIn, NFO.contains) for p, *_ in ent.statements):
            continue
        keep = []
        for st in ent.statements:
            p, o = st[0], st[1]
            if p == NFO.locatedIn:
                place, box = ent.iri, o
            elif p == NFO.contains:
                place, box = o, ent.iri
            else:
                keep.append(st)
                continue
            box_ent = ents.get(box)
            level = box_ent.cls if box_ent is not None else gaz.classes.get(box)
            if level in _LEVELS and gaz.classes.get(place) is not None:
                known = homes(place)
                if known and box not in known and any(
                        gaz.classes.get(h) == level for h in known):
                    continue        # the graph has it in another province (country)
            keep.append(st)
        if len(keep) != len(ent.statements):
            ent.statements[:] = keep
