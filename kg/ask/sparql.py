"""SPARQL: ad-hoc queries and the library of named queries in ``kg/queries/*.rq``.

A named query file starts with comment lines that describe it::

    # title: Policies issued by an organisation
    # description: Policies, plans and standards an organisation issued, with dates.
    # param: issuer entity  The issuing organisation (a name or IRI)

Parameters go in as bindings (``initBindings``), never into the query text. A parameter of type
``entity`` is resolved through the name index; ``string``, ``date`` and ``int`` become typed
literals. Queries without ``GRAPH`` run over the union graph (fast); queries with ``GRAPH`` (or
``FROM``) run over the dataset of named graphs.

Every text passes :func:`kg.ask.guard.check_query` first (no SERVICE, no update, no FROM outside
the dataset; operators may allow extra IRIs with ``KG_QUERY_ALLOW``, space-separated), and
rdflib is told never to load a graph a query names. With ``timeout`` the query runs in a forked
child process that is killed at the deadline, so a runaway query really stops; SIGINT (Ctrl-C)
and SIGTERM while it runs kill the child at once and raise :class:`Interrupted` (the CLI exits
130 or 143). The child ignores SIGINT: the parent, which gets it too, decides.
"""
from __future__ import annotations

import os
import re
from itertools import islice
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from kg.model.errors import KGError
from kg.model.literals import lexical
from kg.model.namespaces import PREFIXES

QUERY_DIR = Path(__file__).resolve().parent / "queries"
_HEADER = re.compile(r"^#\s*(title|description|param):\s*(.*)$")
ALLOW_ENV = "KG_QUERY_ALLOW"
DEFAULT_TIMEOUT = 300.0          # seconds: generous, for a laptop
PARAM_TYPES = {"entity", "string", "date", "int", "class"}


@dataclass
class Param:
    name: str
    type: str
    help: str
    optional: bool = False


@dataclass
class NamedQuery:
    name: str
    title: str
    description: str
    params: list[Param] = field(default_factory=list)
    text: str = ""
    path: Path | None = None


def parse_query_file(path: Path) -> NamedQuery:
    text = path.read_text(encoding="utf-8")
    q = NamedQuery(name=path.stem, title=path.stem, description="", text=text, path=path)
    for line in text.splitlines():
        m = _HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = m.groups()
        if key == "param":
            parts = value.split(None, 2)
            if len(parts) < 2 or parts[1].rstrip("?") not in PARAM_TYPES:
                raise KGError(f"{path}: bad param line {value!r} (want: NAME TYPE HELP)")
            q.params.append(Param(parts[0], parts[1].rstrip("?"), parts[2] if len(parts) > 2 else "",
                                  optional=parts[1].endswith("?")))
        else:
            setattr(q, key, value.strip())
    return q


def named_queries() -> dict[str, NamedQuery]:
    return {p.stem: parse_query_file(p) for p in sorted(QUERY_DIR.glob("*.rq"))}


def _literal(value: str, typ: str) -> Literal:
    if typ == "int":
        try:
            return Literal(int(value))
        except ValueError:
            raise KGError(f"parameter value {value!r} is not an integer") from None
    if typ == "date":
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            return Literal(value, datatype=XSD.date)
        if re.fullmatch(r"\d{4}-\d{2}", value):
            return Literal(value, datatype=XSD.gYearMonth)
        if re.fullmatch(r"\d{4}", value):
            return Literal(value, datatype=XSD.gYear)
        raise KGError(f"parameter value {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return Literal(value)


def bindings_for(kg, query: NamedQuery | None, params: dict[str, str]) -> dict:
    """Turn ``name=value`` parameters into SPARQL bindings (entities resolved by name)."""
    from kg.ask import names

    declared = {p.name: p for p in (query.params if query else [])}
    if query is not None:
        unknown = sorted(set(params) - set(declared))
        if unknown:
            raise KGError(f"query {query.name!r} has no parameter {unknown[0]!r}; it takes: "
                          + (", ".join(declared) or "none"))
        missing = [p for p in declared if p not in params and not declared[p].optional]
        if missing:
            raise KGError(f"query {query.name!r} needs --param {missing[0]}=VALUE "
                          f"({declared[missing[0]].help})")
    out = {}
    for name, value in params.items():
        typ = declared[name].type if name in declared else _guess_type(value)
        if typ == "entity":
            if value.startswith(("http://", "https://")):
                out[name] = URIRef(value)
            else:
                out[name] = names.index(kg).resolve_one(value)
        elif typ == "class":
            out[name] = kg.resolve_class(value)
        else:
            out[name] = _literal(value, typ)
    return out


def _guess_type(value: str) -> str:
    if value.startswith(("http://", "https://")):
        return "entity"
    return "string"


@dataclass
class Result:
    kind: str                      # "select", "ask" or "graph"
    columns: list[str]
    rows: list[dict]               # variable -> rdflib term (or None)
    boolean: bool | None = None
    graph: object = None
    truncated: bool = False        # more rows than ``max_rows``: only the first are kept

    def plain_rows(self) -> list[dict]:
        return [{k: _plain(v) for k, v in r.items()} for r in self.rows]


def _plain(v):
    if v is None:
        return None
    if isinstance(v, Literal):
        return lexical(v)      # a decimal reads the same from every store ("11", not "11.0")
    return str(v)


def allowed_iris() -> frozenset[str]:
    """The operator's opt-in: IRIs a query may name in FROM or SERVICE (``KG_QUERY_ALLOW``)."""
    return frozenset(os.environ.get(ALLOW_ENV, "").split())


def _needs_dataset(algebra) -> bool:
    """True when the query names graphs (GRAPH or FROM / FROM NAMED)."""
    from kg.ask.guard import _walk

    if dict.get(algebra, "datasetClause"):
        return True
    return any(node.name == "Graph" for node in _walk(algebra))


def run(kg, query_text: str, bindings: dict | None = None, source: str = "query",
        timeout: float | None = None, max_rows: int | None = None) -> Result:
    """Run SPARQL over the union graph (or the dataset when it names graphs).

    ``timeout`` (seconds): run in a forked child killed at the deadline (KGError then); a
    remote store (``sparql:``) waits for its endpoint that long too. ``max_rows``: keep at
    most that many rows (``truncated`` says when there were more), on every store."""
    from kg.ask.guard import QUERY_PREFIXES, checked_parse

    try:
        parsed = checked_parse(query_text, allowed_iris())
    except KGError as exc:
        raise KGError(f"{source}: {exc}") from None
    if timeout is not None and hasattr(os, "fork"):
        return _run_in_child(kg, query_text, bindings, source, timeout, max_rows)
    return _run(kg, query_text, bindings, source, QUERY_PREFIXES, parsed, max_rows)


class Interrupted(KeyboardInterrupt):
    """SIGINT or SIGTERM arrived while a query ran in its child (which is killed by then)."""

    def __init__(self, signum: int):
        import signal
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_code = 128 + signum


def _on_signal(signum, frame):
    raise Interrupted(signum)


def _run_in_child(kg, query_text, bindings, source, timeout: float, max_rows=None) -> Result:
    import multiprocessing
    import pickle
    import signal
    import threading

    ctx = multiprocessing.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)

    def child():
        signal.signal(signal.SIGINT, signal.SIG_IGN)      # the parent decides (and kills us)
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        from kg.ask.guard import QUERY_PREFIXES
        remote = getattr(kg, "backend", None)
        if remote is not None and hasattr(remote, "request"):
            # the endpoint is given the whole time limit: the deadline, not the HTTP
            # client's own timeout, is what stops a long query (with the message saying so)
            remote.timeout = max(remote.timeout, timeout + 5)
        try:
            res = _run(kg, query_text, bindings, source, QUERY_PREFIXES, max_rows=max_rows)
            if res.kind == "graph":      # a Graph over a store does not travel: copy its triples
                from rdflib import Graph
                g = Graph()
                for prefix, ns in QUERY_PREFIXES.items():
                    g.bind(prefix, ns)
                for t in res.graph:
                    g.add(t)
                res.graph = g
            payload = ("ok", pickle.dumps(res, protocol=5))
        except KGError as exc:
            payload = ("error", str(exc))
        except BaseException as exc:  # noqa: BLE001 - reported as one line in the parent
            payload = ("error", f"{source}: query failed: {' '.join(str(exc).split())[:300]}")
        send.send(payload)

    main = threading.current_thread() is threading.main_thread()
    before = {}
    proc = ctx.Process(target=child, daemon=True)
    try:
        if main:     # a terminal's Ctrl-C or a SIGTERM stops the query at once, even when the
            for sig in (signal.SIGINT, signal.SIGTERM):        # shell started us ignoring SIGINT
                before[sig] = signal.signal(sig, _on_signal)
        proc.start()
        send.close()
        if not recv.poll(timeout):
            raise KGError(f"{source}: the query was stopped after {timeout:g} s "
                          "(raise the limit with --timeout SECONDS)")
        try:
            status, value = recv.recv()
        except EOFError:
            raise KGError(f"{source}: the query process ended without an answer "
                          f"(exit code {proc.exitcode})") from None
    finally:
        if proc.pid is not None and proc.is_alive():
            proc.kill()
        if proc.pid is not None:
            proc.join(5)
        recv.close()
        for sig, handler in before.items():
            signal.signal(sig, handler)
    if status == "error":
        raise KGError(value)
    return pickle.loads(value)


def _run(kg, query_text: str, bindings: dict | None, source: str, prefixes: dict,
         parsed=None, max_rows: int | None = None) -> Result:
    """``parsed``: the guard's parse tree of the text, when it has one (parsed once, not twice)."""
    import rdflib.plugins.sparql as rdflib_sparql
    from rdflib.plugins.sparql import prepareQuery
    from rdflib.plugins.sparql.algebra import translateQuery

    rdflib_sparql.SPARQL_LOAD_GRAPHS = False      # a FROM IRI is never fetched nor read
    try:
        if parsed is not None:
            prepared = translateQuery(parsed, initNs=prefixes)
            prepared._original_args = (query_text, prefixes, None)    # as prepareQuery sets it
        else:
            prepared = prepareQuery(query_text, initNs=prefixes)
    except Exception as exc:
        msg = " ".join(str(exc).split())
        raise KGError(f"{source}: bad SPARQL: {msg[:300]}") from None
    uses_graph = _needs_dataset(prepared.algebra)
    runner = getattr(kg, "run_sparql", None)   # a store that runs SPARQL itself (kg.stores)
    try:
        if runner is not None:
            res = runner(query_text, bindings or {}, uses_graph)
        else:
            target = kg.dataset if uses_graph else kg.union
            res = target.query(prepared, initBindings=bindings or {})
    except KGError as exc:
        raise KGError(f"{source}: {exc}") from None
    except Exception as exc:
        msg = " ".join(str(exc).split())
        raise KGError(f"{source}: query failed: {msg[:300]}") from None
    if res.type == "ASK":
        return Result("ask", [], [], boolean=bool(res.askAnswer))
    if res.type in ("CONSTRUCT", "DESCRIBE"):
        return Result("graph", [], [], graph=res.graph)
    cols = [str(v) for v in res.vars]
    solutions = iter(res) if max_rows is None else islice(res, max_rows + 1)
    rows = [{c: row[i] for i, c in enumerate(cols)} for row in solutions]
    truncated = max_rows is not None and len(rows) > max_rows
    if getattr(res, "kg_truncated", False):     # a remote endpoint cut it at its own cap
        return Result("select", cols, rows[:max_rows] if truncated else rows, truncated=True)
    return Result("select", cols, rows[:max_rows] if truncated else rows, truncated=truncated)


def run_named(kg, name: str, params: dict[str, str] | None = None,
              timeout: float | None = None, max_rows: int | None = None) -> tuple[NamedQuery, Result]:
    queries = named_queries()
    if name not in queries:
        raise KGError(f"no named query {name!r}; see `kg queries` (known: {', '.join(queries)})")
    q = queries[name]
    return q, run(kg, q.text, bindings_for(kg, q, params or {}), source=str(q.path),
                  timeout=timeout, max_rows=max_rows)
