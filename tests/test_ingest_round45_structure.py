"""Round 45, structure: the relation prior (kg/ingest/knowledge/prior.py) does not depend on the
corpus being beside the checkout. The counts it learns from the shipped graph's document texts
ship with the package (kg/ingest/data/relation-prior.json, kg.ingest.knowledge.shipped_prior),
are used when those texts cannot be read, and only for the very graph they were learned from:
a graph without one document (the leave-one-out evaluation) or with a triple added gets nothing
from the file. The file must equal what learning from the corpus gives now (else: rebuild it)."""
from __future__ import annotations

import weakref

import pytest

from conftest import ROOT
from hostile_drafts import article
from kg.ingest.knowledge import prior as prior_mod
from kg.ingest.knowledge import shipped_prior, snapshot
from kg.ingest.knowledge.light_graph import light_kg
from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.relations.propose import kind_of
from kg.model.corpus import find_sources_dir
from kg.model.graph import load

_ALLOY = ("Korvane Light Metals Starts Alloy Line in Yulin\n\n"
          "Yulin, 14 March 2027 -- Korvane Light Metals Co., Ltd. said on Friday that its new "
          "magnesium alloy sheet line in Yulin had begun trial runs.\n\n"
          "The Provincial Department of Industry and Information Technology issued the Plan for "
          "Lightweight Materials in Shaanxi, which covers magnesium and titanium products.\n\n"
          "At the Yulin Light Alloy Forum, Korvane Light Metals showed a magnesium wheel hub made "
          "with Dunmore Research Institute.\n")


def _fresh_memo(monkeypatch) -> None:
    """Forget the priors learned for loaded graphs (each case below learns its own)."""
    monkeypatch.setattr(prior_mod, "_MEMO", weakref.WeakKeyDictionary())


def _hide_corpus(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("KG_SOURCES", str(tmp_path / "no-corpus-here"))
    assert find_sources_dir() is None


def _learn(kg):
    return prior_mod.learn(kg, snapshot.gazetteer(kg), kind_of)


def _plain(prior) -> dict:
    """A prior's JSON in one order (the shipped file sorts its rows)."""
    j = prior.to_json()
    return {"documents": j["documents"], "restated": j["restated"],
            "kinds": sorted([k, co, n, sorted(how, key=repr)] for k, co, n, how in j["kinds"]),
            "links": sorted(j["links"])}


def test_the_shipped_prior_is_what_the_corpus_teaches_now(kg, sources_dir):
    fresh = shipped_prior.dumps(prior_mod.shipped_entry(kg, snapshot.gazetteer(kg), kind_of))
    shipped = shipped_prior.SHIPPED
    if not shipped.is_file() or shipped.read_text(encoding="utf-8") != fresh:
        pytest.fail(f"{shipped.relative_to(ROOT)} is stale (the graph, a source text or what the "
                    f"prior reads changed): run `{shipped_prior.REBUILD}`", pytrace=False)


def test_without_the_corpus_the_prior_is_the_one_learned_with_it(kg, sources_dir, monkeypatch,
                                                                  tmp_path):
    with_corpus = _learn(kg)
    assert with_corpus.documents == 5 and with_corpus.by_kinds and with_corpus.links
    _hide_corpus(monkeypatch, tmp_path)
    without = _learn(kg)
    assert without.documents == 5
    assert _plain(without) == _plain(with_corpus)


def test_a_checkout_without_the_corpus_drafts_as_one_with_it(kg, sources_dir, monkeypatch,
                                                              tmp_path):
    """A text of this file and the articles of one development set (read from bench/), drafted
    against the shipped graph with the corpus and with it hidden: the same Turtle, byte for
    byte, prior-proposed relations included."""
    folder = ROOT / "bench" / "unseen11" / "articles"
    texts = [(article(_ALLOY, "korvane.txt"), "round45-korvane")]
    texts += [(read_article(p), p.stem) for p in sorted(folder.glob("*.txt"))]

    def drafts() -> list[str]:
        _fresh_memo(monkeypatch)
        return [to_turtle(ingest(kg, a, doc_id), with_catalogue=False) for a, doc_id in texts]

    with_corpus = drafts()
    assert len(with_corpus) > 3
    assert any("prior:cooccur-sentence@" in d for d in with_corpus)
    _hide_corpus(monkeypatch, tmp_path)
    without = drafts()
    assert without == with_corpus


def test_kg_ingest_without_the_corpus_writes_the_same_draft(run, sources_dir, monkeypatch,
                                                            tmp_path):
    """The command, as a user runs it (its snapshot of the graph made afresh for each case)."""
    src = tmp_path / "korvane.txt"
    src.write_text(_ALLOY, encoding="utf-8")
    outs = []
    for hidden in (False, True):
        monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / f"cache-{hidden}"))
        if hidden:
            _hide_corpus(monkeypatch, tmp_path)
        _fresh_memo(monkeypatch)
        out = tmp_path / f"draft-{hidden}.ttl"
        r = run("ingest", src, "--id", "round45-korvane", "-o", out)
        assert r.exit_code == 0, r.output
        outs.append(out.read_text(encoding="utf-8"))
    assert "Korvane Light Metals" in outs[0]
    assert outs[1] == outs[0]


def test_a_graph_without_one_document_gets_nothing_from_the_file(data_copy, monkeypatch,
                                                                 tmp_path):
    """The leave-one-out evaluation's graph (one document's files left out) must never get
    counts learned with that document: without the corpus its prior is empty, as before."""
    for f in (data_copy / "triples").glob("*000-titanium*.ttl"):
        f.unlink()
    reduced = load(data_copy, cache=False)
    _hide_corpus(monkeypatch, tmp_path)
    got = _learn(reduced)
    assert got.documents == 0 and not got.by_kinds and not got.links


def test_an_edited_graph_gets_nothing_but_a_copy_gets_the_counts(data_copy, monkeypatch,
                                                                 tmp_path):
    """The shipped graph copied elsewhere (as an installed wheel holds it) is the same graph;
    one label more in a document's file makes it another."""
    _hide_corpus(monkeypatch, tmp_path)
    copy = load(data_copy, cache=False)
    assert _learn(copy).documents == 5
    f = next(p for p in (data_copy / "triples").glob("001-*.ttl") if p.name.count(".") == 1)
    f.write_text(f.read_text(encoding="utf-8")
                 + '\nnf:round45-extra-body rdfs:label "Extra Body of Round 45"@en .\n',
                 encoding="utf-8")
    edited = load(data_copy, cache=False)
    got = _learn(edited)
    assert got.documents == 0 and not got.by_kinds


def test_the_file_is_refused_for_another_version_of_the_prior(kg):
    light = light_kg(kg)
    docs = set()
    for ds in light.provenance.values():
        docs |= ds
    docs.discard("inferred")
    assert shipped_prior.matching(light, docs, prior_mod._VERSION) is not None
    assert shipped_prior.matching(light, docs, prior_mod._VERSION + "-next") is None
    assert shipped_prior.matching(light, docs - {min(docs)}, prior_mod._VERSION) is None
