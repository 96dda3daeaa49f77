"""Stores: the same :class:`~kg.graph.KG` over three backends, chosen by ``--store`` / ``$KG_STORE``.

* ``memory`` (default): rdflib in memory, loaded from a data folder (:func:`kg.graph.load`).
* ``oxigraph:PATH``: a persistent store built once by ``kg build`` (:func:`build`) and opened
  read-only. PATH is a folder holding ``oxigraph/`` (the pyoxigraph/RocksDB store),
  ``names.sqlite`` (the name index: normalised name -> IRI, so resolving a name does not scan
  every label) and ``kg-store.json`` (what was loaded, when). A bare Oxigraph store folder
  (made by ``oxigraph load``) opens too; its names are then indexed on first use by a scan.
* ``sparql:URL``: a remote SPARQL 1.1 endpoint, read-only.

For the last two the KG keeps its interface: ``kg.union`` and ``kg.dataset`` are rdflib
``Graph``/``Dataset`` objects over :class:`BackendStore`, a read-only rdflib store that asks
the backend for quads. Looking up a node fetches all its quads (with their graphs) once and
keeps them, so the many small questions the library asks about one node (label, classes,
sources) cost one lookup; ``kg.sources()`` reads the graphs of those quads instead of an
in-memory provenance dict. A caller about to ask about many nodes says so with
``kg.prefetch(nodes)``: a remote endpoint then answers them in batches (``VALUES``), one
request per 150 nodes instead of one per node. SPARQL runs in the backend (Oxigraph's engine,
or the endpoint).
"""
from __future__ import annotations

import json
import os
import re
import shutil
import time
from pathlib import Path
from typing import Iterable

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF, XSD
from rdflib.query import Result
from rdflib.store import Store

from kg.errors import KGError
from kg.graph import (KG, ONTOLOGY_GRAPH, data_files, default_data_dir, default_ontology_dir,
                      graph_for_file, load)
from kg.namespaces import DOC, PREFIXES

STORE_ENV = "KG_STORE"
UNION = URIRef("urn:x-kg:union")          # identifier of kg.union over a backend store
OX_DIR = "oxigraph"
NAMES_DB = "names.sqlite"
META = "kg-store.json"
_XSD_STRING = str(XSD.string)
_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
_CACHE_MAX = 200_000
PREFETCH_LIMIT = 100_000       # a remote graph with at most this many quads is fetched whole


# --- store specs ---------------------------------------------------------------------------
def parse_spec(spec: str | None) -> tuple[str, str]:
    """``None``/``memory`` -> ("memory", ""); ``oxigraph:PATH``; ``sparql:URL``."""
    spec = (spec or "").strip() or "memory"
    if spec == "memory":
        return "memory", ""
    kind, sep, arg = spec.partition(":")
    if sep and kind == "oxigraph" and arg:
        return "oxigraph", arg
    if sep and kind == "sparql" and arg.startswith(("http://", "https://")):
        return "sparql", arg
    raise KGError(f"bad store {spec!r}: use memory, oxigraph:PATH or sparql:http(s)://HOST/PATH")


def open_kg(store: str | None = None, data_dir=None) -> KG:
    """The KG over the store named by ``store`` (default ``$KG_STORE``, else memory)."""
    if store is None:
        store = os.environ.get(STORE_ENV)
    kind, arg = parse_spec(store)
    if kind == "memory":
        return load(data_dir)
    if kind == "oxigraph":
        return open_oxigraph(arg)
    return open_sparql(arg)


# --- term conversion (rdflib <-> pyoxigraph) -----------------------------------------------
def _ox():
    import pyoxigraph
    return pyoxigraph


_TO_OX: dict = {}


def to_ox(t):
    if t is None:
        return None
    u = _TO_OX.get(t) if type(t) is URIRef else None
    if u is not None:
        return u
    ox = _ox()
    if isinstance(t, URIRef):
        if len(_TO_OX) > _CACHE_MAX:
            _TO_OX.clear()
        u = _TO_OX[t] = ox.NamedNode(str(t))
        return u
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise KGError(f"cannot use {t!r} as an RDF term")


_TERM_CACHE: dict = {}
_OX = None


def from_ox(t):
    global _OX
    if _OX is None:
        _OX = _ox()
    ox = _OX
    if t is None:
        return None
    if isinstance(t, ox.DefaultGraph):
        return DATASET_DEFAULT_GRAPH_ID
    u = _TERM_CACHE.get(t)          # pyoxigraph terms are hashable
    if u is not None:
        return u
    if isinstance(t, ox.NamedNode):
        u = URIRef(t.value)
    elif isinstance(t, ox.Literal):
        if t.language:
            u = Literal(t.value, lang=t.language)
        else:
            dt = t.datatype.value
            u = Literal(t.value) if dt == _XSD_STRING else Literal(t.value, datatype=URIRef(dt))
    elif isinstance(t, ox.BlankNode):
        u = BNode(t.value)
    else:
        raise KGError(f"unsupported RDF term from the store: {t!r}")
    if len(_TERM_CACHE) > _CACHE_MAX:
        _TERM_CACHE.clear()
    _TERM_CACHE[t] = u
    return u


# --- the rdflib store over a backend -------------------------------------------------------
class BackendStore(Store):
    """A read-only rdflib store answering from a backend's quads, with a per-node cache.

    Graph identifiers: ``UNION`` is the union of every graph (triples deduplicated); any other
    identifier is that named graph (``DATASET_DEFAULT_GRAPH_ID`` the default graph)."""

    context_aware = True
    graph_aware = True
    formula_aware = False
    transaction_aware = False

    def __init__(self, backend):
        super().__init__()
        self.backend = backend
        self._by_subject: dict = {}
        self._by_object: dict = {}
        self._ns: dict[str, URIRef] = {}
        self._prefix: dict[URIRef, str] = {}
        self._all = None           # every quad, when the backend sent them all (small remotes)
        self._by_pred: dict = {}
        self._union_subject: dict = {}     # node -> [(p, o)] in the union (prefetched)
        self._full: dict = {}              # node -> {p: {o: {g}}} in every graph (local, prefetched)
        self._graph_index: dict = {}       # ("s"|"o", node) -> {(p, o)|(s, p): {g}}

    def load_all(self, quads: list) -> None:
        """Keep every quad (s, p, o, g) here: later lookups need no round trip."""
        self._by_subject, self._by_object, self._by_pred = {}, {}, {}
        for s, p, o, g in quads:
            self._by_subject.setdefault(s, []).append((p, o, g))
            if not isinstance(o, Literal):
                self._by_object.setdefault(o, []).append((s, p, g))
            self._by_pred.setdefault(p, []).append((s, p, o, g))
        self._all = quads

    # cache ---------------------------------------------------------------------------------
    def subject_quads(self, s) -> list:
        """[(p, o, g)] of ``s`` in every graph."""
        q = self._by_subject.get(s)
        if q is None:
            if self._all is not None:
                return []
            if len(self._by_subject) > _CACHE_MAX:
                self._by_subject.clear()
            q = self._by_subject[s] = self.backend.subject_quads(s, self)
        return q

    def _pattern_cached(self, s, p, o, g) -> list:
        """Triples matching (s, p, o) in graph g (None: the union), from a local backend;
        lookups by subject or object are kept (the library asks about a node many times)."""
        if _is_path(s) or _is_path(p) or _is_path(o):
            return []
        union = g is None
        if union and self.backend.union_graph is not None:
            g = self.backend.union_graph
        full = self._full.get(s) if s is not None else None
        if full is not None:
            out = []
            for p2 in ((p,) if p is not None else full):
                objs = full.get(p2, {})
                for o2 in ((o,) if o is not None else objs):
                    gs = objs.get(o2)
                    if gs and (g is None or g in gs):   # g None: the union, not kept apart
                        out.append((s, p2, o2))
            return out
        key = (s, p, o, g)
        cacheable = s is not None or o is not None
        if cacheable:
            hit = self._by_subject.get(key)
            if hit is not None:
                return hit
        out = [(a, b, c) for a, b, c, _ in self.backend.pattern(s, p, o, g)]
        if union and self.backend.union_graph is None:
            out = list(dict.fromkeys(out))
        if cacheable:
            if len(self._by_subject) > _CACHE_MAX:
                self._by_subject.clear()
            self._by_subject[key] = out
        return out

    def graph_index(self, key, quads: list) -> dict:
        """{(a, b): {graphs}} of a node's cached (a, b, g) quads, made once per node: the
        sources of each of a hub's thousands of links are then one lookup, not a scan."""
        idx = self._graph_index.get(key)
        if idx is None:
            if len(self._graph_index) > _CACHE_MAX // 10:
                self._graph_index.clear()
            idx = self._graph_index[key] = {}
            for a, b, g in quads:
                idx.setdefault((a, b), set()).add(g)
        return idx

    def remember_subject(self, s, quads: list) -> None:
        self._by_subject[s] = quads

    def prefetch(self, nodes, objects: bool = False, graphs: bool = False) -> None:
        """Fetch what will be asked about many nodes at once, for a backend that answers a
        batch in one round trip: their triples in the union (labels, classes, links), or
        with ``graphs`` their quads in every graph (for sources); with ``objects`` also the
        quads that have them as object."""
        if self._all is not None:
            return
        if getattr(self.backend, "local", False):
            if graphs:    # the few quads of relation nodes, read once instead of per question
                for n in dict.fromkeys(nodes):
                    if isinstance(n, URIRef) and n not in self._full:
                        if len(self._full) > _CACHE_MAX // 10:
                            self._full.clear()
                        by_p: dict = {}
                        for _, p, o, g in self.backend.pattern(n, None, None, None):
                            by_p.setdefault(p, {}).setdefault(o, set()).add(g)
                        self._full[n] = by_p
            return
        nodes = [n for n in dict.fromkeys(nodes) if isinstance(n, URIRef)]

        def todo(cache, also=None):
            return [n for n in nodes if n not in cache and (also is None or n not in also)]

        def fill(cache, got):
            if len(cache) + len(got) > _CACHE_MAX:
                cache.clear()
            cache.update(got)

        if graphs:
            fill(self._by_subject, self.backend.subject_quads_many(todo(self._by_subject), self))
        else:
            got = self.backend.union_triples_many(todo(self._union_subject, self._by_subject))
            # a node with blank nodes below it is described whole (with its blank nodes) later
            fill(self._union_subject, {n: t for n, t in got.items()
                                       if not any(isinstance(o, BNode) for _, o in t)})
        if objects:
            fill(self._by_object, self.backend.object_quads_many(todo(self._by_object)))

    def object_quads(self, o) -> list:
        """[(s, p, g)] with object ``o`` in every graph."""
        q = self._by_object.get(o)
        if q is None:
            if self._all is not None:
                return []
            if len(self._by_object) > _CACHE_MAX:
                self._by_object.clear()
            q = self._by_object[o] = self.backend.object_quads(o)
        return q

    # rdflib Store API ----------------------------------------------------------------------
    def triples(self, pattern, context=None):
        s, p, o = pattern
        g = getattr(context, "identifier", context)
        if g is None or g == UNION:
            g = None
        elif g == DATASET_DEFAULT_GRAPH_ID and self.backend.union_graph is not None:
            return            # the default graph holds the union: not a graph of its own
        ctx = context
        if self._all is None and getattr(self.backend, "local", False):
            yield from ((t, iter((ctx,))) for t in self._pattern_cached(s, p, o, g))
            return
        seen = set() if g is None else None

        def emit(t):
            if seen is not None:
                if t in seen:
                    return False
                seen.add(t)
            return True

        if s is not None and not _is_path(s) and not _is_path(p) and not _is_path(o):
            if g is None and s not in self._by_subject and s in self._union_subject:
                for p2, o2 in self._union_subject[s]:
                    if (p is None or p == p2) and (o is None or o == o2):
                        yield (s, p2, o2), iter((ctx,))
                return
            for p2, o2, g2 in self.subject_quads(s):
                if (p is None or p == p2) and (o is None or o == o2) and (g is None or g == g2):
                    t = (s, p2, o2)
                    if emit(t):
                        yield t, iter((ctx,))
            return
        if o is not None and not isinstance(o, Literal) and not _is_path(p) and not _is_path(o):
            for s2, p2, g2 in self.object_quads(o):
                if (p is None or p == p2) and (g is None or g == g2):
                    t = (s2, p2, o)
                    if emit(t):
                        yield t, iter((ctx,))
            return
        if self._all is not None:
            source = self._all if p is None else self._by_pred.get(p, ())
            quads = (q for q in source if (o is None or q[2] == o) and (g is None or q[3] == g))
        else:
            if g is None and self.backend.union_graph is not None:
                g, seen = self.backend.union_graph, None
            quads = self.backend.pattern(s, p, o, g)
        for s2, p2, o2, _g2 in quads:
            t = (s2, p2, o2)
            if emit(t):
                yield t, iter((ctx,))

    def __len__(self, context=None):
        g = getattr(context, "identifier", context)
        if g == DATASET_DEFAULT_GRAPH_ID and self.backend.union_graph is not None:
            return 0
        return self.backend.count(None if g in (None, UNION) else g)

    def contexts(self, triple=None):
        for g in self.backend.graph_names():
            if triple is None or any(True for _ in self.triples(triple, g)):
                yield Graph(store=self, identifier=g)

    def add_graph(self, graph):
        return None

    def add(self, triple, context=None, quoted=False):
        raise KGError("this store is read-only")

    def addN(self, quads):
        raise KGError("this store is read-only")

    def remove(self, triple, context=None):
        raise KGError("this store is read-only")

    def remove_graph(self, graph):
        raise KGError("this store is read-only")

    def bind(self, prefix, namespace, override=True, replace=False):
        namespace = URIRef(namespace)
        if prefix in self._ns and not (override or replace):
            return
        self._ns[prefix] = namespace
        self._prefix[namespace] = prefix

    def namespace(self, prefix):
        return self._ns.get(prefix)

    def prefix(self, namespace):
        return self._prefix.get(URIRef(namespace))

    def namespaces(self):
        yield from self._ns.items()

    def query(self, *args, **kwargs):
        raise NotImplementedError   # rdflib evaluates; kg.sparql.run uses KG.run_sparql


def _is_path(t) -> bool:
    return t is not None and not isinstance(t, (URIRef, BNode, Literal))


# --- the KG over a backend -----------------------------------------------------------------
class StoreKG(KG):
    """A :class:`KG` whose graphs live in a backend (Oxigraph on disk or a SPARQL endpoint)."""

    def __init__(self, dataset, union, backend, spec: str):
        super().__init__(dataset=dataset, union=union, provenance={}, data_dir=None, files=[])
        self.backend = backend
        self.spec = spec

    @property
    def store(self) -> BackendStore:
        return self.union.store

    def prefetch(self, nodes, objects: bool = False, graphs: bool = False) -> None:
        self.store.prefetch(nodes, objects, graphs)

    def _graphs_of(self, s, p, o) -> set:
        st = self.store
        if getattr(self.backend, "local", False):
            full = st._full.get(s)
            if full is not None:
                return set(full.get(p, {}).get(o, ()))
            return self.backend.graphs_of(s, p, o)
        if s not in st._by_subject and o in st._by_object:
            return st.graph_index(("o", o), st._by_object[o]).get((s, p), set())
        return st.graph_index(("s", s), st.subject_quads(s)).get((p, o), set())

    def sources(self, s, p, o) -> list[str]:
        if s is None or isinstance(s, Literal):
            return []
        doc = str(DOC)
        return sorted({str(g)[len(doc):] for g in self._graphs_of(s, p, o) if str(g).startswith(doc)})

    def entity_sources(self, iri) -> list[str]:
        doc = str(DOC)
        if getattr(self.backend, "local", False):
            quads = ((p, g) for _s, p, _o, g in self.backend.pattern(iri, RDF.type, None, None))
        else:
            quads = ((p, g) for p, _o, g in self.store.subject_quads(iri))
        return sorted({str(g)[len(doc):] for p, g in quads
                       if p == RDF.type and str(g).startswith(doc)})

    def document_graphs(self) -> list[URIRef]:
        return sorted(g for g in self.backend.graph_names() if str(g).startswith(str(DOC)))

    def run_sparql(self, text: str, bindings: dict, uses_graph: bool) -> Result:
        """Run a query in the backend: the union as default graph unless it uses GRAPH."""
        res = self.backend.query(text, bindings or {}, union=not uses_graph)
        if res.type == "SELECT":      # columns in rdflib's order (SELECT * lists by appearance)
            try:
                from rdflib.plugins.sparql import prepareQuery
                pv = [str(v) for v in prepareQuery(text, initNs=PREFIXES).algebra.get("PV", [])]
            except Exception:
                pv = []
            if pv and set(pv) == {str(v) for v in res.vars}:
                res.vars = [Variable(v) for v in pv]
        return res


def _result(kind: str, vars_=None, rows=None, boolean=None, graph=None) -> Result:
    r = Result(kind)
    if kind == "SELECT":
        r.vars = [Variable(v) for v in vars_]
        r.bindings = [{Variable(k): v for k, v in row.items() if v is not None} for row in rows]
    elif kind == "ASK":
        r.askAnswer = bool(boolean)
    else:
        r.graph = graph
    return r


_IRIREF = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
_FORMS = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE)


def _braces(text: str):
    """(position, depth, char) of each ``{``/``}`` outside strings, IRIs and comments."""
    i, n, depth = 0, len(text), 0
    while i < n:
        c = text[i]
        if c == "#":
            j = text.find("\n", i)
            i = n if j < 0 else j
            continue
        if c == "<":
            m = _IRIREF.match(text, i)
            if m:
                i = m.end()
                continue
        if c in "'\"":
            q = text[i:i + 3] if text[i:i + 3] in ("'''", '"""') else c
            j = i + len(q)
            while j < n and text[j:j + len(q)] != q:
                j += 2 if text[j] == "\\" else 1
            i = j + len(q)
            continue
        if c == "{":
            yield i, depth, c
            depth += 1
        elif c == "}":
            depth -= 1
            yield i, depth, c
        i += 1


def inject_values(text: str, bindings: dict) -> str:
    """``text`` with ``VALUES (?a ...) { (...) }`` first in its WHERE block: the bindings as
    the query's starting solution, like rdflib's ``initBindings``."""
    if not bindings:
        return text
    names = list(bindings)
    values = (" VALUES (" + " ".join(f"?{n}" for n in names) + ") { ("
              + " ".join(bindings[n].n3() for n in names) + ") } ")
    opens = [i for i, d, c in _braces(text) if d == 0 and c == "{"]
    if not opens:
        raise KGError("cannot bind parameters: the query has no WHERE block")
    target = opens[0]
    m = _FORMS.search(text[:opens[0]])
    if m and m.group(1).upper() == "CONSTRUCT" and len(opens) > 1 \
            and "WHERE" not in text[m.end():opens[0]].upper():
        target = opens[1]                     # CONSTRUCT {template} WHERE {...}
    return text[:target + 1] + values + text[target + 1:]


def _prefix_text() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def _new_kg(backend, spec: str) -> StoreKG:
    store = BackendStore(backend)
    union = Graph(store=store, identifier=UNION)
    ds = Dataset(store=store)
    for prefix, ns in PREFIXES.items():
        store.bind(prefix, URIRef(str(ns)))
    kg = StoreKG(ds, union, backend, spec)
    backend.attach(kg)
    return kg


# --- Oxigraph ------------------------------------------------------------------------------
class OxigraphBackend:
    local = True          # in-process: fine-grained lookups are cheap

    def __init__(self, ox_store, folder: Path | None):
        self.ox = ox_store
        self.folder = folder
        self._graphs = None
        self._count = {}
        meta = {}
        if folder is not None and (folder / META).is_file():
            meta = json.loads((folder / META).read_text(encoding="utf-8"))
        # ``kg build`` writes the union of all graphs (a set) into the default graph, so
        # queries without GRAPH see each triple once, as rdflib's union graph does.
        self.union_graph = DATASET_DEFAULT_GRAPH_ID if meta.get("union_in_default_graph") else None

    def attach(self, kg) -> None:
        db = self.folder / NAMES_DB if self.folder else None
        if db is not None and db.is_file():
            from kg.name_store import SqliteNameIndex
            kg._name_index = SqliteNameIndex(kg, db)

    def subject_quads(self, s, store) -> list:
        return [(from_ox(q.predicate), from_ox(q.object), from_ox(q.graph_name))
                for q in self.ox.quads_for_pattern(to_ox(s), None, None, None)]

    def object_quads(self, o) -> list:
        return [(from_ox(q.subject), from_ox(q.predicate), from_ox(q.graph_name))
                for q in self.ox.quads_for_pattern(None, None, to_ox(o), None)]

    def _graph(self, g):
        if g is None:
            return None
        return _ox().DefaultGraph() if g == DATASET_DEFAULT_GRAPH_ID else to_ox(g)

    def pattern(self, s, p, o, g):
        """(s, p, o, g) quads; terms given are passed back as they are (no conversion)."""
        for q in self.ox.quads_for_pattern(to_ox(s), to_ox(p), to_ox(o), self._graph(g)):
            yield (s if s is not None else from_ox(q.subject),
                   p if p is not None else from_ox(q.predicate),
                   o if o is not None else from_ox(q.object),
                   g if g is not None else from_ox(q.graph_name))

    def graphs_of(self, s, p, o) -> set:
        """The graphs (default graph included) that hold the triple (s, p, o)."""
        return {from_ox(q.graph_name)
                for q in self.ox.quads_for_pattern(to_ox(s), to_ox(p), to_ox(o), None)}

    def graph_names(self) -> list:
        if self._graphs is None:
            self._graphs = sorted(from_ox(g) for g in self.ox.named_graphs())
        return self._graphs

    def count(self, g=None) -> int:
        if g not in self._count:
            if g is None and self.union_graph is not None:
                self._count[g] = self.count(self.union_graph)
            elif g is None:
                res = self.ox.query("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o "
                                    "WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } }")
                self._count[g] = int(next(iter(res))["n"].value)
            else:
                ox = _ox()
                gg = ox.DefaultGraph() if g == DATASET_DEFAULT_GRAPH_ID else to_ox(g)
                self._count[g] = sum(1 for _ in self.ox.quads_for_pattern(None, None, None, gg))
        return self._count[g]

    def query(self, text: str, bindings: dict, union: bool) -> Result:
        ox = _ox()
        text = inject_values(text, bindings)
        try:
            res = self.ox.query(text, prefixes={p: str(ns) for p, ns in PREFIXES.items()},
                                use_default_graph_as_union=union and self.union_graph is None)
        except SyntaxError as exc:
            raise KGError(f"bad SPARQL: {' '.join(str(exc).split())[:300]}") from None
        except OSError as exc:
            raise KGError(f"query failed: {' '.join(str(exc).split())[:300]}") from None
        if isinstance(res, ox.QueryBoolean):
            return _result("ASK", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [{n: from_ox(sol[n]) for n in names} for sol in res]
            return _result("SELECT", names, rows)
        g = Graph()
        for t in res:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return _result("CONSTRUCT", graph=g)


def _ox_folder(path: Path) -> tuple[Path, Path | None]:
    """(RocksDB folder, kg store folder or None for a bare Oxigraph store)."""
    if (path / OX_DIR).is_dir():
        return path / OX_DIR, path
    if (path / "CURRENT").is_file():
        return path, None
    raise KGError(f"{path}: not an Oxigraph store (build one with `kg build --store oxigraph:{path}`)")


def open_oxigraph(path) -> StoreKG:
    path = Path(path)
    if not path.exists():
        raise KGError(f"{path}: no such store (build it with `kg build --store oxigraph:{path}`)")
    db, folder = _ox_folder(path)
    try:
        ox_store = _ox().Store.read_only(str(db))
    except OSError as exc:
        raise KGError(f"{path}: cannot open the Oxigraph store: {' '.join(str(exc).split())[:200]}") from None
    return _new_kg(OxigraphBackend(ox_store, folder), f"oxigraph:{path}")


# --- building an Oxigraph store ------------------------------------------------------------
_FORMATS = {".ttl": "TURTLE", ".turtle": "TURTLE", ".nt": "N_TRIPLES", ".nq": "N_QUADS",
            ".trig": "TRIG", ".rdf": "RDF_XML", ".owl": "RDF_XML", ".xml": "RDF_XML",
            ".jsonld": "JSON_LD", ".n3": "N3"}
_QUAD_FORMATS = {"N_QUADS", "TRIG", "JSON_LD"}


def _format_of(f: Path):
    name = f.name.lower()
    for ext in (".gz",):
        if name.endswith(ext):
            raise KGError(f"{f}: compressed files are not supported; decompress it first")
    fmt = _FORMATS.get(f.suffix.lower())
    if fmt is None:
        raise KGError(f"{f}: unknown RDF format (use {', '.join(sorted(_FORMATS))})")
    return fmt


def default_build_files(data_dir=None, ontology_dir=None) -> list[tuple[Path, URIRef | None]]:
    """(file, graph) pairs: the ontology (shapes excluded) and a data folder's files."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    ontology_dir = Path(ontology_dir) if ontology_dir else default_ontology_dir()
    out = [(f, ONTOLOGY_GRAPH) for f in sorted(ontology_dir.glob("*.ttl")) if f.name != "shapes.ttl"]
    out += [(f, graph_for_file(f)) for f in data_files(data_dir)]
    return out


def files_for(paths: Iterable[Path]) -> list[tuple[Path, URIRef | None]]:
    """A user's files (and data folders): triples go to the graph of their document
    (``doc:<file stem>``, as in data/), quads keep their graphs; the ontology is added."""
    out = [(f, ONTOLOGY_GRAPH) for f in sorted(default_ontology_dir().glob("*.ttl"))
           if f.name != "shapes.ttl"]
    for p in paths:
        p = Path(p)
        if p.is_dir():
            out += [(f, graph_for_file(f)) for f in data_files(p)]
            continue
        if not p.is_file():
            raise KGError(f"{p}: file not found")
        fmt = _format_of(p)
        out.append((p, None if fmt in _QUAD_FORMATS else graph_for_file(p)))
    return out


BIG_FILE = 8 << 20      # a file this large is bulk-loaded by Oxigraph itself, not through Python
NAMED_STREAMS = 2       # N-Quads streams the small files are dealt out to, each with its loader


def _parse(ox, f):
    """The quads of ``f``, blank nodes renamed so that two files never share one."""
    return ox.parse(path=str(f), format=getattr(ox.RdfFormat, _format_of(Path(f))),
                    rename_blank_nodes=True)


def _cannot_load(f, exc) -> KGError:
    where = f"{f}: " if f else ""
    return KGError(f"{where}cannot load: {' '.join(str(exc).split())[:300]}")


def _release(pipes: list[Path], readers: list) -> None:
    """Let loaders still waiting to open a named pipe see its end (after an error or an
    interrupt here), so that no thread is left blocked."""
    while not all(r.done() for r in readers):
        for f in pipes:
            try:
                os.close(os.open(f, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:       # no reader waiting on this one
                pass
        time.sleep(0.02)


def _load_quads(ox, store, files, work: Path, then=None) -> None:
    """Every file into its graph, and the union of all graphs (a set) into the default graph;
    then ``then()`` (given the union, while named graphs may still be loading).

    Python stays off the hot path and the two cores work side by side (Oxigraph's bulk
    loader releases the GIL):

    * big files are bulk-loaded into their graphs by Oxigraph's own loader, in a thread;
    * every file is parsed once here: the small files are rewritten as N-Quads streams
      (:data:`NAMED_STREAMS`, files dealt out in turn: one loader is slower than this
      thread; each triple in its graph, and a triple with a blank node also in the default
      graph: one loader call renames a blank node the same way throughout its input), and
      every triple without blank nodes goes, as N-Triples, to the union stream. Each stream
      is a named pipe read by a loader in a thread as it is written (a plain file where
      there are no pipes). One loader call per small file would cost ~30 ms of SST writing.
    * the loader keeps the default graph a set.

    A big file with blank nodes has them renamed by the loader, so its blank-node triples
    are copied into the default graph from the store afterwards."""
    from concurrent.futures import ThreadPoolExecutor
    from contextlib import ExitStack

    B, default = ox.BlankNode, ox.DefaultGraph()
    NQ, NT = ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES
    big, small = [], []
    for f, g in files:
        (big if Path(f).stat().st_size >= BIG_FILE else small).append((f, g))
    named_files = [work / f"named-{i}.nq" for i in range(NAMED_STREAMS if small else 0)]
    union_file = work / "union.nt"
    piped = hasattr(os, "mkfifo")
    if piped:
        try:
            for f in named_files + [union_file]:
                os.mkfifo(f)
        except OSError:          # a file system without named pipes: plain files instead
            piped = False
            for f in named_files + [union_file]:
                f.unlink(missing_ok=True)

    def load(f, fmt, to_graph=None):
        try:
            store.bulk_load(path=str(f), format=fmt, to_graph=to_graph)
        except (SyntaxError, ValueError, OSError) as exc:
            raise _cannot_load(f, exc) from None

    def load_big():
        for f, g in big:
            load(f, getattr(ox.RdfFormat, _format_of(Path(f))),
                 ox.NamedNode(str(g)) if g is not None else None)

    def write_streams():
        blank_in_big = False
        with ExitStack() as opened:
            named = [opened.enter_context(open(f, "wb")) for f in named_files]
            union = opened.enter_context(open(union_file, "wb"))
            for i, (f, g) in enumerate(small):
                current[0] = f
                graph = ox.NamedNode(str(g)) if g is not None else None
                plain = []

                def quads(f=f, graph=graph, plain=plain):
                    for q in _parse(ox, f):
                        s_, p_, o_ = q.subject, q.predicate, q.object
                        yield q if graph is None else ox.Quad(s_, p_, o_, graph)
                        if isinstance(s_, B) or isinstance(o_, B):
                            yield ox.Quad(s_, p_, o_, default)
                        else:
                            plain.append(q.triple)
                ox.serialize(quads(), named[i % len(named)], format=NQ)
                ox.serialize(plain, union, format=NT)
            for f, _g in big:
                current[0] = f
                blank = [False]

                def triples(f=f, blank=blank):
                    for q in _parse(ox, f):
                        if isinstance(q.subject, B) or isinstance(q.object, B):
                            blank[0] = True
                        else:
                            yield q.triple
                ox.serialize(triples(), union, format=NT)
                blank_in_big |= blank[0]
        current[0] = None
        return blank_in_big

    current = [None]
    with ThreadPoolExecutor(max_workers=2 + len(named_files)) as pool:
        jobs = [pool.submit(load_big)] if big else []
        if piped:
            named_jobs = [pool.submit(load, f, NQ) for f in named_files]
            union_job = pool.submit(load, union_file, NT, default)
        try:
            try:
                blank_in_big = write_streams()
            except BrokenPipeError:
                # a loader stopped reading: its own error says why
                for job in named_jobs + [union_job]:
                    job.result()
                raise
            except (SyntaxError, ValueError, OSError) as exc:
                raise _cannot_load(current[0], exc) from None
            if not piped:
                named_jobs = [pool.submit(load, f, NQ) for f in named_files]
                union_job = pool.submit(load, union_file, NT, default)
            union_job.result()
            if then is not None:
                then()
            for job in jobs + named_jobs:
                job.result()
        except BaseException:
            for job in jobs:
                job.cancel()
            if piped:
                _release(named_files + [union_file], named_jobs + [union_job])
            raise
    if blank_in_big:
        rows = store.query("SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
                           "FILTER(isBlank(?s) || isBlank(?o)) }")
        store.bulk_extend(ox.Quad(r["s"], r["p"], r["o"], default) for r in rows)
    for f in named_files + [union_file]:
        f.unlink()


def build(path, files: list[tuple[Path, URIRef | None]] | None = None, force: bool = False,
          data_dir=None) -> dict:
    """Build an Oxigraph store folder at ``path`` with the bulk loader, then its name index.

    Built in a temporary folder beside ``path`` and renamed into place, so a failed build
    leaves nothing half-written. Refuses to replace a non-empty folder unless ``force``."""
    ox = _ox()
    path = Path(path)
    if path.exists() and (not path.is_dir() or any(path.iterdir())) and not force:
        raise KGError(f"{path}: already exists and is not empty (use --force to replace it)")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise KGError(f"{path}: folder {parent} does not exist")
    files = files if files is not None else default_build_files(data_dir)
    for f, _ in files:
        if not Path(f).is_file():
            raise KGError(f"{f}: file not found")
    tmp = parent / f".{path.name}.building-{os.getpid()}"
    if tmp.exists():
        shutil.rmtree(tmp)
    t0 = time.perf_counter()
    try:
        tmp.mkdir()
        store = ox.Store(str(tmp / OX_DIR))
        from kg.name_store import build_name_index
        names = []            # the name index is written once the union is in
        _load_quads(ox, store, files, tmp, then=lambda: names.append(
            build_name_index(store, tmp / NAMES_DB, union_in_default_graph=True)))
        store.flush()
        t_load = time.perf_counter() - t0
        n_names = names[0]
        n_quads = len(store)
        n_triples = int(next(iter(store.query("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")))["n"].value)
        store = None          # closes the database before it is moved into place
        meta = {"built": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "quads": n_quads, "triples": n_triples, "names": n_names,
                "union_in_default_graph": True,
                "files": [[str(f), str(g) if g is not None else None] for f, g in files],
                "load_seconds": round(t_load, 3),
                "seconds": round(time.perf_counter() - t0, 3)}
        (tmp / META).write_text(json.dumps(meta, indent=1), encoding="utf-8")
        old = None
        if path.exists():
            old = parent / f".{path.name}.old-{os.getpid()}"
            os.replace(path, old)
        os.replace(tmp, path)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
        meta["seconds"] = round(time.perf_counter() - t0, 3)
        return meta
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise


# --- a remote SPARQL endpoint --------------------------------------------------------------
class SparqlBackend:
    def __init__(self, url: str, timeout: float = 60.0):
        self.url = url
        self.timeout = timeout
        self._graphs = None
        self._default_empty = None
        self._count = {}
        self.union_graph = None

    def attach(self, kg) -> None:
        from kg.name_store import RemoteNameIndex
        kg._name_index = RemoteNameIndex(kg, self)
        # a small graph is fetched whole, in one request: then no lookup needs a round trip
        where = "{ GRAPH ?g { ?s ?p ?o } } UNION { ?s ?p ?o }"
        _, rows = self.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT * WHERE {{ {where} }} "
                              f"LIMIT {PREFETCH_LIMIT + 1} }}")
        if rows and int(rows[0]["n"]) <= PREFETCH_LIMIT:
            _, rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}")
            quads = [(r["s"], r["p"], r["o"], r.get("g") or DATASET_DEFAULT_GRAPH_ID) for r in rows]
            kg.store.load_all(quads)

    # HTTP ----------------------------------------------------------------------------------
    def request(self, text: str, accept: str = "application/sparql-results+json",
                default_graphs: list | None = None) -> bytes:
        import urllib.error
        import urllib.parse
        import urllib.request     # only for remote stores: kept off the start-up of a lookup

        form = [("query", text)] + [("default-graph-uri", str(g)) for g in default_graphs or []]
        body = urllib.parse.urlencode(form).encode()
        req = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/x-www-form-urlencoded", "Accept": accept})
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.read()
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise KGError(f"{self.url}: the endpoint answered {exc.code}: "
                          f"{' '.join(detail.split())[:300]}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise KGError(f"{self.url}: SPARQL endpoint unreachable ({reason})") from None

    def select(self, text: str, default_graphs=None) -> tuple[list[str], list[dict]]:
        data = json.loads(self.request(_prefix_text() + text, default_graphs=default_graphs))
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
        kind = parseQuery(_prefix_text() + text)[1].name
        if kind in ("ConstructQuery", "DescribeQuery"):
            data = self.request(_prefix_text() + text, accept="application/n-triples",
                                default_graphs=graphs)
            g = Graph()
            g.parse(data=data.decode("utf-8"), format="nt")
            return _result("CONSTRUCT", graph=g)
        data = json.loads(self.request(_prefix_text() + text, default_graphs=graphs))
        if "boolean" in data:
            return _result("ASK", boolean=data["boolean"])
        bnodes: dict = {}
        rows = [{k: _term_from_json(v, bnodes) for k, v in b.items()}
                for b in data.get("results", {}).get("bindings", [])]
        return _result("SELECT", data.get("head", {}).get("vars", []), rows)


_IRIS: dict = {}


def _term_from_json(v: dict, bnodes: dict):
    t = v.get("type")
    if t == "uri":
        value = v["value"]
        u = _IRIS.get(value)       # the same IRIs come back again and again
        if u is None:
            if len(_IRIS) > _CACHE_MAX:
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
        if dt and dt not in (_XSD_STRING, _LANG_STRING):
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
    return _new_kg(backend, f"sparql:{url}")
