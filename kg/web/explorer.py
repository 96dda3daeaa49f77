"""The explorer: read-only HTML pages over a KG, mounted by ``kg serve`` beside ``/sparql``.

``routes(kg, sources_dir)`` returns the Starlette routes (no global state: everything lives in
the closure of one call):

* ``/`` home (search with type-ahead from ``/api/names?q=``, counts by class, documents,
  starting points); ``/search?q=`` the full list of matches;
* ``/id/{slug}`` the page of ``https://w3id.org/nfkg/id/{slug}`` — the same URL answers
  ``text/turtle`` and ``application/ld+json`` (content negotiation on ``Accept``, or
  ``?format=ttl|jsonld``) so RDF tools can dereference the IRI; ``/entity?iri=`` any other
  IRI; ``/id/{slug}/view`` its neighbourhood drawing (:func:`kg.render.view.render_view`);
* ``/doc/{id}`` a document: catalogue entry, statements, the text with mentions linked;
* ``/timeline`` with the CLI's filters (``in``, ``about``, ``from``, ``to``, ``type``);
* ``/query`` the SPARQL editor (named queries as examples; it POSTs to ``/sparql``);
* ``/classes.css`` one colour per class (:func:`kg.render.view.class_colour`); ``/static``.

Every page is also JSON with ``?format=json`` (or ``.json`` after the slug / id). Pages are
Jinja2 templates with autoescaping and a Content Security Policy that allows nothing but this
origin (no inline script)."""
from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import quote

from jinja2 import Environment, FileSystemLoader, select_autoescape
from rdflib import Graph, URIRef
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from starlette.routing import BaseRoute, Mount, Route
from starlette.staticfiles import StaticFiles

from kg.ask import names as names_mod
from kg.model.errors import KGError
from kg.model.names import NameNotFound
from kg.model.namespaces import DOC, NF, PREFIXES
from kg.web.results import accept_ranked

HERE = Path(__file__).resolve().parent
TEMPLATES = HERE / "templates"
STATIC = HERE / "static"
CSP = ("default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; frame-src 'self'; font-src 'self'; form-action 'self'; "
       "base-uri 'none'; frame-ancestors 'self'")
VIEW_CSP = ("default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'self'")
RDF_TYPES = {"text/turtle": "ttl", "application/x-turtle": "ttl", "application/ld+json": "jsonld"}
_SLUG = re.compile(r"^[A-Za-z0-9._~%-]+$")


def href(iri) -> str:
    """The explorer URL of an IRI (never the IRI itself: no ``javascript:`` can get through)."""
    s = str(iri)
    if s.startswith(str(NF)) and _SLUG.match(s[len(str(NF)):]):
        return "/id/" + quote(s[len(str(NF)):], safe="")
    if s.startswith(str(DOC)) and _SLUG.match(s[len(str(DOC)):]):
        return "/doc/" + quote(s[len(str(DOC)):], safe="")
    return "/entity?iri=" + quote(s, safe="")


def class_token(name: str) -> str:
    """A CSS class for an ontology class name (``c-Company``); first class of a list."""
    first = (name or "").split(",")[0].strip()
    return "c-" + (re.sub(r"[^A-Za-z0-9_-]", "", first) or "none")


def _environment() -> Environment:
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    env.globals.update(href=href, cls=class_token, short=lambda d: str(d).split("-", 1)[0])
    return env


def _preferred(request: Request, offered: list[str]) -> str | None:
    """The media type of ``offered`` the Accept header ranks highest (None: HTML or none)."""
    best, best_q = None, 0.0
    for q, kind in accept_ranked(request.headers.get("accept", "")):
        if kind in ("text/html", "application/xhtml+xml") and q > best_q:
            best, best_q = None, q + 1e-9     # HTML wins ties
        elif kind in offered and q > best_q:
            best, best_q = kind, q
    return best


def routes(kg, sources_dir: Path | None) -> list[BaseRoute]:
    """The explorer's routes over ``kg`` (texts for quotes from ``sources_dir``, if given)."""
    from kg.web import pages_docs, pages_entity

    env = _environment()
    sources_dir = Path(sources_dir) if sources_dir else None
    cache: dict = {}

    def wants_json(request: Request, suffix: bool = False) -> bool:
        return suffix or request.query_params.get("format") == "json"

    def page(request, template: str, data: dict, status: int = 200, suffix: bool = False):
        if wants_json(request, suffix):
            return JSONResponse(data, status_code=status)
        html = env.get_template(template).render(data=data, request_path=request.url.path,
                                                 texts=sources_dir is not None)
        return HTMLResponse(html, status_code=status, headers={"Content-Security-Policy": CSP})

    def error(request, status: int, message: str, suffix: bool = False):
        return page(request, "error.html", {"error": message, "status": status}, status, suffix)

    def split_suffix(value: str) -> tuple[str, bool]:
        return (value[:-5], True) if value.endswith(".json") else (value, False)

    def home(request: Request):
        if "home" not in cache:
            cache["home"] = pages_docs.home(kg)
        return page(request, "home.html", cache["home"])

    def names_api(request: Request):
        q = request.query_params.get("q", "").strip()[:200]
        try:
            limit = max(1, min(50, int(request.query_params.get("limit", "10"))))
        except ValueError:
            limit = 10
        found = names_mod.index(kg).search(q, None, limit) if q else []
        return JSONResponse({"query": q, "results": [
            {"iri": str(m.iri), "label": m.label, "matched": m.name, "class": kg.class_name(m.iri),
             "href": href(m.iri), "score": m.score} for m in found]})

    def search(request: Request):
        """Straight to the entity only when ``q`` is exactly one entity's name or alias (as
        the CLI resolves names); otherwise the list, saying when nothing is named ``q``."""
        q = request.query_params.get("q", "").strip()[:200]
        idx = names_mod.index(kg)
        found = idx.search(q, None, 50) if q else []
        try:
            named = idx.resolve(q) if q else []
        except names_mod.NameNotFound:
            named = []
        exact = {m.iri for m in named if m.tier <= 2}
        if len(named) == 1 and exact and not wants_json(request):
            return RedirectResponse(href(named[0].iri), status_code=303)
        notice = None
        if len(exact) > 1 or (exact and len(named) > 1):
            notice = f"{q!r} names {len(named)} entities equally well"
        elif q:
            notice = str(names_mod.NameNotFound(q, idx.suggest(q)))
        return page(request, "search.html", {"query": q, "notice": notice, "results": [
            {"iri": str(m.iri), "label": m.label, "matched": m.name,
             "class": kg.class_name(m.iri), "score": m.score} for m in found]})

    def entity_response(request: Request, iri: URIRef, suffix: bool):
        if not pages_entity.exists(kg, iri):
            return error(request, 404, f"no entity {iri} in this graph", suffix)
        fmt = request.query_params.get("format")
        rdf = {"ttl": "ttl", "turtle": "ttl", "jsonld": "jsonld", "json-ld": "jsonld"}.get(fmt or "")
        if rdf is None and not suffix and fmt != "json":
            rdf = RDF_TYPES.get(_preferred(request, list(RDF_TYPES)) or "")
        if rdf:
            return describe(iri, rdf)
        data = pages_entity.entity(kg, iri, sources_dir)
        data["href_view"] = href(iri).replace("/entity?", "/entity/view?", 1) \
            if "/entity?" in href(iri) else href(iri) + "/view"
        resp = page(request, "entity.html", data, suffix=suffix)
        resp.headers["Vary"] = "Accept"
        return resp

    def describe(iri: URIRef, fmt: str) -> Response:
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        for p, o in kg.union.predicate_objects(iri):
            g.add((iri, p, o))
        for s, p in kg.union.subject_predicates(iri):
            g.add((s, p, iri))
        if fmt == "ttl":
            return Response(g.serialize(format="turtle"), media_type="text/turtle; charset=utf-8",
                            headers={"Vary": "Accept"})
        return Response(g.serialize(format="json-ld"), media_type="application/ld+json",
                        headers={"Vary": "Accept"})

    def entity_by_slug(request: Request):
        slug, suffix = split_suffix(request.path_params["slug"])
        if not _SLUG.match(slug):
            return error(request, 404, "not an entity name", suffix)
        return entity_response(request, NF[slug], suffix)

    def entity_by_iri(request: Request):
        iri = request.query_params.get("iri", "")
        if not iri.startswith(("http://", "https://", "urn:")) or any(c in iri for c in "<>\"{}|\\^` \n"):
            return error(request, 404, "not an IRI")
        if iri.startswith(str(NF)) and _SLUG.match(iri[len(str(NF)):]):
            return RedirectResponse(href(iri), status_code=303)
        return entity_response(request, URIRef(iri), False)

    def view_response(request: Request, iri: URIRef):
        from kg.render.view import render_view
        if not pages_entity.exists(kg, iri):
            return error(request, 404, f"no entity {iri} in this graph")
        raw = request.query_params.get("hops", "1").strip() or "1"
        # (a digit string past 4300 digits is no int at all: ValueError, a 500 unchecked)
        if not (raw.isascii() and raw.isdigit() and len(raw) <= 3 and 1 <= int(raw) <= 2):
            return error(request, 400, "hops must be a number from 1 to 2")
        hops = int(raw)
        # the page brings its own nonce-based CSP (a <meta>); this header only adds the
        # no-remote-load rules, both apply
        return HTMLResponse(render_view(kg, centers=[iri], hops=hops, max_nodes=150,
                                        sources_dir=sources_dir),
                            headers={"Content-Security-Policy": VIEW_CSP})

    def view_by_slug(request: Request):
        slug = request.path_params["slug"]
        if not _SLUG.match(slug):
            return error(request, 404, "not an entity name")
        return view_response(request, NF[slug])

    def view_by_iri(request: Request):
        iri = request.query_params.get("iri", "")
        if not iri.startswith(("http://", "https://", "urn:")):
            return error(request, 404, "not an IRI")
        return view_response(request, URIRef(iri))

    def document(request: Request):
        doc_id, suffix = split_suffix(request.path_params["id"])
        if not _SLUG.match(doc_id) or doc_id.startswith("."):
            return error(request, 404, "no such document", suffix)
        data = pages_docs.document(kg, doc_id, sources_dir)
        if data is None:
            return error(request, 404, f"no document {doc_id!r} in this graph", suffix)
        return page(request, "document.html", data, suffix=suffix)

    def timeline(request: Request):
        from kg.ask.timeline import timeline as tl
        qp = request.query_params
        filters = {k: qp.get(k, "").strip()[:200] for k in ("in", "about", "from", "to", "type")}
        data = {"filters": filters, "entries": [], "error": None}
        try:
            places = [m.iri for m in names_mod.resolve(kg, filters["in"])] if filters["in"] else []
            about = [m.iri for m in names_mod.resolve(kg, filters["about"])] if filters["about"] else []
            cls = kg.resolve_class(filters["type"]) if filters["type"] else None
            entries = tl(kg, places, about, filters["from"] or None, filters["to"] or None, cls)
            data["entries"] = [e.as_dict() for e in entries]
        except NameNotFound as exc:
            data["error"] = str(exc)
        except KGError as exc:
            data["error"] = str(exc)
        return page(request, "timeline.html", data, status=400 if data["error"] else 200)

    def query_page(request: Request):
        from kg.ask import sparql as sp
        qs = [{"name": q.name, "title": q.title, "description": q.description, "text": q.text,
               "params": [p.name for p in q.params]} for q in sp.named_queries().values()]
        prefixes = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())
        return page(request, "query.html", {"queries": qs, "prefixes": prefixes,
                                            "query": request.query_params.get("query", "")})

    def classes_css(request: Request):
        from kg.render.view import class_colour
        if "css" not in cache:
            names = sorted({c.split("#")[-1] for c in kg.superclasses if "#" in str(c)})
            lines = [f".{class_token(n)}{{--c:{class_colour(n, kg)}}}" for n in names]
            lines.append(f".c-none{{--c:{class_colour('', kg)}}}")
            cache["css"] = "\n".join(lines) + "\n"
        return Response(cache["css"], media_type="text/css; charset=utf-8")

    return [
        Route("/", home),
        Route("/api/names", names_api),
        Route("/search", search),
        Route("/id/{slug}/view", view_by_slug),
        Route("/id/{slug}", entity_by_slug),
        Route("/entity/view", view_by_iri),
        Route("/entity", entity_by_iri),
        Route("/entity/{slug}", lambda r: RedirectResponse("/id/" + quote(r.path_params["slug"], safe=""), 301)),
        Route("/doc/{id}", document),
        Route("/timeline", timeline),
        Route("/query", query_page),
        Route("/classes.css", classes_css),
        Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"),
    ]


def json_for_script(value) -> str:
    """JSON safe inside a <script type="application/json"> element."""
    return json.dumps(value, ensure_ascii=False).replace("<", "\\u003c").replace(">", "\\u003e") \
        .replace("&", "\\u0026")
