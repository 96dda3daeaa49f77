"""The web app of ``kg serve``: ``make_app(kg, ...)`` builds the Starlette application.

* ``/sparql`` — the read-only SPARQL 1.1 Protocol endpoint (kg.web.endpoint), queries run in
  worker processes that are killed at the time limit (kg.web.workers);
* the explorer pages (kg.web.explorer ``routes(kg, sources_dir)``) at ``/``, when that module
  is there; otherwise a small page at ``/``;
* ``/view?name=...&hops=1&collapse=1&max_nodes=500`` — the interactive view
  (kg.render.view.render_view), unless the explorer serves ``/view`` itself.

Protection by default: the ``Host`` header must name this machine when bound to loopback
(DNS rebinding; ``allowed_hosts`` adds names), no CORS header unless ``cors_origins`` is
given, ``X-Content-Type-Options: nosniff`` and ``Referrer-Policy: no-referrer`` on every
answer, and a Content Security Policy without remote sources on HTML that brings none.
"""
from __future__ import annotations

import contextlib
import ipaddress
import os
import sys
import threading
from pathlib import Path

import anyio
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.cors import CORSMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route

from kg.model.errors import KGError
from kg.web.endpoint import HTTPError, error_response, sparql_routes
from kg.web.engine import Engine
from kg.web.workers import WorkerPool

VIEW_NODES = 500          # nodes drawn by /view unless ?max_nodes= asks otherwise
VIEW_MAX_NODES = 5000     # ... and never more
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
HTML_CSP = ("default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            "base-uri 'none'; form-action 'self'; frame-ancestors 'self'")
VIEW_CSP = ("default-src 'self' 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; "
            "form-action 'self'; frame-ancestors 'self'")
TEMPLATES = Path(__file__).resolve().parent / "templates"


def default_workers() -> int:
    return max(3, min(4, os.cpu_count() or 2))


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def host_names(bind_host: str, extra=()) -> list[str] | None:
    """The Host names accepted: None (any) when bound beyond loopback and none were given."""
    extra = [h.strip().lower() for h in extra if h.strip()]
    if "*" in extra:
        return None
    if not is_loopback(bind_host) and not extra:
        return None
    own = f"[{bind_host}]" if ":" in bind_host and not bind_host.startswith("[") else bind_host
    names = list(LOOPBACK_NAMES) if is_loopback(bind_host) else []
    return list(dict.fromkeys(names + [own.lower()] + extra))


class SecurityHeaders:
    """nosniff and no referrer on every answer; a strict CSP on HTML that brings none."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                headers.append((b"x-content-type-options", b"nosniff"))
                headers.append((b"referrer-policy", b"no-referrer"))
                ctype = next((v for k, v in headers if k.lower() == b"content-type"), b"")
                if ctype.startswith(b"text/html") and b"content-security-policy" not in names:
                    headers.append((b"content-security-policy", HTML_CSP.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _explorer(kg, sources_dir):
    """The explorer's routes, or [] when the module is missing or broken."""
    try:
        from kg.web.explorer import routes
    except ModuleNotFoundError as exc:
        if exc.name != "kg.web.explorer":
            print(f"warning: the explorer pages are off ({exc})", file=sys.stderr)
        return []
    except Exception as exc:   # never let a broken page module take the endpoint down
        print(f"warning: the explorer pages are off ({type(exc).__name__}: {exc})", file=sys.stderr)
        return []
    return list(routes(kg, sources_dir))


def number_param(params, name: str, default: int, low: int, high: int) -> int:
    """``params[name]`` as a whole number from ``low`` to ``high``; anything else (not a
    number, or out of range) is 400 with one message, never silently clamped."""
    raw = params.get(name)
    if raw is None or raw == "":
        return default
    raw = raw.strip()
    # (a digit string past 4300 digits is no int at all: ValueError, a 500 unchecked)
    if raw.isascii() and raw.isdigit() and len(raw) <= len(str(high)) + 2 \
            and low <= int(raw) <= high:
        return int(raw)
    raise HTTPError(400, f"{name} must be a number from {low} to {high}")


def _view_route(kg) -> Route:
    lock = threading.Lock()

    def render(params) -> bytes:
        from kg.ask import names
        from kg.render.view import render_view

        name = params.get("name")
        hops = number_param(params, "hops", 1, 1, 4)
        collapse = params.get("collapse", "") in ("1", "true", "yes", "on")
        max_nodes = number_param(params, "max_nodes", VIEW_NODES, 1, VIEW_MAX_NODES)
        if not name and getattr(kg, "backend", None) is not None:
            raise HTTPError(400, "give ?name=ENTITY: the whole-graph view is only served "
                                 "for the in-memory store")
        with lock:
            try:
                centers = [m.iri for m in names.resolve(kg, name)] if name else None
                return render_view(kg, centers=centers, hops=hops, collapse=collapse,
                                   max_nodes=max_nodes).encode("utf-8")
            except KGError as exc:
                raise HTTPError(404, str(exc)) from None

    async def view(request: Request) -> Response:
        try:
            page = await anyio.to_thread.run_sync(render, dict(request.query_params))
        except HTTPError as exc:
            return error_response(exc.status, exc.message, exc.headers)
        return Response(page, media_type="text/html; charset=utf-8",
                        headers={"Content-Security-Policy": VIEW_CSP})

    return Route("/view", view, methods=["GET", "HEAD"])


def _index_route(kg) -> Route:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    template = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                           autoescape=select_autoescape(default=True)).get_template("sparql_index.html")

    async def index(request: Request) -> Response:
        host = request.headers.get("host", "")
        return HTMLResponse(template.render(endpoint=f"http://{host}/sparql",
                                            store=getattr(kg, "spec", "") or "memory"))

    return Route("/", index, methods=["GET", "HEAD"])


def make_app(kg, *, timeout: float = 30.0, max_rows: int = 10_000, memory_mb: int = 1024,
             workers: int | None = None, max_request_bytes: int = 1_000_000,
             allowed_hosts: list[str] | None = None, bind_host: str = "127.0.0.1",
             sources_dir: Path | None = None, cors_origins=(), allow_iris=frozenset(),
             request_timeout: float = 10.0, grace: float = 1.0, max_waiting: int = 32,
             explorer: bool = True) -> Starlette:
    """The app. ``allowed_hosts`` None: derived from ``bind_host`` (loopback names when bound
    to loopback, any otherwise); ``["*"]`` accepts any Host. The worker pool starts now (a
    fork server forked from this process) and stops with the app's lifespan."""
    allowed = frozenset(allow_iris)
    pool = WorkerPool(Engine(kg, max_rows=max_rows, allowed=allowed), size=workers or default_workers(),
                      timeout=timeout, memory_mb=memory_mb, grace=grace, max_waiting=max_waiting)
    pages = _explorer(kg, sources_dir) if explorer else []
    taken = {getattr(r, "path", None) for r in pages}
    paths = ["/sparql"] + ([] if "/query" in taken else ["/query"])
    routes = sparql_routes(pool, max_request_bytes=max_request_bytes,
                           request_timeout=request_timeout, allowed=allowed, paths=paths)
    if "/view" not in taken:
        routes.append(_view_route(kg))
    if "/" not in taken:
        routes.append(_index_route(kg))
    routes += pages

    hosts = host_names(bind_host, allowed_hosts or ())
    middleware = [Middleware(SecurityHeaders)]
    if hosts is not None:
        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts, www_redirect=False))
    if cors_origins:
        middleware.append(Middleware(CORSMiddleware, allow_origins=list(cors_origins),
                                     allow_methods=["GET", "POST"], allow_headers=["Content-Type"]))

    @contextlib.asynccontextmanager
    async def lifespan(app):
        try:
            yield
        finally:
            pool.close()

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan)
    app.state.pool = pool
    app.state.kg = kg
    return app
