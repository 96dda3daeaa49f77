"""Where the graph puts its known places, read from the graph once and kept on the gazetteer,
so that the ingest snapshot holds it (:func:`kg.ingest.knowledge.snapshot._warm` fills it
before the snapshot is written): a run of ``kg ingest`` from the snapshot then never loads the
graph to ask it (loading it costs the command some 150 ms). The library path (a graph given to
``ingest()``) reads the same answers from that graph on first use."""
from __future__ import annotations

from kg.ingest.terms import NFO, RDFS


def located_in(gaz) -> dict:
    """Each subject of ``nfo:locatedIn`` in the graph -> the tuple of its objects (in the
    graph's order)."""
    got = gaz.__dict__.get("_located_in")
    if got is None:
        homes: dict = {}
        for place, home in gaz.kg.union.subject_objects(NFO.locatedIn):
            homes.setdefault(place, []).append(home)
        got = gaz.__dict__["_located_in"] = {k: tuple(v) for k, v in homes.items()}
    return got


def province_words(gaz) -> dict:
    """For each known place the graph puts in a province (``nfo:locatedIn`` a Province): the
    first words, in lower case, of those provinces' labels (``rdfs:label``, any language; a
    province without labels gives none)."""
    got = gaz.__dict__.get("_province_words")
    if got is None:
        union = gaz.kg.union
        words: dict = {}
        for place, homes in located_in(gaz).items():
            for home in homes:
                if gaz.classes.get(home) == NFO.Province:
                    words.setdefault(place, set()).update(
                        str(name).lower().split()[0] for name in union.objects(home, RDFS.label))
        got = gaz.__dict__["_province_words"] = {k: frozenset(v) for k, v in words.items()}
    return got


def warm(gaz) -> None:
    """Fill both (for the snapshot)."""
    province_words(gaz)
