"""A relation prior learned, at ingest time, from the graph passed to ``ingest()``: for each pair
of kinds (a place and a metal, a policy and a field, an organisation and a person...), how often
two entities of those kinds named in the same sentence (tier ``sentence``) or in neighbouring
sentences (tier ``next``) of an already curated document are linked by that document, and by
which predicate, in which direction. A pair the graph already links (any document, or the
reference data) has its own rate: how often a document restates a link it names both ends of.

The texts come from the catalogue (``nfo:fileName`` under the sources folder,
:func:`~kg.model.corpus.find_sources_dir`: ``$KG_SOURCES`` or ``../shared/sources``) of the
documents that state triples in the graph; a document absent from the graph (the held-out one in
the leave-one-out evaluation) is never read. In each case:

* every document's text can be read (a checkout beside the corpus): learned from them;
* some or all cannot (an installed package, a checkout without the corpus), and the graph is
  the very one the package ships (:mod:`shipped_prior`: same content, same documents): the
  counts learned from its texts when the package was made (``kg/ingest/data/relation-prior.json``,
  rebuilt by ``python bench/ship_prior.py``; a test keeps it equal to learning now), with the
  graph's own links: the same prior, so the same drafts, as with the corpus;
* some cannot, and the graph is another (a document added, edited or left out): learned from
  the texts that can be read; none can (no sources folder): the prior is empty and proposes
  nothing, as with no provenance.

``cooccur.py`` applies it to a new article."""
from __future__ import annotations

import bisect
import hashlib
import re
from collections import defaultdict

from kg.ingest.knowledge import shipped_prior
from kg.ingest.knowledge.light_graph import light_kg
from kg.ingest.knowledge.paths import INFERRED, find_sources_dir
from kg.ingest.reading.word_spans import words_between
from kg.ingest.reading.sentences import Sentences
from kg.ingest.records import NEW, Record
from kg.ingest.terms import DOC, NFO, OA, RDF, URIRef

RELATION_NODES = {NFO.Post: "Post", NFO.AwardGrant: "AwardGrant", NFO.Membership: "Membership"}


def is_relation_node(ent) -> bool:
    """A post, award grant or membership: it links things, it is not one of them (an event the
    draft marks ``role`` is still a thing its participants are linked to)."""
    return ent.cls in RELATION_NODES


# predicates that are bookkeeping, not relations between two things the text names
_SKIP = {RDF.type, NFO.evidence, NFO.proposedBy, NFO.draft}
MAX_PER_SENTENCE = 40        # entities per sentence considered (bounds the pair count)


class Stats(Record):
    """co: distinct entity pairs named together (per document); linked: of which the document
    links; how: (predicate, subject kind, subject first) -> n."""
    _fields = __match_args__ = ("co", "linked", "how")

    def __init__(self, co: int = 0, linked: int = 0, how: dict = NEW):
        self.co = co
        self.linked = linked
        self.how = {} if how is NEW else how

    def most(self):
        """The (predicate, subject kind, subject first) most often used."""
        return max(self.how.items(), key=lambda x: (x[1], str(x[0])))[0]


class Prior(Record):
    """What the curated documents link when they name two things in one sentence: per pair of
    kinds (``kind_key``) and per pair the graph already links (``restated``), how many such
    pairs a document names and how many it links, and how. ``by_kinds``: (group, kind, kind
    sorted) -> Stats; ``restated``: group -> Stats; ``links``: the pairs the graph links, as
    plain strings (IRIs are slow to remake from the cache): frozenset -> [(subject, predicate,
    object)]; a relation node's members: (member, "Post|role" or the node's class name,
    member); ``documents``: how many were read."""
    _fields = __match_args__ = ("by_kinds", "restated", "links", "documents")

    def __init__(self, by_kinds: dict = NEW, restated: dict = NEW, links: dict = NEW,
                 documents: int = 0):
        self.by_kinds = {} if by_kinds is NEW else by_kinds
        self.restated = {} if restated is NEW else restated
        self.links = {} if links is NEW else links
        self.documents = documents

    def stats(self, group: str, ka: str, kb: str) -> Stats | None:
        return self.by_kinds.get((group,) + tuple(sorted((ka, kb))))

    def rate(self, st: Stats) -> float:
        """P(the document links a pair | its kinds): the share of such pairs linked, drawn
        toward the share over all pairs (two pairs' worth) so that rare kinds stay modest."""
        totals = self.__dict__.get("_totals")     # summed once (rate is asked per pair)
        if totals is None:
            totals = self.__dict__["_totals"] = (sum(x.co for x in self.by_kinds.values()),
                                                 sum(x.linked for x in self.by_kinds.values()))
        total, linked = totals
        g = (linked + 1) / (total + 2)
        return (st.linked + 2 * g) / (st.co + 2)

    def to_json(self):
        return {"documents": self.documents,
                "kinds": [[list(k), st.co, st.linked,
                           [[str(p), sk, f, n] for (p, sk, f), n in st.how.items()]]
                          for k, st in self.by_kinds.items()],
                "restated": {g: [st.co, st.linked] for g, st in self.restated.items()},
                "links": [[str(s), str(p), str(o)] for ts in self.links.values()
                          for s, p, o in ts]}

    @classmethod
    def from_json(cls, v) -> "Prior":
        prior = cls(documents=v["documents"])
        for k, co, linked, how in v["kinds"]:
            st = prior.by_kinds[tuple(k)] = Stats(co, linked)
            for p, sk, f, n in how:
                st.how[(term(p), sk, f)] = n
        for g, (co, linked) in v["restated"].items():
            prior.restated[g] = Stats(co, linked)
        for s, p, o in v["links"]:
            prior.links.setdefault(frozenset((s, o)), []).append((s, p, o))
        return prior


def term(p: str):
    """A predicate IRI, or the name of a relation node ("Post|Chairman")."""
    return URIRef(p) if p.startswith(("http://", "https://")) else p


def _graph_links(kg, classes):
    """Pairs of entities the graph links, directly or through one relation node; for each, the
    triples and the documents stating it ('' for reference data)."""
    links: dict = defaultdict(list)
    docs_of: dict = defaultdict(set)
    members: dict = defaultdict(set)
    rel = {}
    for cls, name in RELATION_NODES.items():
        for s in kg.union.subjects(RDF.type, cls):
            role = kg.union.value(s, NFO.roleName)
            rel[s] = f"{name}|{role}" if role is not None else name
    for s, p, o in kg.union:
        if p in _SKIP or not isinstance(o, URIRef):
            continue
        docs = kg.provenance.get((s, p, o)) or {""}
        if s in rel and classes.get(o):
            members[s].add(o)
            for d in docs:
                docs_of[("node", s)].add(d)
        elif classes.get(s) and classes.get(o) and s != o:
            key = frozenset((s, o))
            links[key].append((s, p, o))
            docs_of[key] |= docs
    for node, ms in members.items():
        ms = sorted(ms)
        for i, a in enumerate(ms):
            for b in ms[i + 1:]:
                key = frozenset((a, b))
                links[key].append((a, rel[node], b))
                docs_of[key] |= docs_of[("node", node)]
    for triples in links.values():      # graph order varies with the hash seed: fix it
        triples.sort(key=lambda t: tuple(str(x) for x in t))
    return links, docs_of


def _evidence_by_doc(kg, classes) -> dict:
    """Document IRI -> [(start, end, entity)] for the evidence spans of named entities."""
    out: dict = defaultdict(list)
    g = kg.union
    for ent, ev in g.subject_objects(NFO.evidence):
        if not classes.get(ent):
            continue
        sel = g.value(ev, OA.hasSelector)
        start = g.value(sel, OA.start) if sel is not None else None
        end = g.value(sel, OA.end) if sel is not None else None
        if start is not None and end is not None:
            out[g.value(ev, OA.hasSource)].append((int(start), int(end), ent))
    return out


def _mentions(gaz, text, evidence):
    out = [(m.start, m.end, m.iri) for m in gaz.link(text)]
    out += [(a, b, e) for a, b, e in evidence if 0 <= a < b <= len(text)]
    # (in one order whatever the graph's: two entities' spans may start at one offset, and
    # which comes first tells the learned direction of a link between two things of one kind)
    return sorted(out, key=lambda x: (x[0], x[1], str(x[2])))


def by_sentence(sents: Sentences, mentions):
    """Sentence index -> {entity: [(start, end) of its mentions there]}, entities in order of
    first mention (at most ``MAX_PER_SENTENCE``)."""
    out: dict = {}
    for start, end, ent in mentions:
        i = bisect.bisect_right(sents.starts, start) - 1
        row = out.setdefault(i, {})
        if ent in row:
            if len(row[ent]) < 8:
                row[ent].append((start, end))
        elif len(row) < MAX_PER_SENTENCE:
            row[ent] = [(start, end)]
    return out


_GAPS = (("comma", re.compile(r"\s*,\s*")), ("possessive", re.compile(r"['’]s\s+")),
         ("in", re.compile(r"\s+(?:in|of|at|from|under|by)\s+(?:the\s+)?", re.I)),
         ("paren", re.compile(r"\s*[(（]\s*")))


def _tier(text, xs, ys, row, firsts=None) -> tuple[str, bool, tuple]:
    """How two entities named in one sentence stand to each other: right next to each other
    ("X, Y", "X's Y", "X in Y", "X (Y)": that gap's name) or merely in the sentence; whether the
    first entity's mention comes first; and the features of their closest mentions (the gap,
    how many words and how many other names lie between). ``firsts``: :func:`_firsts` of
    ``row`` (made here when not given)."""
    best = None
    for a, b in xs:
        for c, d in ys:
            lo, hi = (b, c) if b <= c else (d, a) if d <= a else (None, None)
            if lo is not None and (best is None or hi - lo < best[1] - best[0]):
                best = (lo, hi, b <= c)
    if best is None:            # overlapping mentions
        return "sentence", xs[0][0] <= ys[0][0], ("gap:overlap",)
    lo, hi, first = best
    gap = "sentence"
    if hi - lo <= 12:
        for name, rx in _GAPS:
            if rx.fullmatch(text, lo, hi):
                gap = name
                break
    n = words_between(text, lo, hi, 16)      # (16 or more: "16+"; maybe read ahead)
    words = "0-2" if n <= 2 else "3-6" if n <= 6 else "7-15" if n <= 15 else "16+"
    # the names whose first mention lies between them (looked up among those starting there)
    starts, spans = firsts if firsts is not None else _firsts(row)
    others = sum(1 for k in range(bisect.bisect_left(starts, lo), bisect.bisect_right(starts, hi))
                  if spans[k][1] <= hi)
    return gap, first, (f"gap:{gap}", f"words:{words}", f"between:{min(others, 3)}")


def _firsts(row: dict) -> tuple[list, list]:
    """The first mention ``(start, end)`` of each entity of a sentence's ``row``, in order, and
    their starts."""
    spans = sorted(ms[0] for ms in row.values() if ms)
    return [s for s, _ in spans], spans


def pairs_by_tier(text, rows: dict, steps=(0, 1), skip=frozenset()):
    """(a, b, tier, a first, sentence index, features) for entity pairs named in one sentence
    (tier: the gap between them, or "sentence") or in neighbouring ones ("next"); each pair
    once, at its closest tier (first occurrence); none of the pairs in ``skip``."""
    seen = set()
    for step in steps:
        for i in sorted(rows):
            left = rows[i]
            right = rows.get(i + step) if step else left
            if not right:
                continue
            firsts = None
            items_l, items_r = list(left.items()), list(right.items())
            for x, (a, xs) in enumerate(items_l):
                for b, ys in (items_r[x + 1:] if not step else items_r):
                    key = frozenset((a, b))
                    if a == b or key in seen:
                        continue
                    seen.add(key)
                    if key in skip:
                        continue    # (a pair the caller has no use for: its gaps not measured)
                    if step:
                        yield a, b, "next", True, i, ("gap:next",)
                    else:
                        if firsts is None:
                            firsts = _firsts(left)
                        tier, first, feats = _tier(text, xs, ys, left, firsts)
                        yield a, b, tier, first, i, feats


def kind_key(kind: str, new: bool, cls=None) -> str:
    """A kind (an organisation's own class: a company, a ministry and a newspaper are linked to
    different things), marked when the entity is new to the graph (a document links the things
    it introduces far more often than the ones the graph already knows)."""
    if kind == "org" and cls is not None:
        kind = "org:" + str(cls).rsplit("#", 1)[-1]
    return kind + "+new" if new else kind


def learn(kg, gaz, kind_of) -> Prior:
    """``kind_of(class IRI) -> kind`` (relations.kind_of); ``gaz`` the article's gazetteer."""
    kg = light_kg(kg)       # the graph in the rules' terms (kg.ingest.terms)
    prior = Prior()
    classes = {s: c for s, c in gaz.classes.items() if c is not None}
    docs = set()
    for ds in kg.provenance.values():
        docs |= ds
    docs.discard(INFERRED)
    if not docs:
        return prior
    src = find_sources_dir()
    texts = _texts(kg, docs, src)
    shipped = None
    if len(texts) < len(docs):      # some cannot be read: the counts shipped for this graph
        shipped = shipped_prior.matching(kg, docs, _VERSION)
        if shipped is None and src is None:
            return prior
    links, docs_of = _graph_links(kg, classes)
    links_json = {frozenset(map(str, k)): [(str(a), str(p), str(b)) for a, p, b in v]
                  for k, v in links.items()}
    if shipped is not None:
        prior = Prior.from_json({**shipped, "links": []})
        prior.links = links_json
        return prior
    prior.links = links_json
    # entity -> documents stating anything about it ('' for reference data): one new to a
    # document is described by that document alone
    typed_in: dict = defaultdict(set)
    for t in kg.union:
        if t[0] in classes:
            typed_in[t[0]] |= (kg.provenance.get(t) or {""}) - {INFERRED}
    evidence = _evidence_by_doc(kg, classes)
    for did in sorted(texts):
        text = texts[did]
        prior.documents += 1
        rows = by_sentence(Sentences(text), _mentions(gaz, text, evidence.get(DOC[did], ())))
        for a, b, tier, a_first, _, feats in pairs_by_tier(text, rows):
            key = frozenset((a, b))
            stated = did in docs_of.get(key, ())
            group = "next" if tier == "next" else "sentence"
            if docs_of.get(key, set()) - {did}:
                st = prior.restated.setdefault(group, Stats())
                st.co += 1
                st.linked += stated
                continue
            ka = kind_key(kind_of(classes[a]), typed_in[a] == {did}, classes[a])
            kb = kind_key(kind_of(classes[b]), typed_in[b] == {did}, classes[b])
            st = prior.by_kinds.setdefault((group,) + tuple(sorted((ka, kb))), Stats())
            st.co += 1
            if stated:
                st.linked += 1
                s, p, o = links[key][0]
                if isinstance(p, str) and not isinstance(p, URIRef):
                    p = p.split("|", 1)[0]          # a post: the role is the sentence's
                first = None if ka != kb else (a_first == (s == a))
                k = (p, ka if s == a else kb, first)
                st.how[k] = st.how.get(k, 0) + 1
    return prior


def shipped_entry(kg, gaz, kind_of) -> dict:
    """What ``kg/ingest/data/relation-prior.json`` holds for ``kg`` (:mod:`shipped_prior`):
    learned from every one of its documents' texts (SystemExit when one cannot be read)."""
    light = light_kg(kg)
    docs = set()
    for ds in light.provenance.values():
        docs |= ds
    docs.discard(INFERRED)
    texts = _texts(light, docs, find_sources_dir())
    missing = sorted(docs - set(texts))
    if missing:
        raise SystemExit(f"cannot read the texts of {', '.join(missing)} (set $KG_SOURCES)")
    return shipped_prior.entry(light, learn(kg, gaz, kind_of).to_json(), texts, _VERSION)


def _texts(kg, docs, src) -> dict[str, str]:
    """Document id -> its text, for those of ``docs`` whose text file (``nfo:fileName`` under
    ``src``, the sources folder) can be read."""
    if src is None:
        return {}
    from kg.model.evidence import document_files     # (rdflib: only when learning)
    files = document_files(kg.union, src)
    out = {}
    for did in sorted(docs):
        path = files.get(DOC[did])
        if path is not None and path.is_file():
            out[did] = path.read_text(encoding="utf-8")
    return out


_MEMO: "weakref.WeakKeyDictionary | None" = None
_VERSION = "3"           # 3: mentions in one order (the learned directions no longer vary by run)


def _cache_name(kg, src) -> str | None:
    """A name for the prior of this graph and these texts (their paths, sizes and times)."""
    files = list(getattr(kg, "files", None) or [])
    if not files or src is None:
        return None
    h = hashlib.sha256(_VERSION.encode())
    try:
        for f in sorted(files) + sorted(src.glob("*.txt")):
            st = f.stat()
            h.update(f"{f.resolve()}\0{st.st_size}\0{st.st_mtime_ns}\0".encode())
    except OSError:
        return None
    return f"relation-prior-{h.hexdigest()[:32]}.json"


def for_graph(kg, gaz, kind_of) -> Prior:
    """The prior of ``kg``: learned once per loaded graph, and kept in the cache folder
    (``kg.model.cache``, JSON) for the same data and texts, so that ingesting one article after
    another does not relearn it."""
    global _MEMO
    import weakref

    from kg.model import cache

    if _MEMO is None:
        _MEMO = weakref.WeakKeyDictionary()
    try:
        hit = _MEMO.get(kg)
    except TypeError:
        hit = None
    if hit is not None:
        return hit
    name = _cache_name(kg, find_sources_dir())
    stored = cache.read_json(name, checked=True) if name else None
    try:
        prior = Prior.from_json(stored) if stored else None
    except (KeyError, TypeError, ValueError):
        prior = None
    if prior is None:
        prior = learn(kg, gaz, kind_of)
        if name and cache.write_json(name, prior.to_json(), checked=True):
            cache.prune(cache.cache_dir(), cache.KEEP, "relation-prior-*.json")
    try:
        _MEMO[kg] = prior
    except TypeError:
        pass
    return prior
