"""The RDF terms of a draft without rdflib: importing rdflib costs `kg ingest` 60-90 ms (its
plugin system pulls in importlib.metadata, an HTML parser, logging, urllib), a fifth of the
whole command on the largest source text, and the command never needs an rdflib graph when
its snapshot is fresh (:mod:`kg.ingest.knowledge.snapshot`). So every rule names its terms
from here.

* :class:`URIRef`: a ``str`` of the IRI, hashed as the string (as rdflib's is); equal to a
  URIRef of the same IRI, light or rdflib's, never to a plain string or a literal.
* :class:`Literal`: a ``str`` of the lexical form with ``datatype`` and ``language``; hashed and
  compared as rdflib's ``Literal`` (lexical form, datatype, language case-insensitively).
* :class:`Namespace` objects (``NFO.Person``, ``NF["fugu"]``), each term made once, and
  :data:`PREFIXES` as in :mod:`kg.model.namespaces` (a test checks the two agree).
* :func:`to_rdflib` / :func:`from_rdflib`: the one crossing to and from rdflib's terms, used
  where the ingest meets an rdflib graph (:mod:`kg.ingest.knowledge.light_graph`).

Mixing: a light term on the left of ``==`` (or held in a set or dict that is probed) equals
rdflib's term of the same IRI, but rdflib's ``__eq__`` accepts only its own classes, so
``rdflib_term == light_term`` is False. The library keeps the two apart: ``ingest()`` given an
rdflib graph returns a draft of rdflib terms, as before; only the command's snapshot path keeps
light ones (see :func:`kg.ingest.knowledge.snapshot.library_draft`)."""
from __future__ import annotations

XSD_NS = "http://www.w3.org/2001/XMLSchema#"


class URIRef(str):
    """An IRI (see the module's notes on equality with rdflib's terms)."""
    __slots__ = ()

    def __eq__(self, other) -> bool:
        if type(other) is URIRef:
            return str.__eq__(self, other)
        return _rdflib_kind(other) == "URIRef" and str.__eq__(self, other)

    def __ne__(self, other) -> bool:
        if type(other) is URIRef:       # (one call, not two: the drafts compare IRIs often)
            return not str.__eq__(self, other)
        return not self.__eq__(other)

    __hash__ = str.__hash__

    def __repr__(self) -> str:
        return f"URIRef({str.__repr__(self)})"

    def __reduce__(self):
        # (a term of the ontology through _term, so that it is read back as NFO's own; any
        # other as the class called on the string, with no Python function in between: the
        # snapshot holds thousands of IRIs)
        iri = str(self)
        return (_term if iri.startswith(_NFO_BASE) else URIRef), (iri,)

    def n3(self) -> str:
        return f"<{self}>"

    def toPython(self):             # noqa: N802 (rdflib's name)
        return self


class Literal(str):
    """A literal: the ``str`` is its lexical form (kept as given, as rdflib keeps a lexical form
    it cannot parse). ``Literal(True)``, ``Literal(5)`` and ``Literal(text)`` are typed as
    rdflib types them (xsd:boolean, xsd:integer, plain)."""

    def __new__(cls, value, lang: str | None = None, datatype=None):
        if isinstance(value, bool):
            value, datatype = "true" if value else "false", datatype or XSD.boolean
        elif isinstance(value, int):
            value, datatype = str(value), datatype or XSD.integer
        elif not isinstance(value, str):
            raise TypeError(f"Literal of {type(value).__name__}: give its lexical form")
        lit = str.__new__(cls, value)
        lit._datatype = URIRef(datatype) if datatype is not None else None
        lit._language = lang or None
        return lit

    @property
    def datatype(self):
        return self._datatype

    @property
    def language(self):
        return self._language

    @property
    def value(self):
        """The Python value of a boolean or integer literal (else the lexical form)."""
        dt = self._datatype
        if dt == XSD.boolean:
            return str.__eq__(self, "true")
        if dt == XSD.integer:
            return int(self)
        return str(self)

    def toPython(self):             # noqa: N802 (rdflib's name)
        return self.value

    def __eq__(self, other) -> bool:
        if self is other:
            return True
        if type(other) is not Literal and _rdflib_kind(other) != "Literal":
            return False
        return (self._datatype == other.datatype
                and (self._language or "").lower() == (other.language or "").lower()
                and str.__eq__(self, other))

    def __ne__(self, other) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:          # rdflib's: the same literal hashes the same in both
        h = str.__hash__(self)
        if self._language:
            h ^= hash(self._language.lower())
        if self._datatype is not None:
            h ^= hash(self._datatype)
        return h

    def __repr__(self) -> str:
        extra = (f", lang={self._language!r}" if self._language else "") + \
            (f", datatype={self._datatype!r}" if self._datatype is not None else "")
        return f"Literal({str.__repr__(self)}{extra})"

    def __reduce__(self):
        return Literal, (str(self), self._language, self._datatype)


def _rdflib_kind(other) -> str | None:
    """'URIRef' or 'Literal' for rdflib's term classes (without importing rdflib), else None."""
    t = type(other)
    return t.__name__ if t.__module__ == "rdflib.term" else None


class Namespace:
    """IRIs under a base: ``NS.name`` and ``NS["name"]`` (each attribute term made once). Not a
    ``str``, so a term named like a string method (``DCTERMS.title``) is the term; ``str(NS)``
    is the base."""

    def __init__(self, base: str):
        self.__dict__["_base"] = base

    def __getattr__(self, name: str) -> URIRef:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self.__dict__[name] = URIRef(self._base + name)
        return term

    def __getitem__(self, name: str) -> URIRef:
        term = self.__dict__.get(name)      # (the attribute's term when there is one)
        return term if term is not None else URIRef(self._base + name)

    def term(self, name: str) -> URIRef:
        return URIRef(self._base + name)

    def __str__(self) -> str:
        return self._base

    def __repr__(self) -> str:
        return f"Namespace({self._base!r})"

    def __eq__(self, other) -> bool:
        return isinstance(other, (Namespace, str)) and str(other) == self._base

    def __hash__(self) -> int:
        return hash(self._base)


def _term(iri: str) -> URIRef:
    """A URIRef read back from a pickle (the ingest snapshot): a term of the ontology is the
    one ``NFO.name`` gives, so that comparing and looking up classes finds the same object
    (a dictionary then never calls :meth:`URIRef.__eq__`)."""
    if iri.startswith(_NFO_BASE):
        name = iri[len(_NFO_BASE):]
        if name.isidentifier() and not name.startswith("__"):
            return getattr(NFO, name)
    return URIRef(iri)


_NFO_BASE = "https://w3id.org/nfkg/ontology#"
NFO = Namespace(_NFO_BASE)
NF = Namespace("https://w3id.org/nfkg/id/")
DOC = Namespace("https://w3id.org/nfkg/doc/")
GRAPH = Namespace("https://w3id.org/nfkg/graph/")
OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace(XSD_NS)

PREFIXES = {
    "nfo": NFO, "nf": NF, "doc": DOC, "oa": OA, "schema": SCHEMA, "rdf": RDF, "rdfs": RDFS,
    "skos": SKOS, "org": ORG, "prov": PROV, "dcterms": DCTERMS, "foaf": FOAF, "owl": OWL,
    "xsd": XSD,
}


# --- crossing to and from rdflib (imported here only when a term crosses) -----------------
def to_rdflib(term):
    """rdflib's term for a light one (anything else as it is)."""
    t = type(term)
    if t is URIRef:
        from rdflib import URIRef as R
        return R(str(term))
    if t is Literal:
        from rdflib import Literal as L, URIRef as R
        dt = term.datatype
        return L(str(term), lang=term.language, datatype=R(str(dt)) if dt is not None else None)
    return term


def from_rdflib(term):
    """The light term for one of rdflib's IRIs or literals (blank nodes and anything else as
    they are; a light term as it is)."""
    kind = _rdflib_kind(term)
    if kind == "URIRef":
        return URIRef(str(term))
    if kind == "Literal":
        dt = term.datatype
        return Literal(str(term), lang=term.language, datatype=str(dt) if dt is not None else None)
    return term


def local_name(term) -> str:
    """The last segment of an IRI, after its "#" or last "/" (``NFO.Meeting`` -> "Meeting"):
    how rules name a class in their word lists and sets."""
    return str(term).rsplit("#", 1)[-1].rsplit("/", 1)[-1]
