"""SPARQL results on the wire: content negotiation (``Accept`` or ``format=``) and the
serialisations of SELECT/ASK results (SPARQL JSON, XML, CSV, TSV) and of graphs (Turtle,
N-Triples, JSON-LD, RDF/XML). Pure functions: used by the query workers (kg.web.engine) and
the routes (kg.web.endpoint)."""
from __future__ import annotations

import csv
import io
import json
from xml.sax.saxutils import escape

SELECT_TYPES = {
    "application/sparql-results+json": "json", "application/json": "json",
    "application/sparql-results+xml": "xml", "application/xml": "xml", "text/xml": "xml",
    "text/csv": "csv", "text/tab-separated-values": "tsv",
}
GRAPH_TYPES = {
    "text/turtle": "ttl", "application/x-turtle": "ttl", "application/n-triples": "nt",
    "text/plain": "nt", "application/ld+json": "jsonld", "application/json": "jsonld",
    "application/rdf+xml": "rdfxml",
}
CONTENT_TYPE = {
    "json": "application/sparql-results+json; charset=utf-8",
    "xml": "application/sparql-results+xml; charset=utf-8",
    "csv": "text/csv; charset=utf-8", "tsv": "text/tab-separated-values; charset=utf-8",
    "ttl": "text/turtle; charset=utf-8", "nt": "application/n-triples; charset=utf-8",
    "jsonld": "application/ld+json; charset=utf-8", "rdfxml": "application/rdf+xml; charset=utf-8",
}
_PARAM_FORMATS = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "ttl": "ttl",
                  "turtle": "ttl", "nt": "nt", "ntriples": "nt", "jsonld": "jsonld",
                  "json-ld": "jsonld", "rdfxml": "rdfxml"}


def accept_ranked(accept: str) -> list[tuple[float, str]]:
    """(q, media type) of each entry of an Accept header, best first (ties in header order)."""
    out = []
    for i, part in enumerate((accept or "").split(",")):
        bits = [b.strip() for b in part.split(";")]
        if not bits[0] or bits[0].startswith("q="):
            continue
        q = 1.0
        for b in bits[1:]:
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        out.append((-q, i, bits[0].lower()))
    return [(-nq, t) for nq, _, t in sorted(out)]


def _accepted(accept: str) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured)."""
    return [t for _q, t in accept_ranked(accept)]


def negotiate(accept: str, kind: str, param: str | None = None) -> str:
    """The output format for a ``select`` (also ASK) or ``graph`` result."""
    table, default = (SELECT_TYPES, "json") if kind == "select" else (GRAPH_TYPES, "ttl")
    if param:
        fmt = _PARAM_FORMATS.get(param.lower())
        if fmt in table.values():
            return fmt
    for t in _accepted(accept):
        if t in table:
            return table[t]
        if t in ("*/*", "application/*", "text/*"):
            return default
    return default


# --- result serialisation ------------------------------------------------------------------
def _term_json(t) -> dict:
    import pyoxigraph as ox

    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    return {"type": "triple", "value": str(t)}


def _term_xml(t) -> str:
    d = _term_json(t)
    v = escape(d["value"])
    if d["type"] == "uri":
        return f"<uri>{v}</uri>"
    if d["type"] == "bnode":
        return f"<bnode>{v}</bnode>"
    attrs = ""
    if "xml:lang" in d:
        attrs = f' xml:lang="{escape(d["xml:lang"])}"'
    elif "datatype" in d:
        attrs = f' datatype="{escape(d["datatype"])}"'
    return f"<literal{attrs}>{v}</literal>"


def _term_csv(t) -> str:
    import pyoxigraph as ox

    if isinstance(t, ox.BlankNode):
        return "_:" + t.value
    return getattr(t, "value", str(t))


def serialize_select(variables: list[str], rows: list[dict], fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {"vars": variables}, "results": {"bindings": [
            {k: _term_json(v) for k, v in r.items() if v is not None} for r in rows]}},
            ensure_ascii=False).encode("utf-8")
    if fmt == "xml":
        parts = ['<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">',
                 "<head>" + "".join(f'<variable name="{escape(v)}"/>' for v in variables) + "</head>",
                 "<results>"]
        for r in rows:
            parts.append("<result>" + "".join(
                f'<binding name="{escape(k)}">{_term_xml(v)}</binding>'
                for k, v in r.items() if v is not None) + "</result>")
        parts.append("</results></sparql>")
        return "\n".join(parts).encode("utf-8")
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(variables)
        for r in rows:
            w.writerow([_term_csv(r[v]) if r.get(v) is not None else "" for v in variables])
        return buf.getvalue().encode("utf-8")
    # tsv: terms in their SPARQL/Turtle form
    lines = ["\t".join("?" + v for v in variables)]
    for r in rows:
        lines.append("\t".join(str(r[v]) if r.get(v) is not None else "" for v in variables))
    return ("\n".join(lines) + "\n").encode("utf-8")


def serialize_ask(value: bool, fmt: str) -> bytes:
    if fmt == "json":
        return json.dumps({"head": {}, "boolean": bool(value)}).encode()
    if fmt == "xml":
        return ('<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(bool(value)).lower()}</boolean></sparql>").encode()
    return (("_askResult\r\n" if fmt == "csv" else "?_askResult\n")
            + str(bool(value)).lower() + "\n").encode()


def serialize_graph(triples: list, fmt: str) -> bytes:
    import pyoxigraph as ox

    from kg.model.namespaces import PREFIXES

    form = {"ttl": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES,
            "jsonld": ox.RdfFormat.JSON_LD, "rdfxml": ox.RdfFormat.RDF_XML}[fmt]
    kw = {"prefixes": {p: str(ns) for p, ns in PREFIXES.items()}} if fmt in ("ttl", "rdfxml") else {}
    return ox.serialize(triples, format=form, **kw) or b""
