"""Round 37, places and units of organisations: a unit named after "the <noun>'s" is a unit of
the organisation the noun stands for ("the university's College of X"); an organisation printed
before a street address is in the address's first place ("X Office, 17 Hongqi Avenue, Y
District"); a place or organisation "which lies in" / "lying in" a place is there; a company's
name wrapped before its legal form in a table cell is read whole; a district or town printed only
inside its own body's name is a place; an organisation before its city and postcode on an address
line is there; a unit before its organisation and a street address is a unit of it. Texts written
for these tests, with negatives beside each."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.terms import NFO


def _ties(draft, pred, rule: str = "") -> set:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, labels.get(o, str(o))) for e in draft.entities.values()
            for p, o, _, r in e.statements if p == pred and r.startswith(rule)}


_POSSESSIVE = (
    "Tin recycling line opens in Liuzhou\n\n"
    "LIUZHOU, May 12 -- Guilin Polytechnic University and Hexing Tin Recycling Co., Ltd. opened "
    "a pilot line for tin recovery from solder dross on Tuesday. The line was designed by the "
    "university's College of Environmental Engineering, whose dean, Wei Lan, said it would treat "
    "3,000 tonnes a year.\n\n"
    "The Ministry of Natural Resources sent an observer from the ministry's Department of Mineral "
    "Exploitation. The buyers' Purchasing Office was not there.\n")


def test_a_unit_after_the_nouns_possessive_is_a_unit_of_the_organisation_it_stands_for(
        snapshot_kg):
    draft = draft_of(snapshot_kg, _POSSESSIVE, "r37-possessive")
    units = _ties(draft, NFO.unitOf)
    assert ("College of Environmental Engineering", "Guilin Polytechnic University") in units
    assert ("Department of Mineral Exploitation", "Ministry of Natural Resources") in units
    # (a possessive of no organisation's noun names no owner by this rule)
    assert not any(u.startswith("Purchasing Office")
                   for u, _ in _ties(draft, NFO.unitOf, "org:possessive-unit")), units


_STREET = (
    "Call for comments on the draft tungsten recycling rules\n\n"
    "The Ganzhou Tungsten Recycling Office invites comments on the draft rules until 30 June.\n\n"
    "Comments may be posted to the Ganzhou Tungsten Recycling Office, 17 Hongqi Avenue, "
    "Zhanggong District, Ganzhou.\n\n"
    "Hengtai Tungsten Co., Ltd., 5 Zhangjiang Road, Dayu County, has already replied; "
    "Xinhe Tungsten Co., Ltd. and Huayu Tungsten Co., Ltd. have not.\n")


def test_an_organisation_before_a_street_address_is_in_its_first_place(snapshot_kg):
    located = _ties(draft_of(snapshot_kg, _STREET, "r37-street"), NFO.locatedIn)
    assert ("Ganzhou Tungsten Recycling Office", "Zhanggong District") in located, located
    assert ("Hengtai Tungsten Co., Ltd.", "Dayu County") in located, located
    assert not any(a.startswith(("Xinhe", "Huayu")) for a, _ in located), located


_LIES = (
    "Antimony mine floods after storm\n\n"
    "Heavy rain flooded mines in Guizhou on Sunday. Miners were moved to Mawei Town, which lies "
    "in Dushan County, and the Maolan Industrial Park, lying in Libo County, sent trucks. "
    "Pingtang Town, which lies in ruins after the storm, asked for tents.\n")


def test_a_place_which_lies_in_a_place_of_a_higher_rank_is_there(snapshot_kg):
    located = _ties(draft_of(snapshot_kg, _LIES, "r37-lies"), NFO.locatedIn)
    assert ("Mawei Town", "Dushan County") in located, located
    assert ("Maolan Industrial Park", "Libo County") in located, located
    assert not any(a == "Pingtang Town" for a, _ in located), located


_WRAPPED = (
    "Results of the 2026 dust checks at zinc and lead plants\n\n"
    "The bureau checked five plants in October. Excerpt:\n\n"
    "  Enterprise                          City      Result    Note\n"
    "  ----------------------------------  --------  --------  ---------------------\n"
    "  Liupanshui Hongtai Lead              Liupanshui  passed  -\n"
    "  Co., Ltd.\n"
    "  Tongren Xinyu Zinc Smelting         Tongren   rectify   baghouse leaks at the\n"
    "  Co., Ltd.                                               roaster\n"
    "  Zunyi Jinlin Zinc Co., Ltd.         Zunyi     passed    -\n")


def test_a_company_name_wrapped_before_its_legal_form_in_a_table_cell_is_read_whole(
        snapshot_kg):
    draft = draft_of(snapshot_kg, _WRAPPED, "r37-wrapped")
    labels = {e.label for e in draft.entities.values()}
    assert "Tongren Xinyu Zinc Smelting Co., Ltd." in labels, sorted(labels)
    assert "Liupanshui Hongtai Lead Co., Ltd." in labels, sorted(labels)
    # (no company named by its legal form alone)
    assert "Co., Ltd." not in labels
    located = _ties(draft, NFO.locatedIn)
    assert ("Tongren Xinyu Zinc Smelting Co., Ltd.", "Tongren") in located, located


_BODY_ONLY = (
    "Smelter fined for dust\n\n"
    "The Qingquan District Ecology and Environment Bureau fined a lead smelter 200,000 yuan on "
    "Friday, and the Shuanghe Town People's Government moved 40 households. The North District "
    "Bureau of the park was not involved.\n")


def test_a_district_or_town_printed_only_inside_its_bodys_name_is_a_place(snapshot_kg):
    draft = draft_of(snapshot_kg, _BODY_ONLY, "r37-body-only")
    places = {e.label: str(e.cls).rsplit("#", 1)[-1] for e in draft.entities.values()
              if not e.known}
    assert places.get("Qingquan District") == "County", places
    assert places.get("Shuanghe Town") == "Place", places
    assert "North District" not in places, places


_POSTCODE = (
    "Paper on magnesium hydride pellets\n\n"
    "Authors: Li Na(1), Zhou Kai(2)\n"
    "1. Hydrogen Materials Laboratory, Jiangnan Institute of Light Alloys, Wuxi 214122, China;\n"
    "2. Qinhuai Alloy Testing Center, Nanjing 210009\n\n"
    "The pellets took up 6.1 wt% hydrogen at 300 degrees.\n")


def test_an_organisation_before_its_city_and_postcode_on_an_address_line_is_there(snapshot_kg):
    located = _ties(draft_of(snapshot_kg, _POSTCODE, "r37-postcode"), NFO.locatedIn)
    assert ("Jiangnan Institute of Light Alloys", "Wuxi") in located, located
    assert ("Qinhuai Alloy Testing Center", "Nanjing") in located, located


_UNIT_ADDRESS = (
    "Comments on the draft germanium standard\n\n"
    "Written comments may be sent by 30 April to: Standards Office, Lincang Germanium "
    "Industry Association, 8 Xuri Road, Lincang. Copies go to the Testing Office, Lincang "
    "Rare Metals Institute, and the Yunnan Germanium Alliance.\n")


def test_a_unit_before_its_organisation_and_a_street_address_is_a_unit_of_it(snapshot_kg):
    units = _ties(draft_of(snapshot_kg, _UNIT_ADDRESS, "r37-unit-address"), NFO.unitOf,
                  "org:unit-comma-parent")
    assert ("Standards Office", "Lincang Germanium Industry Association") in units, units
    # (a list goes on after the second name: no unit of it)
    assert not any(u == "Testing Office" for u, _ in units), units
