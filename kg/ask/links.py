"""Links: who and what is connected to an entity, in both directions, with sources.

A node that stands for a relation (an event, a post, an agreement, a project, an award grant, a
membership) is looked through: a post becomes "person — role — organisation"; an event,
agreement or project is shown with the other parties it connects and their part in it.

The :class:`Linker` reads the graph through a small view: :class:`GraphView` over a loaded KG
(rdflib, any store; it also decides which triples are edges), or the compact link index
(:class:`kg.model.linkindex.LinkIndex`, built from a ``GraphView``), which answers without
rdflib. Terms are the view's own (``URIRef`` over a KG, plain strings in the index); the
classes and predicates the rules name come as strings (:mod:`kg.model.iris`) through
``view.term``. Importing this module does not import rdflib.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from kg.model import iris


def __getattr__(name):
    """The rdflib forms of the constants, for callers that compare with rdflib terms."""
    if name == "SKIP":
        from kg.model.namespaces import SKIP
        return SKIP
    if name in ("NFO", "ORG", "PROV"):
        from kg.model import namespaces
        return getattr(namespaces, name)
    if name == "RELATION_CLASSES":
        from rdflib import URIRef
        return tuple(URIRef(c) for c in iris.RELATION_CLASSES)
    if name == "_ROLE_NODES":
        from rdflib import URIRef
        return {URIRef(k): tuple(URIRef(p) for p in v) for k, v in iris.ROLE_NODES.items()}
    raise AttributeError(f"module 'kg.ask.links' has no attribute {name!r}")


class GraphView:
    """The linking view of a loaded KG (rdflib union graph, any store)."""

    def __init__(self, kg):
        from rdflib import URIRef

        self.kg = kg
        self.term = URIRef
        self._inverses = None

    def label(self, node) -> str:
        return self.kg.label(node)

    def class_name(self, node) -> str:
        return self.kg.class_name(node)

    def sources(self, s, p, o) -> list[str]:
        return self.kg.sources(s, p, o)

    def prefetch(self, nodes, objects: bool = False, graphs: bool = False) -> None:
        self.kg.prefetch(nodes, objects=objects, graphs=graphs)

    def value(self, node, predicate):
        return self.kg.union.value(node, predicate)

    def is_a(self, node, cls) -> bool:
        return self.kg.is_a(node, cls)

    def types(self, node) -> set:
        """Every class of ``node``, superclasses included."""
        from rdflib.namespace import RDF
        sup = self.kg.superclasses
        t = set()
        for c in self.kg.union.objects(node, RDF.type):
            t |= sup.get(c, {c})
        return t

    def reason(self, s, p, o) -> str | None:
        from kg.ask.inferences import reason
        return reason(self.kg, s, p, o)

    @property
    def inverses(self) -> dict:
        """Property -> its declared inverse, for properties declared as ``owl:inverseOf``."""
        if self._inverses is None:
            from rdflib.namespace import OWL
            self._inverses = {p: q for p, q in self.kg.union.subject_objects(OWL.inverseOf)}
        return self._inverses

    def edges(self, x) -> list:
        """(subject, predicate, object) triples that link ``x`` to another entity; a fact
        stated in both directions (A has subsidiary B, B subsidiary of A) comes once."""
        from kg.model.namespaces import SKIP

        URIRef = self.term
        u = self.kg.union
        inv = self.inverses
        out = [(x, p, o) for p, o in u.predicate_objects(x)
               if p not in SKIP and isinstance(o, URIRef) and o != x]
        into = [(s, p, x) for s, p in u.subject_predicates(x)
                if p not in SKIP and isinstance(s, URIRef) and s != x]
        self.kg.prefetch([o for _, p, o in out if p in inv])

        def redundant(s, p, o):
            q = inv.get(p)
            return q is not None and (o, q, s) in u

        return [t for t in out + into if not redundant(*t)]


def view_of(kg):
    """The linking view of ``kg``: the compact index is its own view; a KG gets a GraphView."""
    return kg if getattr(kg, "is_link_view", False) else GraphView(kg)


def is_inferred(sources) -> bool:
    """Does a list of source ids include the inferred graph?"""
    return iris.INFERRED in sources


def inference_reason(kg, s, p, o) -> str | None:
    """The curators' reason for inferring (s, p, o), or None (see :mod:`kg.ask.inferences`)."""
    v = view_of(kg)
    return v.reason(s, v.term(p), o)


@dataclass
class Node:
    iri: URIRef
    label: str
    cls: str

    def as_dict(self, kg=None):
        return {"iri": str(self.iri), "label": self.label, "class": self.cls}


@dataclass
class Link:
    subject: Node
    relation: str
    predicate: str
    object: Node
    hop: int
    sources: list[str]
    via: Node | None = None
    others: list[dict] = field(default_factory=list)   # other parties of a relation node

    def key(self):
        return (self.subject.iri, self.predicate, self.object.iri,
                self.via.iri if self.via else None)

    def as_dict(self):
        return {"subject": self.subject.as_dict(), "relation": self.relation,
                "predicate": self.predicate, "object": self.object.as_dict(),
                "via": self.via.as_dict() if self.via else None, "with": self.others,
                "hop": self.hop, "sources": self.sources}


class Linker:
    def __init__(self, kg):
        self.kg = kg
        self.view = v = view_of(kg)
        self._nodes: dict = {}
        self._all_types: dict = {}
        self._edges: dict = {}
        self._relation_classes = [v.term(c) for c in iris.RELATION_CLASSES]
        self._role_nodes = {v.term(k): tuple(v.term(p) for p in ps)
                            for k, ps in iris.ROLE_NODES.items()}
        self._role_name = v.term(iris.ROLE_NAME)
        self._people = (v.term(iris.PERSON), v.term(iris.ORGANIZATION))
        self._place = v.term(iris.PLACE)

    def node(self, iri) -> Node:
        n = self._nodes.get(iri)
        if n is None:
            n = self._nodes[iri] = Node(iri, self.view.label(iri), self.view.class_name(iri))
        return n

    def predicate_label(self, p) -> str:
        lab = self._nodes.get(("p", p))
        if lab is None:
            lab = self._nodes[("p", p)] = self.view.label(p)
        return lab

    @property
    def inverses(self) -> dict:
        """Property -> its declared inverse, for properties declared as ``owl:inverseOf``."""
        return self.view.inverses

    def edges(self, x) -> list:
        """(subject, predicate, object) triples that link ``x`` to another entity (see
        :meth:`GraphView.edges`), kept per node."""
        e = self._edges.get(x)
        if e is None:
            e = self._edges[x] = self.view.edges(x)
        return e

    def types(self, node) -> set:
        """Every class of ``node``, superclasses included (cached per node)."""
        t = self._all_types.get(node)
        if t is None:
            t = self._all_types[node] = self.view.types(node)
        return t

    def relation_kind(self, node):
        types = self.types(node)
        return next((cls for cls in self._relation_classes if cls in types), None)

    def party_rank(self, node) -> int:
        """People and organisations first, then places, then everything else."""
        types = self.types(node)
        if any(c in types for c in self._people):
            return 0
        return 1 if self._place in types else 2

    def prefetch(self, x) -> list:
        """The edges of ``x``, with every node the links will ask about fetched in batches
        (for a store over a network; nothing happens in memory)."""
        v = self.view
        v.prefetch([x], objects=True, graphs=True)
        edges = self.edges(x)
        others = [o if s == x else s for s, _, o in edges]
        v.prefetch(others)
        relations = [n for n in others if self.relation_kind(n) is not None]
        v.prefetch(relations, objects=True, graphs=True)
        v.prefetch(t for n in relations for e in self.edges(n) for t in (e[0], e[2]) if t != n)
        return edges

    def links(self, x, hop: int = 1) -> list[Link]:
        kg = self.view
        out = []
        for s, p, o in self.prefetch(x):
            other = o if s == x else s
            kind = self.relation_kind(other)
            src = kg.sources(s, p, o)
            if kind in self._role_nodes:
                holder_p, org_p = self._role_nodes[kind]
                holder = kg.value(other, holder_p)
                org = kg.value(other, org_p)
                role = kg.value(other, self._role_name) or kg.label(kind)
                if holder is not None and org is not None and x in (holder, org):
                    srcs = set(src) | set(kg.sources(other, holder_p, holder)) \
                        | set(kg.sources(other, org_p, org))
                    out.append(Link(self.node(holder), str(role), str(kind), self.node(org), hop,
                                    sorted(srcs), via=self.node(other)))
                    continue
            link = Link(self.node(s), self.predicate_label(p), str(p), self.node(o), hop,
                        list(src))
            if kind is not None:
                others, srcs = [], set(src)
                for s2, p2, o2 in self.edges(other):
                    third = o2 if s2 == other else s2
                    if third == x:
                        continue
                    rel = self.predicate_label(p2) if s2 == other else f"{self.predicate_label(p2)} (inverse)"
                    n = self.node(third)
                    others.append((self.party_rank(third), rel, n.label,
                                   {"iri": str(third), "label": n.label, "class": n.cls,
                                    "relation": rel}))
                    srcs |= set(kg.sources(s2, p2, o2))
                link.others = [d for *_, d in sorted(others, key=lambda t: t[:3])]
                link.sources = sorted(srcs)
            out.append(link)
        return out


def linked(kg, starts, hops: int = 1, cls=None) -> list[Link]:
    """Links of the entities ``starts`` out to ``hops`` steps (relation nodes looked through).

    With ``cls``, keep the links whose far end is itself of that class."""
    linker = Linker(kg)
    term = linker.view.term
    starts = list(starts)
    seen_nodes = set(starts)
    frontier = list(starts)
    result: dict = {}
    for hop in range(1, max(1, hops) + 1):
        nxt = []
        # a fixed order, and the fullest version of a link reached from two ends, so that every
        # store gives the same answer
        for x in sorted(frontier, key=str):
            for link in linker.links(x, hop):
                seen = result.get(link.key())
                if seen is not None:
                    if seen.hop == link.hop and len(link.others) > len(seen.others):
                        result[link.key()] = link
                    continue
                result[link.key()] = link
                ends = {link.subject.iri, link.object.iri} | {term(o["iri"]) for o in link.others}
                if link.via:
                    ends.add(link.via.iri)
                for e in ends:
                    if e not in seen_nodes:
                        seen_nodes.add(e)
                        nxt.append(e)
        frontier = nxt
    links = list(result.values())
    if cls is not None:
        links = [l for l in links if _matches_class(linker.view, l, set(starts), cls)]
    links.sort(key=lambda l: (l.hop, l.relation, l.subject.label, l.object.label))
    return links


def _matches_class(view, link, starts, cls) -> bool:
    """The linked entity itself (an end that is not a start) is of ``cls``; a co-party of a
    relation node does not make the row match (a meeting a policy was discussed at is not a
    policy)."""
    ends = [e for e in (link.subject.iri, link.object.iri) if e not in starts]
    return any(view.is_a(e, cls) for e in ends)
