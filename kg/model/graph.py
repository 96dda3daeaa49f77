"""Loading: the ontology and a data folder into one rdflib Dataset, one named graph per document.

``load()`` is the one way in. It returns a :class:`KG`, which holds

* ``dataset``: an rdflib ``Dataset`` with a named graph per source document
  (``doc:<document-id>``), plus ``graph:ontology``, ``graph:reference`` and ``graph:sources``;
* ``union``: a plain ``Graph`` with every triple of every graph, for fast queries;
* ``provenance``: for each data triple, the ids of the documents that state it.

A data folder is laid out like the shipped ``data/``: ``triples/sources.ttl``, ``triples/
reference.ttl`` and ``triples/<document-id>[.<part>].ttl``. The shipped folder is found inside the
installed package (``kg/_data``) or beside it in a source checkout; ``--data`` / ``$KG_DATA``
points at another.
"""
from __future__ import annotations

import os
from collections import defaultdict
from functools import cached_property
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.model.errors import KGError
from kg.model.layout import (DATA_ENV, DRAFT, INFERRED, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH,  # noqa: F401
                             SOURCES_GRAPH, data_files, default_data_dir, default_ontology_dir,
                             document_id, graph_for_file, ontology_files)
from kg.model.namespaces import DOC, NFO, PREFIXES

def parse_turtle(path: Path, into: Graph) -> None:
    """Parse one Turtle file, turning any syntax error into one line naming file and line."""
    try:
        into.parse(path, format="turtle")
    except FileNotFoundError:
        raise KGError(f"{path}: file not found") from None
    except Exception as exc:  # rdflib raises several types (BadSyntax, ValueError, ...)
        msg = " ".join(str(exc).split())
        raise KGError(f"{path}: not valid Turtle: {msg[:300]}") from None


class KG:
    """The loaded graph and the indexes the library's modules share.

    ``dataset`` (named graphs) may be built lazily: commands that only need the union graph
    (lookups) never pay for it."""

    def __init__(self, dataset: Dataset | None = None, union: Graph | None = None,
                 provenance: dict | None = None, data_dir: Path | None = None,
                 files: list[Path] | None = None, dataset_loader=None):
        self._dataset = dataset
        self._dataset_loader = dataset_loader
        self.union = union
        self.provenance = provenance if provenance is not None else {}
        self.data_dir = data_dir
        self.files = files or []

    @property
    def dataset(self) -> Dataset:
        if self._dataset is None and self._dataset_loader is not None:
            self._dataset = self._dataset_loader()
        return self._dataset

    @dataset.setter
    def dataset(self, value: Dataset) -> None:
        self._dataset = value

    # --- documents -------------------------------------------------------------------------
    def document_graphs(self) -> list[URIRef]:
        return sorted(g for g in {c.identifier for c in self.dataset.graphs()}
                      if str(g).startswith(str(DOC)))

    def doc_id(self, graph_iri) -> str:
        s = str(graph_iri)
        return s[len(str(DOC)):] if s.startswith(str(DOC)) else s.rsplit("/", 1)[-1]

    def prefetch(self, nodes, objects: bool = False, graphs: bool = False) -> None:
        """A hint: the caller is about to ask about ``nodes`` (their triples; with ``graphs``
        the sources of their triples; with ``objects`` the triples pointing at them). A
        store answering over a network fetches them in batches; in memory there is nothing
        to do."""

    def sources(self, s, p, o) -> list[str]:
        """Ids of the documents that state the triple (empty for ontology/reference)."""
        return sorted(self.provenance.get((s, p, o), ()))

    def entity_sources(self, iri) -> list[str]:
        """Documents that describe ``iri`` (state its type)."""
        return sorted({d for t in self.union.objects(iri, RDF.type)
                       for d in self.provenance.get((iri, RDF.type, t), ())})

    def document_title(self, doc_id: str) -> str:
        title = self.union.value(DOC[doc_id], RDFS.label)
        return str(title) if title is not None else doc_id

    # --- names and classes -----------------------------------------------------------------
    def label(self, node) -> str:
        """The canonical English label (plain or @en), else the IRI's last segment."""
        fallback = None
        for o in self.union.objects(node, RDFS.label):
            if isinstance(o, Literal):
                if o.language in (None, "en"):
                    return str(o)
                fallback = fallback or str(o)
        if fallback:
            return fallback
        if isinstance(node, Literal):
            return str(node)
        s = str(node)
        return s.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def aliases(self, node) -> list[str]:
        out = [str(o) for o in self.union.objects(node, SKOS.altLabel)]
        out += [str(o) for o in self.union.objects(node, RDFS.label)
                if isinstance(o, Literal) and o.language not in (None, "en")]
        return sorted(set(out))

    @cached_property
    def superclasses(self) -> dict[URIRef, set[URIRef]]:
        """Each class of the ontology mapped to itself and all its superclasses."""
        direct = defaultdict(set)
        for c, sup in self.union.subject_objects(RDFS.subClassOf):
            if isinstance(sup, URIRef):
                direct[c].add(sup)
        closed: dict[URIRef, set[URIRef]] = {}

        def walk(c, seen):
            for s in direct.get(c, ()):
                if s not in seen:
                    seen.add(s)
                    walk(s, seen)
            return seen

        for c in set(direct) | set(self.union.subjects(RDF.type, _OWL_CLASS)):
            closed[c] = walk(c, {c})
        return closed

    def classes(self, node) -> list[URIRef]:
        """The most specific nfo: classes of ``node``."""
        types = {t for t in self.union.objects(node, RDF.type) if str(t).startswith(str(NFO))}
        implied = set()
        for t in types:
            implied |= self.superclasses.get(t, {t}) - {t}
        return sorted(types - implied)

    def class_name(self, node) -> str:
        cls = self.classes(node)
        return ", ".join(c.split("#")[-1] for c in cls) if cls else ""

    def is_a(self, node, cls: URIRef) -> bool:
        return any(cls in self.superclasses.get(t, {t}) for t in self.union.objects(node, RDF.type))

    def resolve_class(self, name: str) -> URIRef:
        """``Person``/``nfo:Person``/full IRI -> the ontology class; KGError if unknown."""
        local = name.split(":", 1)[1] if name.startswith("nfo:") else name
        cand = URIRef(name) if "://" in name else NFO[local]
        if cand in self.superclasses:
            return cand
        by_lower = {str(c).split("#")[-1].lower(): c for c in self.superclasses
                    if str(c).startswith(str(NFO))}
        if local.lower() in by_lower:
            return by_lower[local.lower()]
        raise KGError(f"unknown class {name!r}; known classes: " + ", ".join(sorted(by_lower[k].split('#')[-1] for k in by_lower)))

    def compact(self, iri) -> str:
        s = str(iri)
        for prefix, ns in (("nf", PREFIXES["nf"]), ("nfo", NFO), ("doc", DOC)):
            if s.startswith(str(ns)):
                return f"{prefix}:{s[len(str(ns)):]}"
        return s


_OWL_CLASS = URIRef("http://www.w3.org/2002/07/owl#Class")


def load(data_dir: str | Path | None = None, ontology_dir: str | Path | None = None,
         cache: bool = True) -> KG:
    """Load the ontology and a data folder (default: the shipped graph) into a :class:`KG`.

    Parsing Turtle is the slow part of a lookup, so the parsed graphs are kept in a cache
    (``$KG_CACHE_DIR``, default ``~/.cache/nonferrous-kg``) keyed by the content of every
    file; a changed file means a fresh parse. ``cache=False`` (or ``KG_CACHE=0``) parses."""
    data_dir = Path(data_dir) if data_dir else default_data_dir()
    ontology_dir = Path(ontology_dir) if ontology_dir else default_ontology_dir()
    if not (cache and os.environ.get("KG_CACHE", "1") != "0"):
        return _parse(data_dir, ontology_dir)
    from kg.model import cache as cache_mod

    try:
        files = ontology_files(ontology_dir) + data_files(data_dir)
    except KGError:
        return _parse(data_dir, ontology_dir)     # the parse names the problem
    hit = cache_mod.read(files)
    if hit is not None:
        union, provenance, dataset_loader = hit
        return KG(union=union, provenance=provenance, data_dir=data_dir, files=files,
                  dataset_loader=dataset_loader)
    kg = _parse(data_dir, ontology_dir)        # KGError for bad input propagates, uncached
    cache_mod.write(files, kg.union, kg.provenance, kg.dataset)
    return kg


def mark_drafts(provenance: dict, drafts: dict) -> None:
    """A statement that only unreviewed drafts make (its subject is marked ``nfo:draft`` in every
    document that states it) gets the source :data:`DRAFT` beside those documents, so every
    answer shows it as a draft, not as a sourced fact."""
    for t, docs in drafts.items():
        if docs >= provenance[t] - {INFERRED}:
            provenance[t].add(DRAFT)


def _parse(data_dir: Path, ontology_dir: Path) -> KG:
    ds = Dataset(default_union=True)   # patterns outside GRAPH see every graph
    for prefix, ns in PREFIXES.items():
        ds.bind(prefix, ns)
    union = Graph()
    for prefix, ns in PREFIXES.items():
        union.bind(prefix, ns)
    provenance: dict = defaultdict(set)
    drafts: dict = defaultdict(set)     # triple -> documents where its subject is a draft node
    if not ontology_dir.is_dir():
        raise KGError(f"{ontology_dir}: ontology folder not found")
    files = ontology_files(ontology_dir)
    onto = ds.graph(ONTOLOGY_GRAPH)
    for f in files:
        parse_turtle(f, onto)
    for t in onto:
        union.add(t)
    data = data_files(data_dir)
    for f in data:
        iri = graph_for_file(f)
        part = Graph()
        parse_turtle(f, part)
        target = ds.graph(iri)
        is_doc = str(iri).startswith(str(DOC))
        if iri == INFERRED_GRAPH:          # an inference shows as such wherever it is listed
            is_doc, did = True, INFERRED
        else:
            did = document_id(f)
        drafted = set(part.subjects(NFO.draft, None)) if is_doc else ()
        for t in part:
            target.add(t)
            union.add(t)
            if is_doc:
                provenance[t].add(did)
                if t[0] in drafted:
                    drafts[t].add(did)
    mark_drafts(provenance, drafts)
    return KG(dataset=ds, union=union, provenance=dict(provenance), data_dir=data_dir,
              files=files + data)
