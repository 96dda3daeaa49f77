"""The ingest snapshot: what :func:`kg.ingest.pipeline.ingest` derives from the graph (the
gazetteer with its learned word counts and known posts, the concept model, the IRIs in use, the
labels of the entities it can link, the relation prior learned from the graph's documents), kept in the user's cache folder so that ``kg ingest``
need not load the whole graph when nothing changed.

:func:`open_for_ingest` gives a :class:`SnapshotKG`: it answers the pipeline from the snapshot
and loads the graph only when something else needs it (the review page, ``--publisher``,
the relation prior when its own cache misses, any attribute it does not hold: then it loads the
graph as ``kg load`` does and answers from it). A remote or Oxigraph ``--store`` has no
snapshot: the graph is opened as usual. The graph path stays as it was (the leave-one-out
evaluation passes a graph): :func:`gazetteer`, :func:`concept_model` and :func:`used_iris`
build from the graph when given one, and a test checks that both paths write byte-identical
drafts.

Safety and staleness, as the parse cache (:mod:`kg.model.cache`): the entry is a pickle, read
only from a folder and a file of the user's own that nobody else can write; its name is a hash
of the input files (paths and bytes), of the source texts (paths, sizes and times, as the
relation prior's own cache), of the code of the ingest and model wings and the word
lists (``kg/ingest/data``: paths, sizes and times, as Python checks its compiled modules), and
of the Python version and the pyahocorasick module's file, so an edited data file or an
upgrade means another name; its first line is the digest of the rest, so an
entry edited or cut short is not read; one that fails to unpickle is ignored. In each case
the graph is loaded and a fresh snapshot written.

Terms: the snapshot holds the light terms of :mod:`kg.ingest.terms` (a graph it is built from
is read through :func:`~kg.ingest.knowledge.light_graph.light_kg`), so reading it and drafting
from it never import rdflib; a test checks that a warm `kg ingest` does not."""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import sys
from pathlib import Path

from kg.ingest import ahead
from kg.ingest.names.concepts import ConceptModel
from kg.ingest.knowledge.code_stamps import code_stamps, given as stamps_given
from kg.ingest.knowledge.data_digest import digest_of
from kg.ingest.knowledge.entry_views import read_checked_view
from kg.ingest.knowledge.gazetteer import Gazetteer
from kg.ingest.knowledge.light_graph import LightKG, light_kg
from kg.ingest.knowledge.paths import STORE_ENV, find_sources_dir, is_memory_store
from kg.ingest.knowledge import place_homes
from kg.ingest.knowledge.posts import for_gazetteer
from kg.ingest.knowledge.prior import for_graph
from kg.ingest.relations.propose import kind_of
from kg.ingest.terms import URIRef
from kg.model import cache

FORMAT = "2"               # 2: light terms (kg.ingest.terms) instead of rdflib's
KEEP = 4                   # snapshots kept in the cache folder (about 1.5 MB each)
_STAMPS = ("kg.ingest.knowledge.code_stamps", "code_stamps")
_DATA = ("kg.ingest.knowledge.data_digest", "data_digest")


class Knowledge:
    """What ingesting an article needs of the graph."""

    def __init__(self, kg):
        light = light_kg(kg)        # read in the rules' terms (kg.ingest.terms)
        self.gazetteer = Gazetteer(light)
        _warm(self.gazetteer)
        self.concepts = ConceptModel(light)
        self.used = frozenset(used_iris(light))
        self.labels = {iri: light.label(iri) for iri, cls in self.gazetteer.classes.items()
                       if cls is not None}
        self.prior = for_graph(kg, self.gazetteer, kind_of)


def _warm(gaz) -> None:
    """Fill what the gazetteer otherwise learns from the graph on first use (known posts, word
    counts), so that the snapshot holds it."""
    for_gazetteer(gaz)
    place_homes.warm(gaz)       # (else "Yulin, Guangxi" would load the graph: placeless.py)
    for name, args in (("_generic", ("warm up",)), ("_name_words", ()),
                       ("spelling_owner", ("warm up",))):
        fn = getattr(gaz, name, None)
        if callable(fn):
            fn(*args)


class SnapshotKG:
    """Stands for the graph in :func:`~kg.ingest.pipeline.ingest`: the snapshot's answers, the
    graph (loaded on first need, read in light terms) for anything else."""
    light_terms = True          # answers in kg.ingest.terms (see light_graph.library_call)

    def __init__(self, knowledge: Knowledge, files: list[Path], loader):
        self.knowledge = knowledge
        self.files = list(files)
        self._loader = loader
        self._graph = None
        self._light = None
        knowledge.gazetteer.kg = self

    def load_graph(self):
        """The graph itself (loaded now if it was not)."""
        if self._graph is None:
            self._graph = self._loader()
        return self._graph

    def _read(self):
        if self._light is None:
            self._light = light_kg(self.load_graph())
        return self._light

    def label(self, node) -> str:
        got = self.knowledge.labels.get(node)
        return got if got is not None else self._read().label(node)

    def __getattr__(self, name):
        if name.startswith("__") or name in ("knowledge", "_graph", "_loader", "files", "_light"):
            raise AttributeError(name)
        return getattr(self._read(), name)


def graph_of(kg):
    """The graph behind ``kg`` (itself unless it is a :class:`SnapshotKG` or a light view)."""
    if isinstance(kg, SnapshotKG):
        return kg.load_graph()
    return getattr(kg, "graph", kg) if getattr(kg, "light_terms", False) else kg


# --- what the pipeline asks, from the snapshot or from the graph -----------------------------
def gazetteer(kg) -> Gazetteer:
    if isinstance(kg, SnapshotKG):
        return kg.knowledge.gazetteer
    return _derived(kg, "gazetteer", Gazetteer)


def concept_model(kg) -> ConceptModel:
    if isinstance(kg, SnapshotKG):
        return kg.knowledge.concepts
    return _derived(kg, "concepts", ConceptModel)


def _derived(kg, what: str, build):
    """``build(kg)``, made once per loaded graph (:class:`kg.model.graph.KG`, read in memory),
    as the relation prior is (:func:`~kg.ingest.knowledge.prior.for_graph`): kept on the graph
    object, so a caller drafting many articles against one loaded graph (the floors of the
    tests, the evaluation of a set) does not rebuild the gazetteer, the concept model and the
    IRIs in use for each one (about 0.2 s an article, four times the rest of a short one's
    ingest). What is kept is what the snapshot keeps for every run of `kg ingest` (one
    gazetteer for every article drafted from it): the same answers, since a loaded graph is
    not changed after loading. Any other graph (a store's, a graph of the caller's own) is
    read afresh each time."""
    base = getattr(kg, "graph", kg) if isinstance(kg, LightKG) else kg
    # (a loaded graph's class is looked up where it is, not imported: a graph of that class
    # exists only once kg.model.graph is loaded, and the warm command never imports rdflib)
    graph_module = sys.modules.get("kg.model.graph")
    if graph_module is None or type(base) is not graph_module.KG:
        return build(kg)
    memo = base.__dict__.setdefault("_ingest_derived", {})
    got = memo.get(what)
    if got is None:
        got = memo[what] = build(kg)
    return got


def relation_prior(kg, gaz, kind):
    """The relation prior (:mod:`kg.ingest.knowledge.prior`) of the graph and the source texts."""
    if isinstance(kg, SnapshotKG) and gaz is kg.knowledge.gazetteer:
        return kg.knowledge.prior
    return for_graph(getattr(kg, "graph", kg) if isinstance(kg, LightKG) else kg, gaz, kind)


def used_iris(kg) -> set[str]:
    """Every IRI the graph uses (as subject or object): new IRIs are minted apart from them."""
    if isinstance(kg, SnapshotKG):
        return set(kg.knowledge.used)
    return set(_derived(kg, "used", _used_iris))


def _used_iris(kg) -> frozenset[str]:
    iri = URIRef
    if not getattr(kg, "light_terms", False):
        # a graph of rdflib terms is read as it is: only the IRIs' strings are kept, so no
        # light copy of every term is made (that took ~0.1 s a call for the shipped graph)
        from rdflib import URIRef as iri
    used: set[str] = set()
    for s, _p, o in kg.union:
        used.add(str(s))
        if isinstance(o, iri):
            used.add(str(o))
    return frozenset(used)


# --- the cache entry -------------------------------------------------------------------------
def entry_name(files: list[Path]) -> str:
    import ahocorasick      # its module's file stands for its version: the automaton is pickled

    aho = Path(getattr(ahocorasick, "__file__", None) or "?")
    try:
        st = aho.stat()
        aho_key = f"{aho}\0{st.st_size}\0{st.st_mtime_ns}"
    except OSError:
        aho_key = str(aho)
    h = hashlib.sha256(f"ingest-snapshot {FORMAT} {sys.version} pyahocorasick {aho_key}"
                       .encode())
    # (the code's stamps: worked out by the command's second process while the command imports
    # its rules, kg/ingest/ahead.py EARLY)
    stamps = ahead.early(_STAMPS)
    if stamps is None:
        stamps = code_stamps()
    else:
        stamps_given(stamps)        # (the kept tables' entry is named by them too)
    h.update(stamps.encode("utf-8", "surrogateescape"))
    # (the input files' digest: worked out by the second process too, for the default load)
    ahead_digest = ahead.early(_DATA)
    if ahead_digest is not None and ahead_digest[0] == tuple(str(f) for f in files):
        h.update(ahead_digest[1].encode())
    else:
        h.update(digest_of(files).encode())
    src = find_sources_dir()        # the texts the relation prior is learned from
    for f in sorted(src.glob("*.txt")) if src is not None else ():
        st = f.stat()
        h.update(f"{f.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    return f"ingest-{h.hexdigest()[:32]}.snapshot"   # (not *.pickle: the parse cache prunes those)


def read(files: list[Path]) -> Knowledge | None:
    """The snapshot of ``files``, or None (missing, unsafe, not ours, edited, unreadable)."""
    try:
        name = entry_name(files)
    except OSError:
        return None
    # (mapped, not copied: pickle reads the view; its digest is read through once per version
    # of the file, not on every run: 3 MB, some 45 million instructions of crc32)
    raw = read_checked_view(name, stamped=True)
    if raw is None:
        return None
    enabled = gc.isenabled()
    gc.disable()        # a hundred thousand new objects, none garbage: no collections meanwhile
    try:
        k = pickle.loads(raw)
    except Exception:          # noqa: BLE001 (a corrupt entry is ignored, whatever it raises)
        return None
    finally:
        if enabled:
            gc.enable()
    if not isinstance(k, Knowledge):
        return None
    _mark_used(cache.cache_dir() / name)
    return k


MARK_EVERY_NS = 3600 * 1_000_000_000    # a snapshot used is marked so at most once an hour


def _mark_used(path: Path) -> None:
    """Mark the snapshot as the most recently used (pruning removes it last) unless a run did
    within the last hour: marking changes the file's times, so the next run would read its
    digest through again (:func:`read`); the snapshots kept are four, so an hour's coarseness
    never puts the one in use out."""
    import time

    try:
        if time.time_ns() - path.stat().st_mtime_ns < MARK_EVERY_NS:
            return
    except OSError:
        return
    cache.mark_used(path)


def write(files: list[Path], k: Knowledge) -> None:
    """Keep ``k`` as the snapshot of ``files``; skipped when the cache cannot be written."""
    gaz = k.gazetteer
    kg, gaz.kg = gaz.kg, None           # the graph is not part of the snapshot
    try:
        name = entry_name(files)
        body = pickle.dumps(k, protocol=5)
    except (OSError, pickle.PicklingError, TypeError, RecursionError):
        return
    finally:
        gaz.kg = kg
    if cache.write_bytes(name, body, checked=True, digest="crc32"):
        cache.prune(cache.cache_dir(), KEEP, "ingest-*.snapshot")


def open_for_ingest(data_dir=None, store: str | None = None):
    """The graph for ``kg ingest``: a :class:`SnapshotKG` for the in-memory store (from the
    snapshot when it is fresh, else from the loaded graph, writing the snapshot), the store
    itself otherwise."""
    from kg.model.linkindex import input_files

    def open_kg():      # (kg.stores imports rdflib: only when the graph is needed)
        from kg.stores.spec import open_kg
        return open_kg(store, data_dir)

    if store is None:
        store = os.environ.get(STORE_ENV)
    files = input_files(Path(data_dir) if data_dir is not None else None) \
        if is_memory_store(store) else None
    if files is None:           # another store (or a bad spec, which it names), or a folder
        return open_kg()        # the loader will say is wrong
    k = read(files)
    if k is not None:
        return SnapshotKG(k, files, open_kg)
    kg = open_kg()
    k = Knowledge(kg)
    write(files, k)
    return SnapshotKG(k, files, lambda: kg)
