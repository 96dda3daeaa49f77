"""The remote backend: any SPARQL 1.1 endpoint (``sparql:URL``), read-only."""
from __future__ import annotations

import json

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg.model.errors import KGError
from kg.stores.adapter import StoreKG, new_kg
from kg.stores.terms import CACHE_MAX, XSD_STRING, make_result, prefix_text
from kg.stores.values import inject_values

_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
PREFETCH_LIMIT = 100_000       # a remote graph with at most this many quads is fetched whole



# --- a remote SPARQL endpoint --------------------------------------------------------------
class SparqlBackend:
    def __init__(self, url: str, timeout: float = 60.0):
        self.url = url
        self.timeout = timeout
        self._graphs = None
        self._default_empty = None
        self._count = {}
        self.union_graph = None
        self.truncated = False     # the last answer was cut by the endpoint's row cap

    def attach(self, kg) -> None:
        from kg.stores.names import RemoteNameIndex
        kg._name_index = RemoteNameIndex(kg, self)
        # a small graph is fetched whole, in one request: then no lookup needs a round trip
        where = "{ GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o }"
        _, rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT * WHERE {{ {where} }} "
                              f"LIMIT {PREFETCH_LIMIT + 1} }}")
        if rows and int(rows[0]["n"]) <= PREFETCH_LIMIT:
            try:
                _, rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}")
            except RowCapError:
                return         # more than the endpoint serves at once: look up as needed
            quads = [(r["s"], r["p"], r["o"], r.get("g") or DATASET_DEFAULT_GRAPH_ID) for r in rows]
            kg.store.load_all(quads)

    # HTTP ----------------------------------------------------------------------------------
    def request(self, text: str, accept: str = "application/sparql-results+json",
                default_graphs: list | None = None) -> bytes:
        import urllib.error
        import urllib.parse
        import urllib.request  # only for remote stores: kept off the start-up of a lookup

        form = [("query", text)] + [("default-graph-uri", str(g)) for g in default_graphs or []]
        body = urllib.parse.urlencode(form).encode()
        req = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                # `kg serve` (and others) cut a long answer at a row cap and say so
                self.truncated = (resp.headers.get("X-KG-Truncated") or "").lower() == "true"
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise KGError(f"{self.url}: the endpoint answered {exc.code}: "
                          f"{' '.join(detail.split())[:300]}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise KGError(f"{self.url}: SPARQL endpoint unreachable ({reason})") from None

    def select(self, text: str, default_graphs=None) -> tuple[list[str], list[dict]]:
        """A query of the store itself: a partial answer would be a wrong one (RowCapError)."""
        data = json.loads(self.request(prefix_text() + text, default_graphs=default_graphs))
        if self.truncated:
            raise RowCapError(f"{self.url}: the endpoint cut an answer at its row cap "
                              "(X-KG-Truncated): raise it (kg serve --max-rows N)")
        names = data.get("head", {}).get("vars", [])
        bnodes: dict = {}
        rows = [{k: _term_from_json(v, bnodes) for k, v in b.items()}
                for b in data.get("results", {}).get("bindings", [])]
        return names, rows

    # structure -----------------------------------------------------------------------------
    BATCH = 150        # nodes per request when many are asked for at once

    def _batches(self, nodes: list, var: str):
        """(chunk, ``VALUES ?var { ... }``) for each batch of ``nodes``."""
        for i in range(0, len(nodes), self.BATCH):
            chunk = nodes[i:i + self.BATCH]
            yield chunk, f"VALUES ?{var} {{ " + " ".join(n.n3() for n in chunk) + " } "

    def subject_quads(self, s, store) -> list:
        if isinstance(s, BNode):
            return []          # a blank node is known only from its parent's description
        return self.subject_quads_many([s], store)[s]

    def subject_quads_many(self, nodes: list, store) -> dict:
        """{node: [(p, o, g)]} for IRIs, a batch per request. Blank nodes below a node (two
        levels: evidence -> selector) come in the same result set (their labels hold only
        within it) and are remembered by ``store``. Joins, not OPTIONALs; the default graph
        only when it is not just the union of the named ones."""
        out: dict = {}
        for chunk, values in self._batches(nodes, "s"):
            default = "UNION { ?s ?p ?o } " if self.union_graph is None else ""
            _, rows = self.select(
                "SELECT ?s ?g ?p ?o ?p2 ?o2 ?p3 ?o3 WHERE { " + values +
                f"{{ GRAPH ?g {{ ?s ?p ?o }} }} {default}UNION "
                "{ GRAPH ?g { ?s ?p ?o . ?o ?p2 ?o2 FILTER(isBlank(?o)) } } UNION "
                "{ GRAPH ?g { ?s ?p ?o . ?o ?p2 ?o2 . ?o2 ?p3 ?o3 "
                "FILTER(isBlank(?o) && isBlank(?o2)) } } }")
            got = {n: [] for n in chunk}
            nested: dict = {}
            for r in rows:
                g = r.get("g") or DATASET_DEFAULT_GRAPH_ID
                got[r["s"]].append((r["p"], r["o"], g))
                if r.get("p2") is not None:
                    nested.setdefault(r["o"], set()).add((r["p2"], r["o2"], g))
                if r.get("p3") is not None:
                    nested.setdefault(r["o2"], set()).add((r["p3"], r["o3"], g))
            for b, quads in nested.items():
                store.remember_subject(b, sorted(quads, key=str))
            out.update({n: list(dict.fromkeys(q)) for n, q in got.items()})
        return out

    def union_triples_many(self, nodes: list) -> dict:
        """{node: [(p, o)]}: each node's triples in the union, each once."""
        out: dict = {}
        for chunk, values in self._batches(nodes, "s"):
            if self.union_graph is not None:
                q = f"SELECT ?s ?p ?o WHERE {{ {values}?s ?p ?o }}"
            else:
                q = (f"SELECT DISTINCT ?s ?p ?o WHERE {{ {values}"
                     "{ GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o } }")
            _, rows = self.select(q)
            got = {n: [] for n in chunk}
            for r in rows:
                got[r["s"]].append((r["p"], r["o"]))
            out.update(got)
        return out

    def object_quads(self, o) -> list:
        if isinstance(o, BNode):
            return []
        return self.object_quads_many([o])[o]

    def object_quads_many(self, nodes: list) -> dict:
        """{node: [(s, p, g)]} with the node as object, a batch per request."""
        out: dict = {}
        for chunk, values in self._batches(nodes, "o"):
            default = "UNION { ?s ?p ?o }" if self.union_graph is None else ""
            _, rows = self.select(f"SELECT ?o ?g ?s ?p WHERE {{ {values}"
                                  f"{{ GRAPH ?g {{ ?s ?p ?o }} }} {default} }}")
            got = {n: [] for n in chunk}
            for r in rows:
                got[r["o"]].append((r["s"], r["p"], r.get("g") or DATASET_DEFAULT_GRAPH_ID))
            out.update({n: list(dict.fromkeys(q)) for n, q in got.items()})
        return out

    def pattern(self, s, p, o, g):
        terms = [(t.n3() if t is not None and not isinstance(t, BNode) else f"?{v}")
                 for t, v in ((s, "s"), (p, "p"), (o, "o"))]
        if any(isinstance(t, BNode) for t in (s, p, o)):
            return
        tp = " ".join(terms)
        if g is None:
            where = f"{{ GRAPH ?g {{ {tp} }} }} UNION {{ {tp} }}"
        elif g == DATASET_DEFAULT_GRAPH_ID:
            where = tp
        else:
            where = f"GRAPH {g.n3()} {{ {tp} }}"
        _, rows = self.select(f"SELECT * WHERE {{ {where} }}")
        for r in rows:
            yield (s if s is not None else r["s"], p if p is not None else r["p"],
                   o if o is not None else r["o"], r.get("g") or g or DATASET_DEFAULT_GRAPH_ID)

    def graph_names(self) -> list:
        if self._graphs is None:
            _, rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { } }")
            if not rows:       # an endpoint that does not list graphs for an empty pattern
                _, rows = self.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
            self._graphs = sorted(r["g"] for r in rows if r.get("g") is not None)
        return self._graphs

    def default_graph_empty(self) -> bool:
        if self._default_empty is None:
            data = json.loads(self.request("ASK { ?s ?p ?o }"))
            self._default_empty = not data.get("boolean", False)
        return self._default_empty

    def count(self, g=None) -> int:
        if g is None and self.union_graph is not None:
            g = self.union_graph
        if g not in self._count:
            if g is None:
                q = ("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE "
                     "{ { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")
            elif g == DATASET_DEFAULT_GRAPH_ID:
                q = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
            else:
                q = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {g.n3()} {{ ?s ?p ?o }} }}"
            _, rows = self.select(q)
            self._count[g] = int(rows[0]["n"]) if rows else 0
        return self._count[g]

    # SPARQL --------------------------------------------------------------------------------
    def query(self, text: str, bindings: dict, union: bool) -> Result:
        """The query with bindings as a VALUES block; for the union, the named graphs
        are passed as ``default-graph-uri`` when the endpoint's default graph is empty."""
        text = inject_values(text, bindings)
        graphs = self.graph_names() if union and self.default_graph_empty() else None
        from rdflib.plugins.sparql.parser import parseQuery
        kind = parseQuery(prefix_text() + text)[1].name
        if kind in ("ConstructQuery", "DescribeQuery"):
            data = self.request(prefix_text() + text, accept="application/n-triples",
                                default_graphs=graphs)
            g = Graph()
            g.parse(data=data.decode("utf-8"), format="nt")
            return make_result("CONSTRUCT", graph=g)
        data = json.loads(self.request(prefix_text() + text, default_graphs=graphs))
        if "boolean" in data:
            return make_result("ASK", boolean=data["boolean"])
        cut = self.truncated
        bnodes: dict = {}
        rows = [{k: _term_from_json(v, bnodes) for k, v in b.items()}
                for b in data.get("results", {}).get("bindings", [])]
        res = make_result("SELECT", data.get("head", {}).get("vars", []), rows)
        res.kg_truncated = cut      # the endpoint had more rows than it sent (kg.ask.sparql)
        return res


class RowCapError(KGError):
    """The endpoint sent only part of an answer (its row cap)."""


_IRIS: dict = {}


def _term_from_json(v: dict, bnodes: dict):
    t = v.get("type")
    if t == "uri":
        value = v["value"]
        u = _IRIS.get(value)       # the same IRIs come back again and again
        if u is None:
            if len(_IRIS) > CACHE_MAX:
                _IRIS.clear()
            u = _IRIS[value] = URIRef(value)
        return u
    if t == "bnode":
        b = bnodes.get(v["value"])
        if b is None:
            b = bnodes[v["value"]] = BNode()
        return b
    if t in ("literal", "typed-literal"):
        if v.get("xml:lang"):
            return Literal(v["value"], lang=v["xml:lang"])
        dt = v.get("datatype")
        if dt and dt not in (XSD_STRING, _LANG_STRING):
            return Literal(v["value"], datatype=URIRef(dt))
        return Literal(v["value"])
    raise KGError(f"unexpected SPARQL JSON term {v!r}")


def open_sparql(url: str) -> StoreKG:
    backend = SparqlBackend(url)
    # fails early, with one line, if unreachable. A non-empty default graph beside named
    # graphs is taken to be their union (Oxigraph --union-default-graph, Fuseki's
    # unionDefaultGraph, or a store made by `kg build`).
    if not backend.default_graph_empty() and backend.graph_names():
        backend.union_graph = DATASET_DEFAULT_GRAPH_ID
    return new_kg(backend, f"sparql:{url}")
