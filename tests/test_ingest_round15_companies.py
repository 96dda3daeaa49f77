"""`kg ingest` round 15, companies and agreements, read from short articles written for these
tests (own words; invented companies and figures):

* a company spoken of again by what it does (relations/company_anaphors.py): "A owns 75% of the
  refiner", "The miner is 55% owned by A and 20% by B", "the mining company ... owned by": the
  company named before whose name or description shares the word, else the subject of the
  sentence (or paragraph) before; "the operator": the company a site is run by.
* founders with their stakes (relations/holdings.py): "Y, a joint venture set up by A, which
  holds 60%, and B, which holds the remaining 40%", "a venture between A, which owns 70%, and B,
  which owns the rest" (relations/owned_by.py).
* Not: "A, a subsidiary of B, owns 70% of the operator" where the operator is no company the
  draft has (B holds nothing); a holder's own company; "the operator of the port"."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r15co") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _pairs(draft, pred):
    lab = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, lab.get(o)) for e in draft.entities.values()
            for p, o, _, _ in e.statements if p == pred}


@pytest.fixture(scope="module")
def stakes(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-company-anaphors", (
        "Refiners and miners change hands\n\n"
        "Perth, March 3, 2027 -- Kalgoorlie Nickel Refining Pty Ltd restarted its Kambalda "
        "refinery on Monday after a four-month upgrade.\n\n"
        "Western Cobalt Holdings Ltd. owns 75 percent of the refiner; the rest is held by "
        "Pilbara Metals Corp.\n\n"
        "Bangka Tin Resources Ltd. listed its shares in Jakarta on Thursday.\n\n"
        "The miner is 55 percent owned by Timah Investama Group and 20 percent by Sumatra "
        "Capital Partners.\n\n"
        "Tailings come from the concentrator of Rhodope Lead Co., Ltd. The mining company is "
        "60 percent owned by Plovdiv Mining Investment Group and 40 percent by Sofia Metals "
        "Holding Co., Ltd.\n\n"
        "Minas Huanca S.A., a venture between Pacific Lead Corp., which owns 70%, and Huanca "
        "Community Fund, which owns the rest, sells lead concentrate.\n\n"
        "Tarn Foil Co., Ltd., a joint venture set up last year by Ebro Aluminium Group, which "
        "holds 60 percent, and Osaka Foil Trading Co., Ltd., which holds the remaining 40 "
        "percent, rolled its first coil on Friday.\n\n"
        "The Kestrel pit is run by a contractor. Midland Ore Co., Ltd., a subsidiary of Severn "
        "Steel Group, owns 70 percent of the operator.\n"))


def test_the_refiner_is_the_company_whose_name_says_so(stakes):
    got = _pairs(stakes, NFO.shareholderOf)
    assert ("Western Cobalt Holdings Ltd.", "Kalgoorlie Nickel Refining Pty Ltd") in got
    assert ("Pilbara Metals Corp.", "Kalgoorlie Nickel Refining Pty Ltd") in got


def test_the_miner_at_a_paragraph_start_is_the_paragraph_before_s_subject(stakes):
    got = _pairs(stakes, NFO.shareholderOf)
    assert ("Timah Investama Group", "Bangka Tin Resources Ltd.") in got
    assert ("Sumatra Capital Partners", "Bangka Tin Resources Ltd.") in got


def test_the_mining_company_is_the_sentence_before_s_company(stakes):
    got = _pairs(stakes, NFO.shareholderOf)
    assert ("Plovdiv Mining Investment Group", "Rhodope Lead Co., Ltd.") in got
    assert ("Sofia Metals Holding Co., Ltd.", "Rhodope Lead Co., Ltd.") in got


def test_founders_with_which_clauses_hold_the_venture(stakes):
    got = _pairs(stakes, NFO.shareholderOf)
    assert ("Pacific Lead Corp.", "Minas Huanca S.A.") in got
    assert ("Huanca Community Fund", "Minas Huanca S.A.") in got
    assert ("Ebro Aluminium Group", "Tarn Foil Co., Ltd.") in got
    assert ("Osaka Foil Trading Co., Ltd.", "Tarn Foil Co., Ltd.") in got


def test_not_the_parent_named_in_the_holder_s_apposition(stakes):
    got = _pairs(stakes, NFO.shareholderOf)
    assert not {p for p in got if p[0] == "Midland Ore Co., Ltd." and p[1] != "Severn Steel Group"}
    assert ("Midland Ore Co., Ltd.", "Severn Steel Group") not in got
    assert not {p for p in got if p[0] == p[1]}


@pytest.fixture(scope="module")
def sites(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-site-owners", (
        "Mines and smelters change hands\n\n"
        "Santiago, July 1, 2027 -- The Kitwe Smelter, a unit of Zambezi Copper Plc, will close "
        "for maintenance in August.\n\n"
        "Andina Zinc S.A., owner of the Cerro Lindo mine, raised its forecast. The Antamina "
        "mine's operator, Ancash Mining S.A., said rain had stopped trucks.\n\n"
        "The Olympic Dam mine is owned by Roxby Copper Ltd.\n\n"
        "Tongling Wire Co., Ltd. opened a welding school at its training base on Monday.\n\n"
        "Pampa Lithium S.A., the former owner of the Salar Grande mine, sold its stake in 2019. "
        "The Maricunga Smelter belonged to Atacama Metals Corp. until 2020.\n"))


def test_owner_nouns_and_unit_of_give_a_site_its_owner(sites):
    got = _pairs(sites, NFO.ownedBy)
    assert ("Kitwe Smelter", "Zambezi Copper Plc") in got
    assert ("Cerro Lindo mine", "Andina Zinc S.A.") in got
    assert ("Antamina mine", "Ancash Mining S.A.") in got
    assert any(s.startswith("Olympic Dam") and o == "Roxby Copper Ltd." for s, o in got)


def test_a_training_base_is_a_site_of_its_company(sites):
    got = _pairs(sites, NFO.ownedBy)
    assert any("training base" in s and o == "Tongling Wire Co., Ltd." for s, o in got)


def test_a_former_owner_owns_nothing(sites):
    got = _pairs(sites, NFO.ownedBy)
    assert not {p for p in got if p[1] in ("Pampa Lithium S.A.", "Atacama Metals Corp.")}


@pytest.fixture(scope="module")
def prizes(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-award-passives", (
        "Alloy makers collect prizes\n\n"
        "Ostrava, November 20, 2027 -- The Moravian Foundry Association presented its annual "
        "awards at a ceremony on Thursday.\n\n"
        "The Innovation Prize was given to Vitkovice Alloy Co., Ltd. for a casting process. The "
        "Safety Award went to Opava Foil Co., Ltd. and Karvina Wire Co., Ltd.\n\n"
        "Winners of the Quality Award:\n"
        "1. Zlin Extrusion Co., Ltd.\n"
        "2. Wang Lei, Olomouc Rolling Co., Ltd.\n\n"
        "The Export Prize will be given to the winners in March. The Design Award, won by "
        "Brno Casting Co., Ltd., carries a cash prize.\n"))


def _grants(draft):
    lab = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if e.cls == NFO.AwardGrant:
            aw = [lab.get(o) for p, o, _, _ in e.statements if p == NFO.award]
            out.update((a, lab.get(o)) for p, o, _, _ in e.statements if p == NFO.recipient
                       for a in aw)
    return out


def test_an_award_given_to_or_won_by_its_winners(prizes):
    got = _grants(prizes)
    assert ("Innovation Prize", "Vitkovice Alloy Co., Ltd.") in got
    assert ("Safety Award", "Opava Foil Co., Ltd.") in got
    assert ("Safety Award", "Karvina Wire Co., Ltd.") in got
    assert ("Design Award", "Brno Casting Co., Ltd.") in got


def test_winners_listed_under_the_award_the_person_before_the_company(prizes):
    got = _grants(prizes)
    assert ("Quality Award", "Zlin Extrusion Co., Ltd.") in got
    assert ("Quality Award", "Wang Lei") in got
    assert ("Quality Award", "Olomouc Rolling Co., Ltd.") not in got


def test_an_award_still_to_be_given_has_no_winner(prizes):
    assert not {g for g in _grants(prizes) if g[0] == "Export Prize"}


@pytest.fixture(scope="module")
def contest(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-contest-prizes", (
        "Welders from six provinces meet in Zhuzhou\n\n"
        "On the 12th, the final of the 2027 Lead and Zinc Smelting Skills Competition closed in "
        "Zhuzhou, Hunan Province.\n\n"
        "The competition was organised by the China Nonferrous Metals Industry Association.\n\n"
        "The results were:\n\n"
        "1. Zinc electrolysis, first prize: Zhou Qiang, Zhuzhou Smelter Group Co., Ltd.;\n"
        "2. Lead refining, second prize: Liu Yang, a furnace hand at Henan Yuguang Lead Co., "
        "Ltd.\n"))


def test_ranked_lines_of_a_contest_are_grants_of_its_prizes_to_the_people(contest):
    got = _grants(contest)
    prizes = "Prizes of the 2027 Lead and Zinc Smelting Skills Competition"
    assert (prizes, "Zhou Qiang") in got
    assert (prizes, "Liu Yang") in got
    assert not {g for g in got if g[1] and g[1].endswith("Co., Ltd.")}


@pytest.fixture(scope="module")
def signings(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-agreement-places", (
        "Cobalt and tungsten deals signed\n\n"
        "Lubumbashi, October 2, 2027 -- Katanga Cobalt Mining SA and Shenzhen Battery Materials "
        "Co., Ltd. signed a five-year cobalt hydroxide supply agreement in Kinshasa on Tuesday.\n\n"
        "In Almaty, Kazakh Tungsten JSC and Xiamen Tungsten Trading Co., Ltd. signed a framework "
        "agreement on concentrate sales.\n\n"
        "Ural Nickel PJSC and Harbin Alloy Co., Ltd. signed a licence agreement in 2024, the "
        "companies said in Moscow.\n"))


def test_an_agreement_signed_in_a_place_is_signed_at_it(signings):
    got = {(s[:20], o) for s, o in _pairs(signings, NFO.signedAt)}
    assert any(o == "Kinshasa" for _, o in got)
    assert any(o == "Almaty" for _, o in got)
    assert not any(o == "Moscow" for _, o in got)
