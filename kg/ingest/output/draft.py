"""The draft as Turtle: the catalogue entry, known entities (type, label, a span per mention),
new entities and relation nodes, every proposed node marked ``nfo:draft true`` with the rules
that proposed it (``nfo:proposedBy``) and a confidence (``nfo:confidence``). A reviewer keeps a
node by deleting its three draft lines, or drops it by deleting the node.

The Turtle is written from the draft's terms without rdflib (:mod:`kg.ingest.terms`; a draft
of rdflib terms, as the library gives a caller with an rdflib graph, is written the same);
:func:`to_graph` and :func:`catalogue_entry` build rdflib graphs and import it."""
from __future__ import annotations

import re
from decimal import Decimal

from kg.ingest.stages import skipped
from kg.ingest.model import Draft
from kg.ingest.reading.unreal_days import unreal_days_note
from kg.ingest.terms import (DCTERMS, DOC, NF, NFO, OA, PREFIXES, RDF, RDFS, SKOS, XSD, Literal,
                             URIRef, from_rdflib, to_rdflib)
from kg.model import turtle_out

HEADER = """# Draft of the statements of {doc} written by `kg ingest`: REVIEW BEFORE USE.
# Under each proposed node, one line marks it: nfo:draft true, nfo:proposedBy (the rules) and
# nfo:confidence. Keep a node: delete its marker line (the one ending in "# DRAFT").
# Drop it: delete the node's block and its marker line (and what points at it).
# Offsets are code-point offsets into {file}. At most {cap} spans per entity are written.
"""
_MARKERS = (NFO.draft, NFO.proposedBy, NFO.confidence)
MAX_SPANS = 100      # per entity: keeps a huge article's draft bounded (and reviewable)


def catalogue_triples(draft: Draft) -> list[tuple]:
    """The draft's catalogue entry (the document's statements), in light terms."""
    d = DOC[draft.doc_id]
    out = [(d, RDF.type, NFO.SourceDocument),
           (d, DCTERMS.identifier, Literal(draft.doc_id)),
           (d, RDFS.label, Literal(draft.title)),
           (d, DCTERMS.title, Literal(draft.title))]
    if draft.date is not None:
        out.append((d, DCTERMS.date, from_rdflib(draft.date)))
    if draft.date_note:         # (a year read from the lead's weekday: the reviewer checks it)
        out.append((d, NFO.note, Literal(f"Date: {draft.date_note}")))
    unreal = unreal_days_note(draft.text)    # ("31 June 2027": left undated, not in silence)
    if unreal:
        out.append((d, NFO.note, Literal(f"Date: {unreal}")))
    for line in skipped(draft):     # (a group of rules that failed on this text: kg/ingest/stages)
        out.append((d, NFO.note, Literal(f"Draft: {line}")))
    publisher = from_rdflib(draft.publisher)
    if isinstance(publisher, URIRef):
        out.append((d, DCTERMS.publisher, publisher))
    elif publisher:
        out.append((d, NFO.note, Literal(f"Publisher: {publisher}")))
    if draft.url:
        out.append((d, DCTERMS.source, Literal(draft.url)))
    out += [(d, DCTERMS.language, Literal("en")),
            (d, NFO.fileName, Literal(draft.file_name)),
            (d, NFO.sha256, Literal(draft.sha256))]
    return out


def catalogue_entry(draft: Draft):
    """The catalogue entry as an rdflib ``Graph``."""
    from rdflib import Graph

    g = Graph()
    for t in catalogue_triples(draft):
        g.add(tuple(map(to_rdflib, t)))
    return g


def _evidence(g, node, doc, start: int, end: int) -> None:
    from rdflib import BNode, Literal
    from rdflib.namespace import RDF
    from kg.model.namespaces import NFO, OA

    ev, sel = BNode(), BNode()
    g.add((node, NFO.evidence, ev))
    g.add((ev, OA.hasSource, doc))
    g.add((ev, OA.hasSelector, sel))
    g.add((sel, RDF.type, OA.TextPositionSelector))
    g.add((sel, OA.start, Literal(start)))
    g.add((sel, OA.end, Literal(end)))


def to_graph(draft: Draft, with_catalogue: bool = True):
    """The draft as an rdflib ``Graph`` (the same triples as :func:`to_turtle` writes)."""
    from rdflib import Graph, Literal
    from rdflib.namespace import RDF, RDFS, SKOS, XSD
    from kg.model.namespaces import DOC, NF, NFO, PREFIXES     # (rdflib's terms here)

    g = Graph()
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns)
    if with_catalogue:
        g += catalogue_entry(draft)
    doc = DOC[draft.doc_id]
    for ent in draft.entities.values():
        node = to_rdflib(ent.iri)
        g.add((node, RDF.type, to_rdflib(ent.cls)))
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
            g.add((node, to_rdflib(pred), to_rdflib(obj)))
    return g


def to_turtle(draft: Draft, with_catalogue: bool = True) -> str:
    """The draft as a Turtle file: the header, then each node's block followed by its one
    marker line, so a reviewer keeps a node by deleting one whole line and the rest stays
    valid Turtle. Written straight from the draft (the same triples as :func:`to_graph`,
    without building the graph): subjects in IRI order, ``a`` first, then predicates and
    objects in order, evidence inline as ``[ ... ]``."""
    w = turtle_out.Writer(PREFIXES)
    doc = w.iri(DOC[draft.doc_id])
    blocks: list[tuple[str, str]] = []       # (sort key: the subject's IRI, text)
    if with_catalogue:
        pairs: dict[str, list[tuple[str, str]]] = {}
        for _s, p, o in catalogue_triples(draft):
            pairs.setdefault(w.predicate(p), []).append((str(o), w.term(o)))
        blocks.append((str(DOC[draft.doc_id]), _block(w, doc, pairs, {})))
    ev_head = (f"[ {w.iri(OA.hasSelector)} [ a {w.iri(OA.TextPositionSelector)} ;\n"
               f"{' ' * 12}{w.iri(OA.end)} {{end}} ;\n{' ' * 12}{w.iri(OA.start)} {{start}} ] ;\n"
               f"{' ' * 8}{w.iri(OA.hasSource)} {doc} ]")
    ev_pre, rest = ev_head.split("{end}")        # (the pieces around the two offsets: joined
    ev_mid, ev_post = rest.split("{start}")     # per span, not formatted by name)
    evidence_p = w.predicate(NFO.evidence)
    marker_p = [w.iri(p) for p in _MARKERS]
    in_scheme = {str(NFO.Metal): NF.metals, str(NFO.Field): NF.fields}
    rdf_type, label_p, alt_p, scheme_p = RDF.type, RDFS.label, SKOS.altLabel, SKOS.inScheme
    # the text of each predicate and of each IRI object, worked out once per draft (the writer
    # has noted its prefix by then): some 900 statements name a few dozen of them
    p_texts: dict = {}
    iri_texts: dict = {}
    conf_texts: dict = {}       # confidence -> its text (a handful of values)

    def p_text(p) -> str:
        got = p_texts.get(p)
        if got is None:
            got = p_texts[p] = w.predicate(p)
        return got

    def o_text(o) -> str:
        if type(o) is not URIRef:
            return w.term(o)
        got = iri_texts.get(o)
        if got is None:
            got = iri_texts[o] = w.term(o)
        return got

    for ent in draft.entities.values():
        subj = w.iri(ent.iri)
        pairs = {}
        seen_po: set = set()

        def add(p, o) -> None:
            if (p, o) not in seen_po:
                seen_po.add((p, o))
                pairs.setdefault(p_text(p), []).append((str(o), o_text(o)))

        def add_plain(p, text: str) -> None:
            """``add(p, Literal(text))`` without making the literal (a plain literal is
            equal to, and written as, its text's)."""
            key = (p, _Plain(text))
            if key not in seen_po:
                seen_po.add(key)
                pairs.setdefault(p_text(p), []).append((text, turtle_out.string(text)))
        add(rdf_type, ent.cls)
        add_plain(label_p, ent.label)
        for a in sorted(ent.aliases):
            if a != ent.label:
                add_plain(alt_p, a)
        if str(ent.cls) in in_scheme:
            add(scheme_p, in_scheme[str(ent.cls)])
        for pred, obj, _sp, _rule in ent.statements:
            if getattr(obj, "datatype", 0) is None and obj.language is None:    # plain
                add_plain(pred, str(obj))
            else:
                add(pred, obj)
        spans: list[tuple[int, int]] = []
        seen = set()
        for sp in ent.mentions:
            if len(seen) >= MAX_SPANS:
                break
            if (sp.start, sp.end) not in seen:
                seen.add((sp.start, sp.end))
                spans.append((sp.start, sp.end))
        evidence = {evidence_p: [f"{ev_pre}{b}{ev_mid}{a}{ev_post}" for a, b in
                                 sorted(spans, key=lambda se: (str(se[1]), str(se[0])))]} \
            if spans else {}
        rules = ", ".join(turtle_out.string(r) for r in
                          sorted({ent.rule} | {st[3] for st in ent.statements}))
        c = ent.confidence
        conf = conf_texts.get(c) if c else None     # (0.0 and -0.0: each its own text)
        if conf is None:
            conf = str(Decimal(str(round(c, 2))))
            if c:
                conf_texts[c] = conf
        marker = (f"{subj} {marker_p[0]} true ; {marker_p[1]} {rules} ; {marker_p[2]} "
                  f"{conf if '.' in conf else conf + '.0'} .  # DRAFT")
        blocks.append((str(ent.iri), _block(w, subj, pairs, evidence) + "\n" + marker))
    blocks.sort(key=lambda b: b[0])
    body = "\n\n".join(text for _k, text in blocks)
    return (HEADER.format(doc=draft.doc_id, file=_one_line(draft.file_name), cap=MAX_SPANS)
            + w.prefix_lines() + "\n\n" + body + "\n")


class _Plain(str):
    """The text of a plain literal, as a key of what a block already holds (equal only to
    another plain literal's text, as rdflib's ``Literal`` is)."""
    __slots__ = ()

    def __eq__(self, other) -> bool:
        return type(other) is _Plain and str.__eq__(self, other)

    def __ne__(self, other) -> bool:
        return not self == other

    __hash__ = str.__hash__


def _block(w, subj: str, pairs: dict, evidence: dict) -> str:
    """One subject's statement: predicates in order, each one's objects by their text (the
    evidence, blank nodes, after any other object of its predicate)."""
    order = sorted(set(pairs) | set(evidence), key=w.predicate_order)
    out = []
    for p in order:
        objs = [t for _k, t in sorted(pairs.get(p, ()))] + evidence.get(p, [])
        out.append((p, objs))
    return w.block(subj, out)


_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _one_line(name: str) -> str:
    """A file name as shown in the header comment: control characters escaped (a newline in
    it would end the comment)."""
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", name)
