"""Evidence spans: pointers from an entity into the text of its source document.

An entity's ``nfo:evidence`` is an ``oa:SpecificResource`` whose ``oa:hasSource`` is the document
and whose ``oa:hasSelector`` is an ``oa:TextPositionSelector`` with ``oa:start``/``oa:end``
(Unicode code-point offsets into the UTF-8 text, end exclusive). A span checks out when the text
it covers contains one of the entity's names, or, for a node that stands for a relation (a post,
an award grant, a membership), a name of the person or organisation it is about.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.model.corpus import SOURCES_ENV, find_sources_dir  # noqa: F401  (re-exported)
from kg.model.names import normalise   # the same comparison as the name index
from kg.model.namespaces import NFO, OA, ORG

# Nodes without a name of their own in the text: their span must name who or what they are
# about (the holder of a post, the recipient of an award, the thing a launch released).
_ABOUT = (ORG.heldBy, NFO.recipient, ORG.member, NFO.released)



@dataclass(frozen=True)
class Span:
    entity: URIRef
    document: URIRef
    start: int
    end: int


@dataclass(frozen=True)
class SpanProblem:
    span: Span
    message: str


def spans(graph: Graph):
    """Every evidence span stated in ``graph``."""
    for entity, ev in graph.subject_objects(NFO.evidence):
        doc = graph.value(ev, OA.hasSource)
        sel = graph.value(ev, OA.hasSelector)
        start = graph.value(sel, OA.start) if sel is not None else None
        end = graph.value(sel, OA.end) if sel is not None else None
        yield Span(entity, doc, int(start) if start is not None else -1,
                   int(end) if end is not None else -1)


def names(graph: Graph, node) -> set[str]:
    out = {str(o) for p in (RDFS.label, SKOS.altLabel) for o in graph.objects(node, p)
           if isinstance(o, Literal)}
    return out


def document_files(graph: Graph, sources_dir: Path) -> dict[URIRef, Path]:
    return {doc: sources_dir / str(fn) for doc, fn in graph.subject_objects(NFO.fileName)}


def check_spans(graph: Graph, sources_dir: Path) -> list[SpanProblem]:
    """Check every evidence span of ``graph`` against the texts in ``sources_dir``."""
    files = document_files(graph, sources_dir)
    texts: dict[URIRef, str] = {}
    problems = []
    for span in spans(graph):
        if span.document not in files:
            problems.append(SpanProblem(span, f"unknown document {span.document}"))
            continue
        if span.document not in texts:
            path = files[span.document]
            if not path.is_file():
                problems.append(SpanProblem(span, f"text file missing: {path}"))
                continue
            texts[span.document] = path.read_text(encoding="utf-8")
        text = texts[span.document]
        if not (0 <= span.start < span.end <= len(text)):
            problems.append(SpanProblem(span, f"offsets {span.start}-{span.end} outside the text "
                                              f"(length {len(text)})"))
            continue
        printed = [str(v) for v in graph.objects(span.entity, NFO.valueText)]
        if printed or (span.entity, RDF.type, NFO.Observation) in graph:
            # a figure: its span holds the number exactly as printed (its label is ours)
            problem = _figure_problem(text[span.start:span.end], printed)
            if problem:
                problems.append(SpanProblem(span, f"text at {span.start}-{span.end} {problem}"))
            continue
        covered = normalise(text[span.start:span.end])
        candidates = names(graph, span.entity)
        for p in _ABOUT:
            for who in graph.objects(span.entity, p):
                candidates |= names(graph, who)
        if not any(normalise(n) in covered for n in candidates if n):
            problems.append(SpanProblem(
                span, f"text at {span.start}-{span.end} names none of: "
                      + ", ".join(sorted(candidates)[:6])))
    return problems


def _figure_problem(covered: str, printed: list[str]) -> str | None:
    """Why a figure's span does not support it, or None."""
    if not printed:
        return "belongs to a figure without nfo:valueText (the number as printed)"
    flat = " ".join(covered.split())
    missing = [v for v in printed if " ".join(v.split()) not in flat]
    if missing:
        return f"does not contain the number as printed: {missing[0]!r}"
    return None
