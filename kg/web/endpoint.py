"""The SPARQL 1.1 Protocol routes of ``kg serve``: ``/sparql`` (GET, POST form, POST
``application/sparql-query``), read-only.

* The answer's format comes from ``Accept`` or ``format=`` (kg.web.results).
* A malformed query is 400 with one line saying where it stopped; an update (``update=``,
  ``application/sparql-update``, or an update sent as a query) is 403, and so are SERVICE,
  LOAD and FROM naming anything but the dataset's graphs (kg.ask.guard, run in the worker).
* ``default-graph-uri`` / ``named-graph-uri`` may name only the dataset's own graphs: 403
  otherwise, like ``FROM`` naming another graph in the query (the same rule, refused by
  policy: the request is well-formed); 400 when the value is not an IRI at all.
* The query runs in a worker process (kg.web.workers): 503 past the time limit or when the
  server is busy, 507 past the memory limit; at most ``max_rows`` rows, with
  ``X-KG-Truncated: true`` when cut.
* A request body larger than ``max_request_bytes`` is 413; one not sent within
  ``request_timeout`` seconds is 408.
"""
from __future__ import annotations

import re
import urllib.parse

import anyio
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route

from kg.web.workers import QueryStopped, WorkerPool

_IRI = re.compile(r'[^\s<>"{}|^`\\]+')


class HTTPError(Exception):
    def __init__(self, status: int, message: str, headers: dict | None = None):
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def error_response(status: int, message: str, headers: dict | None = None) -> Response:
    return PlainTextResponse(message + "\n", status_code=status, headers=headers)


def check_graphs(iris: list[str], param: str, allowed: frozenset[str]) -> None:
    """Only the dataset's own graphs (or IRIs the operator allowed) may be named."""
    from kg.ask.guard import OWN_GRAPHS

    for iri in iris:
        well_formed = bool(_IRI.fullmatch(iri)) and ":" in iri
        if not (well_formed and (iri in allowed or iri.startswith(OWN_GRAPHS))):
            shown = " ".join(iri.split())[:120]
            what = "is refused" if well_formed else "is not an IRI"
            raise HTTPError(403 if well_formed else 400,
                            f"{param} {shown!r} {what}: only the dataset's own graphs "
                            f"({OWN_GRAPHS[1]}..., {OWN_GRAPHS[0]}...) may be named")


async def read_body(request: Request, limit: int, timeout: float) -> bytes:
    length = request.headers.get("content-length")
    if length is not None and length.isdigit() and int(length) > limit:
        raise HTTPError(413, f"request too large: at most {limit} bytes")
    chunks, size = [], 0
    try:
        with anyio.fail_after(timeout):
            async for chunk in request.stream():
                size += len(chunk)
                if size > limit:
                    raise HTTPError(413, f"request too large: at most {limit} bytes")
                chunks.append(chunk)
    except TimeoutError:
        raise HTTPError(408, f"the request body was not sent within {timeout:g} s",
                        {"Connection": "close"}) from None
    return b"".join(chunks)


def sparql_routes(pool: WorkerPool, *, max_request_bytes: int, request_timeout: float,
                  allowed: frozenset[str] = frozenset(), paths=("/sparql",)) -> list[Route]:

    async def sparql(request: Request) -> Response:
        try:
            return await _answer(request)
        except HTTPError as exc:
            return error_response(exc.status, exc.message, exc.headers)

    async def _answer(request: Request) -> Response:
        if request.method not in ("GET", "HEAD", "POST"):
            raise HTTPError(405, "this endpoint is read-only: use GET or POST with a query",
                            {"Allow": "GET, HEAD, POST"})
        params: dict[str, list[str]] = {}
        for k, v in request.query_params.multi_items():
            params.setdefault(k, []).append(v)
        body_query = None
        if request.method == "POST":
            raw = await read_body(request, max_request_bytes, request_timeout)
            ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
            try:
                text = raw.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPError(400, "the request body is not UTF-8") from None
            if ctype == "application/x-www-form-urlencoded":
                for k, v in urllib.parse.parse_qsl(text, keep_blank_values=True):
                    params.setdefault(k, []).append(v)
            elif ctype == "application/sparql-query":
                body_query = text
            elif ctype == "application/sparql-update":
                raise HTTPError(403, "this endpoint is read-only: updates are refused")
            else:
                raise HTTPError(415, "POST application/x-www-form-urlencoded or "
                                     "application/sparql-query")
        if "update" in params:
            raise HTTPError(403, "this endpoint is read-only: updates are refused")
        queries = params.get("query", [])
        if body_query is None and len(queries) > 1:
            raise HTTPError(400, "give exactly one query parameter")
        query = body_query if body_query is not None else (queries[0] if queries else "")
        if not query.strip():
            raise HTTPError(400, "missing query: pass query=... (GET or POST form) or "
                                 "POST application/sparql-query")
        default_graphs = params.get("default-graph-uri", [])
        named_graphs = params.get("named-graph-uri", [])
        check_graphs(default_graphs, "default-graph-uri", allowed)
        check_graphs(named_graphs, "named-graph-uri", allowed)
        fmt = (params.get("format") or params.get("output") or [None])[0]
        job = {"query": query, "accept": request.headers.get("accept", ""), "format": fmt,
               "default_graphs": default_graphs, "named_graphs": named_graphs}
        try:
            out = await pool.run(job)
        except QueryStopped as exc:
            raise HTTPError(exc.status, exc.message,
                            {"Retry-After": "5"} if exc.status == 503 else None) from None
        if out[0] != "ok":
            raise HTTPError(out[1], out[2])
        _, body, ctype, headers = out
        return Response(body, headers={"Content-Type": ctype, "Vary": "Accept", **headers})

    return [Route(p, sparql, methods=["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH"])
            for p in paths]
