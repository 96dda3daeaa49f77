"""`kg ingest` linking and relation precision on short articles written for this test: a known
post restated is a mention of it, a namesake of a known person is a doubted link, a known name
that only begins a longer name is not linked (the longer name is proposed), a company's short
form is its alias, an acronym the article defines wins, words hyphenated across a line break,
Chinese names, generic aliases, currencies, datelines, and an event's organiser, co-organisers,
chair and speakers."""
from __future__ import annotations

import json

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SKOS

from kg.model.namespaces import NF, NFO, OA

FORUM = """Titanium Makers Meet in Baoji

Baoji, May 4, 2025 — The Baotai Group held its spring titanium valve forum on May 3. The \
forum was co-organised by Shaanxi Nonferrous Metals Group and the China Nonferrous Metals \
Industry Association. It was chaired by Ge Honglin, president of CNIA.

Speakers included Wang Jian, chairman of Baotai Group, and Li Qiang, general manager of \
Hanxing Light Metals Co., Ltd. Shares of Minmetals Logistics rose, and Qinghai Lanbo Titanium \
Co., Ltd. said Qinghai Lanbo would double output.

Traders raised US$2 million. A new Implementation Plan is expected. Baowu Mag-
nesium sent observers, and 宝钛集团 thanked the guests.
"""

NAMESAKES = """Nickel Buyers Form a Group

Tianjin, June 9, 2025 — The China Nickel Importers Association (CNIA) was set up on Monday. \
CNIA members said prices were too high.

Wang Jian, a bakery owner in Tianjin, supplied the lunch. Ge Honglin, chairman of Jinhai \
Nickel Trading Co., Ltd., signed up first.
"""

NOTICE = """Ministry Tightens Smelter Rules

XI'AN — The Ministry of Industry and Information Technology issued the Notice on Tightening \
Titanium Smelter Permits, which sets new energy consumption quotas for every plant.
"""


def _ingest(run, tmp_path, name, text):
    art = tmp_path / f"{name}.txt"
    art.write_text(text, encoding="utf-8")
    out = tmp_path / f"{name}.ttl"
    r = run("ingest", art, "--id", f"t-{name}", "-o", out, "-f", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout), Graph().parse(out, format="turtle"), text


@pytest.fixture(scope="module")
def drafts(tmp_path_factory):
    from typer.testing import CliRunner

    from kg.cli import app
    runner = CliRunner()
    tmp = tmp_path_factory.mktemp("round2")

    def run(*args):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)
    return {name: _ingest(run, tmp, name, text)
            for name, text in (("forum", FORUM), ("namesakes", NAMESAKES), ("notice", NOTICE))}


def _entity(report, iri):
    return next((e for e in report["entities"] if e["iri"] == str(iri)), None)


def _surfaces(g, text, node):
    """The text each evidence span of ``node`` covers."""
    out = []
    for ev in g.objects(node, NFO.evidence):
        sel = g.value(ev, OA.hasSelector)
        out.append(text[int(g.value(sel, OA.start)):int(g.value(sel, OA.end))])
    return out


def _by_label(g, label):
    return [s for s in g.subjects(RDFS.label, Literal(label))]


def test_a_known_post_restated_is_that_post_not_a_second_one(drafts):
    report, g, _ = drafts["forum"]
    posts = set(g.subjects(RDF.type, NFO.Post))
    held_by_wang = [p for p in posts if (p, ORG.heldBy, NF["wang-jian"]) in g]
    assert held_by_wang == [NF["post-wang-jian-baotai-group-chairman"]]
    assert _entity(report, NF["post-wang-jian-baotai-group-chairman"])["known"] is True
    assert not any(str(p).endswith("-2") for p in posts)
    # the post the sentence states for the other speaker stays his own, at his company
    li = [p for p in posts if any("li-qiang" in str(o) for o in g.objects(p, ORG.heldBy))]
    assert len(li) == 1 and "Hanxing" in str(g.value(li[0], RDFS.label))


def test_a_namesake_of_a_known_person_is_a_doubted_link(drafts):
    report, _, _ = drafts["namesakes"]
    for person in ("wang-jian", "ge-honglin"):
        ent = _entity(report, NF[person])
        assert ent is not None and ent["confidence"] <= 0.5, ent
        assert "doubted" in ent["rule"]
    # where the text gives a post the graph knows, the link stays sure
    forum, _, _ = drafts["forum"]
    assert _entity(forum, NF["ge-honglin"])["confidence"] >= 0.9


def test_an_acronym_the_article_defines_is_its_own(drafts):
    report, g, text = drafts["namesakes"]
    assert _entity(report, NF.cnia) is None
    agency = _by_label(g, "China Nickel Importers Association")
    assert len(agency) == 1
    assert (agency[0], SKOS.altLabel, Literal("CNIA")) in g
    assert _surfaces(g, text, agency[0]).count("CNIA") == 2


def test_a_known_name_that_begins_a_longer_name_is_not_linked(drafts):
    report, g, _ = drafts["forum"]
    assert _entity(report, NF.minmetals) is None
    assert _by_label(g, "Minmetals Logistics")
    # a company's short form after its full name is the company
    lanbo = _by_label(g, "Qinghai Lanbo Titanium Co., Ltd.")
    assert len(lanbo) == 1
    assert (lanbo[0], SKOS.altLabel, Literal("Qinghai Lanbo")) in g
    assert len(list(g.objects(lanbo[0], NFO.evidence))) == 2


def test_hyphenated_line_breaks_chinese_names_and_ordinary_words(drafts):
    report, g, text = drafts["forum"]
    assert "Mag-\nnesium" in "".join(_surfaces(g, text, NF["baowu-magnesium"]))
    assert "宝钛集团" in _surfaces(g, text, NF["baotai-group"])
    assert _entity(report, NF["united-states"]) is None           # "US$" is a currency
    plans = [e for e in report["entities"] if e["known"] and "Implementation Plan" in e["label"]]
    assert plans == []                                           # "a new Implementation Plan"


def test_dateline_and_a_longer_phrase_are_not_what_a_notice_concerns(drafts):
    _, g, _ = drafts["notice"]
    notice = _by_label(g, "Notice on Tightening Titanium Smelter Permits")
    assert len(notice) == 1
    assert (notice[0], NFO.appliesTo, NF["xian"]) not in g
    assert not list(g.objects(notice[0], NFO.appliesTo))
    assert (notice[0], NFO.concernsField, NF["field-new-energy"]) not in g
    assert (notice[0], NFO.issuedBy, NF.miit) in g


def test_event_organiser_co_organisers_chair_and_speakers(drafts):
    _, g, _ = drafts["forum"]
    events = [s for s in g.subjects(NFO.organizedBy, None)]
    assert len(events) == 1
    ev = events[0]
    assert set(g.objects(ev, NFO.organizedBy)) == {NF["baotai-group"]}
    assert set(g.objects(ev, NFO.coOrganizedBy)) == {NF["shaanxi-nonferrous-metals-group"],
                                                      NF.cnia}
    assert set(g.objects(ev, NFO.presidedBy)) == {NF["ge-honglin"]}
    speakers = set(g.objects(ev, NFO.speaker))
    assert NF["wang-jian"] in speakers
    assert any("li-qiang" in str(s) for s in speakers)
    # a speaker's organisation is not a speaker
    assert not any(isinstance(s, URIRef) and (s, RDF.type, NFO.Company) in g for s in speakers)
