"""Links: who and what is connected to an entity, in both directions, with sources.

A node that stands for a relation (an event, a post, an agreement, a project, an award grant, a
membership) is looked through: a post becomes "person — role — organisation"; an event,
agreement or project is shown with the other parties it connects and their part in it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef
from rdflib.namespace import OWL, RDF

from kg.model.namespaces import NFO, ORG, PROV, SKIP  # noqa: F401  (SKIP: the API)

# Predicates that are bookkeeping, not links between entities.
RELATION_CLASSES = (NFO.Event, NFO.Post, NFO.Agreement, NFO.Project, NFO.AwardGrant,
                    NFO.Membership)
# Relation nodes whose two ends are shown as one person/organisation link with a role.
_ROLE_NODES = {NFO.Post: (ORG.heldBy, ORG.postIn), NFO.Membership: (ORG.member, ORG.organization)}


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
        self._nodes: dict = {}
        self._all_types: dict = {}
        self._edges: dict = {}

    def node(self, iri) -> Node:
        n = self._nodes.get(iri)
        if n is None:
            n = self._nodes[iri] = Node(iri, self.kg.label(iri), self.kg.class_name(iri))
        return n

    def predicate_label(self, p) -> str:
        lab = self._nodes.get(("p", p))
        if lab is None:
            lab = self._nodes[("p", p)] = self.kg.label(p)
        return lab

    @property
    def inverses(self) -> dict:
        """Property -> its declared inverse, for properties declared as ``owl:inverseOf``."""
        inv = getattr(self, "_inverses", None)
        if inv is None:
            inv = self._inverses = {p: q for p, q in self.kg.union.subject_objects(OWL.inverseOf)}
        return inv

    def edges(self, x) -> list:
        """(subject, predicate, object) triples that link ``x`` to another entity; a fact
        stated in both directions (A has subsidiary B, B subsidiary of A) comes once."""
        e = self._edges.get(x)
        if e is None:
            e = self._edges[x] = self._find_edges(x)
        return e

    def _find_edges(self, x) -> list:
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

    def types(self, node) -> set:
        """Every class of ``node``, superclasses included (cached per node)."""
        t = self._all_types.get(node)
        if t is None:
            sup = self.kg.superclasses
            t = set()
            for c in self.kg.union.objects(node, RDF.type):
                t |= sup.get(c, {c})
            self._all_types[node] = t
        return t

    def relation_kind(self, node):
        types = self.types(node)
        return next((cls for cls in RELATION_CLASSES if cls in types), None)

    def party_rank(self, node) -> int:
        """People and organisations first, then places, then everything else."""
        types = self.types(node)
        if NFO.Person in types or NFO.Organization in types:
            return 0
        return 1 if NFO.Place in types else 2

    def prefetch(self, x) -> list:
        """The edges of ``x``, with every node the links will ask about fetched in batches
        (for a store over a network; nothing happens in memory)."""
        kg = self.kg
        kg.prefetch([x], objects=True, graphs=True)
        edges = self.edges(x)
        others = [o if s == x else s for s, _, o in edges]
        kg.prefetch(others)
        relations = [n for n in others if self.relation_kind(n) is not None]
        kg.prefetch(relations, objects=True, graphs=True)
        kg.prefetch(t for n in relations for e in self.edges(n) for t in (e[0], e[2]) if t != n)
        return edges

    def links(self, x, hop: int = 1) -> list[Link]:
        kg = self.kg
        out = []
        for s, p, o in self.prefetch(x):
            other = o if s == x else s
            kind = self.relation_kind(other)
            src = kg.sources(s, p, o)
            if kind in _ROLE_NODES:
                holder_p, org_p = _ROLE_NODES[kind]
                holder = kg.union.value(other, holder_p)
                org = kg.union.value(other, org_p)
                role = kg.union.value(other, NFO.roleName) or kg.label(kind)
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


def linked(kg, starts, hops: int = 1, cls: URIRef | None = None) -> list[Link]:
    """Links of the entities ``starts`` out to ``hops`` steps (relation nodes looked through).

    With ``cls``, keep the links whose far end is itself of that class."""
    linker = Linker(kg)
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
                ends = {link.subject.iri, link.object.iri} | {URIRef(o["iri"]) for o in link.others}
                if link.via:
                    ends.add(link.via.iri)
                for e in ends:
                    if e not in seen_nodes:
                        seen_nodes.add(e)
                        nxt.append(e)
        frontier = nxt
    links = list(result.values())
    if cls is not None:
        links = [l for l in links if _matches_class(kg, l, set(starts), cls)]
    links.sort(key=lambda l: (l.hop, l.relation, l.subject.label, l.object.label))
    return links


def _matches_class(kg, link, starts, cls) -> bool:
    """The linked entity itself (an end that is not a start) is of ``cls``; a co-party of a
    relation node does not make the row match (a meeting a policy was discussed at is not a
    policy)."""
    ends = [e for e in (link.subject.iri, link.object.iri) if e not in starts]
    return any(kg.is_a(e, cls) for e in ends)
