"""Validation: SHACL conformance (pySHACL, ``ontology/shapes.ttl``) plus integrity checks.

Integrity: every ``nfo:`` term used is declared; every IRI used as an object is typed and
labelled; no two entities share a label or alias unless marked ``nfo:distinctFrom``; every data
file belongs to a catalogued document; evidence names the document whose graph holds it, and
every span checks out against the texts (when they are present); the texts' SHA-256 match the
catalogue. Each problem names the file, the entity and what is wrong.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.model.evidence import check_spans, find_sources_dir
from kg.model.graph import (ONTOLOGY_GRAPH, default_ontology_dir,
                      document_id, graph_for_file)
from kg.model.names import normalise
from kg.model.namespaces import DOC, NFO, OA, PROV


@dataclass(frozen=True)
class Problem:
    check: str
    file: str
    entity: str
    message: str
    severity: str = "error"

    def as_dict(self):
        return {"check": self.check, "file": self.file, "entity": self.entity,
                "message": self.message, "severity": self.severity}


@dataclass
class Report:
    problems: list[Problem]
    notes: list[str]

    @property
    def ok(self) -> bool:
        return not any(p.severity == "error" for p in self.problems)


class _Where:
    """Which data files state something about an entity."""

    def __init__(self, kg):
        self.kg = kg
        self.files_of_graph = defaultdict(list)
        for f in kg.files:
            if f.parent.name == "triples":
                self.files_of_graph[graph_for_file(f)].append(f)
        self.graphs_of = defaultdict(set)
        for ctx in kg.dataset.graphs():
            if ctx.identifier == ONTOLOGY_GRAPH:
                continue
            for s in set(ctx.subjects()):
                self.graphs_of[s].add(ctx.identifier)

    def file(self, entity) -> str:
        gs = sorted(self.graphs_of.get(entity, ()))
        names = [str(f.relative_to(f.parent.parent.parent)) if len(f.parts) > 2 else f.name
                 for g in gs for f in self.files_of_graph.get(g, [])]
        return ", ".join(names) or "?"


def shacl(kg, shapes_path: Path | None = None) -> list[Problem]:
    from pyshacl import validate as pyshacl_validate

    shapes_path = shapes_path or default_ontology_dir() / "shapes.ttl"
    shapes = Graph().parse(shapes_path, format="turtle")
    data = Graph()
    for t in kg.union:
        data.add(t)
    for g in kg.document_graphs():
        for s in set(kg.dataset.graph(g).subjects(RDF.type, None)):
            data.add((s, PROV.wasDerivedFrom, g))
    conforms, results, _ = pyshacl_validate(data, shacl_graph=shapes, inference="none",
                                            advanced=True, allow_warnings=True)
    if conforms:
        return []
    where = _Where(kg)
    SH = "http://www.w3.org/ns/shacl#"
    out = []
    for r in results.subjects(RDF.type, URIRef(SH + "ValidationResult")):
        focus = results.value(r, URIRef(SH + "focusNode"))
        path = results.value(r, URIRef(SH + "resultPath"))
        msg = results.value(r, URIRef(SH + "resultMessage"))
        value = results.value(r, URIRef(SH + "value"))
        text = f"{kg.compact(path) if path is not None else ''}: {msg}"
        if value is not None and not isinstance(value, BNode):
            text += f" (value {kg.compact(value)})"
        entity = focus
        if isinstance(focus, BNode):   # an evidence node: report the entity that owns it
            owner = next(iter(data.subjects(NFO.evidence, focus)), None) or \
                next(iter(data.subjects(OA.hasSelector, focus)), focus)
            owner2 = next(iter(data.subjects(NFO.evidence, owner)), owner)
            entity = owner2
        out.append(Problem("shacl", where.file(entity), kg.compact(entity), text))
    return sorted(set(out), key=lambda p: (p.file, p.entity, p.message))


_KNOWN_EXTERNAL = {str(RDF.type), str(RDFS.label), str(RDFS.comment), str(SKOS.altLabel),
                   str(SKOS.inScheme), str(SKOS.broader), str(SKOS.narrower),
                   str(SKOS.topConceptOf), str(SKOS.hasTopConcept), str(SKOS.prefLabel),
                   str(SKOS.definition), str(SKOS.note)}


def integrity(kg) -> list[Problem]:
    where = _Where(kg)
    u = kg.union
    out: list[Problem] = []
    ontology = kg.dataset.graph(ONTOLOGY_GRAPH)
    declared = set(ontology.subjects(RDF.type, None))
    data_graphs = [c for c in kg.dataset.graphs() if c.identifier != ONTOLOGY_GRAPH]

    # 1. nfo: terms used in the data are declared in the ontology
    for ctx in data_graphs:
        for s, p, o in ctx:
            for term in (p, o if p == RDF.type else None):
                if term is not None and str(term).startswith(str(NFO)) and term not in declared:
                    out.append(Problem("terms", where.file(s), kg.compact(s),
                                       f"uses undeclared ontology term {kg.compact(term)}"))

    # 2. every IRI used as an object is typed and labelled
    skip_preds = {RDF.type, OA.hasSource}
    for ctx in data_graphs:
        for s, p, o in ctx:
            if p in skip_preds or not isinstance(o, URIRef) or str(o).startswith(str(NFO)):
                continue
            if (o, RDF.type, None) not in u:
                out.append(Problem("typed", where.file(s), kg.compact(s),
                                   f"{kg.compact(p)} points at {kg.compact(o)}, which has no type"))
            elif (o, RDFS.label, None) not in u:
                out.append(Problem("labelled", where.file(s), kg.compact(s),
                                   f"{kg.compact(p)} points at {kg.compact(o)}, which has no label"))

    # 3. names are unique across entities
    distinct = defaultdict(set)
    for a, b in u.subject_objects(NFO.distinctFrom):
        distinct[a].add(b)
        distinct[b].add(a)
    owners = defaultdict(set)
    for pred in (RDFS.label, SKOS.altLabel):
        for s, o in u.subject_objects(pred):
            if isinstance(o, Literal) and isinstance(s, URIRef) and not str(s).startswith(str(NFO)):
                owners[normalise(str(o))].add(s)
    for name, ents in sorted(owners.items()):
        ents = sorted(ents)
        for i, a in enumerate(ents):
            for b in ents[i + 1:]:
                if b not in distinct[a]:
                    x, y = a, b
                    if (b, NFO.draft, None) in u and (a, NFO.draft, None) not in u:
                        x, y = b, a       # a draft's name clash is the draft's, to review
                    out.append(Problem("names", where.file(x), kg.compact(x),
                                       f"shares the name {name!r} with {kg.compact(y)} "
                                       f"({where.file(y)}); merge them or mark nfo:distinctFrom"))

    # 4. every data file belongs to a catalogued document
    catalogued = set(u.subjects(RDF.type, NFO.SourceDocument))
    for f in kg.files:
        g = graph_for_file(f)
        if f.parent.name == "triples" and str(g).startswith(str(DOC)) and g not in catalogued:
            out.append(Problem("catalogue", f.name, kg.compact(g),
                               f"document {document_id(f)!r} is not described in sources.ttl"))

    # 5. evidence names the document whose graph holds it
    for g in kg.document_graphs():
        ctx = kg.dataset.graph(g)
        for s, ev in ctx.subject_objects(NFO.evidence):
            src = ctx.value(ev, OA.hasSource)
            if src != g:
                out.append(Problem("evidence", where.file(s), kg.compact(s),
                                   f"evidence names {kg.compact(src)} but is stated in {kg.compact(g)}"))
    return out


def spans_and_hashes(kg, sources_dir: Path | None) -> tuple[list[Problem], list[str]]:
    if sources_dir is None:
        return [], ["source texts not found (set KG_SOURCES or place ../shared/sources beside "
                    "the repository): evidence spans and hashes not checked"]
    where = _Where(kg)
    out = []
    for p in check_spans(kg.union, sources_dir):
        out.append(Problem("span", where.file(p.span.entity), kg.compact(p.span.entity),
                           f"evidence in {kg.doc_id(p.span.document)}: {p.message}"))
    for doc, fn in kg.union.subject_objects(NFO.fileName):
        path = sources_dir / str(fn)
        want = kg.union.value(doc, NFO.sha256)
        if path.is_file() and want is not None:
            got = hashlib.sha256(path.read_bytes()).hexdigest()
            if got != str(want):
                out.append(Problem("hash", "sources.ttl", kg.compact(doc),
                                   f"sha256 of {path} is {got[:12]}…, catalogue says {str(want)[:12]}…"))
        elif not path.is_file():
            out.append(Problem("hash", "sources.ttl", kg.compact(doc),
                               f"text file {path} is missing", severity="warning"))
    n = sum(1 for _ in kg.union.subject_objects(NFO.evidence))
    return out, [f"{n} evidence spans checked against {sources_dir}"]


def validate(kg, sources_dir: Path | None = None, shapes_path: Path | None = None) -> Report:
    sources_dir = sources_dir if sources_dir is not None else find_sources_dir()
    problems = shacl(kg, shapes_path) + integrity(kg)
    span_problems, notes = spans_and_hashes(kg, sources_dir)
    problems, review_notes = _drafts_to_review(kg, problems + span_problems)
    return Report(problems, notes + review_notes)


def _drafts_to_review(kg, problems: list[Problem]) -> tuple[list[Problem], list[str]]:
    """Nodes a `kg ingest` draft proposed (``nfo:draft true``) are listed as "to review", and
    any problem about one of them is to review too, not an error."""
    drafts = {s for s in kg.union.subjects(NFO.draft, None)}
    if not drafts:
        return problems, []
    names = {kg.compact(d) for d in drafts}
    out = [Problem(p.check, p.file, p.entity, p.message, "to review")
           if p.entity in names and p.severity == "error" else p for p in problems]
    where = _Where(kg)
    for d in sorted(drafts):
        rules = ", ".join(sorted(str(r) for r in kg.union.objects(d, NFO.proposedBy)))
        conf = kg.union.value(d, NFO.confidence)
        out.append(Problem("draft", where.file(d), kg.compact(d),
                           f"proposed by {rules or '?'} (confidence {conf}): keep it (delete its "
                           "draft lines) or delete it", "to review"))
    return out, [f"{len(drafts)} draft node(s) to review"]
