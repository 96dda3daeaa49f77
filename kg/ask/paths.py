"""Paths: the shortest connections between two entities, each step with its relation and sources.

A bidirectional breadth-first search over the links of the graph (both directions, relation
nodes such as posts and events kept as steps), asking the store only for the neighbours of the
nodes it visits: it never projects the whole graph, so it stays quick on a large Oxigraph store
or a remote endpoint.
"""
from __future__ import annotations

from itertools import islice

from rdflib import URIRef

from kg.model.errors import KGError
from kg.ask.links import Linker
from kg.model.namespaces import NFO, SKOS

# Concepts many things share (a metal, a field, a measure, a unit): "both are in tonnes" says
# nothing, so a path passes through one only with --through-concepts.
CONCEPT_CLASSES = (NFO.Metal, NFO.Field, SKOS.Concept, URIRef("http://qudt.org/schema/qudt/Unit"))
# Hubs a path avoids unless there is no other way: "both are in China" says nothing.
HUB_CLASSES = (NFO.Country,)
MAX_CANDIDATES = 500      # shortest paths considered before ranking


class _Walker:
    def __init__(self, kg, ends, through_concepts: bool, avoid_hubs: bool = True):
        self.kg = kg
        self.avoid_hubs = avoid_hubs
        self.linker = Linker(kg)
        self.ends = set(ends)
        self.through_concepts = through_concepts
        self._adj: dict = {}

    def neighbours(self, n) -> dict:
        """Neighbour -> the (s, p, o) that links it to ``n`` (the first in a fixed order)."""
        adj = self._adj.get(n)
        if adj is None:
            adj = {}
            for s, p, o in sorted(self.linker.edges(n), key=lambda t: (str(t[1]), str(t[0]), str(t[2]))):
                other = o if s == n else s
                if str(other).startswith(str(NFO)):
                    continue
                adj.setdefault(other, (s, p, o))
            self._adj[n] = adj
        return adj

    def passable(self, n) -> bool:
        if n in self.ends:
            return True
        types = self.linker.types(n)
        if self.avoid_hubs and any(c in types for c in HUB_CLASSES):
            return False
        return self.through_concepts or not any(c in types for c in CONCEPT_CLASSES)


def _expand(walker, frontier, dist, preds):
    nxt = []
    # a store over a network answers the whole frontier, then its neighbours, in batches
    walker.kg.prefetch(frontier, objects=True)
    walker.kg.prefetch(v for u in frontier for v in walker.neighbours(u) if v not in dist)
    for u in sorted(frontier, key=str):
        for v in sorted(walker.neighbours(u), key=str):
            if not walker.passable(v):
                continue
            if v not in dist:
                dist[v] = dist[u] + 1
                preds[v] = [u]
                nxt.append(v)
            elif dist[v] == dist[u] + 1:
                preds[v].append(u)
    return nxt


def _walks(preds, node, root):
    """Every shortest walk from ``root`` to ``node`` following ``preds``."""
    if node == root:
        yield [root]
        return
    for p in preds.get(node, ()):
        for w in _walks(preds, p, root):
            yield w + [node]


def shortest_paths(kg, a, b, max_hops: int = 6, limit: int = 10,
                   through_concepts: bool = False) -> list[list[dict]]:
    """All shortest paths (the ``limit`` most specific) between ``a`` and ``b``.

    By default a path does not pass through a metal or field concept: "both concern
    magnesium" is true of half the graph and would make every answer two steps long. The ends
    themselves may be concepts; ``through_concepts=True`` allows them in between. Among equally
    short paths those through less connected nodes come first (a path via "China" says less
    than one via a named seminar). A path passes through a country only when there is no
    path of at most ``max_hops`` steps without one."""
    a, b = URIRef(a), URIRef(b)
    walker = _Walker(kg, (a, b), through_concepts)
    for n in (a, b):
        if not walker.neighbours(n):
            raise KGError(f"{kg.label(n)} ({kg.compact(n)}) has no links, so no path")
    if a == b:
        return []
    found = _search(kg, walker, a, b, max_hops, limit)
    if not found:
        walker.avoid_hubs = False
        found = _search(kg, walker, a, b, max_hops, limit)
    return found


def _search(kg, walker, a, b, max_hops: int, limit: int) -> list[list[dict]]:
    dist_a, preds_a, front_a = {a: 0}, {a: []}, [a]
    dist_b, preds_b, front_b = {b: 0}, {b: []}, [b]
    meet: list = []
    depth_a = depth_b = 0
    while front_a and front_b and not meet and depth_a + depth_b < max_hops:
        if len(front_a) <= len(front_b):
            front_a = _expand(walker, front_a, dist_a, preds_a)
            depth_a += 1
        else:
            front_b = _expand(walker, front_b, dist_b, preds_b)
            depth_b += 1
        common = set(dist_a) & set(dist_b)
        if common:
            best = min(dist_a[m] + dist_b[m] for m in common)
            meet = sorted((m for m in common if dist_a[m] + dist_b[m] == best), key=str)
    if not meet:
        return []
    candidates, seen = [], set()
    for m in meet:
        for left in _walks(preds_a, m, a):
            for right in _walks(preds_b, m, b):
                path = tuple(left + right[::-1][1:])
                if path not in seen:
                    seen.add(path)
                    candidates.append(path)
            if len(candidates) >= MAX_CANDIDATES:
                break
    candidates = list(islice(candidates, MAX_CANDIDATES))
    if len(candidates[0]) - 1 > max_hops:
        return []
    ranked = sorted(candidates, key=lambda p: (sum(len(walker.neighbours(n)) for n in p[1:-1]),
                                               [str(n) for n in p]))[:limit]
    return [_steps(kg, walker, p) for p in ranked]


def _steps(kg, walker, nodes) -> list[dict]:
    """Each step with ``relation`` (the stated predicate's label) and ``reads`` (the relation as
    read from ``from`` to ``to``: the label of the declared inverse, ``owl:inverseOf``, when the
    step goes against the stated direction; None when there is no inverse)."""
    steps = []
    inverses = _inverse_map(walker.linker)
    for x, y in zip(nodes, nodes[1:]):
        s, p, o = walker.neighbours(x)[y]
        fx, fy = walker.linker.node(x), walker.linker.node(y)
        if s == x:
            reads = kg.label(p)
        else:
            q = inverses.get(p)
            reads = kg.label(q) if q is not None else None
        steps.append({"from": {"iri": str(x), "label": fx.label, "class": fx.cls},
                      "to": {"iri": str(y), "label": fy.label, "class": fy.cls},
                      "subject": str(s), "object": str(o), "relation": kg.label(p),
                      "predicate": str(p), "reads": reads, "sources": kg.sources(s, p, o)})
    return steps


def _inverse_map(linker) -> dict:
    """Property -> inverse, both ways round (``owl:inverseOf`` is declared on one side)."""
    inv = dict(linker.inverses)
    inv.update({q: p for p, q in linker.inverses.items() if q not in inv})
    return inv
