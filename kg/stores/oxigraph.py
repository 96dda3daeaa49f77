"""The Oxigraph backend: a persistent store built by ``kg build``, opened read-only."""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.query import Result

from kg.model.errors import KGError
from kg.model.namespaces import PREFIXES
from kg.stores.adapter import StoreKG, new_kg
from kg.stores.terms import from_ox, make_result, ox_module, to_ox
from kg.stores.values import inject_values

OX_DIR = "oxigraph"
NAMES_DB = "names.sqlite"
META = "kg-store.json"



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
            from kg.stores.names import SqliteNameIndex
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
        return ox_module().DefaultGraph() if g == DATASET_DEFAULT_GRAPH_ID else to_ox(g)

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
                ox = ox_module()
                gg = ox.DefaultGraph() if g == DATASET_DEFAULT_GRAPH_ID else to_ox(g)
                self._count[g] = sum(1 for _ in self.ox.quads_for_pattern(None, None, None, gg))
        return self._count[g]

    def query(self, text: str, bindings: dict, union: bool) -> Result:
        ox = ox_module()
        text = inject_values(text, bindings)
        try:
            res = self.ox.query(text, prefixes={p: str(ns) for p, ns in PREFIXES.items()},
                                use_default_graph_as_union=union and self.union_graph is None)
        except SyntaxError as exc:
            raise KGError(f"bad SPARQL: {' '.join(str(exc).split())[:300]}") from None
        except OSError as exc:
            raise KGError(f"query failed: {' '.join(str(exc).split())[:300]}") from None
        if isinstance(res, ox.QueryBoolean):
            return make_result("ASK", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]
            rows = [{n: from_ox(sol[n]) for n in names} for sol in res]
            return make_result("SELECT", names, rows)
        g = Graph()
        for t in res:
            g.add((from_ox(t.subject), from_ox(t.predicate), from_ox(t.object)))
        return make_result("CONSTRUCT", graph=g)


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
        ox_store = ox_module().Store.read_only(str(db))
    except OSError as exc:
        raise KGError(f"{path}: cannot open the Oxigraph store: {' '.join(str(exc).split())[:200]}") from None
    return new_kg(OxigraphBackend(ox_store, folder), f"oxigraph:{path}")


