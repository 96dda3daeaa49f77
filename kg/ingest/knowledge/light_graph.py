"""The graph as the ingest rules read it: in light terms (:mod:`kg.ingest.terms`).

The rules name their terms without rdflib; a graph loaded by ``kg load`` (or any store) holds
rdflib's. :func:`light_kg` wraps such a graph so that what the gazetteer, the concept model,
the known posts and the relation prior read from it (triples, labels, provenance) comes back in
light terms, and the terms they ask about go in as rdflib's: the one place the two meet when
the ingest learns from a graph (a stale snapshot, the leave-one-out evaluation, a library
caller). The ingest snapshot (:class:`~kg.ingest.knowledge.snapshot.SnapshotKG`) already
answers in light terms and is returned as it is."""
from __future__ import annotations

from kg.ingest.terms import from_rdflib, to_rdflib


def light_kg(kg):
    """``kg`` read in light terms (itself when it already answers in them)."""
    if kg is None or getattr(kg, "light_terms", False):
        return kg
    return LightKG(kg)


class _Terms:
    """rdflib term -> light term, each made once per graph."""

    def __init__(self):
        self._light: dict = {}

    def light(self, t):
        got = self._light.get(t)
        if got is None:
            got = self._light[t] = from_rdflib(t)
        return got

    def triple(self, t):
        return (self.light(t[0]), self.light(t[1]), self.light(t[2]))


_HEAVY: dict = {}


def _heavy(t):
    """rdflib's term for a light one (each made once: rdflib checks every IRI it makes)."""
    if t is None:
        return None
    got = _HEAVY.get(t)
    if got is None:
        got = to_rdflib(t)
        if got is not t:
            _HEAVY[t] = got
    return got


class LightGraph:
    """An rdflib graph's reading methods, in light terms."""

    def __init__(self, graph, terms: _Terms):
        self.graph = graph
        self._t = terms

    def __iter__(self):
        triple = self._t.triple
        return (triple(t) for t in self.graph)

    def __len__(self):
        return len(self.graph)

    def __contains__(self, triple):
        return tuple(map(_heavy, triple)) in self.graph

    def triples(self, pattern):
        triple = self._t.triple
        return (triple(t) for t in self.graph.triples(tuple(map(_heavy, pattern))))

    def subjects(self, predicate=None, object=None):        # noqa: A002 (rdflib's names)
        light = self._t.light
        return (light(s) for s in self.graph.subjects(_heavy(predicate), _heavy(object)))

    def objects(self, subject=None, predicate=None):
        light = self._t.light
        return (light(o) for o in self.graph.objects(_heavy(subject), _heavy(predicate)))

    def subject_objects(self, predicate=None):
        light = self._t.light
        return ((light(s), light(o)) for s, o in self.graph.subject_objects(_heavy(predicate)))

    def predicate_objects(self, subject=None):
        light = self._t.light
        return ((light(p), light(o)) for p, o in self.graph.predicate_objects(_heavy(subject)))

    def value(self, subject=None, predicate=None, object=None):   # noqa: A002
        got = self.graph.value(_heavy(subject), _heavy(predicate), _heavy(object))
        return None if got is None else self._t.light(got)


class _Provenance:
    """The graph's provenance (triple -> documents), asked with light triples."""

    def __init__(self, provenance: dict):
        self._p = provenance

    def get(self, triple, default=None):
        return self._p.get(tuple(map(_heavy, triple)), default)

    def values(self):
        return self._p.values()

    def __len__(self):
        return len(self._p)


class LightKG:
    """A graph (:class:`kg.model.graph.KG` or a store's) read in light terms; anything else is
    asked of the graph itself."""
    light_terms = True

    def __init__(self, kg):
        self.graph = kg
        terms = _Terms()
        self.union = LightGraph(kg.union, terms)
        self.provenance = _Provenance(getattr(kg, "provenance", None) or {})

    def label(self, node) -> str:
        return self.graph.label(_heavy(node))

    def compact(self, iri) -> str:
        return self.graph.compact(_heavy(iri))

    def __getattr__(self, name):
        if name.startswith("__") or name in ("graph", "union", "provenance"):
            raise AttributeError(name)
        return getattr(self.graph, name)


# --- the library's calls ---------------------------------------------------------------------
def library_call(kg, publisher):
    """What :func:`kg.ingest.pipeline.ingest` works with: the graph read in light terms, the
    publisher's IRI (one of rdflib's, from a name look-up) as a light term, and whether the
    caller gave an rdflib graph and so gets the draft back in rdflib's terms (the ingest
    snapshot, and a light view, answer in light terms and get light ones)."""
    rdflib_terms = kg is not None and not getattr(kg, "light_terms", False)
    return light_kg(kg), from_rdflib(publisher), rdflib_terms


def library_result(draft, rdflib_terms: bool):
    """The draft as the caller gets it: its terms in rdflib's when ``rdflib_terms``."""
    return rdflib_draft(draft) if rdflib_terms else draft


def rdflib_draft(draft):
    """``draft`` with its terms (entity IRIs and classes, statements, date, publisher) in
    rdflib's, in place; returned."""
    heavy = _heavy
    entities = {}
    for key, ent in draft.entities.items():
        ent.iri, ent.cls = heavy(ent.iri), heavy(ent.cls)
        ent.statements[:] = [(heavy(p), heavy(o), sp, rule) for p, o, sp, rule in ent.statements]
        entities[heavy(key)] = ent
    draft.entities = entities
    draft.date, draft.publisher = heavy(draft.date), heavy(draft.publisher)
    return draft
