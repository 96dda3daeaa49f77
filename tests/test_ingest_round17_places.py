"""Round 17, places, organisations and sites: where a centre or institute named "in" a city is,
chains of places ("X, Y City, Z Province"), appositions that name a larger place ("X, a western
Y county"), a subject stated to be "in" a place, bodies named by their level after a body named
after its province. Texts written for these tests (other metals, provinces and kinds of text
than the development articles); negatives beside each."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.names.minister_bodies import minister_bodies
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NFO

_WHERE = (
    "Antimony refiner wins new permit\n\n"
    "CHANGSHA, April 9 -- Lengshui Antimony Co., Ltd. said on Thursday that its refinery had "
    "passed an emissions check, after tests run with the Hunan Provincial Geological Testing "
    "Center in Changsha. The bids were opened at the Guangxi Public Resources Trading Center in "
    "Nanning, and the Zhuzhou Municipal People's Government in Changsha sent observers. The "
    "company signed a supply contract with Rhine Kupfer GmbH in Shanghai.\n\n"
    "The refinery, which treats 20,000 tonnes of concentrate a year, is located in the Lianyuan "
    "District of Loudi. Xiangyun County, a western Yunnan county, supplies ore, as does Luonan, "
    "a county in southern Shaanxi. Chile, a country in South America, buys the metal. The "
    "antimony comes from mines in Lengshuijiang, Loudi City, Hunan Province, and the refiner "
    "also sells to buyers in Zigong, Hubei and Guizhou.\n\n"
    "The prize is conferred by the Jiangxi Provincial People's Government and run by the "
    "Provincial Department of Science and Technology with the provincial department of "
    "commerce.\n\n"
    "The cathode is kept at a bonded warehouse run by Haixin Logistics Co., Ltd. near the "
    "port, and the tailings go to the tailings dam operated by Nanling Mining Co., Ltd. A pilot "
    "plant run by engineer Zhou Ming tests new reagents. The sale was witnessed by Aidos Serik, "
    "vice minister of energy of Kazakhstan. Baoshan Alloy Co., Ltd., whose smelter in "
    "Longyang District makes silicon, did not comment. Analysts said its shares in Shanghai "
    "rose.\n\n"
    "Nexa Cerro S.A., Peru's second-largest zinc miner, shipped concentrate from the port of "
    "Callao to Qinzhou port, and the ore reached the port of Qinzhou in May. Imports through the "
    "Wuhan airport fell. Andina Cobre S.A., Peru's Southern Copper and Minsur, said nothing.\n\n"
    "Output rose at Golmud (Qinghai Province). Ganfeng Lithium Co., Ltd. (Xinyu, Jiangxi) and "
    "Tianqi Lithium Corp. (Chengdu) cut prices; Rongjie Mining Co., Ltd. (SZ: 002192) did not.\n")


@pytest.fixture(scope="module")
def where(kg, tmp_path_factory):
    path = Path(tmp_path_factory.mktemp("r17places")) / "r17-where.txt"
    path.write_text(_WHERE, encoding="utf-8")
    return ingest(kg, read_article(path), "r17-where")


def _ent(draft, label):
    got = [e for e in draft.entities.values() if e.label == label]
    assert got, sorted(e.label for e in draft.entities.values())
    return got[0]


def _in(draft, label):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, _, _ in _ent(draft, label).statements
            if str(p) == str(NFO.locatedIn)}


def test_a_centre_or_institute_named_then_in_a_city_is_there(where):
    assert _in(where, "Hunan Provincial Geological Testing Center") == {"Changsha"}
    assert _in(where, "Guangxi Public Resources Trading Center") == {"Nanning"}


def test_a_government_named_after_its_place_or_a_company_after_with_is_not_where_it_met(where):
    # (round 42: a body's name states its jurisdiction, no location: not placed by it)
    assert _in(where, "Zhuzhou Municipal People's Government") == set()
    assert "Shanghai" not in _in(where, "Rhine Kupfer GmbH")


def test_the_subject_stated_to_be_in_a_place(where):
    refinery = [e for e in where.entities.values() if str(e.cls) == str(NFO.Site)]
    assert refinery and any(_in(where, e.label) == {"Lianyuan District"} for e in refinery)


def test_an_apposition_naming_a_larger_place(where):
    assert _in(where, "Xiangyun County") == {"Yunnan Province"}
    assert _in(where, "Luonan") == {"Shaanxi Province"}
    assert not _in(where, "Chile")          # (a country lies in no province of the text)


def test_a_chain_of_places_each_in_the_next_but_not_a_list(where):
    assert _in(where, "Lengshuijiang") == {"Loudi City"}
    assert not _in(where, "Zigong") & {"Hubei Province", "Guizhou Province"}


def test_bodies_named_by_level_after_a_body_named_after_its_province(where):
    assert _in(where, "Provincial Department of Science and Technology") == {"Jiangxi Province"}
    # (round 19: named after the province named before it, the lower-case phrase an alias)
    assert _in(where, "Jiangxi Provincial Department of Commerce") == set()   # (round 42)


def test_a_facility_run_by_an_organisation_is_its_site(where):
    sites = {e.label: e for e in where.entities.values() if str(e.cls) == str(NFO.Site)}
    labels = {e.iri: e.label for e in where.entities.values()}

    def owners(label):
        assert label in sites, sorted(sites)
        return {labels.get(o) for p, o, _, _ in sites[label].statements
                if str(p) == str(NFO.ownedBy)}
    assert owners("Bonded warehouse of Haixin Logistics") == {"Haixin Logistics Co., Ltd."}
    assert owners("Tailings dam of Nanling Mining") == {"Nanling Mining Co., Ltd."}
    assert not [s for s in sites if "Zhou Ming" in s]     # (a person runs no site of his own)


def test_a_ministry_named_by_its_ministers_title():
    text = ("Talks were led by Li Wen, vice minister of natural resources of China, and Rosa "
            "Vega, first deputy minister of the economy of Chile. Peru's minister of energy and "
            "mines said on Monday the plan would go ahead. The minister of finance said nothing, "
            "and Chile's Mining Minister, Ana Ruiz, did not comment.")
    got = {c.label: text[c.start:c.end] for c in minister_bodies(text)}
    assert got == {"Ministry of Natural Resources": "minister of natural resources",
                   "Ministry of Economy of Chile": "minister of the economy",
                   "Ministry of Energy and Mines of Peru": "minister of energy and mines"}


def test_a_ministry_of_a_country_is_not_placed_by_its_name(where):
    # round 42: its name states its jurisdiction, no location the curators record
    assert _in(where, "Ministry of Energy of Kazakhstan") == set()


def test_a_possessed_facility_in_a_place_is_the_possessors_site_there(where):
    sites = {e.label: e for e in where.entities.values() if str(e.cls) == str(NFO.Site)}
    # (round 25: "X, whose smelter is in Y" is labelled with its owner, one site per owner)
    label = "Smelter of Baoshan Alloy in Longyang District"
    assert _in(where, label) == {"Longyang District"}
    labels = {e.iri: e.label for e in where.entities.values()}
    owner = {labels.get(o) for p, o, _, _ in sites[label].statements
             if str(p) == str(NFO.ownedBy)}
    assert owner == {"Baoshan Alloy Co., Ltd."}
    assert not [s for s in sites if "Shanghai" in s]       # (shares are no facility)


def test_a_company_described_by_a_places_possessive_is_there(where):
    assert _in(where, "Nexa Cerro S.A.") == {"Peru"}
    assert not _in(where, "Andina Cobre S.A.")      # (a list of names goes on: no description)


def test_a_port_named_by_its_city(where):
    sites = {e.label: e for e in where.entities.values() if str(e.cls) == str(NFO.Site)}
    assert _in(where, "Port of Callao") == {"Callao"}
    # "Qinzhou port" (a site another rule named) and "the port of Qinzhou": one site
    qinzhou = [e for e in sites.values() if "Port of Qinzhou" in (e.label, *e.aliases)]
    assert len(qinzhou) == 1 and len(qinzhou[0].mentions) == 2, sorted(sites)
    assert not [s for s in sites if "Wuhan" in s]          # (an airport is no port)


def test_a_place_in_brackets_after_a_name(where):
    assert _in(where, "Golmud") == {"Qinghai Province"}
    assert _in(where, "Ganfeng Lithium Co., Ltd.") == {"Xinyu"}
    assert _in(where, "Tianqi Lithium Corp.") == {"Chengdu"}
    assert not _in(where, "Rongjie Mining Co., Ltd.")      # (a stock code is no place)
