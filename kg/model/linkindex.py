"""The compact link index: what ``kg linked`` and name resolution need, as plain JSON, read
without rdflib.

Per term (entities, predicates, classes; IRIs numbered once in ``terms``): its label, class
name, every class (superclasses included), its edges (the triples that link it to another
entity, as :class:`kg.ask.links.GraphView` chose them when the index was built) and the values
a post or membership is read through; the sources of every edge, the curators' reasons of the
inferred ones, the document titles, the known classes and the name index
(:meth:`kg.model.names.NameIndex.state`). It is built from a loaded graph by
:mod:`kg.ask.lookup` and kept in the cache folder beside the parse cache.

Safety and staleness: JSON cannot run code; the file is read only through the checks of
:mod:`kg.model.cache` (a folder and a file of the user's own that nobody else can write). Its
name is a hash of the input files (paths and bytes) and of the code that decides its content
(every module of ``kg.model``, and the linking, naming and inference modules of ``kg.ask``), so an edited data file or an upgrade
means another name: the old index is never read again. The file starts with the digest of
its content: an index edited or cut short since it was written, one that cannot be read, or
whose content is not what this version writes, is ignored (the command loads the graph as
usual, and writes a fresh index).

:func:`input_files` lists the files of a data folder as :mod:`kg.model.layout` does, without
importing rdflib (a test checks that the two agree).
"""
from __future__ import annotations

import hashlib
import os
from pathlib import Path

from kg.model import cache, iris

FORMAT = "1"
_PKG = Path(__file__).resolve().parent.parent          # the kg package
# the code whose behaviour is baked into the index: the whole model wing (loading, sources,
# names) and the questions the index answers
_ASK_CODE = ["ask/links.py", "ask/names.py", "ask/lookup.py", "ask/inferences.py"]


# --- where the inputs are (as kg.model.layout) ------------------------------------------------
def _first_dir(*candidates: Path) -> Path | None:
    return next((c for c in candidates if c.is_dir()), None)


def input_files(data_dir: Path | None = None) -> list[Path] | None:
    """The ontology and data files of a load of ``data_dir`` (default: ``$KG_DATA``, else the
    shipped data), in the loader's order; None when a folder is missing (the loader says
    what is wrong)."""
    if data_dir is None:
        env = os.environ.get("KG_DATA")
        data_dir = Path(env) if env else _first_dir(_PKG / "_data" / "data", _PKG.parent / "data")
    onto = _first_dir(_PKG / "_data" / "ontology", _PKG.parent / "ontology")
    if data_dir is None or onto is None or not (Path(data_dir) / "triples").is_dir():
        return None
    data = sorted((Path(data_dir) / "triples").glob("*.ttl"))
    if not data:
        return None
    return [f for f in sorted(onto.glob("*.ttl")) if f.name != "shapes.ttl"] + data


def key(files: list[Path]) -> str:
    h = hashlib.sha256(f"linkindex {FORMAT}".encode())
    code = sorted((_PKG / "model").glob("*.py")) + [_PKG / rel for rel in _ASK_CODE]
    for f in code:
        h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
    cache.hash_files(h, files)
    return h.hexdigest()[:32]


def entry_name(files: list[Path]) -> str:
    return f"links-{key(files)}.json"


def read(files: list[Path]) -> "LinkIndex | None":
    """The index of ``files`` from the cache folder, or None (missing, unsafe, not ours,
    not valid)."""
    try:
        name = entry_name(files)
    except OSError:
        return None
    data = cache.read_json(name, checked=True)
    if not isinstance(data, dict) or data.get("format") != FORMAT or data.get("key") != name:
        return None
    try:
        idx = LinkIndex(data)
    except (KeyError, TypeError, ValueError, IndexError, AttributeError):
        return None
    cache.mark_used(cache.cache_dir() / name)
    return idx


def write(files: list[Path], data: dict) -> None:
    """Keep ``data`` (see :class:`LinkIndex`) as the index of ``files``; skipped when the
    cache folder cannot be written safely."""
    try:
        name = entry_name(files)
    except OSError:
        return
    if cache.write_json(name, {**data, "format": FORMAT, "key": name}, checked=True):
        cache.prune(cache.cache_dir(), pattern="links-*.json")


class LinkIndex:
    """The linking view (see :class:`kg.ask.links.GraphView`) and the few KG methods
    ``kg linked`` uses, answered from the index. Terms are plain strings.

    The content (lists, so that JSON stays small and loads fast; numbers are positions):
    ``terms`` (IRIs); ``nodes`` (per term: null, or [label, class name, type set, edges,
    values], an edge ``predicate, other end, 1 if outgoing else 0, source set`` and a value
    ``predicate, 1 if an IRI else 0, value, source set`` as flat runs of four); ``typesets``
    (lists of terms: every class of a node, superclasses included); ``srcsets`` (lists of
    document ids); ``reasons`` ([s, p, o, reason]); ``titles`` (document id -> title);
    ``classes`` (every known class); ``names`` (the name index's state, IRIs as terms, a key
    that is the name case-folded as 0)."""

    is_link_view = True

    def __init__(self, data: dict):
        self._terms = terms = data["terms"]
        self._recs = data["nodes"]
        if not (isinstance(terms, list) and isinstance(self._recs, list)
                and len(terms) == len(self._recs)):
            raise ValueError("terms and nodes differ")
        self._ids = {t: i for i, t in enumerate(terms)}
        self._typesets = data["typesets"]
        self._srcsets = data["srcsets"]
        self._reasons = {(terms[s], terms[p], terms[o]): why for s, p, o, why in data["reasons"]}
        self._titles = dict(data["titles"])
        self._classes = [terms[i] for i in data["classes"]]
        names = data["names"]
        self._names = {"names": [[k or n.casefold(), terms[i], n, c] for k, i, n, c in names["names"]],
                       "zh_pending": [[terms[i], n] for i, n in names["zh_pending"]],
                       "exact_only": [terms[i] for i in names["exact_only"]]}

    @staticmethod
    def term(iri: str) -> str:
        return str(iri)

    def _rec(self, node):
        i = self._ids.get(node)
        return self._recs[i] if i is not None else None

    # the linking view ---------------------------------------------------------------------
    def label(self, node) -> str:
        rec = self._rec(node)
        if rec is not None:
            return rec[0]
        s = str(node)              # as KG.label for a node without a label
        return s.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]

    def class_name(self, node) -> str:
        rec = self._rec(node)
        return rec[1] if rec is not None else ""

    def types(self, node) -> set:
        rec = self._rec(node)
        return {self._terms[i] for i in self._typesets[rec[2]]} if rec is not None else set()

    def is_a(self, node, cls) -> bool:
        return cls in self.types(node)

    def edges(self, x) -> list:
        rec = self._rec(x)
        if rec is None:
            return []
        t, e = self._terms, rec[3]
        return [(x, t[e[i]], t[e[i + 1]]) if e[i + 2] else (t[e[i + 1]], t[e[i]], x)
                for i in range(0, len(e), 4)]

    def value(self, node, predicate):
        rec = self._rec(node)
        v = rec[4] if rec is not None else ()
        for i in range(0, len(v), 4):
            if self._terms[v[i]] == predicate:
                return self._terms[v[i + 2]] if v[i + 1] else v[i + 2]
        return None

    def sources(self, s, p, o) -> list[str]:
        """Sources of a triple the index holds (an edge, or a post's or membership's end)."""
        t = self._terms
        for x, other, out in ((s, o, 1), (o, s, 0)):
            rec = self._rec(x)
            if rec is None:
                continue
            e = rec[3]
            for i in range(0, len(e), 4):
                if e[i + 2] == out and t[e[i]] == p and t[e[i + 1]] == other:
                    return list(self._srcsets[e[i + 3]])
        rec = self._rec(s)
        v = rec[4] if rec is not None else ()
        for i in range(0, len(v), 4):
            if v[i + 1] and t[v[i]] == p and t[v[i + 2]] == o:
                return list(self._srcsets[v[i + 3]])
        return []

    def reason(self, s, p, o) -> str | None:
        return self._reasons.get((s, p, o))

    def prefetch(self, nodes, objects: bool = False, graphs: bool = False) -> None:
        """Nothing to fetch: everything is in memory."""

    # what the command asks of its KG ------------------------------------------------------
    def document_title(self, doc_id: str) -> str:
        return self._titles.get(doc_id, doc_id)

    def name_index_state(self) -> dict:
        return self._names

    def resolve_class(self, name: str) -> str:
        """As :meth:`kg.model.graph.KG.resolve_class`: ``Person``/``nfo:Person``/an IRI."""
        from kg.model.errors import KGError

        local = name.split(":", 1)[1] if name.startswith("nfo:") else name
        cand = name if "://" in name else iris.NFO + local
        if cand in self._classes:
            return cand
        by_lower = {c.split("#")[-1].lower(): c for c in self._classes if c.startswith(iris.NFO)}
        if local.lower() in by_lower:
            return by_lower[local.lower()]
        raise KGError(f"unknown class {name!r}; known classes: "
                      + ", ".join(sorted(by_lower[k].split('#')[-1] for k in by_lower)))
