"""Terms and results between rdflib and the backends: pyoxigraph term conversion, rdflib
``Result`` objects from backend rows, and the prefixes every backend query gets."""
from __future__ import annotations

from rdflib import BNode, Literal, URIRef, Variable
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.namespace import XSD
from rdflib.query import Result

from kg.model.errors import KGError
from kg.model.namespaces import PREFIXES

XSD_STRING = str(XSD.string)
CACHE_MAX = 200_000



# --- term conversion (rdflib <-> pyoxigraph) -----------------------------------------------
def ox_module():
    import pyoxigraph
    return pyoxigraph


_TO_OX: dict = {}


def to_ox(t):
    if t is None:
        return None
    u = _TO_OX.get(t) if type(t) is URIRef else None
    if u is not None:
        return u
    ox = ox_module()
    if isinstance(t, URIRef):
        if len(_TO_OX) > CACHE_MAX:
            _TO_OX.clear()
        u = _TO_OX[t] = ox.NamedNode(str(t))
        return u
    if isinstance(t, BNode):
        return ox.BlankNode(str(t))
    if isinstance(t, Literal):
        if t.language:
            return ox.Literal(str(t), language=t.language)
        if t.datatype is not None:
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype)))
        return ox.Literal(str(t))
    raise KGError(f"cannot use {t!r} as an RDF term")


_TERM_CACHE: dict = {}
_OX = None


def from_ox(t):
    global _OX
    if _OX is None:
        _OX = ox_module()
    ox = _OX
    if t is None:
        return None
    if isinstance(t, ox.DefaultGraph):
        return DATASET_DEFAULT_GRAPH_ID
    u = _TERM_CACHE.get(t)          # pyoxigraph terms are hashable
    if u is not None:
        return u
    if isinstance(t, ox.NamedNode):
        u = URIRef(t.value)
    elif isinstance(t, ox.Literal):
        if t.language:
            u = Literal(t.value, lang=t.language)
        else:
            dt = t.datatype.value
            u = Literal(t.value) if dt == XSD_STRING else Literal(t.value, datatype=URIRef(dt))
    elif isinstance(t, ox.BlankNode):
        u = BNode(t.value)
    else:
        raise KGError(f"unsupported RDF term from the store: {t!r}")
    if len(_TERM_CACHE) > CACHE_MAX:
        _TERM_CACHE.clear()
    _TERM_CACHE[t] = u
    return u


def make_result(kind: str, vars_=None, rows=None, boolean=None, graph=None) -> Result:
    r = Result(kind)
    if kind == "SELECT":
        r.vars = [Variable(v) for v in vars_]
        r.bindings = [{Variable(k): v for k, v in row.items() if v is not None} for row in rows]
    elif kind == "ASK":
        r.askAnswer = bool(boolean)
    else:
        r.graph = graph
    return r


def prefix_text() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


