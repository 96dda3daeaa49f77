"""The people's government a government post implies when the text names only the place: "Ma
Li, vice mayor of Jinchang", "the county magistrate of Fugu County". The curated readings record
such a post in the place's people's government ("Jinchang Municipal People's Government", "Fugu
County People's Government"), minted without evidence when the text does not print its name,
and located in the place.

:func:`implied_government` gives that body for a Chinese city (of China's lists, Beijing and the
other municipalities too) or county: the one the graph knows by that name, else a new
``nfo:GovernmentBody`` with no mention (rule ``post:implied-government``, confidence 0.4: the
text implies it, it does not print it), ``nfo:locatedIn`` the place. A province or autonomous
region (most curated readings keep a vice governor's post in the province), a town or village
(its head's post stays in the place), a foreign place (no "people's government") or a place of
no level gives None: the post stays in the place."""
from __future__ import annotations

import re

from kg.ingest.model import Entity
from kg.ingest.names.places import province_names
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "post:implied-government", 0.4
_LEVEL = re.compile(r"\s+(?:Province|City|Municipality|Prefecture|(?:(?:Zhuang|Hui|Uygur|Uyghur)"
                    r"\s+)?Autonomous\s+Region)$")


def government_name(place: Entity) -> str | None:
    """"Jinchang" (a city) -> "Jinchang Municipal People's Government"; "Beijing" -> "Beijing
    Municipal People's Government"; "Fugu County" -> "Fugu County People's Government"; None
    for a province, an autonomous region or a place of no Chinese level."""
    from kg.ingest.knowledge.placeless import listed_places
    label = " ".join(place.label.split())
    base = _LEVEL.sub("", label)
    if place.cls == NFO.County:
        if not label.endswith(" County") or len(label.split()) > 3:
            return None         # ("X District", a foreign county: curated readings differ)
        return f"{label} People's Government"
    if place.cls not in (NFO.City, NFO.Province, NFO.Region) or base not in listed_places():
        return None
    full = province_names().get(base)
    if full is not None and (full.endswith("Autonomous Region") or full.endswith("Province")):
        # a province's or region's head ("vice governor of Guizhou"): most curated readings
        # keep the post in the province (sets 5, 8, 9, 12 against 2 and 16)
        return None
    return f"{base} Municipal People's Government"      # a city, or Beijing, Shanghai ...


def _inside_sentence(text: str, place: Entity) -> bool:
    """Whether a new county is printed once inside a sentence, a word before it ("mayor of X
    County"): a capitalised word that opens a line or a sentence ("Respected County Mayor A,
    ...") may be no county's name."""
    for m in place.mentions:
        before = text[max(0, m.start - 40):m.start].rstrip(" \t")
        if before and before[-1].isalpha():
            return True
    return False


def implied_government(draft, place: Entity, gaz, minter) -> Entity | None:
    """The people's government of ``place`` (see the module's docstring), added to the draft;
    None when the place has none the readings would name."""
    name = government_name(place)
    if name is None or place.cls == NFO.County and not place.known and not _inside_sentence(
            draft.text, place):
        return None
    key = normalise_name(name)
    for ent in draft.entities.values():
        if not ent.role and normalise_name(ent.label) == key:
            return ent
    iri = gaz.owner(key) if gaz is not None else None
    if iri is not None:
        ent = draft.entities.get(iri)
        if ent is None:
            ent = Entity(iri, gaz.classes.get(iri) or NFO.GovernmentBody, name, True,
                         "gazetteer:name", 0.9)
            draft.entities[iri] = ent
        return ent
    ent = Entity(minter.mint(name), NFO.GovernmentBody, name, False, RULE, CONFIDENCE)
    draft.entities[ent.iri] = ent
    return ent
