"""Paths: the shortest connections between two entities, each step with its relation and sources."""
from __future__ import annotations

from itertools import islice

from kg.errors import KGError


CONCEPT_CLASSES = ("Metal", "Field")


def shortest_paths(kg, a, b, max_hops: int = 6, limit: int = 10,
                   through_concepts: bool = False) -> list[list[dict]]:
    """All shortest paths (up to ``limit``) between ``a`` and ``b``.

    By default a path does not pass through a metal or field concept: "both concern
    magnesium" is true of half the graph and would make every answer two steps long. The
    endpoints themselves may be concepts; ``through_concepts=True`` allows them in between."""
    import networkx as nx
    from kg.network import to_networkx

    g = to_networkx(kg)
    sa, sb = str(a), str(b)
    for n in (sa, sb):
        if n not in g:
            raise KGError(f"{kg.label(n)} ({kg.compact(n)}) has no links, so no path")
    und = g.to_undirected(as_view=True)
    if not through_concepts:
        keep = [n for n, d in g.nodes(data=True)
                if n in (sa, sb) or d.get("class") not in CONCEPT_CLASSES]
        und = und.subgraph(keep)
    try:
        # among many equally short paths, prefer those through specific nodes, not hubs
        # (a path via "China" says less than one via a named seminar)
        candidates = list(islice(nx.all_shortest_paths(und, sa, sb), 500))
    except nx.NetworkXNoPath:
        return []
    paths = sorted(candidates, key=lambda p: sum(und.degree(n) for n in p[1:-1]))[:limit]
    if paths and len(paths[0]) - 1 > max_hops:
        return []
    out = []
    for nodes in paths:
        steps = []
        for x, y in zip(nodes, nodes[1:]):
            if g.has_edge(x, y):
                key, d = next(iter(g.get_edge_data(x, y).items()))
                subj, obj = x, y
            else:
                key, d = next(iter(g.get_edge_data(y, x).items()))
                subj, obj = y, x
            steps.append({"from": {"iri": x, "label": g.nodes[x]["label"], "class": g.nodes[x]["class"]},
                          "to": {"iri": y, "label": g.nodes[y]["label"], "class": g.nodes[y]["class"]},
                          "subject": subj, "object": obj, "relation": d.get("label", ""),
                          "predicate": d.get("predicate", ""),
                          "sources": d.get("sources", "").split()})
        out.append(steps)
    return out
