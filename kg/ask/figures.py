"""Figures: the numbers the texts state (``nfo:Observation``), as plain rows.

``figures(kg, ...)`` runs the named query ``queries/figures.rq`` (so it answers the same on
every store: memory, oxigraph, sparql) and filters its rows by measure, metal (a metal and
every narrower one), kind and period. Measures and kinds are resolved by their labels in
their SKOS schemes (``resolve_measure``, ``resolve_kind``), metals through the name index.
Rows carry English labels; ``lang="zh"`` shows the Chinese name of what a figure is about
where the graph has one.
"""
from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from rdflib import Literal, URIRef
from rdflib.namespace import RDFS, SKOS

from kg.model.errors import KGError
from kg.model.literals import lexical
from kg.model.names import normalise
from kg.model.namespaces import NFO

_PERIOD = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
COLUMNS = ["about", "measure", "value", "unit", "period", "kind", "metals", "label", "source"]


def _concepts(kg, scheme: URIRef) -> dict[str, set[URIRef]]:
    """Normalised labels, aliases and local names of the concepts of ``scheme``."""
    out: dict[str, set[URIRef]] = {}
    for c in kg.union.subjects(SKOS.inScheme, scheme):
        if not isinstance(c, URIRef):
            continue
        names = [str(o) for p in (RDFS.label, SKOS.altLabel) for o in kg.union.objects(c, p)
                 if isinstance(o, Literal)]
        local = str(c).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        names += [local, local.split("-", 1)[-1], kg.compact(c)]
        for n in names:
            key = normalise(n)
            if key:
                out.setdefault(key, set()).add(c)
    return out


def _resolve_concept(kg, scheme: URIRef, text: str, what: str) -> URIRef:
    if text.startswith(("http://", "https://")):
        return URIRef(text)
    known = _concepts(kg, scheme)
    q = normalise(text)
    hits = known.get(q) or {c for k, cs in known.items() if k.startswith(q) for c in cs}
    if len(hits) == 1:
        return next(iter(hits))
    labels = sorted({kg.label(c) for cs in known.values() for c in cs})
    if not hits:
        raise KGError(f"unknown {what} {text!r}; known: {', '.join(labels)}")
    raise KGError(f"{what} {text!r} is ambiguous: " + ", ".join(sorted(kg.label(c) for c in hits)))


def resolve_measure(kg, text: str) -> URIRef:
    """A measure of the scheme ``nfo:measures`` by label, alias or local name."""
    return _resolve_concept(kg, NFO.measures, text, "measure")


def resolve_kind(kg, text: str) -> URIRef:
    """A kind of figure (actual, target, forecast, specification) by label."""
    return _resolve_concept(kg, NFO.figureKinds, text, "kind of figure")


def narrower_closure(kg, concepts) -> set[URIRef]:
    """``concepts`` and every concept below them (``skos:broader``, transitively)."""
    seen = set(concepts)
    todo = list(seen)
    while todo:
        c = todo.pop()
        for n in kg.union.subjects(SKOS.broader, c):
            if n not in seen:
                seen.add(n)
                todo.append(n)
    return seen


def check_period(text: str | None, option: str) -> str | None:
    if text is None:
        return None
    if not _PERIOD.match(text):
        raise KGError(f"{option} {text!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    from kg.ask.timeline import interval
    try:
        interval(text)
    except KGError:
        raise KGError(f"{option} {text!r}: not a valid date") from None
    return text


def _within(start: str | None, end: str | None, frm: str | None, to: str | None) -> bool:
    """Does the period [start, end] overlap [frm, to]? Compared at the coarser precision."""
    if frm is None and to is None:
        return True
    lo, hi = start or end, end or start
    if lo is None:
        return False
    if frm is not None:
        n = min(len(hi), len(frm))
        if hi[:n] < frm[:n]:
            return False
    if to is not None:
        n = min(len(lo), len(to))
        if lo[:n] > to[:n]:
            return False
    return True


def _number(lit) -> int | float | None:
    if lit is None:
        return None
    try:
        d = Decimal(lexical(lit) if isinstance(lit, Literal) else str(lit))
    except InvalidOperation:
        return None
    if not d.is_finite():           # "INF", "NaN": a float (JSON writes it as null)
        return float(d)
    return int(d) if d == d.to_integral_value() else float(d)


def _s(v) -> str | None:
    if v is None:
        return None
    return lexical(v) if isinstance(v, Literal) else str(v)


def _period_text(row: dict) -> str:
    ps, pe = row["period_start"], row["period_end"]
    if ps and pe:
        return ps if ps == pe else f"{ps} – {pe}"
    return ps or pe or row.get("period_label") or ""


def _row(kg, r: dict, lang: str) -> dict:
    about_en = _s(r.get("aboutLabel")) or kg.compact(r["subject"])
    about_zh = _s(r.get("aboutZh"))
    doc = r.get("doc")
    out = {
        "iri": str(r["obs"]),
        "label": _s(r.get("label")) or "",
        "about_iri": str(r["subject"]),
        "about": (about_zh or about_en) if lang == "zh" else about_en,
        "about_zh": about_zh,
        "measure": _s(r.get("measureLabel")) or "",
        "measure_iri": _s(r.get("measure")),
        "growth_of": _s(r.get("growthOfLabel")),
        "value": _number(r.get("value")),
        "value_text": _s(r.get("valueText")),
        "unit": _s(r.get("unitLabel")) or _s(r.get("unitText")) or "",
        "unit_iri": _s(r.get("unit")),
        "unit_text": _s(r.get("unitText")),
        "value_in_base_unit": _number(r.get("valueBase")),
        "base_unit_iri": _s(r.get("baseUnit")),
        "currency": _s(r.get("currency")),
        "period_start": _s(r.get("periodStart")),
        "period_end": _s(r.get("periodEnd")),
        "period_label": _s(r.get("periodLabel")),
        "kind": _s(r.get("kindLabel")) or "",
        "kind_iri": _s(r.get("kind")),
        "comparisons": sorted(kg.compact(c) for c in (_s(r.get("comparisons")) or "").split()),
        "compared_with_period": _s(r.get("comparedWith")),
        "approximation": kg.compact(r["approximation"]) if r.get("approximation") is not None else None,
        "segment": _s(r.get("segment")),
        "set_by_iri": _s(r.get("setBy")),
        "set_by": _s(r.get("setByLabel")),
        "metal_iris": sorted((_s(r.get("metals")) or "").split()),
        "document": kg.doc_id(doc) if doc is not None else None,
        "start": _number(r.get("start")),
        "end": _number(r.get("end")),
    }
    out["metals"] = [kg.label(URIRef(m)) for m in out["metal_iris"]]
    out["period"] = _period_text(out)
    return out


def figures(kg, about=None, measure: URIRef | None = None, metals=None, kind: URIRef | None = None,
            start: str | None = None, end: str | None = None, lang: str = "en") -> list[dict]:
    """Figures as plain dicts, optionally only those about (or set by) the entities ``about``,
    of one measure, concerning one of ``metals`` (or a narrower metal; a figure about a metal
    counts too), of one kind, whose period overlaps [``start``, ``end``]."""
    from kg.ask import sparql

    if lang not in ("en", "zh"):
        raise KGError(f"--lang {lang!r}: choose en or zh")
    q = sparql.named_queries()["figures"]
    if about:
        # the figures of a few entities: find them first and ask about each (most entities
        # have none; a query over every figure filtered afterwards costs seconds in rdflib)
        found = set()
        for t in about:
            found |= set(kg.union.subjects(NFO.observationAbout, t))
            found |= set(kg.union.subjects(NFO.setBy, t))
        if not found:
            return []
        # one query for all of them: the figures as the query's starting solutions
        text = q.text.replace("WHERE {", "WHERE {\n  VALUES ?obs { "
                              + " ".join(o.n3() for o in sorted(found)) + " }", 1)
    else:
        text = q.text
    raw = {}
    res = sparql.run(kg, text, {}, source=str(q.path))
    for r in res.rows:
        raw[str(r["obs"])] = r
    rows = [_row(kg, r, lang) for r in raw.values()]
    metal_set = {str(m) for m in narrower_closure(kg, metals)} if metals else None
    out = []
    for row in rows:
        if measure is not None and row["measure_iri"] != str(measure):
            continue
        if kind is not None and row["kind_iri"] != str(kind):
            continue
        if metal_set is not None and not (metal_set & set(row["metal_iris"])
                                          or row["about_iri"] in metal_set):
            continue
        if not _within(row["period_start"], row["period_end"], start, end):
            continue
        out.append(row)
    out.sort(key=lambda r: (r["about"], r["measure"], r["period_start"] or "", r["period_end"] or "",
                            r["iri"]))
    return out


def short_row(row: dict) -> dict:
    """A figure as a table row (the columns of :data:`COLUMNS`)."""
    value = row["value_text"] if row["value"] is None else _fmt(row["value"])
    approx = {"nfo:approx-about": "about ", "nfo:approx-over": "over ", "nfo:approx-nearly": "nearly ",
              "nfo:approx-at-least": "at least ", "nfo:approx-under": "under ",
              "nfo:approx-up-to": "up to "}.get(row["approximation"] or "", "")
    measure = row["measure"] + (f" of {row['growth_of']}" if row["growth_of"] else "")
    return {"about": row["about"], "measure": measure, "value": approx + (value or ""),
            "unit": row["unit"], "period": row["period"], "kind": row["kind"],
            "metals": "; ".join(row["metals"]), "label": row["label"],
            "source": (row["document"] or "").split("-", 1)[0]}


def _fmt(v) -> str:
    return f"{v:,}" if isinstance(v, int) else f"{v:,.6f}".rstrip("0").rstrip(".")
