"""The rdflib adapter: the same :class:`~kg.model.graph.KG` over any backend.

* ``memory`` (default): rdflib in memory, loaded from a data folder (:func:`kg.model.graph.load`).
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

from rdflib import BNode, Dataset, Graph, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import RDF
from rdflib.query import Result
from rdflib.store import Store

from kg.model.errors import KGError
from kg.model.graph import KG
from kg.model.layout import DRAFT, INFERRED, INFERRED_GRAPH
from kg.model.namespaces import DOC, NFO, PREFIXES
from kg.stores.terms import CACHE_MAX

UNION = URIRef("urn:x-kg:union")          # identifier of kg.union over a backend store



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
            if len(self._by_subject) > CACHE_MAX:
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
            if len(self._by_subject) > CACHE_MAX:
                self._by_subject.clear()
            self._by_subject[key] = out
        return out

    def graph_index(self, key, quads: list) -> dict:
        """{(a, b): {graphs}} of a node's cached (a, b, g) quads, made once per node: the
        sources of each of a hub's thousands of links are then one lookup, not a scan."""
        idx = self._graph_index.get(key)
        if idx is None:
            if len(self._graph_index) > CACHE_MAX // 10:
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
                        if len(self._full) > CACHE_MAX // 10:
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
            if len(cache) + len(got) > CACHE_MAX:
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
            if len(self._by_object) > CACHE_MAX:
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
        raise NotImplementedError   # rdflib evaluates; kg.ask.sparql.run uses KG.run_sparql


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
        graphs = [g for g in self._graphs_of(s, p, o)
                  if str(g).startswith(doc) or g == INFERRED_GRAPH]
        out = {str(g)[len(doc):] if str(g).startswith(doc) else INFERRED for g in graphs}
        docs = [g for g in graphs if str(g).startswith(doc)]
        if docs and set(docs) <= set(self._graphs_of(s, NFO.draft, Literal(True))):
            out.add(DRAFT)        # only unreviewed drafts state it (as kg.model.graph.mark_drafts)
        return sorted(out)

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


def new_kg(backend, spec: str) -> StoreKG:
    store = BackendStore(backend)
    union = Graph(store=store, identifier=UNION)
    ds = Dataset(store=store)
    for prefix, ns in PREFIXES.items():
        store.bind(prefix, URIRef(str(ns)))
    kg = StoreKG(ds, union, backend, spec)
    backend.attach(kg)
    return kg


