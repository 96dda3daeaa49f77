"""``kg serve``: a read-only SPARQL 1.1 Protocol endpoint over the current store, plus the views.

* ``GET /sparql?query=...`` and ``POST /sparql`` (``application/x-www-form-urlencoded`` with
  ``query=``, or ``application/sparql-query``); ``default-graph-uri``/``named-graph-uri`` are
  honoured. Without them the default graph is the union of all graphs, as in ``kg sparql``.
* SELECT/ASK results as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle
  (default), N-Triples, N-Quads-free JSON-LD or RDF/XML, chosen by the ``Accept`` header (or a
  ``format=json|xml|csv|tsv|ttl|nt|jsonld`` parameter).
* A malformed query answers 400 with the parser's message; any update (``update=``,
  ``application/sparql-update``) answers 403: the endpoint is read-only.
* Each query has a time limit (``--timeout``; 503 when exceeded) and a result cap
  (``--max-rows``; the first rows are returned with ``X-KG-Truncated: true``).
* ``/view?name=Fugu&hops=1&collapse=1&max_nodes=500`` serves the interactive HTML view (at most
  ``max_nodes`` nodes, 500 by default, the page saying what was cut); ``/`` a small page.

Queries run in Oxigraph: the store's own for ``oxigraph:PATH``, an in-memory copy of the
dataset for the default store; for ``sparql:URL`` they are passed on to that endpoint.
"""
from __future__ import annotations

import csv
import html
import io
import json
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor, TimeoutError as FutureTimeout
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from xml.sax.saxutils import escape

from kg.model.errors import KGError

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt",
    "text/plain": "nt", "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
CONTENT_TYPE = {
    "json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8", "nt": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json; charset=utf-8", "rdfxml": "application/rdf+xml; charset=utf-8",
}
_PARAM_FORMATS = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "ttl": "ttl",
                  "turtle": "ttl", "nt": "nt", "ntriples": "nt", "jsonld": "jsonld",
                  "json-ld": "jsonld", "rdfxml": "rdfxml"}


VIEW_NODES = 500          # nodes drawn by /view unless ?max_nodes= asks otherwise
VIEW_MAX_NODES = 5000     # ... and never more


class HTTPError(Exception):
    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured)."""
    out = []
    for i, part in enumerate((accept or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0]:
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((-q, i, bits[0].lower()))
    return [t for _, _, t in sorted(out) if not t.startswith("q=")]


def negotiate(accept: str, kind: str, param: str | None = None) -> str:
    """The output format for a ``select`` (also ASK) or ``graph`` result."""
    table, default = (SELECT_TYPES, "json") if kind == "select" else (GRAPH_TYPES, "ttl")
    if param:
        fmt = _PARAM_FORMATS.get(param.lower())
        if fmt in table.values():
            return fmt
    for t in _accepted(accept):
        if t in table:
            return table[t]
        if t in ("*/*", "application/*", "text/*"):
            return default
    return default


# --- result serialisation ------------------------------------------------------------------
def _term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": str(t)}


def _term_xml(t) -> str:
    d = _term_json(t)
    v = escape(d["value"])
    if d["type"] == "uri":
        return f"<uri>{v}</uri>"
    if d["type"] == "bnode":
        return f"<bnode>{v}</bnode>"
    attrs = ""
    if "xml:lang" in d:
        attrs = f' xml:lang="{escape(d["xml:lang"])}"'
    elif "datatype" in d:
        attrs = f' datatype="{escape(d["datatype"])}"'
    return f"<literal{attrs}>{v}</literal>"


def _term_csv(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return getattr(t, "value", str(t))


def serialize_select(variables: list[str], rows: list[dict], fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": [
            {k: _term_json(v) for k, v in r.items() if v is not None} for r in rows]}},
            ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
                 "<head>" + "".join(f'<variable name="{escape(v)}"/>' for v in variables) + "</head>",
                 "<results>"]
        for r in rows:
            parts.append("<result>" + "".join(
                f'<binding name="{escape(k)}">{_term_xml(v)}</binding>'
                for k, v in r.items() if v is not None) + "</result>")
        parts.append("</results></sparql>")
        return "\n".join(parts).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for r in rows:
            w.writerow([_term_csv(r[v]) if r.get(v) is not None else "" for v in variables])
        return buf.getvalue().encode("utf-8")
    # tsv: terms in their SPARQL/Turtle form
    lines = ["\t".join("?" + v for v in variables)]
    for r in rows:
        lines.append("\t".join(str(r[v]) if r.get(v) is not None else "" for v in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_ask(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": bool(value)}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(bool(value)).lower()}</boolean></sparql>").encode()
    return (("_askResult\r\n" if fmt == "csv" else "?_askResult\n")
            + str(bool(value)).lower() + "\n").encode()


def serialize_graph(triples: list, fmt: str) -> bytes:
    import pyoxigraph as ox

    from kg.model.namespaces import PREFIXES

    form = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    kw = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}} if fmt in ("ttl", "rdfxml") else {}
    return ox.serialize(triples, format=form, **kw) or b""


# --- query execution -----------------------------------------------------------------------
class QueryTimeout(Exception):
    pass


class Endpoint:
    """Runs read-only SPARQL for the server: over a pyoxigraph store, or by passing it on."""

    def __init__(self, kg, timeout: float = 30.0, max_rows: int = 10_000, workers: int = 8):
        self.kg = kg
        self.timeout = timeout
        self.max_rows = max_rows
        self.pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="kg-query")
        self.view_lock = threading.Lock()
        backend = getattr(kg, "backend", None)
        self.remote = backend if backend is not None and hasattr(backend, "request") else None
        if self.remote is None:
            ox_store = getattr(backend, "ox", None)
            self.ox = ox_store if ox_store is not None else self._copy(kg)
            # the default graph holds the union (kg build does that, and so does _copy);
            # a bare Oxigraph store is queried with Oxigraph's union of all graphs instead
            self.union_flag = ox_store is not None and backend.union_graph is None

    @staticmethod
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

    def execute(self, query: str, accept: str, fmt_param: str | None = None,
                default_graphs=(), named_graphs=()) -> tuple[bytes, str, dict]:
        """(body, content type, extra headers) or HTTPError."""
        if self.remote is not None:
            return self._pass_on(query, accept, fmt_param, default_graphs, named_graphs)
        cancel = threading.Event()
        fut = self.pool.submit(self._run, query, accept, fmt_param, default_graphs,
                               named_graphs, cancel, time.monotonic() + self.timeout)
        try:
            out = fut.result(timeout=self.timeout)
        except FutureTimeout:
            cancel.set()
            out = None
        if out is None:
            raise HTTPError(503, f"query exceeded the time limit of {self.timeout:g} s")
        if isinstance(out, HTTPError):
            raise out
        return out

    def _run(self, *args):
        """In a worker thread. pyoxigraph results must be dropped on the thread that made
        them, so nothing raised here may carry them away: errors are returned."""
        try:
            return self._evaluate(*args)
        except HTTPError as exc:
            return HTTPError(exc.status, exc.message)
        except QueryTimeout:
            return None

    def _evaluate(self, query, accept, fmt_param, default_graphs, named_graphs, cancel, deadline):
        import pyoxigraph as ox

        from kg.model.namespaces import PREFIXES

        kw = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}}
        if default_graphs:
            kw["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
        elif self.union_flag:
            kw["use_default_graph_as_union"] = True
        if named_graphs:
            kw["named_graphs"] = [ox.NamedNode(g) for g in named_graphs]
        try:
            res = self.ox.query(query, **kw)
        except SyntaxError as exc:
            raise HTTPError(400, "malformed query: " + " ".join(str(exc).split())) from None
        except (OSError, ValueError) as exc:
            raise HTTPError(500, "query failed: " + " ".join(str(exc).split())) from None
        headers = {}
        if isinstance(res, ox.QueryBoolean):
            fmt = negotiate(accept, "select", fmt_param)
            return serialize_ask(bool(res), fmt), CONTENT_TYPE[fmt], headers
        rows, failure, timed_out = [], None, False
        select = isinstance(res, ox.QuerySolutions)
        variables = [v.value for v in res.variables] if select else []
        try:
            for item in res:
                if len(rows) >= self.max_rows:
                    headers["X-KG-Truncated"] = "true"
                    break
                if cancel.is_set() or time.monotonic() > deadline:
                    timed_out = True
                    break
                rows.append({v: item[v] for v in variables} if select else item)
        except (OSError, ValueError) as exc:
            failure = "query failed: " + " ".join(str(exc).split())
        del res
        if failure:
            raise HTTPError(500, failure)
        if timed_out:
            raise QueryTimeout()
        if select:
            fmt = negotiate(accept, "select", fmt_param)
            return serialize_select(variables, rows, fmt), CONTENT_TYPE[fmt], headers
        fmt = negotiate(accept, "graph", fmt_param)
        return serialize_graph(rows, fmt), CONTENT_TYPE[fmt], headers

    def _pass_on(self, query, accept, fmt_param, default_graphs, named_graphs):
        from rdflib.plugins.sparql.parser import parseQuery

        from kg.stores import prefix_text

        try:
            kind = parseQuery(prefix_text() + query)[1].name
        except Exception as exc:
            raise HTTPError(400, "malformed query: " + " ".join(str(exc).split())) from None
        graph = kind in ("ConstructQuery", "DescribeQuery")
        fmt = negotiate(accept, "graph" if graph else "select", fmt_param)
        media = {"json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
                 "csv": "text/csv", "tsv": "text/tab-separated-values", "ttl": "text/turtle",
                 "nt": "application/n-triples", "jsonld": "application/ld+json",
                 "rdfxml": "application/rdf+xml"}[fmt]
        graphs = list(default_graphs) or (self.remote.graph_names()
                                          if self.remote.default_graph_empty() else None)
        try:
            body = self.remote.request(prefix_text() + query, accept=media, default_graphs=graphs)
        except KGError as exc:
            raise HTTPError(502, str(exc)) from None
        return body, CONTENT_TYPE[fmt], {}

    def view(self, params: dict) -> bytes:
        from kg.ask import names
        from kg.render.view import render_view

        name = params.get("name")
        try:
            hops = max(1, min(4, int(params.get("hops", "1"))))
        except ValueError:
            raise HTTPError(400, "hops must be a number from 1 to 4") from None
        collapse = params.get("collapse", "") in ("1", "true", "yes", "on")
        try:
            max_nodes = max(1, min(VIEW_MAX_NODES, int(params.get("max_nodes", VIEW_NODES))))
        except ValueError:
            raise HTTPError(400, f"max_nodes must be a number from 1 to {VIEW_MAX_NODES}") from None
        if not name and getattr(self.kg, "backend", None) is not None:
            raise HTTPError(400, "give ?name=ENTITY: the whole-graph view is only served "
                                 "for the in-memory store")
        with self.view_lock:
            try:
                centers = [m.iri for m in names.resolve(self.kg, name)] if name else None
                return render_view(self.kg, centers=centers, hops=hops, collapse=collapse,
                                   max_nodes=max_nodes).encode("utf-8")
            except KGError as exc:
                raise HTTPError(404, str(exc)) from None


_INDEX = """<!doctype html><html><head><meta charset="utf-8"><title>Non-ferrous KG — SPARQL</title>
</head><body><h1>Non-ferrous metals knowledge graph</h1>
<p>SPARQL 1.1 endpoint (read-only): <code>{endpoint}</code> — GET or POST <code>query</code>.
Store: <code>{store}</code>.</p>
<form action="/sparql" method="get"><textarea name="query" rows="8" cols="90">SELECT ?s ?label WHERE {{ ?s rdfs:label ?label }} LIMIT 20</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option></select>
<button>Run</button></form>
<form action="/view" method="get"><p>View around <input name="name" value="Fugu">
hops <input name="hops" value="1" size="2"> <button>Show</button></p></form></body></html>"""


def make_handler(endpoint: Endpoint):
    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve/0.1"
        protocol_version = "HTTP/1.1"

        def log_message(self, fmt, *args):   # quiet; errors still reach the client
            if getattr(self.server, "verbose", False):
                super().log_message(fmt, *args)

        def _send(self, status: int, body: bytes, ctype: str, headers: dict | None = None):
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept")
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _error(self, status: int, message: str):
            self._send(status, (message + "\n").encode("utf-8"), "text/plain; charset=utf-8")

        def _dispatch(self, params: dict, body_query: str | None = None, update: bool = False):
            path = urllib.parse.urlsplit(self.path).path.rstrip("/") or "/"
            first = {k: v[0] for k, v in params.items() if v}
            try:
                if path == "/":
                    page = _INDEX.format(endpoint=html.escape(f"http://{self.headers.get('Host', '')}/sparql"),
                                         store=html.escape(getattr(endpoint.kg, "spec", "") or "memory"))
                    return self._send(200, page.encode("utf-8"), "text/html; charset=utf-8")
                if path == "/view":
                    if self.command == "POST":
                        raise HTTPError(405, "use GET for /view")
                    return self._send(200, endpoint.view(first), "text/html; charset=utf-8",
                                      {"Content-Security-Policy": "default-src 'self' 'unsafe-inline'"})
                if path not in ("/sparql", "/query"):
                    raise HTTPError(404, f"no such page {path}; the endpoint is /sparql")
                if update or "update" in params:
                    raise HTTPError(403, "this endpoint is read-only: updates are refused")
                query = body_query if body_query is not None else first.get("query")
                if not query:
                    raise HTTPError(400, "missing query: pass query=... (GET or POST form) or "
                                         "POST application/sparql-query")
                if len(params.get("query", [])) > 1:
                    raise HTTPError(400, "give exactly one query parameter")
                fmt = first.get("format") or first.get("output")
                body, ctype, headers = endpoint.execute(
                    query, self.headers.get("Accept", ""), fmt,
                    params.get("default-graph-uri", []), params.get("named-graph-uri", []))
                self._send(200, body, ctype, headers)
            except HTTPError as exc:
                self._error(exc.status, exc.message)
            except (BrokenPipeError, ConnectionResetError):
                pass
            except Exception as exc:   # a bug must not kill the server
                self._error(500, f"internal error: {type(exc).__name__}: {exc}")

        def do_GET(self):
            params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query,
                                           keep_blank_values=True)
            self._dispatch(params)

        do_HEAD = do_GET

        def do_POST(self):
            params = urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query,
                                           keep_blank_values=True)
            length = int(self.headers.get("Content-Length") or 0)
            if length > 10_000_000:
                return self._error(413, "request too large")
            raw = self.rfile.read(length) if length else b""
            ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                return self._error(400, "the request body is not UTF-8")
            if ctype == "application/x-www-form-urlencoded":
                for k, v in urllib.parse.parse_qs(text, keep_blank_values=True).items():
                    params.setdefault(k, []).extend(v)
                return self._dispatch(params)
            if ctype == "application/sparql-query":
                return self._dispatch(params, body_query=text)
            if ctype == "application/sparql-update":
                return self._dispatch(params, update=True)
            return self._error(415, "POST application/x-www-form-urlencoded or application/sparql-query")

        def do_PUT(self):
            self._error(405, "this endpoint is read-only")

        do_DELETE = do_PATCH = do_PUT

    return Handler


def make_server(kg, host: str = "127.0.0.1", port: int = 8765, timeout: float = 30.0,
                max_rows: int = 10_000) -> ThreadingHTTPServer:
    endpoint = Endpoint(kg, timeout=timeout, max_rows=max_rows)
    try:
        server = ThreadingHTTPServer((host, port), make_handler(endpoint))
    except OSError as exc:
        raise KGError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None
    server.daemon_threads = True
    server.endpoint = endpoint
    return server
