"""The fast paths of `kg ingest` give what the slow ones gave: the draft's Turtle, written
straight from the draft (no rdflib graph), parses back to exactly the draft's graph
(:func:`kg.ingest.output.draft.to_graph`), strange labels included; and a draft made from the cached
ingest snapshot is byte-identical to one made from the loaded graph."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
from rdflib import BNode, Graph, Literal, URIRef

from kg.ingest.output.draft import to_graph, to_turtle
from kg.ingest.model import Draft, Entity, Span
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import to_rdflib
from kg.model.namespaces import NF, NFO, RDFS

ARTICLES = Path(__file__).resolve().parent / "articles"


def _canon(g: Graph) -> Counter:
    """The triples, each blank node replaced by what it holds (exact for the tree-shaped blank
    nodes of a draft, and fast where rdflib's isomorphism check is slow on many alike nodes)."""
    def c(t):
        if isinstance(t, BNode):
            return frozenset((p, c(o)) for p, o in g.predicate_objects(t))
        return t
    return Counter((s, p, c(o)) for s, p, o in g if not isinstance(s, BNode))


def _same_graph(turtle: str, draft: Draft, with_catalogue: bool = True) -> None:
    parsed = Graph().parse(data=turtle, format="turtle")
    expected = to_graph(draft, with_catalogue=with_catalogue)
    assert len(parsed) == len(expected) and _canon(parsed) == _canon(expected)


@pytest.fixture(scope="module")
def drafts(kg, sources_dir):
    """Drafts of the largest source text and of every test article."""
    paths = [next(sources_dir.glob("003-*.txt"))] + sorted(ARTICLES.glob("*.txt"))
    return {p.name: ingest(kg, read_article(p), "x-speed") for p in paths}


def test_draft_turtle_parses_to_the_draft_graph(drafts):
    for name, draft in drafts.items():
        text = to_turtle(draft)
        _same_graph(text, draft)
        _same_graph(to_turtle(draft, with_catalogue=False), draft, with_catalogue=False)
        # every proposed node has its one marker line, right under its block
        marked = {ln.split()[0] for ln in text.splitlines() if ln.endswith("# DRAFT")}
        assert len(marked) == len(draft.entities), name
        kept = "\n".join(ln for ln in text.splitlines() if not ln.endswith("# DRAFT"))
        assert not list(Graph().parse(data=kept, format="turtle").triples(
            (None, NFO.draft, None))), name


def test_strange_labels_are_escaped_and_round_trip(tmp_path):
    """Quotes, backslashes, newlines, tabs, escape sequences, bidi overrides, non-ASCII and a
    file name with a newline: the file stays one line per statement part, holds no raw control
    character, and parses back to the draft's graph."""
    labels = ['Say "hi" \\ there', "two\nlines\r\nand\ttab", "\x1b[31mred\x1b[0m",
              "evil\u202eoverride", "镁合金 Åland", "ends with dot."]
    draft = Draft("x-1", "text " * 20, "0" * 64, "a\nb.txt", 'Title "x"\n# not a comment',
                  None, "Some Publisher", "http://example.org/a?b=c")
    for i, label in enumerate(labels):
        ent = Entity(NF[f"odd-{i}"], NFO.Company, label, False, "rule:odd\x07", 0.3 + i / 10,
                     aliases={label + " Ltd", "\x00nul"})
        ent.mentions = [Span(i, i + 3), Span(i, i + 3), Span(10 + i, 20)]
        ent.add(RDFS.comment, Literal(label, lang="en"), Span(0, 1), "rule:note")
        ent.add(NFO.roleName, Literal("7", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
                Span(0, 1), "rule:n")
        draft.entities[ent.iri] = ent
    odd = URIRef("https://w3id.org/nfkg/id/with space>and{braces}")
    draft.entities[odd] = Entity(odd, NFO.Company, "odd IRI", False, "r", 1.0, mentions=[Span(0, 4)])
    text = to_turtle(draft)
    assert not any(c in text for c in "\x00\x07\x1b\r\t\u202e")
    # the header comment stays a comment: the file name's newline is escaped
    assert all(ln.startswith("#") for ln in text.split("@prefix", 1)[0].splitlines())
    _same_graph(text, draft)
    # no prefix declared that the file does not use, none used that it does not declare
    declared = {ln.split()[1][:-1] for ln in text.splitlines() if ln.startswith("@prefix")}
    assert "nf" in declared and "foaf" not in declared


# --- the ingest snapshot ------------------------------------------------------------------------
def test_snapshot_and_graph_give_byte_identical_drafts(kg, sources_dir):
    """The snapshot, written to the cache and read back, drafts 003 exactly as the graph does,
    without loading the graph; a --publisher look-up loads it then."""
    from kg.ingest.knowledge import snapshot
    from kg.model.linkindex import input_files

    files = input_files()
    snapshot.write(files, snapshot.Knowledge(kg))
    k = snapshot.read(files)
    assert k is not None
    loads = []
    skg = snapshot.SnapshotKG(k, files, lambda: loads.append(1) or kg)
    article = read_article(next(sources_dir.glob("003-*.txt")))
    fast = to_turtle(ingest(skg, article, "x-speed"))
    iri = next(iter(k.labels))         # a light term (kg.ingest.terms): rdflib's for the graph
    assert loads == [] and skg.label(iri) == kg.label(to_rdflib(iri))
    assert fast == to_turtle(ingest(kg, article, "x-speed"))
    assert snapshot.graph_of(skg) is kg and loads == [1]


def test_a_changed_edited_or_foreign_snapshot_is_not_used(kg, tmp_path):
    import os

    from kg.ingest.knowledge import snapshot
    from kg.model import cache
    from kg.model.linkindex import input_files

    files = input_files()
    # another input (an edited data file) is another entry
    f = tmp_path / "x.ttl"
    f.write_text("# one\n", encoding="utf-8")
    before = snapshot.entry_name([f])
    f.write_text("# two\n", encoding="utf-8")
    assert snapshot.entry_name([f]) != before
    snapshot.write(files, snapshot.Knowledge(kg))
    entry = cache.cache_dir() / snapshot.entry_name(files)
    good = entry.read_bytes()
    assert snapshot.read(files) is not None
    entry.write_bytes(good[:-1] + bytes([good[-1] ^ 1]))        # edited since written
    assert snapshot.read(files) is None
    entry.write_bytes(good[: len(good) // 2])                    # cut short
    assert snapshot.read(files) is None
    entry.write_bytes(good)
    os.chmod(entry, 0o666)                                       # others may write it
    assert snapshot.read(files) is None
    os.chmod(entry, 0o600)
    assert snapshot.read(files) is not None


def test_cli_ingest_rows_and_snapshot_fallback(run, tmp_path):
    """`kg ingest` works past a corrupt snapshot (loading the graph, writing a fresh one) and
    then from the fresh one, with the same draft; --rows bounds the table, JSON has every
    entity."""
    from kg.ingest.knowledge import snapshot
    from kg.model import cache
    from kg.model.linkindex import input_files

    entry = cache.cache_dir() / snapshot.entry_name(input_files())
    cache.write_bytes(entry.name, b"not a pickle", checked=True)
    art = ARTICLES / "year-in-review.txt"
    a, b = tmp_path / "a.ttl", tmp_path / "b.ttl"
    r1 = run("ingest", art, "--id", "x-1", "-o", a, "--rows", "2")
    assert r1.exit_code == 0, r1.stderr
    r2 = run("ingest", art, "--id", "x-1", "-o", b, "-f", "json")
    assert r2.exit_code == 0, r2.stderr
    assert a.read_bytes() == b.read_bytes() and snapshot.read(input_files()) is not None
    import json
    n = len(json.loads(r2.stdout)["entities"])
    assert n > 2 and f"{n - 2} more rows not shown" in r1.stdout


# --- compiled patterns kept between runs ----------------------------------------------------
def test_regex_cache_gives_the_same_patterns_and_falls_back(tmp_path):
    """Patterns compiled from the kept form behave as freshly compiled ones (groups, flags,
    matches); an edited entry is ignored; nothing stays patched after the block."""
    import re
    from re import _compiler

    from kg.ingest import regex_cache
    from kg.model import cache

    internals = regex_cache._internals()
    if internals is None:
        pytest.skip("this Python's re has no _compiler module")
    name = regex_cache.entry_name(internals)
    (cache.cache_dir() / name).unlink(missing_ok=True)
    original = _compiler.compile
    # module-level patterns of this package count as code worth keeping: import one afresh
    src = [r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)\b", r"(?i)\bco\.,?\s+ltd\b", "[\ud800-\udfff]x"]
    texts = ["on 2024-05 and 1999-12", "Shenmu Hengda Co., Ltd. and co ltd", "a\ud800x"]

    def compile_all():
        re.purge()
        with regex_cache.installed():
            import importlib
            import kg.ingest.reading.sentences as mod    # a module of the package compiling a pattern
            importlib.reload(mod)
            got = [re.compile(p) for p in src]
        assert _compiler.compile is original
        return got

    first = compile_all()
    assert (cache.cache_dir() / name).exists()
    second = compile_all()                      # from the kept form
    for a, b, t in zip(first, second, texts):
        assert (a.pattern, a.flags, a.groups, dict(a.groupindex)) == \
            (b.pattern, b.flags, b.groups, dict(b.groupindex))
        assert [m.groupdict() or m.group(0) for m in a.finditer(t)] == \
            [m.groupdict() or m.group(0) for m in b.finditer(t)]
    raw = (cache.cache_dir() / name).read_bytes()
    (cache.cache_dir() / name).write_bytes(raw[:-1] + bytes([raw[-1] ^ 1]))
    assert regex_cache._load(name) == {}        # edited since written: not read
    third = compile_all()
    assert [p.pattern for p in third] == src


def test_regex_cache_keeps_run_time_patterns_two_articles_compiled(tmp_path, monkeypatch):
    """A pattern built at run time (not written in the package's code) is kept once runs on
    two different articles compiled it, never after runs on one article only; kept, it
    behaves as a fresh one."""
    import re

    from kg.ingest import regex_cache
    from kg.ingest.command import article_token

    internals = regex_cache._internals()
    if internals is None:
        pytest.skip("this Python's re has no _compiler module")
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    from kg.model import cache
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    name = regex_cache.entry_name(internals)
    one, two = tmp_path / "one.txt", tmp_path / "two.txt"
    one.write_text("Alpha met Beta.", encoding="utf-8")
    two.write_text("Gamma met Delta.", encoding="utf-8")
    words = ["Qarnvik", "Tolmesh", "Brindle"]          # built here, as a rule builds from a list
    built = "(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"

    def run(article):
        re.purge()
        with regex_cache.installed(article_token(article)):
            rx = re.compile(built)
        return rx, (regex_cache._load(name) if (cache.cache_dir() / name).exists() else {})

    rx, kept = run(one)
    assert (built, 0) not in kept
    rx, kept = run(one)                               # the same article again: not kept
    assert (built, 0) not in kept
    rx, kept = run(two)                               # another article compiled it too: kept
    assert (built, 0) in kept
    again, _ = run(one)                               # now compiled from the kept form
    text = "Tolmesh and Brindle, not Qarnviks"
    assert [m.span() for m in again.finditer(text)] == [m.span() for m in rx.finditer(text)] \
        == [(0, 7), (12, 19)]


def test_collector_resumes_with_the_run_frozen_and_the_next_run_unfreezes():
    """After the command's block the cycle collector runs again, with what the block left
    alive frozen (not walked again); the next run thaws it first, so a long process holds at
    most one run frozen; a cycle made in the block is collected once thawed. Checked in a
    fresh interpreter: the full collections it makes walked the test worker's whole heap
    (earlier tests' graphs and drafts), some 12 s of CPU, for the same checks."""
    import subprocess
    import sys

    r = subprocess.run([sys.executable, "-c", _COLLECTOR_CHECK + "print('ok')"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and r.stdout.strip() == "ok", r.stderr


_COLLECTOR_CHECK = """
import gc
import weakref

from kg.ingest.command import collector_paused

class Node:
    pass

was = gc.isenabled()
gc.enable()
try:
    with collector_paused():
        assert not gc.isenabled()
        a, b = Node(), Node()
        a.other, b.other = b, a                 # a reference cycle made by the run
        gone = weakref.ref(a)
        del a, b
    assert gc.isenabled() and gc.get_freeze_count() > 0
    gc.collect()
    assert gone() is not None                   # frozen: not collected yet
    with collector_paused():
        assert gc.get_freeze_count() == 0       # the next run thawed the previous one
    gc.unfreeze()
    gc.collect()
    assert gone() is None
finally:
    gc.unfreeze()
    if not was:
        gc.disable()
"""