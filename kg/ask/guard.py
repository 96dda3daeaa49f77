"""The query guard: a SPARQL text may only read the dataset, never reach outside it.

``check_query(text)`` parses the text with rdflib's SPARQL grammar (not a text search: the words
SERVICE, LOAD or GRAPH inside a comment or a string do not matter) and refuses, with
:class:`QueryRefused`:

- any update (``INSERT``, ``DELETE``, ``LOAD``, ``CLEAR``, ``CREATE``, ``DROP``...);
- any ``SERVICE`` clause (federated query: the engine would fetch a URL);
- ``FROM`` / ``FROM NAMED`` naming anything but the dataset's own graphs (``doc:...``,
  ``graph:...``); an engine would otherwise load that IRI (``file:`` included).

An operator may opt in to extra IRIs with ``allowed`` (exact IRIs for ``FROM``/``FROM NAMED``
and ``SERVICE``); updates are never allowed. A text that is not SPARQL raises
:class:`QuerySyntaxError` with a one-line message giving line and column.

Used by ``kg sparql`` (kg.ask.sparql) and by the server (kg.web).
"""
from __future__ import annotations

from functools import lru_cache

from kg.model.errors import KGError
from kg.model.namespaces import DOC, GRAPH, PREFIXES

OWN_GRAPHS = (str(DOC), str(GRAPH))
QUERY_PREFIXES = {**PREFIXES, "graph": GRAPH}   # the prefixes a query may use undeclared


class QueryRefused(KGError):
    """The query would reach outside the dataset, or change it."""


class QuerySyntaxError(KGError):
    """The text is not a SPARQL query."""


def _walk(node):
    """Every CompValue in a parse tree (CompValue is a dict; ParseResults and lists nest)."""
    from pyparsing import ParseResults
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [node]
    while stack:
        cur = stack.pop()
        if isinstance(cur, CompValue):
            yield cur
            stack.extend(cur.values())
        elif isinstance(cur, (ParseResults, list, tuple)):
            stack.extend(cur)


def syntax_message(text: str, exc: Exception) -> str:
    """One line: where the parser stopped and what it found there."""
    line = getattr(exc, "lineno", None)
    col = getattr(exc, "col", None)
    loc = getattr(exc, "loc", None)
    if line is None or loc is None:
        return "bad SPARQL: " + " ".join(str(exc).split())[:200]
    rest = text[loc:loc + 30].split("\n", 1)[0]
    found = f"near {rest!r}" if rest.strip() else "at the end of the text"
    return f"bad SPARQL at line {line}, column {col}: unexpected text {found}"


def _parse(text: str):
    """(kind, parse tree): kind is "query" or "update"; QuerySyntaxError when neither."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        return "query", parseQuery(text)
    except Exception as qexc:  # pyparsing.ParseException and friends
        query_exc = qexc
    try:
        parsed = parseUpdate(text)
    except Exception as uexc:
        # Report whichever reading got further into the text.
        best = max((query_exc, uexc), key=lambda e: getattr(e, "loc", -1) or -1)
        raise QuerySyntaxError(syntax_message(text, best)) from None
    return "update", parsed


def _allowed(iri, allowed: frozenset[str]) -> bool:
    s = str(iri)
    return s in allowed or s.startswith(OWN_GRAPHS)


def check_query(text: str, allowed: frozenset[str] = frozenset()) -> None:
    """Refuse (QueryRefused) what would reach outside the dataset or change it."""
    _check_cached(text, frozenset(allowed))


@lru_cache(maxsize=256)
def _check_cached(text: str, allowed: frozenset[str]) -> None:
    """The verdict on one text is kept: parsing a long query costs a fifth of a second, and
    the library asks the same named query many times (a refusal raises, so it is not kept)."""
    if not text or not text.strip():
        raise QuerySyntaxError("bad SPARQL: the query is empty")
    kind, parsed = _parse(text)
    if kind == "update":
        ops = [_UPDATE_OPS[c.name] for c in _walk(parsed) if c.name in _UPDATE_OPS]
        if not ops:
            raise QuerySyntaxError("bad SPARQL: no query in the text")
        what = f" ({ops[-1]})"
        raise QueryRefused(f"updates are refused{what}: the dataset is read-only here")
    for node in _walk(parsed):
        if node.name == "ServiceGraphPattern":
            term = node.get("term")
            is_iri = term is not None and term.__class__.__name__ == "URIRef"
            if not (is_iri and str(term) in allowed):
                target = f" <{term}>" if is_iri else ""
                raise QueryRefused(f"SERVICE{target} is refused: a query may not reach "
                                   "outside the dataset")
    _check_datasets(parsed, allowed)


_UPDATE_OPS = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE",
               "Add": "ADD", "Move": "MOVE", "Copy": "COPY", "InsertData": "INSERT DATA",
               "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
               "Modify": "DELETE/INSERT"}


def _check_datasets(parsed, allowed: frozenset[str]) -> None:
    clauses = [c for c in _walk(parsed) if c.name == "DatasetClause"]
    if not clauses:
        return
    from rdflib.plugins.sparql.algebra import translateQuery

    try:
        query = translateQuery(parsed, initNs=QUERY_PREFIXES)
    except Exception as exc:
        raise QuerySyntaxError("bad SPARQL: " + " ".join(str(exc).split())[:200]) from None
    for clause in dict.get(query.algebra, "datasetClause") or clauses:
        default, named = dict.get(clause, "default"), dict.get(clause, "named")
        iri = default if default is not None else named
        kw = "FROM" if default is not None else "FROM NAMED"
        if iri is None or not _allowed(iri, allowed):
            raise QueryRefused(f"{kw} <{iri}> is refused: only the dataset's own graphs "
                               f"({OWN_GRAPHS[1]}..., {OWN_GRAPHS[0]}...) may be named")


__all__ = ["QueryRefused", "QuerySyntaxError", "check_query", "syntax_message", "OWN_GRAPHS",
           "QUERY_PREFIXES"]
