"""What the home, document and timeline pages show, as plain data.

The document's text is read only from the sources folder, through the file name the catalogue
gives (:func:`kg.model.evidence.document_files`), and only if it resolves inside that folder;
nothing in a URL is ever turned into a path."""
from __future__ import annotations

from pathlib import Path

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kg.ask import sparql as sp
from kg.ask.stats import stats
from kg.model.evidence import document_files
from kg.model.literals import lexical
from kg.model.namespaces import DOC, NFO, OA, SKIP

STATEMENTS_MAX = 3000


def home(kg, top: int = 12) -> dict:
    s = stats(kg, top)
    docs = [{"id": kg.doc_id(g), "title": kg.document_title(kg.doc_id(g))}
            for g in kg.document_graphs()]
    return {"triples": s["triples"], "classes": s["classes"], "documents": docs,
            "starting_points": s["most_connected"]}


def text_of(kg, doc: URIRef, sources_dir: Path | None) -> str | None:
    """The text of ``doc`` from ``sources_dir``, or None (no folder, no file, or a file name
    that would lead outside the folder)."""
    if sources_dir is None:
        return None
    root = Path(sources_dir).resolve()
    path = document_files(kg.union, root).get(doc)
    if path is None:
        return None
    path = path.resolve()
    if root not in path.parents or not path.is_file():
        return None
    return path.read_text(encoding="utf-8")


def _mentions(kg, doc: URIRef) -> list[tuple[int, int, URIRef]]:
    q = ("SELECT ?e ?s ?t WHERE { ?e nfo:evidence ?ev . ?ev oa:hasSource ?doc ; "
         "oa:hasSelector ?sel . ?sel oa:start ?s ; oa:end ?t }")
    res = sp.run(kg, q, {"doc": doc}, source="document mentions")
    out = []
    for r in res.rows:
        try:
            out.append((int(r["s"]), int(r["t"]), r["e"]))
        except (TypeError, ValueError):
            continue
    return out


def segments(kg, text: str, spans) -> list[dict]:
    """The text cut into plain pieces and mentions; where spans overlap the shortest wins
    (a name inside a sentence quoted for a figure)."""
    taken: list[tuple[int, int, URIRef]] = []
    for s, e, who in sorted(spans, key=lambda t: (t[1] - t[0], t[0], str(t[2]))):
        if not (0 <= s < e <= len(text)):
            continue
        if any(s < b and a < e for a, b, _ in taken):
            continue
        taken.append((s, e, who))
    taken.sort()
    out, pos = [], 0
    for s, e, who in taken:
        if s > pos:
            out.append({"text": text[pos:s]})
        out.append({"text": text[s:e], "iri": str(who), "label": kg.label(who),
                    "class": kg.class_name(who)})
        pos = e
    if pos < len(text):
        out.append({"text": text[pos:]})
    return out


def document(kg, doc_id: str, sources_dir: Path | None) -> dict | None:
    graphs = {kg.doc_id(g): g for g in kg.document_graphs()}
    doc = DOC[doc_id]
    if doc_id not in graphs and kg.union.value(doc, RDF.type) is None:
        return None
    catalogue = []
    for p, o in kg.union.predicate_objects(doc):
        if p in (RDF.type, RDFS.label) or isinstance(o, BNode):
            continue
        item = {"relation": kg.label(p)}
        if isinstance(o, Literal):
            item["value"] = lexical(o)
        else:
            item.update({"iri": str(o), "label": kg.label(o)})
        catalogue.append(item)
    catalogue.sort(key=lambda d: d["relation"])
    statements, truncated = [], False
    if doc_id in graphs:
        q = (f"SELECT ?s ?p ?o WHERE {{ GRAPH <{graphs[doc_id]}> {{ ?s ?p ?o }} }} "
             f"LIMIT {STATEMENTS_MAX + 1}")
        rows = sp.run(kg, q, source="document statements").rows
        truncated = len(rows) > STATEMENTS_MAX
        for r in rows[:STATEMENTS_MAX]:
            s, p, o = r["s"], r["p"], r["o"]
            if isinstance(s, BNode) or isinstance(o, BNode) or p in SKIP and p != RDF.type \
                    or p in (NFO.evidence, OA.hasSource):
                continue
            item = {"subject": {"iri": str(s), "label": kg.label(s)}, "relation": kg.label(p)}
            if isinstance(o, Literal):
                item["value"] = lexical(o)
            else:
                item["object"] = {"iri": str(o), "label": kg.label(o)}
            statements.append(item)
        statements.sort(key=lambda d: (d["subject"]["label"], d["relation"] != "type", d["relation"]))
    text = text_of(kg, doc, sources_dir)
    return {"id": doc_id, "iri": str(doc), "title": kg.document_title(doc_id),
            "catalogue": catalogue, "statements": statements, "truncated": truncated,
            "text_available": text is not None,
            "text": segments(kg, text, _mentions(kg, doc)) if text is not None else []}
