"""`kg ingest` relations of round 8 on companies and places, each construction tried on short
articles written for these tests (different subjects, metals and word orders), with a case where
the rule must not fire: addresses written as a chain of places ("X Park, Y Town, Z County, W
City, V Province")."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _rules(draft, ent, pred):
    return {label: rule for label, (rule, _) in links(draft, ent, pred).items()}


def _all_rules(draft, rule):
    return {(e.label, draft.entities[o].label) for e in draft.entities.values()
            for p, o, _, r in e.statements if r == rule and o in draft.entities}


@pytest.fixture(scope="module")
def foil(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("r8cp"), "r8-foil", (
        "Copper Foil Plant Starts Production in Jinhua\n\n"
        "Jinhua, April 9 -- Zhejiang Lingfeng Copper Foil Co., Ltd. started production on April 8 "
        "at its new plant in the Baishi Industrial Park, Tangxi Town, Wuyi County, Jinhua City, "
        "Zhejiang Province.\n\n"
        "The company also runs smelters in Hengyang City, Chenzhou City, Hunan Province and "
        "Ganzhou City, and sells foil to battery makers in Changsha City, Wuhan City, Hefei "
        "City.\n"))


@pytest.fixture(scope="module")
def refinery(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("r8cp"), "r8-refinery", (
        "Nickel Refinery Breaks Ground in Indonesia\n\n"
        "Jakarta, June 2 -- Work began on June 1 on a nickel sulphate refinery in Bahodopi "
        "District, Morowali Regency, Central Sulawesi Province, Indonesia. A second line is "
        "planned in Jingxi County, Baise City, Guangxi Zhuang Autonomous Region. The owner's "
        "head office is in Lengshuijiang City, Loudi, Hunan Province.\n\n"
        "Buyers in Japan, South Korea, China and Germany have signed offtake letters.\n"))


def test_an_address_chain_puts_each_place_in_the_next(foil, refinery):
    chain = "place:address-chain"
    assert _rules(foil, one(foil, "Baishi Industrial Park"), NFO.locatedIn) == {
        "Tangxi Town": chain}
    assert _rules(foil, one(foil, "Tangxi Town"), NFO.locatedIn) == {"Wuyi County": chain}
    # (a county in its city: topics.py's place:chain reads it first)
    assert set(_rules(foil, one(foil, "Wuyi County"), NFO.locatedIn)) == {"Jinhua City"}
    # abroad, and a region ending the chain
    assert set(_rules(refinery, one(refinery, "Morowali Regency"), NFO.locatedIn)) == {
        "Central Sulawesi Province"}
    # a county-level city in its prefecture-level city: two cities, in an address only
    assert _rules(refinery, one(refinery, "Lengshuijiang City"), NFO.locatedIn) == {
        "Loudi": chain}
    assert set(_rules(refinery, one(refinery, "Jingxi County"), NFO.locatedIn)) == {
        "Baise City"}


def test_a_list_of_places_is_no_chain(foil, refinery):
    # "in A City, B City, C Province and D City" goes on with "and": a list; three cities
    # end in no province; four countries are four countries
    paired = _all_rules(foil, "place:address-chain") | _all_rules(refinery, "place:address-chain")
    named = {a for a, _ in paired} | {b for _, b in paired}
    assert not named & {"Hengyang City", "Chenzhou City", "Hunan Province", "Changsha City",
                        "Wuhan City", "Hefei City", "Japan", "South Korea", "Germany"}
