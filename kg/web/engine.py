"""What a query worker runs: one read-only SPARQL query over the server's store, answered as
(body, content type, headers) or (status, message).

The engine is made in the server from the KG; ``prepare()`` runs once in the process the
workers are forked from (the in-memory dataset is copied into an Oxigraph store there, shared
copy-on-write by every worker), ``open()`` in each worker after the fork (an ``oxigraph:``
store is opened read-only by each worker: a RocksDB handle does not survive a fork), and
``run(job)`` per query. Every query first goes through :func:`kg.ask.guard.check_query`: no
update, no SERVICE, no FROM naming anything but the dataset's own graphs.
"""
from __future__ import annotations

from pathlib import Path

from kg.model.errors import KGError
from kg.web.results import (CONTENT_TYPE, negotiate, serialize_ask, serialize_graph,
                            serialize_select)

MEDIA = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
         "csv": "text/csv", "tsv": "text/tab-separated-values", "ttl": "text/turtle",
         "nt": "application/n-triples", "jsonld": "application/ld+json",
         "rdfxml": "application/rdf+xml"}
VERDICTS = 2048        # guard verdicts remembered per worker
WARM_UP = ("SELECT ?s ?label WHERE { ?s a nfo:Province ; rdfs:label ?label "
           "FILTER(LANG(?label) = '') } ORDER BY ?label LIMIT 3")


def one_line(text: str, limit: int = 240) -> str:
    """A message on one line, at most ``limit`` characters."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[:limit - 1] + "…"


class Engine:
    def __init__(self, kg, max_rows: int = 10_000, allowed: frozenset[str] = frozenset()):
        self.kg = kg
        self.max_rows = max_rows
        self.allowed = allowed
        backend = getattr(kg, "backend", None)
        self.remote = backend if backend is not None and hasattr(backend, "request") else None
        self.db: Path | None = None
        self.union_flag = False
        self.ox = None
        self._verdicts: dict[str, tuple | None] = {}
        if self.remote is None and getattr(backend, "ox", None) is not None:
            from kg.stores.oxigraph import _ox_folder

            folder = backend.folder
            if folder is None:       # a bare Oxigraph store: its path is in the spec
                folder = Path(str(kg.spec).partition(":")[2])
            self.db = _ox_folder(folder)[0]
            # ``kg build`` puts the union into the default graph; a bare store is queried
            # with Oxigraph's union of all graphs instead
            self.union_flag = backend.union_graph is None

    @property
    def kind(self) -> str:
        return "sparql" if self.remote is not None else "oxigraph" if self.db else "memory"

    # --- in the fork server, then in each worker -----------------------------------------
    def prepare(self) -> None:
        if self.kind == "memory":
            self.ox = _copy(self.kg)
        # warm up once here, so that no worker pays for it on its first query
        self._check(WARM_UP)
        self._verdicts.clear()
        if self.ox is not None:
            self._evaluate({"query": WARM_UP})

    def open(self) -> None:
        if self.kind == "oxigraph":
            import pyoxigraph as ox

            self.ox = ox.Store.read_only(str(self.db))
            self._evaluate({"query": WARM_UP})

    # --- one query -----------------------------------------------------------------------
    def run(self, job: dict) -> tuple:
        """("ok", body, content type, headers) or ("error", status, message)."""
        refusal = self._check(job["query"])
        if refusal is not None:
            return refusal
        try:
            if self.remote is not None:
                return self._pass_on(job)
            return self._evaluate(job)
        except KGError as exc:
            return "error", 502, one_line(exc)

    def _check(self, query: str) -> tuple | None:
        """None when the guard lets the query through, else the error answer. Verdicts are
        remembered (the same queries come again and again: parsing costs milliseconds)."""
        from kg.ask.guard import QueryRefused, QuerySyntaxError, check_query

        if query in self._verdicts:
            return self._verdicts[query]
        try:
            check_query(query, self.allowed)
            verdict = None
        except QuerySyntaxError as exc:
            verdict = ("error", 400, "malformed query" + _where(str(exc)))
        except QueryRefused as exc:
            verdict = ("error", 403, one_line(exc))
        if len(self._verdicts) >= VERDICTS:
            self._verdicts.clear()
        self._verdicts[query] = verdict
        return verdict

    def _evaluate(self, job: dict) -> tuple:
        import pyoxigraph as ox

        from kg.model.namespaces import PREFIXES

        kw = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}}
        if job.get("default_graphs"):
            kw["default_graph"] = [ox.NamedNode(g) for g in job["default_graphs"]]
        elif self.union_flag:
            kw["use_default_graph_as_union"] = True
        if job.get("named_graphs"):
            kw["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]]
        accept, fmt_param = job.get("accept", ""), job.get("format")
        try:
            res = self.ox.query(job["query"], **kw)
        except SyntaxError as exc:
            return "error", 400, "malformed query: " + one_line(exc)
        except (OSError, ValueError) as exc:
            return "error", 500, "query failed: " + one_line(exc)
        headers = {}
        if isinstance(res, ox.QueryBoolean):
            fmt = negotiate(accept, "select", fmt_param)
            return "ok", serialize_ask(bool(res), fmt), CONTENT_TYPE[fmt], headers
        select = isinstance(res, ox.QuerySolutions)
        variables = [v.value for v in res.variables] if select else []
        rows = []
        try:
            for item in res:
                if len(rows) >= self.max_rows:
                    headers["X-KG-Truncated"] = "true"
                    break
                rows.append({v: item[v] for v in variables} if select else item)
        except (OSError, ValueError) as exc:
            return "error", 500, "query failed: " + one_line(exc)
        if select:
            fmt = negotiate(accept, "select", fmt_param)
            return "ok", serialize_select(variables, rows, fmt), CONTENT_TYPE[fmt], headers
        fmt = negotiate(accept, "graph", fmt_param)
        return "ok", serialize_graph(rows, fmt), CONTENT_TYPE[fmt], headers

    def _pass_on(self, job: dict) -> tuple:
        """The query sent on to the remote endpoint, its answer read back (SPARQL JSON or
        N-Triples) and served like a local one: at most ``max_rows`` rows or triples, in the
        format the client asked for."""
        import json

        import pyoxigraph as ox
        from rdflib.plugins.sparql.parser import parseQuery

        from kg.stores import prefix_text

        query = job["query"]
        kind = parseQuery(prefix_text() + query)[1].name
        graph = kind in ("ConstructQuery", "DescribeQuery")
        fmt = negotiate(job.get("accept", ""), "graph" if graph else "select", job.get("format"))
        graphs = list(job.get("default_graphs") or ()) or (
            self.remote.graph_names() if self.remote.default_graph_empty() else None)
        body = self.remote.request(prefix_text() + query, default_graphs=graphs,
                                   accept="application/n-triples" if graph else MEDIA["json"])
        headers = {}
        try:
            if graph:
                triples = []
                for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES):
                    if len(triples) >= self.max_rows:
                        headers["X-KG-Truncated"] = "true"
                        break
                    triples.append(t)
                return "ok", serialize_graph(triples, fmt), CONTENT_TYPE[fmt], headers
            data = json.loads(body)
            if "boolean" in data:
                return "ok", serialize_ask(bool(data["boolean"]), fmt), CONTENT_TYPE[fmt], headers
            bindings = data.get("results", {}).get("bindings", [])
            if len(bindings) > self.max_rows:
                headers["X-KG-Truncated"] = "true"
                bindings = bindings[:self.max_rows]
            rows = [{k: _ox_term(v) for k, v in b.items()} for b in bindings]
            variables = data.get("head", {}).get("vars", [])
        except (ValueError, SyntaxError, KeyError, TypeError, AttributeError) as exc:
            return "error", 502, "the remote endpoint's answer could not be read: " + one_line(exc)
        return "ok", serialize_select(variables, rows, fmt), CONTENT_TYPE[fmt], headers


def _ox_term(v: dict):
    """A term of SPARQL JSON results as a pyoxigraph term."""
    import pyoxigraph as ox

    t, value = v["type"], v["value"]
    if t == "uri":
        return ox.NamedNode(value)
    if t == "bnode":
        return ox.BlankNode(value)
    if t in ("literal", "typed-literal"):
        if v.get("xml:lang"):
            return ox.Literal(value, language=v["xml:lang"])
        if v.get("datatype"):
            return ox.Literal(value, datatype=ox.NamedNode(v["datatype"]))
        return ox.Literal(value)
    raise ValueError(f"unexpected term type {t!r}")


def _where(message: str) -> str:
    """The guard's "bad SPARQL at line 1, column 5: ..." as " at line 1, column 5: ..."."""
    for head in ("bad SPARQL", "bad sparql"):
        if message.startswith(head):
            rest = message[len(head):]
            return rest if rest.startswith((" ", ":")) else ": " + rest
    return ": " + one_line(message)


def _copy(kg):
    """The in-memory dataset as a pyoxigraph store: its named graphs, and their union
    (kg.union, a set) as the default graph."""
    import pyoxigraph as ox
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    from kg.stores import to_ox

    store = ox.Store()
    quads = []
    for s, p, o, g in kg.dataset.quads((None, None, None, None)):
        gid = getattr(g, "identifier", g)
        if gid not in (None, DATASET_DEFAULT_GRAPH_ID):
            quads.append(ox.Quad(to_ox(s), to_ox(p), to_ox(o), to_ox(gid)))
    quads += [ox.Quad(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in kg.union]
    store.extend(quads)
    return store
