"""Chinese names: simplified and traditional characters and toneless pinyin (generated from the
@zh labels) resolve to the same entities on every store; Shaanxi and Shanxi are never confused."""
from __future__ import annotations

import json

import opencc
import pytest
from pypinyin import lazy_pinyin
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kg.ask import names
from kg.model.names import PINYIN_TIER
from kg.model.namespaces import NF


def _zh_labels(kg):
    return sorted((s, str(o)) for s, o in kg.union.subject_objects(RDFS.label)
                  if isinstance(o, Literal) and (o.language or "").startswith("zh"))


def _iris(kg, text):
    return {m.iri for m in names.resolve(kg, text)}


def test_every_zh_label_resolves_in_simplified_traditional_and_pinyin(kg):
    t2s_back = opencc.OpenCC("s2t")
    labels = _zh_labels(kg)
    assert len(labels) >= 50
    pinyin_owners = {}
    for s, zh in labels:
        pinyin_owners.setdefault("".join(lazy_pinyin(zh)), set()).add(s)
    for s, zh in labels:
        assert s in _iris(kg, zh), zh
        assert s in _iris(kg, t2s_back.convert(zh)), t2s_back.convert(zh)
        py = "".join(lazy_pinyin(zh))
        if not py.isascii():
            continue                    # a label with non-Han, non-Latin characters
        found = {m.iri for m in names.index(kg).candidates(py)}
        assert s in found, (zh, py)
        spaced = " ".join(lazy_pinyin(zh))
        assert s in {m.iri for m in names.index(kg).candidates(spaced)}, (zh, spaced)


@pytest.mark.parametrize("text, iri", [
    ("工信部", "miit"), ("寶鈦集團", "baotai-group"), ("宝钛", "baotai-group"),
    ("baotai jituan", "baotai-group"), ("baotaijituan", "baotai-group"),
    ("陕西", "shaanxi"), ("陝西", "shaanxi"), ("山西", "shanxi"),
    ("Shaanxi", "shaanxi"), ("shanxi", "shanxi"), ("Shanxi Province", "shanxi"),
])
def test_resolve(kg, text, iri):
    found = _iris(kg, text)
    assert NF[iri] in found
    other = {"shaanxi": NF.shanxi, "shanxi": NF.shaanxi}.get(iri)
    assert other not in found
    if not text.istitle():        # an English short form names every entity it starts
        assert found == {NF[iri]}


def test_ambiguous_pinyin_returns_both_provinces_named(run):
    res = run("linked", "shanxisheng", "--format", "json")
    assert res.exit_code == 0, res.stderr
    matched = {m["iri"] for m in json.loads(res.stdout)["matches"]}
    assert matched == {str(NF.shaanxi), str(NF.shanxi)}
    table = run("linked", "shanxisheng")
    assert "Shaanxi Province" in table.stdout and "Shanxi Province" in table.stdout


def test_pinyin_is_weaker_than_an_english_name(kg):
    ms = names.resolve(kg, "shanxi")
    assert [m.iri for m in ms] == [NF.shanxi] and ms[0].tier < PINYIN_TIER
    ranked = names.index(kg).search("shanxi")
    assert ranked[0].iri == NF.shanxi


def test_cli_show_and_linked_in_chinese(run):
    res = run("show", "工信部", "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert [e["iri"] for e in json.loads(res.stdout)["entities"]] == [str(NF.miit)]
    res = run("linked", "宝钛")
    assert res.exit_code == 0 and "Baotai Group" in res.stdout
    res = run("search", "gongxinbu", "--format", "json")
    assert json.loads(res.stdout)["results"][0]["iri"] == str(NF.miit)


@pytest.mark.parametrize("text", ["工信部", "寶鈦集團", "baotai jituan", "shanxi", "shanxisheng", "陝西", "zhonglv"])
def test_same_answers_on_every_store(kgs, text):
    def answer(k):
        idx = names.index(k)
        return ([(m.iri, m.tier) for m in idx.resolve(text)],
                [(m.iri, m.name, m.score) for m in idx.search(text)])
    want = answer(kgs["memory"])
    assert want[0]
    for name in ("oxigraph", "sparql"):
        assert answer(kgs[name]) == want, name


def test_pinyin_table_is_kept_in_the_cache_folder(kg, tmp_path, monkeypatch):
    """The generated pinyin is kept as JSON beside the graphs: the next process reads it and
    never calls pypinyin; a table in a folder others can write is not used."""
    from kg.model import names as model_names

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "c"))
    assert model_names.NameIndex(kg).candidates("baotai jituan")          # computes and keeps
    assert [p.name.startswith("pinyin-") for p in (tmp_path / "c").iterdir()] == [True]

    def boom(text):
        raise AssertionError("pypinyin called although the table is cached")
    monkeypatch.setattr(model_names, "pinyin_keys", boom)
    found = {m.iri for m in model_names.NameIndex(kg).candidates("baotai jituan")}
    assert URIRef("https://w3id.org/nfkg/id/baotai-group") in found
    (tmp_path / "c").chmod(0o777)                     # others could have planted it
    with pytest.raises(AssertionError, match="pypinyin called"):
        model_names.NameIndex(kg).candidates("baotai jituan")
