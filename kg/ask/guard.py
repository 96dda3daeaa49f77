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

import re

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
    if s in allowed:
        return True
    own = next((p for p in OWN_GRAPHS if s.startswith(p)), None)
    # (not a dot-segment, an escape or a backslash after the prefix: a remote endpoint that
    # fetches FROM graphs would resolve "https://w3id.org/nfkg/doc/../../x" outside ours)
    return own is not None and _OWN_TAIL.fullmatch(s[len(own):]) is not None


# what may follow our graphs' prefix: path segments of plain characters, none "." or ".."
_OWN_TAIL = re.compile(r"(?!\.\.?(?:/|$))[\w.~-]*(?:/(?!\.\.?(?:/|$))[\w.~-]+)*")


def check_query(text: str, allowed: frozenset[str] = frozenset()) -> None:
    """Refuse (QueryRefused) what would reach outside the dataset or change it."""
    checked_parse(text, allowed)


_PASSED: dict[tuple[str, frozenset], bool] = {}
PASSED_KEPT = 256


def checked_parse(text: str, allowed: frozenset[str] = frozenset()):
    """:func:`check_query`, giving back the parse tree when the text was parsed now (None when
    the text had passed before, or when checking it rewrote the tree), so that the caller can
    translate it instead of parsing the text a second time. The verdict on one text is kept:
    parsing a long query costs a fifth of a second, and the library asks the same named query
    many times (a refusal raises, so it is not kept)."""
    key = (text, frozenset(allowed))
    if key in _PASSED:
        return None
    parsed = _check(text, key[1])
    if len(_PASSED) >= PASSED_KEPT:
        _PASSED.clear()
    _PASSED[key] = True
    return parsed


def _check(text: str, allowed: frozenset[str]):
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
    return None if _check_datasets(parsed, allowed) else parsed


_UPDATE_OPS = {"Load": "LOAD", "Clear": "CLEAR", "Drop": "DROP", "Create": "CREATE",
               "Add": "ADD", "Move": "MOVE", "Copy": "COPY", "InsertData": "INSERT DATA",
               "DeleteData": "DELETE DATA", "DeleteWhere": "DELETE WHERE",
               "Modify": "DELETE/INSERT"}


def _check_datasets(parsed, allowed: frozenset[str]) -> bool:
    """Refuse FROM / FROM NAMED outside the dataset; True when the tree was translated (and
    so rewritten) to find them."""
    clauses = [c for c in _walk(parsed) if c.name == "DatasetClause"]
    if not clauses:
        return False
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
    return True


__all__ = ["QueryRefused", "QuerySyntaxError", "check_query", "checked_parse", "syntax_message", "OWN_GRAPHS",
           "QUERY_PREFIXES"]
