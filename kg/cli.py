"""The ``kg`` command: a thin shell over the library (load, names, links, sparql, ...).

Every command takes ``--format table|json|csv`` and ``--data PATH``. Errors a user can cause
print one line on stderr and exit 1; usage errors exit 2.

Why this module is long: it is kept in one piece on purpose, as the one place to see every
command, its options and help texts. Each command only parses its options, calls one library
function and hands the rows to ``kg.render.output``; no logic lives here.
"""
from __future__ import annotations

import functools
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer
from typing_extensions import Annotated

from kg.model.errors import KGError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  pretty_exceptions_enable=False,
                  help="Explore the knowledge graph of China's non-ferrous metals industry: "
                       "who is linked to whom, when, and according to which document.")


class Fmt(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


FormatOpt = Annotated[Fmt, typer.Option("--format", "-f", help="Output: table (for people), json (for programs) or csv.")]
DataOpt = Annotated[Optional[Path], typer.Option("--data", envvar="KG_DATA", help="A data folder laid out like data/ (default: the shipped graph).", show_default=False)]
StoreOpt = Annotated[Optional[str], typer.Option("--store", envvar="KG_STORE", help="Where the graph lives: memory (default: loaded from --data), oxigraph:PATH (built by `kg build`) or sparql:URL (a SPARQL 1.1 endpoint).", show_default=False)]
SourcesOpt = Annotated[bool, typer.Option("--sources", help="Also list the titles of the source documents.")]


def user_errors(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except KGError as exc:
            from kg.render.output import clean
            typer.echo(f"error: {clean(exc)}", err=True)
            raise typer.Exit(1)
        except RecursionError:
            typer.echo("error: the input is nested too deeply to process", err=True)
            raise typer.Exit(1)
        except BrokenPipeError:
            raise typer.Exit(0)
    return wrapper


def _load(data, store=None):
    from kg.stores import open_kg
    return open_kg(store, data)


def _load_for_links(data, store=None):
    """The compact link index (no rdflib) when it answers for this graph, else the KG."""
    from kg.ask.lookup import open_for_links
    return open_for_links(data, store)


def _resolve(kg, name, cls=None):
    from kg.ask import names
    return names.resolve(kg, name, cls)


def _class(kg, name):
    return kg.resolve_class(name) if name else None


def _matches_note(matches) -> str:
    if len(matches) == 1:
        m = matches[0]
        return f"{m.label}"
    return f"{len(matches)} equally good matches: " + "; ".join(m.label for m in matches)


_PSEUDO_SOURCES = {"inferred": "an inference of the curators, not what a text states",
                   "draft": "proposed by kg ingest, not yet reviewed"}


def _doc_legend(kg, ids) -> list[str]:
    return [f"  {i}: {_PSEUDO_SOURCES.get(i) or kg.document_title(i)}" for i in sorted(ids)]


@app.command()
@user_errors
def linked(name: Annotated[str, typer.Argument(help="A name or alias, e.g. Fugu, CNIA, \"Baowu Magnesium\".")],
           hops: Annotated[int, typer.Option("--hops", min=1, max=4, help="How many steps out to go.")] = 1,
           type_: Annotated[Optional[str], typer.Option("--type", help="Keep links to entities of this class (e.g. Person, Organization, Event).")] = None,
           format: FormatOpt = Fmt.table, sources: SourcesOpt = False, data: DataOpt = None, store: StoreOpt = None):
    """Who and what is linked to NAME, in both directions, with relation and source documents."""
    _linked_answer(_load_for_links(data, store), name, hops, type_, format, sources)


def _linked_answer(kg, name, hops, type_, format, sources):
    """Print the answer of ``kg linked`` over ``kg`` (a KG or the compact link index)."""
    from kg.ask import links as links_mod

    cls = _class(kg, type_)
    matches = _resolve(kg, name)
    result = links_mod.linked(kg, [m.iri for m in matches], hops=hops, cls=cls)
    docs = sorted({d for l in result for d in l.sources})
    why = _inference_reasons(kg, result)
    payload = {"query": name, "matches": [_match_dict(kg, m) for m in matches],
               "links": [{**l.as_dict(), **({"inferred": why[i]} if i in why else {})}
                         for i, l in enumerate(result)]}
    if sources or format == Fmt.json:
        payload["documents"] = {d: kg.document_title(d) for d in docs}
    rows = [{"hop": l.hop, "subject": l.subject.label, "relation": l.relation,
             "object": l.object.label,
             "via / with": _via_text(l), "sources": " ".join(_short(d) for d in l.sources)}
            for l in result]
    cols = ["hop", "subject", "relation", "object", "via / with", "sources"]
    if hops == 1:
        cols.remove("hop")
    from kg.render.output import emit
    extra = [f"{len(result)} links; matched: {_matches_note(matches)}"]
    extra += [f"inferred: {result[i].subject.label} {result[i].relation} {result[i].object.label}: {w}"
              for i, w in sorted(why.items())]
    if sources:
        extra += ["sources:"] + _doc_legend(kg, docs)
    emit(format.value, payload, rows, cols, title=f"Linked to {name!r}", extra_lines=extra)


def _inference_reasons(kg, links) -> dict[int, str]:
    """The curators' reason for each link shown with the source 'inferred' (by position)."""
    from kg.ask.links import inference_reason as reason, is_inferred
    out = {}
    for i, l in enumerate(links):
        if is_inferred(l.sources):
            out[i] = (reason(kg, l.subject.iri, l.predicate, l.object.iri) if l.via is None else None) \
                or "no reason recorded"
    return out


_WITH_SHOWN = 4   # parties of a relation node listed in a table cell (JSON has them all)


def _short(doc_id: str) -> str:
    return doc_id.split("-", 1)[0]


def _via_text(link) -> str:
    parts = []
    if link.via is not None:
        # a post or membership is already spelled out as subject - role - object
        parts.append("post" if link.via.cls == "Post" else f"({link.via.cls or 'via'}) {link.via.label}")
    if link.others:
        shown = link.others[:_WITH_SHOWN]
        more = len(link.others) - len(shown)
        parts.append("with " + "; ".join(f"{o['label']} ({o['relation']})" for o in shown)
                     + (f"; … {more} more (see --format json)" if more > 0 else ""))
    return " ".join(parts)


def _match_dict(kg, m):
    return {"iri": str(m.iri), "label": m.label, "class": kg.class_name(m.iri), "matched": m.name}


@app.command()
@user_errors
def show(name: Annotated[str, typer.Argument(help="A name, alias or IRI.")],
         quote: Annotated[bool, typer.Option("--quote", help="Print the text of each evidence span, read from your copy of the source texts (../shared/sources or $KG_SOURCES).")] = False,
         format: FormatOpt = Fmt.table, sources: SourcesOpt = False, data: DataOpt = None, store: StoreOpt = None):
    """The entity card: IRI, classes, label, aliases, every property, sources and evidence."""
    from rdflib import URIRef
    from kg.ask.cards import card, figures_of_each, quote_evidence
    from kg.render.output import emit, table

    kg = _load(data, store)
    if name.startswith(("http://", "https://")):
        from kg.ask import names
        iris = [names.index(kg).resolve_one(name)]
    else:
        iris = [m.iri for m in _resolve(kg, name)]
    cards = [card(kg, i) for i in iris]
    for c, figs in zip(cards, figures_of_each(kg, [URIRef(c["iri"]) for c in cards])):
        c["figures"] = figs
    if quote:
        from kg.model.evidence import find_sources_dir
        texts = find_sources_dir()
        if texts is None:
            raise KGError("--quote needs the source texts: put them at ../shared/sources or set KG_SOURCES")
        for c in cards:
            quote_evidence(kg, c["evidence"], texts)
        missing = sorted({e["document"] for c in cards for e in c["evidence"] if "text" not in e})
        if missing:
            typer.echo(f"warning: {texts} lacks the text of {', '.join(missing)}: "
                       "those spans are not quoted", err=True)
    if format != Fmt.table:
        rows = [{"iri": c["iri"], "label": c["label"], "direction": p["direction"],
                 "relation": p["relation"], "value": p.get("label", p.get("value")),
                 "value_iri": p.get("iri", ""), "sources": " ".join(p["sources"])}
                for c in cards for p in c["properties"]]
        emit(format.value, {"query": name, "entities": cards}, rows,
             ["iri", "label", "direction", "relation", "value", "value_iri", "sources"])
        return
    for c in cards:
        head = [{"field": "IRI", "value": c["iri"]}, {"field": "label", "value": c["label"]},
                {"field": "classes", "value": ", ".join(c["classes"])},
                {"field": "aliases", "value": "; ".join(c["aliases"])},
                {"field": "sources", "value": " ".join(c["sources"])},
                {"field": "evidence", "value": "; ".join(f"{e['document']} [{e['start']}:{e['end']}]" for e in c["evidence"])}]
        table(head, ["field", "value"], title=c["label"])
        rows = [{"": "→" if p["direction"] == "out" else "←", "relation": p["relation"],
                 "value": p.get("label", p.get("value")),
                 "sources": " ".join(_short(d) for d in p["sources"])} for p in c["properties"]]
        table(rows, ["", "relation", "value", "sources"])
        for p in c["properties"]:
            if "inferred" in p:
                typer.echo(f"inferred: {p['relation']} {p.get('label', p.get('value'))}: {p['inferred']}")
        if c["figures"]:
            table(c["figures"], ["measure", "value", "unit", "period", "kind", "metals", "source"],
                  title=f"Figures ({len(c['figures'])})")
        for e in c["evidence"]:
            if "text" in e:
                from kg.render.output import clean
                typer.echo(clean(f"{e['document'].split('-', 1)[0]} [{e['start']}:{e['end']}]: {e['text']}"))
        if sources:
            docs = sorted({d for p in c["properties"] for d in p["sources"]} | set(c["sources"]))
            typer.echo("sources:\n" + "\n".join(_doc_legend(kg, docs)))


@app.command()
@user_errors
def search(text: Annotated[str, typer.Argument(help="Text to look for in names and aliases.")],
           type_: Annotated[Optional[str], typer.Option("--type", help="Only entities of this class.")] = None,
           limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many results.")] = 20,
           format: FormatOpt = Fmt.table, data: DataOpt = None, store: StoreOpt = None):
    """Ranked name matches for TEXT."""
    from kg.ask import names
    from kg.render.output import emit

    kg = _load(data, store)
    found = names.index(kg).search(text, _class(kg, type_), limit)
    rows = [{"score": m.score, "label": m.label, "class": kg.class_name(m.iri),
             "matched": m.name, "iri": kg.compact(m.iri)} for m in found]
    payload = {"query": text, "results": [{**_match_dict(kg, m), "score": m.score} for m in found]}
    emit(format.value, payload, rows, ["score", "label", "class", "matched", "iri"],
         title=f"Names matching {text!r}")
    if not found:
        from kg.render.output import clean
        near = names.index(kg).suggest(text) if text.strip() else []
        hint = ("; nearest names: " + ", ".join(near)) if near else ""
        raise KGError(f"no name matches {clean(text)!r}{hint}")


@app.command()
@user_errors
def path(a: Annotated[str, typer.Argument(help="First entity (name or IRI).")],
         b: Annotated[str, typer.Argument(help="Second entity (name or IRI).")],
         max_hops: Annotated[int, typer.Option("--max-hops", min=1, help="Longest path to accept.")] = 6,
         limit: Annotated[int, typer.Option("--limit", min=1, help="At most this many paths (the most specific first).")] = 3,
         through_concepts: Annotated[bool, typer.Option("--through-concepts", help="Let paths pass through metal and field concepts (off: \"both concern magnesium\" links half the graph).")] = False,
         format: FormatOpt = Fmt.table, sources: SourcesOpt = False, data: DataOpt = None, store: StoreOpt = None):
    """The shortest connections between A and B, with the relation of every step."""
    from kg.ask import names
    from kg.render.output import emit
    from kg.ask.paths import shortest_paths

    kg = _load(data, store)
    idx = names.index(kg)
    ia, ib = idx.resolve_one(a), idx.resolve_one(b)
    if ia == ib:
        raise KGError(f"{a!r} and {b!r} name the same entity ({kg.label(ia)}): a path needs two")
    paths = shortest_paths(kg, ia, ib, max_hops=max_hops, limit=limit,
                           through_concepts=through_concepts)
    rows = []
    for n, steps in enumerate(paths, 1):
        for i, s in enumerate(steps, 1):
            # read from "from" to "to": the inverse's label for a step against the stated direction
            reading = f"→ {s['reads']}" if s.get("reads") else f"← {s['relation']}"
            rows.append({"path": n, "step": i, "from": s["from"]["label"],
                         "relation": reading, "to": s["to"]["label"],
                         "sources": " ".join(_short(d) for d in s["sources"])})
    payload = {"from": {"iri": str(ia), "label": kg.label(ia)}, "to": {"iri": str(ib), "label": kg.label(ib)},
               "paths": paths}
    docs = sorted({d for p in paths for s in p for d in s["sources"]})
    extra = [f"{len(paths)} shortest path(s) of {len(paths[0]) if paths else 0} step(s)"]
    if sources:
        extra += ["sources:"] + _doc_legend(kg, docs)
    emit(format.value, payload, rows, ["path", "step", "from", "relation", "to", "sources"],
         title=f"{kg.label(ia)} ↔ {kg.label(ib)}", extra_lines=extra)
    if not paths:
        typer.echo(f"error: no path of at most {max_hops} steps between {kg.label(ia)} and {kg.label(ib)}", err=True)
        raise typer.Exit(1)


@app.command()
@user_errors
def timeline(in_: Annotated[Optional[List[str]], typer.Option("--in", help="Only things in this place or any place inside it (repeatable).")] = None,
             about: Annotated[Optional[List[str]], typer.Option("--about", help="Only things linked to this entity (repeatable).")] = None,
             from_: Annotated[Optional[str], typer.Option("--from", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
             to: Annotated[Optional[str], typer.Option("--to", help="Up to this date.")] = None,
             type_: Annotated[Optional[str], typer.Option("--type", help="Only entities of this class (Event, Policy, Standard, ...).")] = None,
             with_subsidiaries: Annotated[bool, typer.Option("--with-subsidiaries", help="With --about: also things linked to its subsidiaries (a row reached only through an inferred link says 'inferred').")] = False,
             format: FormatOpt = Fmt.table, sources: SourcesOpt = False, data: DataOpt = None, store: StoreOpt = None):
    """Dated events, policies, standards and agreements in order."""
    from kg.render.output import emit
    from kg.ask.timeline import timeline as tl

    kg = _load(data, store)
    from kg.model.namespaces import NFO
    places = []
    for p in in_ or []:
        found = [m.iri for m in _resolve(kg, p)]
        kept = [iri for iri in found if kg.is_a(iri, NFO.Place)]
        if not kept:
            raise KGError(f"--in {p!r}: {kg.label(found[0])} is a {kg.class_name(found[0])}, not a "
                          "place (use --about for things linked to it)")
        places += kept
    abouts = [m.iri for a in (about or []) for m in _resolve(kg, a)]
    entries = tl(kg, places, abouts, from_, to, _class(kg, type_), with_subsidiaries=with_subsidiaries)
    rows = [{**e.as_dict(), "places": "; ".join(e.places),
             "sources": " ".join(_short(d) for d in e.sources)} for e in entries]
    payload = {"filters": {"in": in_ or [], "about": about or [], "from": from_, "to": to, "type": type_,
                           "with_subsidiaries": with_subsidiaries},
               "entries": [e.as_dict() for e in entries]}
    docs = sorted({d for e in entries for d in e.sources})
    extra = [f"{len(entries)} dated entries"] + (["sources:"] + _doc_legend(kg, docs) if sources else [])
    emit(format.value, payload, rows, ["date", "what", "label", "class", "places", "sources"],
         title="Timeline", extra_lines=extra)


@app.command()
@user_errors
def figures(name: Annotated[Optional[str], typer.Argument(help="Only figures about (or set by) this entity, e.g. Shaanxi, China, 宝钛集团 (default: every figure).")] = None,
            measure: Annotated[Optional[str], typer.Option("--measure", help="Only this measure (production, capacity, consumption, imports, exports, price, revenue, profit, investment, share, growth, count, ...).")] = None,
            metal: Annotated[Optional[str], typer.Option("--metal", help="Only figures about this metal or a narrower one (aluminium includes primary aluminium).")] = None,
            kind: Annotated[Optional[str], typer.Option("--kind", help="actual, target, forecast or specification.")] = None,
            from_: Annotated[Optional[str], typer.Option("--from", help="Only figures whose period reaches this date or later (YYYY, YYYY-MM or YYYY-MM-DD).")] = None,
            to: Annotated[Optional[str], typer.Option("--to", help="Only figures whose period starts by this date.")] = None,
            lang: Annotated[str, typer.Option("--lang", help="Names in en (default) or zh (Chinese where known).")] = "en",
            format: FormatOpt = Fmt.table, sources: SourcesOpt = False, data: DataOpt = None, store: StoreOpt = None):
    """Figures the texts state (output, capacity, prices, shares, targets, ...), with period, kind and source."""
    from kg.ask import figures as fig
    from kg.render.output import emit

    start, end = fig.check_period(from_, "--from"), fig.check_period(to, "--to")
    if lang not in ("en", "zh"):
        raise KGError(f"--lang {lang!r}: choose en or zh")
    kg = _load(data, store)
    if name and name.startswith(("http://", "https://")):
        from kg.ask import names
        from kg.model.names import Match
        iri = names.index(kg).resolve_one(name)
        matches = [Match(iri, kg.label(iri), name, 1)]
    else:
        matches = _resolve(kg, name) if name else []
    about = [m.iri for m in matches] if name else None
    m_iri = fig.resolve_measure(kg, measure) if measure else None
    k_iri = fig.resolve_kind(kg, kind) if kind else None
    metals = [m.iri for m in _resolve(kg, metal)] if metal else None
    found = fig.figures(kg, about, m_iri, metals, k_iri, start, end, lang=lang)
    docs = sorted({f["document"] for f in found if f["document"]})
    payload = {"query": {"name": name, "measure": measure, "metal": metal, "kind": kind,
                         "from": from_, "to": to, "lang": lang},
               "matches": [_match_dict(kg, m) for m in matches], "figures": found}
    if sources or format == Fmt.json:
        payload["documents"] = {d: kg.document_title(d) for d in docs}
    if format == Fmt.table:
        rows, cols = [fig.short_row(f) for f in found], ["about", "measure", "value", "unit", "period", "kind", "metals", "source"]
    else:
        cols = ["iri", "about", "about_iri", "measure", "growth_of", "value", "value_text", "unit",
                "unit_iri", "value_in_base_unit", "base_unit_iri", "period_start", "period_end",
                "period_label", "kind", "comparisons", "metals", "segment", "set_by", "label", "document", "start", "end"]
        rows = [{c: ("; ".join(f[c]) if isinstance(f[c], list) else f[c]) for c in cols} for f in found]
    extra = [f"{len(found)} figures" + (f"; matched: {_matches_note(matches)}" if matches else "")]
    if sources:
        extra += ["sources:"] + _doc_legend(kg, docs)
    emit(format.value, payload, rows, cols, title="Figures" + (f" about {name!r}" if name else ""),
         extra_lines=extra)


def _parse_params(params: list[str]) -> dict[str, str]:
    out = {}
    for p in params or []:
        if "=" not in p:
            raise KGError(f"--param {p!r}: use name=value")
        k, v = p.split("=", 1)
        out[k.strip()] = v
    return out


@app.command()
@user_errors
def sparql(query: Annotated[str, typer.Argument(help="A SPARQL query, a .rq file, or the name of a query from `kg queries`.")],
           param: Annotated[Optional[List[str]], typer.Option("--param", "-p", help="name=value, bound into the query (repeatable).")] = None,
           format: FormatOpt = Fmt.table, data: DataOpt = None, store: StoreOpt = None,
           timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Stop the query after this many seconds.")] = 300.0,
           max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="At most this many rows (a warning says when there were more).")] = 100_000):
    """Run SPARQL: ad hoc, from a file, or a named query. Prefixes nf:, nfo:, org:, skos:, graph:, ... are predefined.

    Read-only and local: SERVICE, updates and FROM outside the dataset's graphs are refused.
    Ctrl-C (or SIGTERM) stops a running query at once (exit 130, or 143)."""
    from kg.ask import sparql as sp

    try:
        _sparql(sp, query, param, format, data, store, timeout, max_rows)
    except sp.Interrupted as exc:     # Ctrl-C or SIGTERM: the query's process is killed by now
        typer.echo(f"error: interrupted ({exc}): the query was stopped", err=True)
        raise typer.Exit(exc.exit_code)


def _sparql(sp, query, param, format, data, store, timeout, max_rows):
    from kg.render.output import emit

    params = _parse_params(param)
    kg = _load(data, store)
    named = sp.named_queries()
    if query in named:
        q, res = sp.run_named(kg, query, params, timeout=timeout, max_rows=max_rows)
        source = q.name
    else:
        p = Path(query)
        if query.endswith(".rq") or (len(query) < 255 and "\n" not in query and p.is_file()):
            if not p.is_file():
                raise KGError(f"{query}: query file not found")
            q = sp.parse_query_file(p)
            text, source = q.text, str(p)
        else:
            q, text, source = None, query, "query"
        res = sp.run(kg, text, sp.bindings_for(kg, q if q and q.params else None, params), source=source,
                     timeout=timeout, max_rows=max_rows)
    if res.kind == "ask":
        emit(format.value, {"boolean": res.boolean}, [{"answer": str(res.boolean).lower()}], ["answer"])
        return
    if res.kind == "graph":
        sys.stdout.write(res.graph.serialize(format="turtle" if format == Fmt.table else "json-ld"))
        return
    rows = res.plain_rows()
    if res.truncated:
        cap = "--max-rows" if len(rows) >= max_rows else "the endpoint's row cap"
        typer.echo(f"warning: only the first {len(rows):,} rows: the query has more "
                   f"(raise {cap}, or add LIMIT/OFFSET)", err=True)
    shown = [{k: (kg.compact(v) if isinstance(v, str) and v.startswith("https://w3id.org/nfkg/") else v)
              for k, v in r.items()} for r in rows]
    emit(format.value, {"columns": res.columns, "rows": rows}, shown if format == Fmt.table else rows,
         res.columns, extra_lines=[f"{len(rows)} rows"])


@app.command()
@user_errors
def queries(format: FormatOpt = Fmt.table):
    """List the named queries (run one with `kg sparql NAME --param k=v`)."""
    from kg.ask import sparql as sp
    from kg.render.output import emit

    qs = sp.named_queries()
    rows = [{"name": q.name, "title": q.title,
             "params": ", ".join(f"{p.name}{'?' if p.optional else ''} ({p.type})" for p in q.params),
             "description": q.description} for q in qs.values()]
    payload = {"queries": [{"name": q.name, "title": q.title, "description": q.description,
                            "params": [{"name": p.name, "type": p.type, "help": p.help,
                                        "optional": p.optional} for p in q.params]}
                           for q in qs.values()]}
    emit(format.value, payload, rows, ["name", "title", "params", "description"], title="Named queries")


@app.command()
@user_errors
def view(name: Annotated[Optional[str], typer.Argument(help="Centre the view on this entity (default: the whole graph).")] = None,
         hops: Annotated[int, typer.Option("--hops", min=1, max=4, help="Neighbourhood size around NAME.")] = 1,
         output: Annotated[Path, typer.Option("--output", "-o", help="HTML file to write.")] = Path("kg-view.html"),
         collapse: Annotated[bool, typer.Option("--collapse", help="Draw posts, events and agreements as labelled edges.")] = False,
         max_nodes: Annotated[int, typer.Option("--max-nodes", min=0, help="Draw at most this many nodes (the most connected of the outermost ring; the page says what was cut); 0 for no cap.")] = 2000,
         format: FormatOpt = Fmt.table, data: DataOpt = None, store: StoreOpt = None,
         force: Annotated[bool, typer.Option("--force", help="Replace an existing --output file.")] = False):
    """Write an interactive, self-contained HTML view (works offline)."""
    from kg.render.export import refuse_existing
    from kg.render.output import emit
    from kg.render.view import write_view

    if name is not None and not name.strip():
        raise KGError("NAME is empty: give a name to centre on, or leave it out for the whole graph")
    refuse_existing(output, force)
    kg = _load(data, store)
    centers = [m.iri for m in _resolve(kg, name)] if name else None
    path_ = write_view(kg, output, centers=centers, hops=hops, collapse=collapse,
                       max_nodes=max_nodes or None, force=force)
    payload = {"output": str(path_), "centers": [str(c) for c in centers or []]}
    emit(format.value, payload, [{"written": str(path_)}], ["written"])


@app.command()
@user_errors
def export(format: Annotated[str, typer.Option("--format", "-f", help="ttl, trig, nq, jsonld, nt, graphml, gexf or csv (a folder or .zip of nodes.csv + edges.csv).")],
           output: Annotated[Path, typer.Option("--output", "-o", help="File (or folder for csv) to write.")],
           collapse: Annotated[bool, typer.Option("--collapse", help="graphml/gexf/csv: relation nodes as labelled edges.")] = False,
           data: DataOpt = None, store: StoreOpt = None,
           force: Annotated[bool, typer.Option("--force", help="Replace an existing --output file (csv: nodes.csv/edges.csv in the folder).")] = False):
    """Export the dataset (named graphs kept in trig/nq/jsonld) or its network projection."""
    from kg.render.export import FORMATS, check_output, export as do_export

    if format not in FORMATS:
        raise KGError(f"unknown export format {format!r}; choose one of {', '.join(FORMATS)}")
    check_output(format, output, force)
    kg = _load(data, store)
    written = do_export(kg, format, output, collapse=collapse, force=force)
    typer.echo(f"wrote {written}")


@app.command()
@user_errors
def stats(top: Annotated[int, typer.Option("--top", min=1, help="How many most-connected entities.")] = 15,
          format: FormatOpt = Fmt.table, data: DataOpt = None, store: StoreOpt = None):
    """Counts by class and by document; the most connected entities."""
    from kg.render.output import emit, table
    from kg.ask.stats import stats as compute

    kg = _load(data, store)
    s = compute(kg, top)
    if format != Fmt.table:
        rows = [{"kind": "class", "name": k, "count": v} for k, v in s["classes"].items()] + \
               [{"kind": "document", "name": d["document"], "count": d["entities"]} for d in s["documents"]] + \
               [{"kind": "links", "name": m["label"], "count": m["links"]} for m in s["most_connected"]]
        emit(format.value, s, rows, ["kind", "name", "count"])
        return
    typer.echo(f"{s['triples']} triples")
    table([{"class": k, "entities": v} for k, v in s["classes"].items()], ["class", "entities"], title="Entities by class")
    table([{"document": d["document"], "entities": d["entities"], "triples": d["triples"]} for d in s["documents"]],
          ["document", "entities", "triples"], title="By document")
    table(s["most_connected"], ["label", "class", "links"], title="Most connected")


@app.command()
@user_errors
def validate(format: FormatOpt = Fmt.table, data: DataOpt = None, store: StoreOpt = None,
             sources_dir: Annotated[Optional[Path], typer.Option("--texts", envvar="KG_SOURCES", help="Folder of the source texts (default: ../shared/sources).")] = None):
    """Check the graph: SHACL shapes, integrity, names, and evidence spans against the texts."""
    from kg.render.output import emit
    from kg.model.validate import validate as run_validation

    kg = _load(data, store)
    report = run_validation(kg, sources_dir)
    rows = [p.as_dict() for p in report.problems]
    payload = {"ok": report.ok, "problems": rows, "notes": report.notes}
    status = "ok: the graph conforms" if report.ok else f"{sum(p.severity == 'error' for p in report.problems)} problem(s)"
    emit(format.value, payload, rows, ["severity", "check", "file", "entity", "message"],
         title="Validation", extra_lines=report.notes + [status])
    if not report.ok:
        raise typer.Exit(1)


@app.command()
@user_errors
def build(files: Annotated[Optional[List[Path]], typer.Argument(help="RDF files or data folders to load (default: the ontology and the --data folder). Triples go to the graph of their document (doc:<file stem>); .nq/.trig keep their graphs.", show_default=False)] = None,
          store: Annotated[str, typer.Option("--store", envvar="KG_STORE", help="The store to build: oxigraph:PATH.")] = "",
          force: Annotated[bool, typer.Option("--force", help="Replace an existing store at PATH.")] = False,
          format: FormatOpt = Fmt.table, data: DataOpt = None):
    """Build a persistent Oxigraph store (bulk loader) with its name index, for --store oxigraph:PATH."""
    from kg.render.output import emit
    from kg.stores import build as do_build, files_for, parse_spec

    kind, arg = parse_spec(store or None)
    if kind != "oxigraph":
        raise KGError("kg build needs --store oxigraph:PATH (the memory store needs no build; "
                      "a sparql: endpoint is loaded with its own tools)")
    meta = do_build(arg, files_for(files) if files else None, force=force, data_dir=data)
    row = {"store": f"oxigraph:{arg}", "triples": meta["triples"], "names": meta["names"],
           "files": len(meta["files"]), "seconds": meta["seconds"]}
    emit(format.value, {**row, "built": meta["built"]}, [row], list(row))


@app.command()
@user_errors
def serve(host: Annotated[str, typer.Option("--host", help="Address to bind (loopback by default; 0.0.0.0 exposes it to the network).")] = "127.0.0.1",
          port: Annotated[int, typer.Option("--port", min=0, max=65535, help="TCP port (0: any free port, printed).")] = 8765,
          timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Time limit of one query, in seconds (its worker is killed then).")] = 30.0,
          max_rows: Annotated[int, typer.Option("--max-rows", min=1, help="At most this many results (or triples) per query.")] = 10000,
          memory: Annotated[int, typer.Option("--memory", min=64, help="Memory limit of one query, in MB.")] = 1024,
          workers: Annotated[Optional[int], typer.Option("--workers", min=1, max=64, help="Query worker processes (default: 2 to 4, by CPU count).", show_default=False)] = None,
          max_request: Annotated[int, typer.Option("--max-request-bytes", min=1024, help="Largest request body accepted.")] = 1_000_000,
          request_timeout: Annotated[float, typer.Option("--request-timeout", min=0.5, help="Seconds a client has to send a request body (its head: 3 s); idle keep-alive connections close after 5 s.")] = 10.0,
          allow_host: Annotated[Optional[List[str]], typer.Option("--allow-host", help="Also accept this Host name (repeatable; '*' any), e.g. the name a reverse proxy forwards.")] = None,
          cors_origin: Annotated[Optional[List[str]], typer.Option("--cors-origin", help="Let pages of this origin query the endpoint (repeatable; none by default).")] = None,
          verbose: Annotated[bool, typer.Option("--verbose", help="Log every request on stderr.")] = False,
          data: DataOpt = None, store: StoreOpt = None):
    """A read-only SPARQL 1.1 endpoint (/sparql), the explorer pages (/) and the views (/view?name=...)."""
    from kg.model.evidence import find_sources_dir
    from kg.web.app import is_loopback, make_app
    from kg.web.serve import bound_address, listen, make_server

    kg = _load(data, store)
    # the app (and its worker processes) first, so that they do not hold the listening socket
    application = make_app(kg, timeout=timeout, max_rows=max_rows, memory_mb=memory, workers=workers,
                           max_request_bytes=max_request, allowed_hosts=allow_host, bind_host=host,
                           sources_dir=find_sources_dir(), cors_origins=tuple(cor for cor in cors_origin or ()),
                           request_timeout=request_timeout)
    try:
        sock = listen(host, port)
    except KGError:
        application.state.pool.close()
        raise
    server = make_server(application, sock, request_timeout=request_timeout, verbose=verbose)
    h, p = bound_address(sock)
    if not is_loopback(host):
        typer.echo(f"warning: listening on {host}, reachable from other machines"
                   + ("" if allow_host else " (any Host name accepted; --allow-host NAME restricts it)"), err=True)
    typer.echo(f"SPARQL endpoint: http://{h}:{p}/sparql   explorer: http://{h}:{p}/   (Ctrl-C stops)", err=True)
    try:
        server.run(sockets=[sock])
    except KeyboardInterrupt:
        pass
    finally:
        application.state.pool.close()
        sock.close()


@app.command()
@user_errors
def ingest(path: Annotated[Path, typer.Argument(help="The article: one UTF-8 text file.")],
           id: Annotated[str, typer.Option("--id", help="Document id, e.g. 005-fugu-signing-2025 (lower case, digits, '-').")],
           output: Annotated[Path, typer.Option("--output", "-o", help="Where to write the draft Turtle file.")],
           review: Annotated[Optional[Path], typer.Option("--review", help="Also write a self-contained review page (HTML).")] = None,
           title: Annotated[Optional[str], typer.Option("--title", help="Title (default: the text's first line).")] = None,
           date: Annotated[Optional[str], typer.Option("--date", help="YYYY, YYYY-MM or YYYY-MM-DD (default: the date the text shows at its top).")] = None,
           publisher: Annotated[Optional[str], typer.Option("--publisher", help="Publisher (a known name becomes a link).")] = None,
           url: Annotated[Optional[str], typer.Option("--url", help="Where the article was published.")] = None,
           into: Annotated[Optional[Path], typer.Option("--into", help="Also put the draft into this data folder (triples/ID.ttl, catalogue entry, text).")] = None,
           replace: Annotated[bool, typer.Option("--replace", help="With --into: replace a document with the same id.")] = False,
           force: Annotated[bool, typer.Option("--force", help="Replace existing --output/--review files.")] = False,
           texts: Annotated[Optional[Path], typer.Option("--texts", envvar="KG_SOURCES", help="With --into: folder of the source texts to copy the article to (default: ../shared/sources).")] = None,
           rows: Annotated[int, typer.Option("--rows", min=0, help="Table rows shown (new entities first); --format json, the draft and the review page have them all.")] = 30,
           format: FormatOpt = Fmt.table, data: DataOpt = None, store: StoreOpt = None):
    """Draft the statements of a new article (known names linked, new entities and relations proposed, each marked draft) for review."""
    from kg.ingest.command import tuned

    with tuned(path, date):     # patterns kept between runs, no cycle collection (this command)
        from kg.ingest.run import run, summary
        from kg.ingest.knowledge.snapshot import open_for_ingest

        kg = open_for_ingest(data, store)      # the cached ingest snapshot when nothing changed
        draft = run(kg, path, id, output, review=review, title=title, date=date,
                    publisher=publisher, url=url, force=force, into=into, replace=replace,
                    texts=texts)
    from kg.render.output import emit

    payload = summary(draft)
    # the table: new entities first (what needs review), at most --rows; JSON and CSV have all
    everything = sorted(payload["entities"], key=lambda e: e["known"])
    shown = everything[:rows] if format == Fmt.table else everything
    cut = ([f"{len(everything) - len(shown)} more rows not shown: --rows N, --format json, the "
            "draft and the review page (--review) have them all"] if len(shown) < len(everything) else [])
    emit(format.value, payload, shown, ["class", "label", "iri", "known", "mentions", "rule", "confidence"],
         title=f"Draft of {id}", extra_lines=cut + [
             f"{payload['known_entities']} known entities ({payload['known_mentions']} mentions), "
             f"{payload['new_entities']} new, {payload['relation_nodes']} relation nodes, "
             f"{payload['statements']} statements: written to {output}"]
         + ([f"replaced the old document's files: {', '.join(payload['replaced_files'])}"]
            if payload["replaced_files"] else [])
         + [f"warning: {w}" for w in payload["warnings"]], plain=True)
    if format != Fmt.table:
        # (a group of rules a failing rule cut short, kg/ingest/stages.py: CSV and JSON print
        # no notes, and a script reading them must still be told the draft lacks that group's)
        from kg.ingest.stages import skipped
        for w in skipped(draft):
            typer.echo(f"warning: {w}", err=True)


def _version(value: bool):
    if value:
        from importlib.metadata import PackageNotFoundError, version
        try:
            typer.echo(f"kg {version('nonferrous-kg')}")
        except PackageNotFoundError:
            typer.echo("kg (version unknown: not installed)")
        raise typer.Exit(0)


@app.callback()
def _root(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False):
    """Explore the knowledge graph of China's non-ferrous metals industry: who is linked to whom, when, and according to which document."""


def _app_run(argv):
    """The app ``main`` builds its click command from: for ``kg COMMAND ...``, the app with that
    command alone. Typer works out every command's options from its signature (some 120 M
    instructions for the fifteen commands, about a fifth of a second under valgrind) and a run
    uses one. The same parsing, errors and ``--help`` of that command; no argument, an option
    first (``--version``, ``--help``) or a name that is no command gets the whole app, so its
    help and "No such command" are as before."""
    if len(argv) < 2 or argv[1].startswith("-"):
        return app
    import copy
    one = copy.copy(app)
    one.registered_commands = [c for c in app.registered_commands
                               if (c.name or c.callback.__name__.replace("_", "-")) == argv[1]]
    return one if len(one.registered_commands) == 1 else app


def main():
    for stream in (sys.stdout, sys.stderr):   # a strict ASCII terminal gets \u escapes, not a crash
        try:
            stream.reconfigure(errors="backslashreplace")
        except (AttributeError, ValueError):
            pass
    try:        # typer >= 0.20 carries its own click
        from typer._click import exceptions as cx
    except ImportError:
        from click import exceptions as cx
    from kg.render.output import clean
    try:    # usage errors as one line on stderr (click prints a usage block otherwise)
        code = typer.main.get_command(_app_run(sys.argv)).main(prog_name="kg", standalone_mode=False)
    except cx.UsageError as exc:
        if type(exc).__name__ == "NoArgsIsHelpError":      # bare `kg`: the help, as before
            typer.echo(exc.format_message(), err=True)
            sys.exit(2)
        where = f" (see `{exc.ctx.command_path} --help`)" if exc.ctx else ""
        typer.echo(f"error: {clean(exc.format_message())}{where}", err=True)
        sys.exit(2)
    except cx.ClickException as exc:
        typer.echo(f"error: {clean(exc.format_message())}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("error: interrupted", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
