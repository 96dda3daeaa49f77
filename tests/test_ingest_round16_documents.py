"""`kg ingest` round 16, documents and awards, read from short articles written for these tests
(own words; invented people, prizes and figures):

* award grants to the laureates a report lists (relations/award_laureates.py): "The laureates
  are A of X, for her work on zinc; B of Y, for copper; ...", "A received the prize for lead
  smelting. B was honoured for antimony refining.", "The winners are:" then one winner a list
  line: one ``nfo:AwardGrant`` per winner, with the award, its giver and the metals of the
  winner's citation.
* Not: the people who hand the prizes over ("The prizes were handed over by A and B"), a guest
  who speaks of the prize, people of a text that names no award."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r16doc") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _grants(draft):
    """{recipient label: (award label, {giver labels}, {metal labels})} of the draft's grants."""
    lab = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if not str(e.cls).endswith("#AwardGrant"):
            continue
        got = {p: [lab.get(o, str(o)) for q, o, _, _ in e.statements if q == p]
               for p in (NFO.award, NFO.recipient, NFO.conferredBy, NFO.concernsMetal)}
        for r in got[NFO.recipient]:
            out[r] = (got[NFO.award][0] if got[NFO.award] else None,
                      set(got[NFO.conferredBy]), set(got[NFO.concernsMetal]))
    return out


@pytest.fixture(scope="module")
def laureates(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-laureates", (
        "Five scientists win 2026 Nonferrous Youth Science Prize\n\n"
        "Beijing, December 9, 2026 -- The China Society of Metallurgical Engineering presented "
        "the 2026 Nonferrous Youth Science Prize to five young scientists at a ceremony in "
        "Beijing on Tuesday.\n\n"
        "The laureates are Zhou Lin of Central South University, for her work on zinc "
        "electrowinning; Wang Hao of Northeastern University, for copper flash smelting; Liu "
        "Ying of the Beijing General Research Institute of Mining and Metallurgy, for tungsten "
        "extraction; Sun Qiang of Jiangxi University of Science and Technology, for rare earth "
        "separation; and Chen Jie of Kunming University of Science and Technology, for tin "
        "refining.\n\n"
        "Each laureate receives 200,000 yuan.\n"))


@pytest.fixture(scope="module")
def honoured(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-honoured", (
        "Hunan academy hands out metallurgy prizes\n\n"
        "Changsha, October 15, 2026 -- The Hunan Academy of Metallurgy awarded its 2026 "
        "Xiangjiang Prize to three engineers on Thursday evening at a ceremony in Changsha.\n\n"
        "Tan Wei, chief engineer of Hunan Shuikoushan Nonferrous Metals Co., Ltd., received the "
        "prize for lead smelting. Deng Fang of Central South University was honoured for "
        "antimony refining. Peng Jun, a researcher at Changsha Research Institute of Mining and "
        "Metallurgy, won the prize for bismuth recovery.\n\n"
        "The prizes were handed over by Luo Ming, vice governor of Hunan Province, and Xie Lan, "
        "president of the academy. Wu Gang, a guest from Guangxi, said the prize had grown in "
        "stature.\n"))


@pytest.fixture(scope="module")
def listed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-listed", (
        "Winners of the 2026 Lingnan Materials Innovation Award announced\n\n"
        "Guangzhou, September 20, 2026 -- The Guangdong Nonferrous Metals Society announced the "
        "winners of the 2026 Lingnan Materials Innovation Award at its annual meeting.\n\n"
        "The winners are:\n"
        "1. Huang Min, South China University of Technology - aluminium alloy casting\n"
        "2. Lin Tao, Shenzhen Zhongjin Lingnan Nonfemet Co., Ltd. - lead and zinc smelting\n"
        "3. Xu Ping, Guangdong Research Institute of Rare Metals - rare earth magnets\n\n"
        "Ma Jun, secretary general of the society, received the guests.\n"))


@pytest.fixture(scope="module")
def no_award(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-no-award", (
        "Tin smelter wins new ore contract\n\n"
        "Gejiu, May 6, 2027 -- Gejiu Huaxin Tin Co., Ltd. won a contract to treat 30,000 tonnes "
        "of tin concentrate a year. Its general manager, Yang Qiao, received the delegation of "
        "the buyer, and Zhu Hong, the buyer's vice president, was honoured to sign.\n"))


def test_laureates_of_a_semicolon_list_each_get_a_grant(laureates):
    g = _grants(laureates)
    for who, metal in (("Zhou Lin", "Zinc"), ("Wang Hao", "Copper"), ("Liu Ying", "Tungsten"),
                       ("Chen Jie", "Tin")):
        assert who in g, (who, g)
        award, givers, metals = g[who]
        assert award == "Nonferrous Youth Science Prize"
        assert givers == {"China Society of Metallurgical Engineering"}
        assert metal in metals
    assert "Sun Qiang" in g
    assert g["Wang Hao"][2] == {"Copper"}        # no other laureate's metal


def test_winners_of_receive_verbs_get_a_grant_and_the_hands_do_not(honoured):
    g = _grants(honoured)
    assert {"Tan Wei", "Deng Fang", "Peng Jun"} <= set(g)
    assert g["Deng Fang"][0] == "Xiangjiang Prize"
    assert "Antimony" in g["Deng Fang"][2]
    for giver in ("Luo Ming", "Xie Lan", "Wu Gang"):
        assert giver not in g


def test_winners_listed_one_a_line(listed):
    g = _grants(listed)
    assert {"Huang Min", "Lin Tao", "Xu Ping"} <= set(g)
    assert {"Lead", "Zinc"} <= g["Lin Tao"][2]
    assert g["Xu Ping"][1] == {"Guangdong Nonferrous Metals Society"}
    assert "Ma Jun" not in g


def test_no_award_no_grant(no_award):
    assert _grants(no_award) == {}
