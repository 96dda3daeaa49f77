"""Name indexes for stores that are not in memory.

The matching rules stay those of :class:`kg.ask.names.NameIndex`: every tier there (exact label,
alias, starts with, contains as words, contains) needs the normalised text to be a substring
of a name's key; generated pinyin keys (see :func:`kg.model.names.name_keys`) are rows of their
own, fetched by their exact key. So a lookup first fetches the few names whose key contains the text (from a
SQLite table built by ``kg build``, or from a SPARQL endpoint with a ``CONTAINS`` filter), puts
them in a small :class:`NameIndex` and asks it: the answers are the same as over all names,
without reading every label. Fuzzy suggestions (rapidfuzz) look at every name when there are at
most :data:`FULL_LIMIT` of them (so small graphs answer exactly as in memory), otherwise at
names sharing a word or the first letters with the text.
"""
from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from kg.model.errors import KGError
from kg.model.names import (EXACT_ONLY_CLASSES, PINYIN, NameIndex, NameNotFound, name_keys, normalise,
                            pinyin_query)
from kg.model.namespaces import NFO

FULL_LIMIT = 20_000
_FUZZY_ROWS = 20_000
_SCHEMA = """
CREATE TABLE names(key TEXT NOT NULL, iri TEXT NOT NULL, name TEXT NOT NULL,
                   canonical INTEGER NOT NULL, exact_only INTEGER NOT NULL);
"""


def build_name_index(ox_store, db: Path, union_in_default_graph: bool = False) -> int:
    """Write the name table of a pyoxigraph store to SQLite; returns the number of names.
    With ``union_in_default_graph`` only the default graph (the union, each name once) is
    read, else every graph."""
    import pyoxigraph as ox

    ontology_ns = str(NFO)
    graph = ox.DefaultGraph() if union_in_default_graph else None
    docs = {q.subject.value for cls in EXACT_ONLY_CLASSES for q in ox_store.quads_for_pattern(
        None, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(cls)), graph)
        if isinstance(q.subject, ox.NamedNode)}
    rows = set()
    for pred, is_label in ((RDFS.label, True), (SKOS.altLabel, False)):
        for q in ox_store.quads_for_pattern(None, ox.NamedNode(str(pred)), None, graph):
            s, o = q.subject, q.object
            if not isinstance(s, ox.NamedNode) or not isinstance(o, ox.Literal):
                continue
            if s.value.startswith(ontology_ns):
                continue
            canonical = is_label and o.language in (None, "en")
            for key, is_pinyin in name_keys(o.value, o.language):
                rows.add((key, s.value, o.value, int(canonical and not is_pinyin),
                          int(s.value in docs)))
    con = sqlite3.connect(str(db))
    try:
        con.executescript(_SCHEMA)
        con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?)", sorted(rows))
        con.execute("CREATE INDEX names_key ON names(key)")
        con.commit()
    finally:
        con.close()
    return len(rows)


class _DelegatingIndex:
    """The :class:`NameIndex` API over a narrowed view per lookup."""

    def __init__(self, kg):
        self.kg = kg

    # subclasses: rows (key, iri, name, canonical, exact_only) for a lookup
    def _substring_rows(self, q: str) -> list[tuple]:
        raise NotImplementedError

    def _fuzzy_rows(self, q: str) -> list[tuple]:
        raise NotImplementedError

    def _view(self, text: str, fuzzy: bool = False) -> NameIndex:
        q = normalise(text)
        rows = set(self._substring_rows(q)) if q else set()
        py = pinyin_query(text)
        if py:   # generated pinyin keys (a big remote graph only finds them among all names)
            rows |= {r for r in self._substring_rows(py) if r[0] == py}
        if fuzzy and q:
            rows |= set(self._fuzzy_rows(q))
        view = NameIndex.__new__(NameIndex)
        view.kg = self.kg
        view.names = {}
        view.exact_only = set()
        for key, iri, name, canonical, exact_only in rows:
            u = URIRef(iri)
            view.names.setdefault(key, set()).add((u, name, bool(canonical)))
            if exact_only:
                view.exact_only.add(u)
        return view

    @property
    def names(self):
        """Every name (loads them all; for small graphs and tests)."""
        return self._all_view().names

    def _all_view(self) -> NameIndex:
        raise NotImplementedError

    def candidates(self, text: str, best_only: bool = False):
        return self._view(text).candidates(text, best_only)

    def resolve(self, text: str, cls: URIRef | None = None):
        try:
            return self._view(text).resolve(text, cls)
        except NameNotFound:
            raise NameNotFound(text, self.suggest(text)) from None

    def resolve_one(self, text: str) -> URIRef:
        try:
            return self._view(text).resolve_one(text)
        except NameNotFound:
            if text.startswith(("http://", "https://")):
                raise
            raise NameNotFound(text, self.suggest(text)) from None

    def suggest(self, text: str, n: int = 5) -> list[str]:
        return self._view(text, fuzzy=True).suggest(text, n)

    def search(self, text: str, cls: URIRef | None = None, limit: int = 20):
        return self._view(text, fuzzy=True).search(text, cls, limit)


def _words(q: str) -> list[str]:
    return sorted({w for w in q.split() if len(w) >= 3}, key=len, reverse=True)[:4]


class SqliteNameIndex(_DelegatingIndex):
    """Names from the ``names.sqlite`` table written by ``kg build``."""

    def __init__(self, kg, db: Path):
        super().__init__(kg)
        self.db = Path(db)
        self._local = threading.local()
        try:
            self.total = self._con().execute("SELECT COUNT(*) FROM names").fetchone()[0]
        except sqlite3.Error as exc:
            raise KGError(f"{db}: cannot read the name index ({exc})") from None

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def _substring_rows(self, q):
        return self._con().execute(
            "SELECT key, iri, name, canonical, exact_only FROM names WHERE instr(key, ?) > 0",
            (q,)).fetchall()

    def _fuzzy_rows(self, q):
        con = self._con()
        if self.total <= FULL_LIMIT:
            return con.execute("SELECT key, iri, name, canonical, exact_only FROM names").fetchall()
        out = con.execute("SELECT key, iri, name, canonical, exact_only FROM names "
                          "WHERE key >= ? AND key < ? LIMIT ?",
                          (q[:3], q[:3] + "\U0010ffff", _FUZZY_ROWS)).fetchall()
        for w in _words(q):
            out += con.execute("SELECT key, iri, name, canonical, exact_only FROM names "
                               "WHERE instr(key, ?) > 0 LIMIT ?", (w, _FUZZY_ROWS)).fetchall()
        return out

    def _all_view(self):
        view = self._view("")
        for key, iri, name, canonical, exact_only in self._con().execute(
                "SELECT key, iri, name, canonical, exact_only FROM names"):
            view.names.setdefault(key, set()).add((URIRef(iri), name, bool(canonical)))
            if exact_only:
                view.exact_only.add(URIRef(iri))
        return view


_LABELS = """SELECT DISTINCT ?s ?pred ?o WHERE {
  VALUES ?pred { rdfs:label skos:altLabel }
  %s
  FILTER(isIRI(?s) && isLiteral(?o) && !STRSTARTS(STR(?s), "%s")%s)
}"""


class RemoteNameIndex(_DelegatingIndex):
    """Names from a SPARQL endpoint: all of them once when there are few, else a ``CONTAINS``
    query per lookup."""

    def __init__(self, kg, backend):
        super().__init__(kg)
        self.backend = backend
        self._all = None
        self._docs = None
        self._total = None

    def _rows(self, filter_: str = "") -> list[tuple]:
        if self._docs is None:
            _, rows = self.backend.select(
                "SELECT DISTINCT ?s WHERE { VALUES ?c { nfo:SourceDocument nfo:Observation } "
                + self._where("?s a ?c") + " }")
            self._docs = {str(r["s"]) for r in rows}
        _, rows = self.backend.select(_LABELS % (self._where("?s ?pred ?o"), str(NFO), filter_))
        out = []
        for r in rows:
            o = r["o"]
            canonical = r["pred"] == RDFS.label and o.language in (None, "en")
            for key, is_pinyin in name_keys(str(o), o.language):
                out.append((key, str(r["s"]), str(o), int(canonical and not is_pinyin),
                            int(str(r["s"]) in self._docs)))
        return out

    def _where(self, pattern: str) -> str:
        """``pattern`` in the union: the default graph when it holds the union, else every
        graph and the default graph."""
        if self.backend.union_graph is not None:
            return f"{{ {pattern} }}"
        return f"{{ GRAPH ?g {{ {pattern} }} }} UNION {{ {pattern} }}"

    @property
    def total(self) -> int:
        """How many names, counted up to ``FULL_LIMIT + 1`` (all that matters here)."""
        if self._total is None:
            _, rows = self.backend.select(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?o WHERE { "
                "VALUES ?pred { rdfs:label skos:altLabel } "
                + self._where("?s ?pred ?o") + f" }} LIMIT {FULL_LIMIT + 1} }}")
            self._total = int(rows[0]["n"]) if rows else 0
        return self._total

    def _everything(self) -> list[tuple] | None:
        if self._all is None and self.total <= FULL_LIMIT:
            self._all = self._rows()
        return self._all

    def _contains(self, word: str) -> list[tuple]:
        lit = Literal(word).n3()
        return self._rows(f" && CONTAINS(LCASE(REPLACE(STR(?o), \"['\u2019\u2018.`]\", \"\")), {lit})")

    def _substring_rows(self, q):
        every = self._everything()
        if every is not None:
            return [r for r in every if q in r[0]]
        if q.startswith(PINYIN):
            return []     # pinyin is generated here, not stored at the endpoint
        words = q.split()
        return [r for r in self._contains(max(words, key=len)) if q in r[0]]

    def _fuzzy_rows(self, q):
        every = self._everything()
        if every is not None:
            return every
        out = []
        for w in _words(q):
            out += self._contains(w)
        return out

    def _all_view(self):
        every = self._everything() or self._rows()
        view = self._view("")
        for key, iri, name, canonical, exact_only in every:
            view.names.setdefault(key, set()).add((URIRef(iri), name, bool(canonical)))
            if exact_only:
                view.exact_only.add(URIRef(iri))
        return view
