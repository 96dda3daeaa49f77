"""`kg ingest` on what things are about and where they are (kg/ingest/relations/topics.py), on
two articles written for this test (tests/articles/topic5-*.txt): "For cobalt, A and B ...;
C and D ..." (the places and companies of the sentence, past its ";"), "Under the agreement, X
will build the P Project" (the agreement is about the project), a groundbreaking ceremony is
about the project (a guess, marked so), "All three projects will be located in the X Park"
(the last three projects named, here the one the text recognises), "Xinhua County, Loudi City,
Hunan Province" (a chain, not a list), "in Yongzhou, where A and B run their mills"; "the 2026
X Award ceremony" is about the award, "The prize was presented at a ceremony" about the award
its paragraph names (none: not the other paragraph's), "a process that recovers the zinc
and lead" concerns zinc and lead, "built in Hunan's Yiyang" is in Yiyang, and "the copper and
zinc smelter of X" makes X's business copper and zinc, and "P is ... a demonstration project of
the Belt and Road Initiative" makes P implement it."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO
from draft_lookup import links as _links, one as _one

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def drafts(kg):
    return {n: ingest(kg, read_article(ARTICLES / f"topic5-{n}.txt"), f"topic5-{n}")
            for n in ("cobalt-park", "zinc-prize")}


def test_for_metal_sentence_past_its_semicolon(drafts):
    d = drafts["cobalt-park"]
    for name in ("Hunan Province", "Jiangxi", "Xiangnan Metals"):
        got = _links(d, _one(d, name), NFO.concernsMetal)
        assert got["Cobalt"][0] == "topic:for-metal", (name, got)
    assert _links(d, _one(d, "Jiangxi"), NFO.concernsMetal)["Cobalt"][1].startswith(
        "For cobalt, Hunan and Jiangxi")
    # the nickel of another paragraph is not the province's
    assert "Nickel" not in _links(d, _one(d, "Jiangxi"), NFO.concernsMetal)


def test_agreement_and_ceremony_are_about_the_project(drafts):
    d = drafts["cobalt-park"]
    project = _one(d, "Loudi 20,000-Tonne Cobalt Refining Project")
    ag = _one(d, "Cooperation agreement", NFO.Agreement)
    rule, span = _links(d, ag, NFO.about)[project.label]
    assert rule == "topic:agreement-project" and span.startswith("Under the agreement")
    ceremony = _one(d, "Groundbreaking ceremony")
    assert _links(d, ceremony, NFO.about)[project.label][0] == "topic:ceremony-project@0.6"
    ttl = to_turtle(d)
    assert '"topic:ceremony-project@0.6"' in ttl and '"topic:agreement-project"' in ttl


def test_where_things_are(drafts):
    d = drafts["cobalt-park"]
    project = _one(d, "Loudi 20,000-Tonne Cobalt Refining Project")
    rule, span = _links(d, project, NFO.locatedIn)["Qingxi Industrial Park"]
    assert rule == "place:projects-located" and span.startswith("All three projects")
    county = _one(d, "Xinhua County")
    assert _links(d, county, NFO.locatedIn) == {"Loudi City": ("place:chain",
                                                               "Xinhua County, Loudi City")}
    for name in ("Lingling Powder", "Qiyang Alloy"):
        assert _links(d, _one(d, name), NFO.locatedIn)["Yongzhou"][0] == "place:where-clause"
    # a place the "where" clause does not name is not placed there
    assert "Yongzhou" not in _links(d, _one(d, "Xiangnan Metals"), NFO.locatedIn)


def test_award_ceremonies_and_a_process(drafts):
    d = drafts["zinc-prize"]
    award = _one(d, "Green Smelting Innovation Award", NFO.Award)
    events = [e for e in d.entities.values() if str(e.cls).endswith("Ceremony")]
    first = [e for e in events if award.label in _links(d, e, NFO.about)]
    assert len(first) == 1 and \
        _links(d, first[0], NFO.about)[award.label][0] == "topic:event-of-name"
    # "The prize was presented at a ceremony in Zhuzhou": another paragraph's prize
    zhuzhou = [e for e in events if "Zhuzhou" in _links(d, e, NFO.heldIn)]
    assert zhuzhou and all(award.label not in _links(d, e, NFO.about) for e in zhuzhou)
    tech = _one(d, "low-temperature chloride roasting process")
    got = _links(d, tech, NFO.concernsMetal)
    assert {k for k, v in got.items() if v[0] == "topic:technology-clause"} >= {"Zinc", "Lead"}


def test_narrower_place_and_the_owner_of_works(drafts):
    d = drafts["zinc-prize"]
    project = _one(d, "Taojiang Zinc Dust Project")
    # "built in Hunan's Yiyang": in Yiyang, not in Hunan
    assert _links(d, project, NFO.locatedIn) == {
        "Yiyang": ("place:possessive-narrower",
                   "Taojiang Zinc Dust Project, built in Hunan's Yiyang")}
    got = _links(d, _one(d, "Qiyang Alloy"), NFO.concernsMetal)
    assert got["Copper"][0] == got["Zinc"][0] == "topic:works-of-owner"
    assert got["Zinc"][1] == "copper and zinc smelter of Qiyang Alloy Co., Ltd."


def test_a_project_of_an_initiative(drafts):
    d = drafts["zinc-prize"]
    project = _one(d, "Taojiang Zinc Dust Project")
    rule, span = _links(d, project, NFO.implements)["Belt and Road Initiative"]
    assert rule == "topic:project-of-initiative"
    assert span.startswith("Taojiang Zinc Dust Project is listed as a demonstration project")
    # the place of the project's other sentence is not the initiative's
    assert "Laos" not in _links(d, project, NFO.locatedIn)
