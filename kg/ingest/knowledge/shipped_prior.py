"""The relation prior as shipped with the package: what :func:`kg.ingest.knowledge.prior.learn`
learns from the shipped graph's document texts, kept in ``kg/ingest/data/relation-prior.json``
so that a user who has the package and its graph but not the corpus (``../shared/sources`` or
``$KG_SOURCES``) drafts as a checkout with the corpus does.

The file holds the learned counts (``Prior.to_json`` without the graph's links, which are read
from the graph itself), the prior's format (``prior._VERSION``), and what they were learned
from: the digest of the graph's content (:func:`graph_fingerprint`: its triples and their
documents, blank nodes by what they hold, so the same graph from a checkout or an installed
wheel has the same digest) and the digest of each document's text. :func:`matching` gives the
counts only for that very graph: a graph with another document, one fewer (the leave-one-out
evaluation), or any triple changed gets nothing from the file.

Rebuilt by ``python bench/ship_prior.py`` (:data:`REBUILD`); a test checks that the file equals
what learning from the corpus gives now, so a change of the graph, the texts or the rules the
prior reads (the gazetteer, the kinds) cannot leave it stale silently."""
from __future__ import annotations

import hashlib
import json
from pathlib import Path

SHIPPED = Path(__file__).resolve().parent.parent / "data" / "relation-prior.json"
FORMAT = 1                  # the file's own layout
REBUILD = "python bench/ship_prior.py"
_ABOUT = ("The relation prior learned from the shipped graph's document texts "
          "(kg/ingest/knowledge/prior.py), used only when those texts cannot be read. "
          f"Made by {REBUILD}; do not edit.")


def _sig(node, memo: dict, out: dict) -> str:
    """A term as a string; a blank node as the digest of what it holds (its predicates and
    objects), so that two loads of one graph give the same string."""
    kind = type(node).__name__
    if kind == "URIRef":
        return f"<{node}>"
    if kind == "Literal":
        lang = getattr(node, "language", None) or ""
        dt = getattr(node, "datatype", None)
        return f'"{node}"@{lang.lower()}^^{dt or ""}'
    got = memo.get(node)
    if got is None:
        memo[node] = "_:cycle"          # (a blank node holding itself: not in our data)
        parts = sorted(f"<{p}> {_sig(o, memo, out)}" for p, o in out.get(node, ()))
        got = memo[node] = "_:" + hashlib.sha256("\n".join(parts).encode()).hexdigest()[:32]
    return got


def graph_fingerprint(kg) -> str:
    """The digest of ``kg``'s content (a light graph, :func:`~kg.ingest.knowledge.light_graph.
    light_kg`): every triple with the documents stating it."""
    triples = list(kg.union)
    out: dict = {}
    for s, p, o in triples:
        if type(s).__name__ not in ("URIRef", "Literal"):
            out.setdefault(s, []).append((p, o))
    memo: dict = {}
    lines = []
    for t in triples:
        docs = ",".join(sorted(str(d) for d in (kg.provenance.get(t) or ())))
        lines.append(f"{_sig(t[0], memo, out)} <{t[1]}> {_sig(t[2], memo, out)} {docs}")
    lines.sort()
    return hashlib.sha256("\n".join(lines).encode("utf-8", "surrogatepass")).hexdigest()


def text_digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def matching(kg, docs: set[str], version: str, path: Path = SHIPPED) -> dict | None:
    """The shipped counts (``Prior.to_json`` without links) when they were learned from this
    very graph (a light graph whose documents are ``docs``) by this format of the prior, else
    None."""
    try:
        entry = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(entry, dict) or entry.get("format") != FORMAT \
            or entry.get("prior") != version or set(entry.get("texts") or ()) != set(docs):
        return None
    if entry.get("graph") != graph_fingerprint(kg):
        return None
    return entry.get("learned")


def entry(kg, learned: dict, texts: dict[str, str], version: str) -> dict:
    """The file's content: ``learned`` (``Prior.to_json``, its links dropped) from ``texts``
    (document id -> text) and the light graph ``kg``."""
    return {"about": _ABOUT, "format": FORMAT, "prior": version,
            "graph": graph_fingerprint(kg),
            "texts": {d: text_digest(t) for d, t in sorted(texts.items())},
            "learned": {k: v for k, v in learned.items() if k != "links"}}


def dumps(content: dict) -> str:
    """The file's text: one line per learned pair of kinds (a rebuild's diff reads as what
    changed)."""
    learned = content["learned"]
    head = {k: v for k, v in content.items() if k != "learned"}
    lines = [json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ",",
             ' "learned": {',
             f'  "documents": {json.dumps(learned["documents"])},',
             f'  "restated": {json.dumps(learned["restated"], sort_keys=True)},',
             '  "kinds": [']
    kinds = sorted(learned["kinds"], key=lambda k: json.dumps(k[0]))
    rows = []
    for k, co, linked, how in kinds:
        how = sorted(how, key=lambda h: json.dumps(h))
        rows.append("   " + json.dumps([k, co, linked, how], ensure_ascii=False))
    lines.append(",\n".join(rows))
    lines += ["  ]", " }", "}"]
    return "\n".join(lines) + "\n"
