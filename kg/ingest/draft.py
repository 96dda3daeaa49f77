"""The draft as Turtle: the catalogue entry, known entities (type, label, a span per mention),
new entities and relation nodes, every proposed node marked ``nfo:draft true`` with the rules
that proposed it (``nfo:proposedBy``) and a confidence (``nfo:confidence``). A reviewer keeps a
node by deleting its three draft lines, or drops it by deleting the node."""
from __future__ import annotations

from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS, XSD

from kg.ingest.model import Draft
from kg.model import turtle_out
from kg.model.namespaces import DOC, NF, NFO, OA, PREFIXES

HEADER = """# Draft of the statements of {doc} written by `kg ingest`: REVIEW BEFORE USE.
# Under each proposed node, one line marks it: nfo:draft true, nfo:proposedBy (the rules) and
# nfo:confidence. Keep a node: delete its marker line (the one ending in "# DRAFT").
# Drop it: delete the node's block and its marker line (and what points at it).
# Offsets are code-point offsets into {file}. At most {cap} spans per entity are written.
"""
_MARKERS = (NFO.draft, NFO.proposedBy, NFO.confidence)
MAX_SPANS = 100      # per entity: keeps a huge article's draft bounded (and reviewable)


def catalogue_entry(draft: Draft) -> Graph:
    g = Graph()
    d = DOC[draft.doc_id]
    g.add((d, RDF.type, NFO.SourceDocument))
    g.add((d, DCTERMS.identifier, Literal(draft.doc_id)))
    g.add((d, RDFS.label, Literal(draft.title)))
    g.add((d, DCTERMS.title, Literal(draft.title)))
    if draft.date is not None:
        g.add((d, DCTERMS.date, draft.date))
    if isinstance(draft.publisher, URIRef):
        g.add((d, DCTERMS.publisher, draft.publisher))
    elif draft.publisher:
        g.add((d, NFO.note, Literal(f"Publisher: {draft.publisher}")))
    if draft.url:
        g.add((d, DCTERMS.source, Literal(draft.url)))
    g.add((d, DCTERMS.language, Literal("en")))
    g.add((d, NFO.fileName, Literal(draft.file_name)))
    g.add((d, NFO.sha256, Literal(draft.sha256)))
    return g


def _evidence(g: Graph, node, doc, start: int, end: int) -> None:
    ev, sel = BNode(), BNode()
    g.add((node, NFO.evidence, ev))
    g.add((ev, OA.hasSource, doc))
    g.add((ev, OA.hasSelector, sel))
    g.add((sel, RDF.type, OA.TextPositionSelector))
    g.add((sel, OA.start, Literal(start)))
    g.add((sel, OA.end, Literal(end)))


def to_graph(draft: Draft, with_catalogue: bool = True) -> Graph:
    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    if with_catalogue:
        g += catalogue_entry(draft)
    doc = DOC[draft.doc_id]
    for ent in draft.entities.values():
        node = ent.iri
        g.add((node, RDF.type, ent.cls))
        g.add((node, RDFS.label, Literal(ent.label)))
        for a in sorted(ent.aliases):
            if a != ent.label:
                g.add((node, SKOS.altLabel, Literal(a)))
        rules = {ent.rule} | {st[3] for st in ent.statements}
        g.add((node, NFO.draft, Literal(True)))
        for r in sorted(rules):
            g.add((node, NFO.proposedBy, Literal(r)))
        g.add((node, NFO.confidence, Literal(Decimal(str(round(ent.confidence, 2))),
                                             datatype=XSD.decimal)))
        if str(ent.cls) in (str(NFO.Metal), str(NFO.Field)):
            g.add((node, SKOS.inScheme, NF.metals if ent.cls == NFO.Metal else NF.fields))
        seen = set()
        for sp in ent.mentions:
            if len(seen) >= MAX_SPANS:
                break
            if (sp.start, sp.end) not in seen:
                seen.add((sp.start, sp.end))
                _evidence(g, node, doc, sp.start, sp.end)
        for pred, obj, sp, _rule in ent.statements:
            g.add((node, pred, obj))
    return g


def to_turtle(draft: Draft, with_catalogue: bool = True) -> str:
    """The draft as a Turtle file: the header, then each node's block followed by its one
    marker line, so a reviewer keeps a node by deleting one whole line and the rest stays
    valid Turtle."""
    g = to_graph(draft, with_catalogue=with_catalogue)
    nm = g.namespace_manager
    markers = {}
    for node in set(g.subjects(NFO.draft, None)):
        rules = ", ".join(Literal(str(r)).n3() for r in sorted(g.objects(node, NFO.proposedBy), key=str))
        conf = g.value(node, NFO.confidence)
        line = f"{node.n3(nm)} nfo:draft true"
        if rules:
            line += f" ; nfo:proposedBy {rules}"
        if conf is not None:
            line += f" ; nfo:confidence {conf if '.' in str(conf) else str(conf) + '.0'}"
        markers[node.n3(nm)] = line + " .  # DRAFT"
        for p in _MARKERS:
            g.remove((node, p, None))
    body = turtle_out.serialize(g)
    blocks = body.split("\n\n")
    out = []
    for block in blocks:
        head = block.split(None, 1)[0] if block.strip() else ""
        line = markers.pop(head, None)
        out.append(block.rstrip("\n") + ("\n" + line if line else ""))
    text = "\n\n".join(out).rstrip("\n") + "\n"
    if markers:       # a marked node with no block of its own (cannot happen: it has a type)
        text += "\n" + "\n".join(markers[k] for k in sorted(markers)) + "\n"
    return HEADER.format(doc=draft.doc_id, file=draft.file_name, cap=MAX_SPANS) + text
