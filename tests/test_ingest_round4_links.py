"""`kg ingest` linking known names in fresh text (tests/articles/link-*.txt, written for this
test): a known outlet in a byline spelt "Non Ferrous" and under a headline (not swallowed by it),
"&" for "and", "Corp." and "Co., Ltd." forms of a known company and its name without them, a known body followed by a
date clause; a group of metals or a field printed inside a new organisation's name is no
mention (a metal in a standard's title is), a known association is not its county; "West
Africa" is a region of its own, not Africa; "expected to lead" is no metal (kg/ingest/knowledge/gazetteer.py, variants.py,
kg/ingest/names/inner_links.py, longer.py)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from rdflib import Graph

from kg.model.namespaces import NF, NFO, OA

ARTICLES = Path(__file__).resolve().parent / "articles"
NAMES = ("byline-variants", "names-inside", "regions")


@pytest.fixture(scope="module")
def drafts(kg):
    return {n: ingest(kg, read_article(ARTICLES / f"link-{n}.txt"), f"link-{n}") for n in NAMES}


def _spans(draft, iri):
    ent = draft.entities.get(iri)
    return [] if ent is None else [draft.text[m.start:m.end] for m in ent.mentions]


def _new_labels(draft):
    """New entities' labels, but the news item's own Report, labelled by its whole headline."""
    return sorted(e.label for e in draft.entities.values()
                  if not e.known and not str(e.cls).endswith("#Report"))


def test_spelling_variants_of_known_names_link(drafts):
    d = drafts["byline-variants"]
    assert _spans(d, NF["china-nonferrous-metals-news"]) == ["China Non Ferrous Metals News"]
    assert _spans(d, NF["miit"]) == ["Ministry of Industry & Information Technology"]
    assert _spans(d, NF["minmetals"]) == ["China Minmetals Corp."]
    # the full legal name of a known company is that company, not a new one
    assert _spans(d, NF["baotai-group"]) == ["Baotai Group Co., Ltd."]
    assert not any("Baotai" in x or "Minmetals" in x for x in _new_labels(d))
    # a known company named without its legal suffix, where printed in capitals only
    assert _spans(d, NF["qinghai-salt-lake"]) == ["Qinghai Salt Lake"]


def test_a_headline_or_a_date_does_not_swallow_a_known_name(drafts):
    d = drafts["byline-variants"]
    assert not any("Schedule" in x or "News" in x for x in _new_labels(d)), _new_labels(d)
    assert _spans(d, NF["samr"]) == ["State Administration for Market Regulation"]
    assert not any("Market Regulation" in x for x in _new_labels(d)), _new_labels(d)


def test_words_of_a_new_organisations_name_are_not_mentions(drafts):
    d = drafts["names-inside"]
    labels = _new_labels(d)
    assert "Hunan Nonferrous Metals Industry Association" in labels
    assert any(x.startswith("Xiangtan Lightweight New Materials") for x in labels)
    assert any(x.startswith("Liuyang New Energy Parts") for x in labels)
    for iri in ("metal-nonferrous-metals", "field-new-materials", "field-new-energy"):
        assert NF[iri] not in d.entities, (iri, _spans(d, NF[iri]))
    # a metal printed only inside a standard's title is a word of the title (the longest
    # name wins, round 8): no mention
    assert NF["metal-cobalt"] not in d.entities
    assert _spans(d, NF["fugu-county-magnesium-industry-association"]) == [
        "Fugu County Magnesium Industry Association"]
    assert NF["fugu-county"] not in d.entities


def test_a_part_of_a_known_place_named_by_a_direction(drafts):
    d = drafts["regions"]
    africa = _spans(d, NF["africa"])
    assert africa == ["Africa"]
    ent = d.entities[NF["africa"]]
    assert d.text[ent.mentions[0].start - 1:ent.mentions[0].end + 11] == " Africa as a whole"
    west = [e for e in d.entities.values() if not e.known and e.label == "West Africa"]
    assert len(west) == 1 and west[0].cls == NFO.Region
    assert west[0].rule == "place:compass-part" and west[0].confidence < 0.9
    assert len(west[0].mentions) == 2
    # the hyphenated spelling of a known association's name links with full confidence
    assert _spans(d, NF["cnia"]) == ["China Non-ferrous Metals Industry Association"]


def test_the_command_writes_the_variant_links_with_their_spans(run, tmp_path):
    out = tmp_path / "draft.ttl"
    src = ARTICLES / "link-byline-variants.txt"
    r = run("ingest", src, "--id", "link-byline-variants", "-o", out, "-f", "json")
    assert r.exit_code == 0, r.stderr
    report = json.loads(r.stdout)
    by_iri = {e["iri"]: e for e in report["entities"]}
    assert by_iri[str(NF["china-nonferrous-metals-news"])]["known"] is True
    g = Graph().parse(out, format="turtle")
    text = src.read_text(encoding="utf-8")
    quoted = set()
    for ev in g.objects(NF["china-nonferrous-metals-news"], NFO.evidence):
        sel = g.value(ev, OA.hasSelector)
        quoted.add(text[int(g.value(sel, OA.start)):int(g.value(sel, OA.end))])
    assert quoted == {"China Non Ferrous Metals News"}


def test_an_ordinary_word_metal_used_as_a_verb_is_not_linked(drafts):
    d = drafts["regions"]
    ent = d.entities[NF["metal-lead"]]
    assert [d.text[m.start:m.end + 9] for m in ent.mentions] == ["lead and zinc"]
