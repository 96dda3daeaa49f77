"""`kg ingest` round 15, places: read from short articles written for these tests (own words;
invented companies, mines and people; other metals and countries than the dev sets).

* a place named by the word of its rank after it (names/unit_places.py): "the Lualaba
  province", "Aktobe Region", "the Ridder district", "Kokzhar village", "the Khorgos border
  crossing", every name of a list before a plural ("the Kindia and Boffa regions"); not "a
  Chinese province", "the Western region", a longer name ("Kivu Region Mining Corporation"), a
  person's;
* one capitalised word after "a clinic in", "workers in", "talks in" ... is a place
  (data/place-cues.txt, place:in-x), never an adjective ("workers in Chinese plants");
* "China's Yunnan Province" is Yunnan Province (a possessive ends a name, names/places.py);
* where a place is (relations/locations.py): "X in/of the Y province", "X, in southern Y", "X
  in Chile's Y region" (the region), "X County, southwest China's Y Province", "Chile's Y
  Region", "Western Australia's Pilbara", "a village in X County"; not two places of one rank;
  an organisation: "X Co., Ltd., Guizhou" ending a list line, "X, a Kunming-based group", "X Co., Ltd., a wholly owned
  unit, in Y", "the Chilean state miner X" (relations/demonym_homes.py; not "Australian-listed
  X", not "the Chilean market and X").
"""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

_PLACES = {"Country", "Province", "City", "County", "Region", "Place", "Site"}


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r15pl") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _places(draft) -> dict:
    """{label: class name} of the draft's places."""
    return {e.label: str(e.cls).rsplit("#", 1)[-1] for e in draft.entities.values()
            if str(e.cls).rsplit("#", 1)[-1] in _PLACES}


def _where(draft, label) -> set:
    """The labels of the places the place (or organisation) ``label`` is said to be in."""
    found = [e for e in draft.entities.values() if e.label == label]
    assert found, (label, sorted(_places(draft)))
    return set(links(draft, found[0], NFO.locatedIn))


@pytest.fixture(scope="module")
def cobalt(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-cobalt-belt", (
        "Cobalt hydroxide shipments resume from Congo\n"
        "\n"
        "Lubumbashi, February 9, 2027 -- Shipments of cobalt hydroxide from the Kambove mine,"
        " in the Haut-Lomami province of the Democratic Republic of Congo, resumed on Monday"
        " after the Kasumbalesa border crossing reopened, said Mwamba Metals SARL.\n"
        "\n"
        "A clinic in Mokambo treated two drivers, and workers in Chinese plants were sent"
        " home. Trucks queued for three days at the crossing. Most of the cargo goes through the port"
        " of Durban, and some through the Walvis Bay terminal in Namibia.\n"
        "\n"
        "Residents of Kisanga village blocked the road in January. The Kivu Region Mining"
        " Corporation said its own convoys were not affected.\n"
        "\n"
        "The Kolwezi and Likasi districts supply most of the ore. A Chinese province and the"
        " Western region of the country were also named as buyers by Ilunga Kasongo, a trader.\n"))


@pytest.fixture(scope="module")
def steppe(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-steppe-tungsten", (
        "Tungsten concentrate output rises in Kazakhstan\n"
        "\n"
        "ASTANA, Oct. 4 -- Dala Wolfram LLP said on Thursday that its concentrator in the"
        " Shet district of Karaganda Region produced 3,100 tonnes of tungsten concentrate in"
        " the third quarter.\n"
        "\n"
        "The company also runs a smaller plant in Zhezkazgan, in central Kazakhstan, and is"
        " exploring in Chile's Coquimbo region, near La Serena, and in the Salta province of"
        " Argentina.\n"
        "\n"
        "In Guinea's Kindia and Boffa regions, its partner holds bauxite permits.\n"
        "\n"
        "Rival bidders include the Chilean state miner Andina Cobre SA, Argentine lithium firm"
        " Puna Litio SA and Australian-listed Ironbark Resources Ltd. Demand from the Chilean"
        " market and Harbour Smelting Ltd was strong.\n"))


@pytest.fixture(scope="module")
def xinhua(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r15-germanium-county", (
        "Germanium refinery starts up in Yunnan county\n"
        "\n"
        "KUNMING, May 18 (Xinhua) -- A germanium refinery in Zhenxiong County, southwest"
        " China's Yunnan Province, started trial production on Sunday, the county government"
        " said.\n"
        "\n"
        "The refinery, built by Wumeng Rare Metals Co., Ltd., draws ore from mines around"
        " Potou Township and Yangliu village in Zhenxiong County. Its parent, Dianbei Holdings"
        " Co., Ltd., a Kunming-based group, supplies the reagents. A second refinery is planned"
        " in northwest China's Gansu Province.\n"
        "\n"
        "Suppliers honoured by the county:\n"
        "1. Li Wenjun, Wusha Alloy Co., Ltd., Guizhou\n"
        "2. Zhao Ping, Qiaojia Germanium Co., Ltd., a wholly owned unit, in Zhaoyang, Yunnan\n"))


def test_a_province_by_its_lower_case_word_and_where_it_is(cobalt):
    places = _places(cobalt)
    assert places.get("Haut-Lomami Province") == "Province", sorted(places)
    assert _where(cobalt, "Haut-Lomami Province") & {
        "Democratic Republic of the Congo", "Democratic Republic of Congo",
        "DR Congo", "Congo"}, _where(cobalt, "Haut-Lomami Province")


def test_a_crossing_and_a_terminal_are_sites(cobalt):
    places = _places(cobalt)
    assert places.get("Kasumbalesa border crossing") == "Site", sorted(places)
    assert places.get("Walvis Bay terminal") == "Site", sorted(places)


def test_a_village_by_its_lower_case_word(cobalt):
    assert _places(cobalt).get("Kisanga village") == "Place", sorted(_places(cobalt))


def test_a_list_before_a_plural_names_each(cobalt, steppe):
    assert _places(cobalt).get("Kolwezi district") == "County", sorted(_places(cobalt))
    assert _places(cobalt).get("Likasi district") == "County", sorted(_places(cobalt))
    assert "Kindia region" in _places(steppe) and "Boffa region" in _places(steppe), \
        sorted(_places(steppe))


def test_no_place_from_an_adjective_a_company_or_a_person(cobalt):
    places = {e.label for e in cobalt.entities.values() if not e.known
              and str(e.cls).rsplit("#", 1)[-1] in _PLACES}
    assert not any(x.startswith(("Chinese", "Western")) for x in places), sorted(places)
    assert not any(x.startswith("Kivu") for x in places), sorted(places)
    assert not any("Kasongo" in x for x in places), sorted(places)


def test_a_capitalised_region_and_the_district_in_it(steppe):
    places = _places(steppe)
    assert places.get("Karaganda Region") == "Region", sorted(places)
    assert places.get("Shet district") == "County", sorted(places)
    assert "Karaganda Region" in _where(steppe, "Shet district")


def test_in_a_countrys_region_is_in_the_region(steppe):
    assert _places(steppe).get("Coquimbo region") == "Region", sorted(_places(steppe))
    assert "Chile" in _where(steppe, "Coquimbo region")
    assert "Argentina" in _where(steppe, "Salta Province"), sorted(_places(steppe))


def test_a_city_after_a_comma_in_a_country(steppe):
    assert "Kazakhstan" in _where(steppe, "Zhezkazgan"), sorted(_places(steppe))


def test_chinas_province_is_the_province(xinhua):
    places = _places(xinhua)
    assert not any("China's" in x or "China’s" in x for x in places), sorted(places)
    assert "Gansu Province" in places, sorted(places)
    assert "China" in _where(xinhua, "Gansu Province")


def test_a_county_of_chinas_province(xinhua):
    assert "Yunnan Province" in _where(xinhua, "Zhenxiong County"), sorted(_places(xinhua))


def test_a_village_and_a_township_in_a_county(xinhua):
    places = _places(xinhua)
    assert places.get("Yangliu village") == "Place", sorted(places)
    assert "Zhenxiong County" in _where(xinhua, "Yangliu village")


def test_an_organisation_in_the_country_its_adjective_names(steppe):
    assert "Chile" in _where(steppe, "Andina Cobre SA")
    assert "Argentina" in _where(steppe, "Puna Litio SA")
    # listed there, not based there; the adjective of a market, not of the company
    assert not _where(steppe, "Ironbark Resources Ltd.") & {"Australia"}
    assert "Chile" not in _where(steppe, "Harbour Smelting Ltd")


def test_a_place_that_ends_a_list_line_after_a_company(xinhua):
    assert "Guizhou Province" in _where(xinhua, "Wusha Alloy Co., Ltd.") or \
        "Guizhou" in _where(xinhua, "Wusha Alloy Co., Ltd."), sorted(_places(xinhua))
    assert "Zhaoyang" in _where(xinhua, "Qiaojia Germanium Co., Ltd."), sorted(_places(xinhua))


def test_one_word_after_a_clinic_or_the_workers_in(cobalt):
    places = {e.label for e in cobalt.entities.values() if not e.known
              and str(e.cls).rsplit("#", 1)[-1] in _PLACES}
    assert "Mokambo" in places, sorted(places)
    assert "Chinese" not in places, sorted(places)


def test_an_organisation_described_as_based_in_a_place(xinhua):
    assert "Kunming" in _where(xinhua, "Dianbei Holdings Co., Ltd."), sorted(_places(xinhua))

