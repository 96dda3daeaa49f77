"""The networkx projection: entities as nodes, links as edges, with labels, classes, sources.

``to_networkx(kg)`` projects the whole graph. It keeps relation nodes (events, posts,
agreements, ...) as nodes, so a path reads person -> post -> organisation. ``collapse=True``
replaces each post or membership by one labelled edge from its holder (member) to its
organisation (role as label), and every other relation node by edges between each pair of
the entities it links directly (labelled with the relation node's label, ``via`` the relation
node). A link between two relation nodes (an event part of another, an agreement signed at a
signing) has no counterpart once both are edges, so it is not drawn; this makes the result the
same whatever order the store lists its triples in.

``neighbourhood_graph(kg, centers, hops)`` gives the part of that projection within ``hops``
undirected hops of ``centers`` -- the same nodes, edges and attributes as cutting
``to_networkx(kg, collapse)`` -- while asking the store only about the nodes it shows and their
neighbours (as :mod:`kg.ask.paths` does), so a view of a few dozen nodes of a large Oxigraph store or
a remote endpoint costs a few dozen lookups, not a projection of the whole graph. ``max_nodes``
caps a huge neighbourhood (a hub with thousands of links); what was left out is recorded in
``g.graph["cut"]`` and :func:`cut_message` says it in words.
"""
from __future__ import annotations

from collections import Counter
from itertools import combinations

import networkx as nx
from rdflib import URIRef

from kg.model.errors import KGError
from kg.ask.links import SKIP, _ROLE_NODES, Linker
from kg.model.namespaces import NFO

ONTOLOGY_NS = str(NFO)


def _node_attrs(kg, iri) -> dict:
    return {"label": kg.label(iri), "class": kg.class_name(iri),
            "aliases": "; ".join(kg.aliases(iri)),
            "sources": " ".join(kg.entity_sources(iri)), "iri": str(iri)}


def _is_node(n) -> bool:
    """Whether ``n`` can be a node of the projection (an IRI outside the ontology)."""
    return isinstance(n, URIRef) and not str(n).startswith(ONTOLOGY_NS)


class _Projection:
    """What the projection needs to know about nodes, asked node by node and remembered."""

    def __init__(self, kg):
        self.kg = kg
        self.linker = Linker(kg)
        self._out: dict = {}
        self._in: dict = {}
        self._attrs: dict = {}
        self._kind: dict = {}
        self._plabel: dict = {}
        self._ends: dict = {}

    def prefetch(self, nodes, objects: bool = False, graphs: bool = False) -> None:
        """Tell the store which nodes come next (their triples as subject; with ``objects`` as
        object too; with ``graphs`` in every graph, for sources): a store over a network
        fetches them in a few batches instead of a round trip each. A hint only."""
        nodes = [n for n in dict.fromkeys(nodes) if _is_node(n)]
        if nodes:
            self.kg.prefetch(nodes, objects=objects, graphs=graphs)

    def others(self, nodes) -> list:
        """The nodes at the other end of the drawn triples of ``nodes``."""
        return [t[2] if t[0] == x else t[0] for x in nodes for t in self.triples(x)]

    # the triples of one node that the projection draws (same filter as the whole projection)
    def out_triples(self, x) -> list:
        t = self._out.get(x)
        if t is None:
            t = self._out[x] = [(x, p, o) for p, o in self.kg.union.predicate_objects(x)
                                if p not in SKIP and _is_node(o)] if _is_node(x) else []
        return t

    def in_triples(self, x) -> list:
        t = self._in.get(x)
        if t is None:
            t = self._in[x] = [(s, p, x) for s, p in self.kg.union.subject_predicates(x)
                               if p not in SKIP and _is_node(s)] if _is_node(x) else []
        return t

    def triples(self, x) -> list:
        """Every drawn triple with ``x`` at either end (a self-loop once)."""
        return self.out_triples(x) + [t for t in self.in_triples(x) if t[0] != x]

    def attrs(self, n) -> dict:
        a = self._attrs.get(n)
        if a is None:
            a = self._attrs[n] = _node_attrs(self.kg, n)
        return a

    def kind(self, n):
        """The relation class of ``n`` (Event, Post, ...), or None for an entity."""
        if n not in self._kind:
            self._kind[n] = self.linker.relation_kind(n)
        return self._kind[n]

    def edge_attrs(self, s, p, o) -> dict:
        lab = self._plabel.get(p)
        if lab is None:
            lab = self._plabel[p] = self.kg.label(p)
        return {"predicate": str(p), "label": lab, "sources": " ".join(self.kg.sources(s, p, o))}

    # collapse -------------------------------------------------------------------------------
    def ends(self, r) -> tuple:
        """A relation node's ends, asked of the store: (holders, organisations) of a post or
        membership, else (the entities it links directly, ()); relation nodes are never ends."""
        e = self._ends.get(r)
        if e is None:
            kind = self.kind(r)
            if kind in _ROLE_NODES:
                out = self.out_triples(r)
                e = tuple(sorted({o for _, p, o in out if p == q and self.kind(o) is None}, key=str)
                          for q in _ROLE_NODES[kind])
            else:
                others = {t[2] if t[0] == r else t[0] for t in self.triples(r)} - {r}
                e = (sorted((n for n in others if self.kind(n) is None), key=str), ())
            self._ends[r] = e
        return e

    def collapsed(self, r, first, second) -> list:
        """The edges (u, v, key, attrs) that stand for relation node ``r`` with ends
        ``first``/``second`` (see :meth:`ends`): holder -> organisation for a post or
        membership, else one edge for each pair of ends (the smaller IRI first)."""
        kind = self.kind(r)
        a = self.attrs(r)
        if kind in _ROLE_NODES:
            role = min(self.kg.union.objects(r, NFO.roleName), key=str, default=None)
            label = str(role or a["label"])
            pairs = [(h, o) for h in first for o in second]
        else:
            label = a["label"]
            pairs = list(combinations(sorted(str(n) for n in first), 2))
        attrs = {"predicate": str(kind), "label": label, "sources": a["sources"], "via": str(r)}
        return [(str(u), str(v), str(r), attrs) for u, v in pairs]

    def collapsed_neighbours(self, r, x) -> list:
        """The nodes that relation node ``r`` joins ``x`` to once collapsed."""
        first, second = self.ends(r)
        if self.kind(r) in _ROLE_NODES:
            return (list(second) if x in first else []) + (list(first) if x in second else [])
        return [n for n in first if n != x] if x in first else []


def to_networkx(kg, collapse: bool = False) -> nx.MultiDiGraph:
    """Project the data (not the ontology) into a MultiDiGraph keyed by IRI strings."""
    g = nx.MultiDiGraph()
    proj = _Projection(kg)
    for s, p, o in kg.union:
        if p in SKIP or not _is_node(s) or not _is_node(o):
            continue
        for n in (s, o):
            if str(n) not in g:
                g.add_node(str(n), **proj.attrs(n))
        g.add_edge(str(s), str(o), key=str(p), **proj.edge_attrs(s, p, o))
    if collapse:
        _collapse(g, proj)
    return g


def _collapse(g: nx.MultiDiGraph, proj: _Projection) -> None:
    """Replace every relation node of ``g`` by the edges that stand for it (its ends read from
    ``g`` itself, so the answer does not depend on the order of the nodes)."""
    relations = {n for n in g.nodes if proj.kind(URIRef(n)) is not None}
    for n in sorted(relations):
        r = URIRef(n)
        kind = proj.kind(r)
        if kind in _ROLE_NODES:
            out = g.out_edges(n, keys=True)
            first, second = ([v for _, v, k in sorted(out) if k == str(q) and v not in relations]
                             for q in _ROLE_NODES[kind])
        else:
            first = (set(g.predecessors(n)) | set(g.successors(n))) - relations
            second = ()
        for u, v, key, attrs in proj.collapsed(r, first, second):
            g.add_edge(u, v, key=key, **attrs)
    g.remove_nodes_from(relations)


# --- a neighbourhood, asking the store node by node -----------------------------------------
def neighbourhood_graph(kg, centers, hops: int = 1, collapse: bool = False,
                        max_nodes: int | None = None) -> nx.MultiDiGraph:
    """The part of ``to_networkx(kg, collapse)`` within ``hops`` undirected hops of ``centers``.

    Nodes are every node of the projection that many hops or fewer from a centre, edges every
    edge of the projection between two of them (so with ``collapse`` a post or event joins two
    shown entities even when the other parties it links are farther away). A centre with no
    links, or a relation node when ``collapse`` folds it away, is shown alone. Raises
    :class:`KGError` for a centre that is not in the graph or for negative ``hops``.

    ``max_nodes`` (None: no cap): when the next ring of neighbours would take the view past it,
    only the most connected of that ring are kept (ties by IRI) to fill it up, and no farther
    ring is explored; ``g.graph["cut"]`` then says what was left out (see :func:`cut_message`).
    The centres are always shown.
    """
    if hops < 0:
        raise KGError(f"hops must be 0 or more, not {hops}")
    if max_nodes is not None and max_nodes < 1:
        raise KGError(f"max_nodes must be 1 or more, not {max_nodes}")
    proj = _Projection(kg)
    centres = list(dict.fromkeys(URIRef(c) for c in centers))
    for c in centres:
        if (c, None, None) not in kg.union and (None, None, c) not in kg.union:
            raise KGError(f"{c}: not an entity of the graph")
    # Centres that are not nodes of the (collapsed) projection are drawn alone, with no edges.
    alone = {c for c in centres if not _is_node(c) or (collapse and proj.kind(c) is not None)}
    dist = {c: 0 for c in centres}
    layer = [c for c in centres if c not in alone]
    cut = None
    for d in range(hops):
        proj.prefetch(layer, objects=True)
        if collapse:     # which neighbours are relation nodes, and the ends of those that are
            rels = [y for y in proj.others(layer) if proj.kind(y) is not None]
            proj.prefetch(rels, objects=True)
            proj.prefetch(proj.others(rels))
        ring: Counter = Counter()
        for x in sorted(layer, key=str):
            for s, p, o in proj.triples(x):
                y = o if s == x else s
                if collapse and proj.kind(y) is not None:
                    ys = proj.collapsed_neighbours(y, x)
                else:
                    ys = [y]
                for z in ys:
                    if z not in dist:
                        ring[z] += 1
        if not ring:
            break
        if max_nodes is not None and len(dist) + len(ring) > max_nodes:
            room = max(0, max_nodes - len(dist))
            kept = sorted(ring, key=lambda z: (-ring[z], str(z)))[:room]
            cut = {"max_nodes": max_nodes, "hop": d + 1, "hops": hops,
                   "ring": len(ring), "shown": len(kept), "within": len(dist) + len(ring)}
            for z in kept:
                dist[z] = d + 1
            break
        for z in ring:
            dist[z] = d + 1
        layer = list(ring)
    return _induced(proj, dist, alone, collapse, cut)


def _induced(proj: _Projection, dist: dict, alone: set, collapse: bool, cut) -> nx.MultiDiGraph:
    """The projection's nodes ``dist`` and every edge of the projection between them."""
    g = nx.MultiDiGraph()
    proj.prefetch(dist, objects=collapse, graphs=True)
    for n in sorted(dist, key=lambda n: (dist[n], str(n))):
        g.add_node(str(n), **proj.attrs(n))
    keep = set(dist) - alone
    # Every edge between two shown nodes is an outgoing edge of one of them.
    for x in sorted(keep, key=str):
        for s, p, o in proj.out_triples(x):
            if o in keep:
                g.add_edge(str(s), str(o), key=str(p), **proj.edge_attrs(s, p, o))
    if collapse:
        # A relation node draws an edge between two shown nodes only if it links both, so it
        # is linked to shown nodes by two triples or more.
        touching: Counter = Counter()
        for x in keep:
            for s, p, o in proj.triples(x):
                y = o if s == x else s
                if y not in keep:
                    touching[y] += 1
        candidates = sorted((r for r, k in touching.items() if k >= 2), key=str)
        proj.prefetch(candidates)
        rels = [r for r in candidates if proj.kind(r) is not None]
        proj.prefetch(rels, objects=True, graphs=True)
        proj.prefetch(proj.others(rels))
        for r in rels:
            first, second = ([n for n in e if n in keep] for e in proj.ends(r))
            for u, v, key, attrs in proj.collapsed(r, first, second):
                g.add_edge(u, v, key=key, **attrs)
    if cut is not None:
        g.graph["cut"] = cut
    return g


def cut_message(cut: dict) -> str:
    """Say in words what ``max_nodes`` left out of a neighbourhood (``g.graph["cut"]``)."""
    hop = "hop" if cut["hop"] == 1 else "hops"
    msg = (f"capped at {cut['max_nodes']} nodes: {cut['shown']} of the {cut['ring']} nodes "
           f"{cut['hop']} {hop} away are shown, the most connected")
    if cut["hop"] < cut["hops"]:
        msg += f", nothing farther than {cut['hop']} {hop}"
    return msg
