"""Build and check the gold readings of the held-out articles (bench/unseen/).

The gold files are written by hand as templates, gold-src/<id>.ttl.in, in the shape of the
curated files in data/triples/. Where a curator writes an evidence node, the template writes
``EV{{exact words of the article}}`` (``EV{{words}}#2`` for the second occurrence); this script
replaces it with the ``oa:TextPositionSelector`` of that text (code-point offsets into
articles/<id>.txt; white space in the quoted words matches any white space, so a name broken
across a line is quoted as one line) and writes gold/<id>.ttl. Offsets are never counted by
hand.

``--check`` then verifies every gold file: it parses; each span lies inside its article and
holds the subject's label or an alias (for a post, award grant, agreement or membership, the person's,
recipient's, a party's or the member's name), with a word hyphenated across a line read as one word; every entity has exactly one
plain label; every nf: IRI used as an object is typed and labelled in the gold file or in the
shipped graph (data/); each article has 250-600 words and an id of at most 120 characters.

Usage: python bench/unseen/make_gold.py [--check] [--dir bench/unseen2]
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
ARTICLES, SRC, GOLD = HERE / "articles", HERE / "gold-src", HERE / "gold"
EV = re.compile(r"EV\{\{(.+?)\}\}(?:#(\d+))?", re.DOTALL)
NF = "https://w3id.org/nfkg/id/"
NFO = "https://w3id.org/nfkg/ontology#"
OA = "http://www.w3.org/ns/oa#"
ORG = "http://www.w3.org/ns/org#"


class GoldError(Exception):
    pass


def locate(text: str, quote: str, nth: int | None) -> tuple[int, int]:
    """The (start, end) of the quoted words in the text; white space matches any white space."""
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    hits = [m.span() for m in re.finditer(pattern, text)]
    if not hits:
        raise GoldError(f"not in the article: {quote!r}")
    if nth is None and len(hits) > 1:
        raise GoldError(f"{len(hits)} occurrences, say which with #n: {quote!r}")
    n = nth or 1
    if n > len(hits):
        raise GoldError(f"only {len(hits)} occurrences, not #{n}: {quote!r}")
    return hits[n - 1]


def build(doc: str) -> str:
    text = (ARTICLES / f"{doc}.txt").read_text(encoding="utf-8")
    src = (SRC / f"{doc}.ttl.in").read_text(encoding="utf-8")

    def evidence(m: re.Match) -> str:
        a, b = locate(text, m.group(1), int(m.group(2)) if m.group(2) else None)
        return (f"[ oa:hasSource doc:{doc} ; oa:hasSelector [ a oa:TextPositionSelector ; "
                f"oa:start {a} ; oa:end {b} ] ]")
    rel = HERE.relative_to(ROOT).as_posix() if HERE.is_relative_to(ROOT) else str(HERE)
    head = (f"# Gold reading of {rel}/articles/{doc}.txt, written by hand as\n"
            f"# {rel}/gold-src/{doc}.ttl.in; evidence offsets computed by\n"
            f"# bench/unseen/make_gold.py from the quoted words. Edit the template, not this file.\n")
    return head + EV.sub(evidence, src)


def _fold(s: str) -> str:
    s = re.sub(r"(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])", "", s)
    s = re.sub(r"[\"'\u201c\u201d\u2018\u2019()]", "", s)
    return re.sub(r"\s+", " ", s).strip().casefold()


def _names(g: Graph, s) -> set[str]:
    return {_fold(str(o)) for p in (RDFS.label, SKOS.altLabel) for o in g.objects(s, p)
            if isinstance(o, Literal)}


def check(doc: str, shipped: Graph) -> list[str]:
    problems = []
    text = (ARTICLES / f"{doc}.txt").read_text(encoding="utf-8")
    if len(doc) > 120:
        problems.append(f"{doc}: id of {len(doc)} characters (`kg ingest --id` takes at most 120)")
    words = len(text.split())
    if not 250 <= words <= 600:
        problems.append(f"{doc}: {words} words (want 250-600)")
    g = Graph()
    try:
        g.parse(GOLD / f"{doc}.ttl", format="turtle")
    except Exception as exc:   # noqa: BLE001 - report any parse error as one line
        return problems + [f"{doc}: does not parse: {exc}"]
    for s in set(g.subjects(RDF.type)):
        plain = [o for o in g.objects(s, RDFS.label) if isinstance(o, Literal) and not o.language]
        if isinstance(s, URIRef) and str(s).startswith(NF) and len(plain) != 1:
            problems.append(f"{doc}: {s} has {len(plain)} plain labels")
    for s, o in g.subject_objects(URIRef(NFO + "evidence")):
        holder = {s}
        for p in (URIRef(ORG + "heldBy"), URIRef(NFO + "recipient"), URIRef(NFO + "party"),
                  URIRef(ORG + "member")):
            holder |= set(g.objects(s, p))
        want = set().union(*(_names(g, h) | _names(shipped, h) for h in holder))
        for sel in g.objects(o, URIRef(OA + "hasSelector")):
            a = int(g.value(sel, URIRef(OA + "start")))
            b = int(g.value(sel, URIRef(OA + "end")))
            if not 0 <= a < b <= len(text):
                problems.append(f"{doc}: {s} span [{a}:{b}] outside the text")
                continue
            got = _fold(text[a:b])
            if not any(n and n in got for n in want):
                problems.append(f"{doc}: {s} span [{a}:{b}] {text[a:b][:60]!r} holds none of "
                                f"{sorted(want)[:3]}")
    for s, p, o in g:
        if isinstance(o, URIRef) and str(o).startswith(NF) and p != RDF.type:
            known = lambda gr: (o, RDF.type, None) in gr and (o, RDFS.label, None) in gr  # noqa
            if not (known(g) or known(shipped)):
                problems.append(f"{doc}: {o} (object of {p}) is not typed and labelled")
    return problems


_SHIPPED: dict = {}


def shipped_graph() -> Graph:
    """The shipped graph's curated files, parsed once per process for the same files (a key of
    every file's name, size and modification time): the floors tests check forty sets in one
    process, and the graph is the same for each."""
    files = sorted((ROOT / "data" / "triples").glob("*.ttl"))
    key = tuple((f.name, f.stat().st_size, f.stat().st_mtime_ns) for f in files)
    if key not in _SHIPPED:
        shipped = Graph()
        for f in files:
            shipped.parse(f, format="turtle")
        _SHIPPED.clear()
        _SHIPPED[key] = shipped
    return _SHIPPED[key]


def main(argv=None) -> int:
    global ARTICLES, SRC, GOLD, HERE
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only check the gold files")
    ap.add_argument("--dir", type=Path, default=HERE,
                    help="folder holding articles/, gold-src/, gold/ (default bench/unseen)")
    a = ap.parse_args(argv)
    HERE = a.dir.resolve()
    ARTICLES, SRC, GOLD = HERE / "articles", HERE / "gold-src", HERE / "gold"
    docs = sorted(p.name[:-len(".ttl.in")] for p in SRC.glob("*.ttl.in"))
    if not a.check:
        GOLD.mkdir(exist_ok=True)
        for doc in docs:
            try:
                out = build(doc)
            except GoldError as exc:
                print(f"error: gold-src/{doc}.ttl.in: {exc}", file=sys.stderr)
                return 1
            (GOLD / f"{doc}.ttl").write_text(out, encoding="utf-8")
    shipped = shipped_graph()
    problems = [p for doc in docs for p in check(doc, shipped)]
    print("\n".join(problems) if problems else f"{len(docs)} gold files: all checks pass")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
