"""Paths: the shortest connections between two entities, each step with its relation and sources."""
from __future__ import annotations

from itertools import islice

from kg.errors import KGError


def shortest_paths(kg, a, b, max_hops: int = 6, limit: int = 10) -> list[list[dict]]:
    import networkx as nx
    from kg.network import to_networkx

    g = to_networkx(kg)
    sa, sb = str(a), str(b)
    for n in (sa, sb):
        if n not in g:
            raise KGError(f"{kg.label(n)} ({kg.compact(n)}) has no links, so no path")
    und = g.to_undirected(as_view=True)
    try:
        paths = list(islice(nx.all_shortest_paths(und, sa, sb), limit))
    except nx.NetworkXNoPath:
        return []
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
