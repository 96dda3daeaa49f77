"""A new site or project the text names twice, once with its place and once without it ("a
tungsten scrap recycling plant in Dayu County", then "the tungsten scrap recycling plant"), two
rules each proposing one: the same entity. The one that says where it is keeps its label (as
curators label a site: "X smelter in Y County"); the other's name is its alias and its
mentions and statements move over.

Only when the name without the place is of two words or more and no other site or project of
the draft has that name with another place ("the smelter in A" and "the smelter in B" leave
"the smelter" alone)."""
from __future__ import annotations

import re

from kg.ingest.names.surgery import fold
from kg.ingest.reading.text import normalise_name

_CLASSES = {"Site", "Project"}
_PLACED = re.compile(r"^(?P<base>.+?)\s+(?:in|at|near)\s+\S.*$", re.S)
_ARTICLE = re.compile(r"^(?:the|a|an|its|their)\s+", re.I)


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1]


def _key(name: str) -> str:
    return normalise_name(_ARTICLE.sub("", name))


def place_twins(draft, spans_of: list) -> None:
    plain: dict[str, list] = {}
    placed: dict[str, list] = {}
    for ent in draft.entities.values():
        if ent.known or ent.role or _cls(ent) not in _CLASSES:
            continue
        plain.setdefault(_key(ent.label), []).append(ent)
        m = _PLACED.match(ent.label)
        if m is not None and len(m.group("base").split()) >= 2:
            placed.setdefault(_key(m.group("base")), []).append(ent)
    for base, withs in placed.items():
        if len(withs) != 1 or base not in plain:
            continue
        into = withs[0]
        for twin in plain[base]:
            if twin is not into and twin.iri in draft.entities and into.iri in draft.entities:
                fold(draft, spans_of, twin, into)
