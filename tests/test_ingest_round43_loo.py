"""`kg ingest`: round 43's readings of what a document or initiative covers or holds, stated by
the words right after its name (relations/emphasised_places.py, relations/included_lists.py), on
short texts written for these tests (own words; invented documents and companies, real
regions). "the X Initiative, especially in regions such as A and B": the places it applies to;
"the Y Catalogue, which includes technologies such as A, B and C" and a next sentence "The
products included A and B": what it holds. A place printed in passing near a document is not
read as its scope, and a list that names no item is not read."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of

APPLIES = "https://w3id.org/nfkg/ontology#appliesTo"
INCLUDES = "https://w3id.org/nfkg/ontology#includes"

EXPORTS = """Tin exporters look south

Metals Trade Daily | 2027-05-14

Smelters should deepen trade ties under the "Southern Gateway Trade Initiative",
particularly in markets like Africa, the Middle East and Southeast Asia, and should look for
new buyers of solder.

The Bureau of Metals Trade also issued the "Catalogue of Encouraged Recycling Technologies
(2027 Edition)," which includes technologies such as low-temperature leaching of spent solder
dross, vacuum refining of crude tin scrap, and electrostatic sorting of mixed tin residues.
Banks may lend at lower rates to users of those methods.

In March, the bureau published the "Directory of Key Tin Alloy Products for Demonstration". The
products included lead-free solder paste for micro chips, tin-silver alloy wire, and
high-purity tin anode plates.

The "Harbour Logistics Plan" was presented in Singapore on Monday.
"""


@pytest.fixture(scope="module")
def exports(kg):
    return draft_of(kg, EXPORTS, "round43-exports", name="exports.txt")


def _ent(draft, label):
    return next(e for e in draft.entities.values() if e.label.lower() == label.lower())


def _objects(draft, ent, pred):
    out = {}
    for p, o, _, rule in ent.statements:
        if str(p) == pred:
            other = draft.entities.get(o)
            out[other.label if other else str(o)] = rule
    return out


def _labels(draft):
    return {e.label for e in draft.entities.values()}


def test_the_regions_an_initiative_singles_out_are_where_it_applies(exports):
    labels = _labels(exports)
    prog = next(e for e in exports.entities.values() if "Southern Gateway" in e.label)
    got = _objects(exports, prog, APPLIES)
    for region in ("Southeast Asia", "Africa", "Middle East"):
        assert region in got, (got, sorted(labels))
        assert got[region] == "document:emphasised-place"


def test_a_catalogue_holds_the_technologies_its_relative_clause_lists(exports):
    cat = next(e for e in exports.entities.values() if "Encouraged Recycling" in e.label)
    got = _objects(exports, cat, INCLUDES)
    held = {k for k, v in got.items() if v == "document:which-includes"}
    assert any("vacuum refining" in k for k in held), got
    assert any("electrostatic sorting" in k for k in held), got


def test_the_next_sentence_listing_the_products_fills_the_directory(exports):
    directory = next(e for e in exports.entities.values() if "Directory of Key Tin" in e.label)
    got = _objects(exports, directory, INCLUDES)
    held = {k for k, v in got.items() if v == "document:which-includes"}
    assert any("tin-silver alloy wire" in k.lower() for k in held), got


def test_a_place_where_a_plan_was_presented_is_not_its_scope(exports):
    plan = next((e for e in exports.entities.values() if "Harbour Logistics" in e.label), None)
    if plan is not None:
        got = _objects(exports, plan, APPLIES)
        assert not any(v == "document:emphasised-place" for v in got.values()), got
    # and the rule reads nothing from the bank sentence: no document applies to a bank
    for e in exports.entities.values():
        for k, v in _objects(exports, e, APPLIES).items():
            assert v != "document:emphasised-place" or k in (
                "Southeast Asia", "Africa", "Middle East"), (e.label, k)


def test_a_place_in_a_catalogues_list_is_not_held_by_it(kg):
    text = """Zinc plan names pilot zones

Metals Trade Daily | 2027-06-02

The ministry released the "Zinc Circular Economy Pilot Plan," which covers Hebei Province,
Yunnan Province and Qinghai Province, where most refiners sit.
"""
    d = draft_of(kg, text, "round43-zones", name="zones.txt")
    plan = next(e for e in d.entities.values() if "Zinc Circular Economy" in e.label)
    got = _objects(d, plan, INCLUDES)
    assert not any(v == "document:which-includes" for v in got.values()), got


FIRMS = """Zinc makers expand abroad

Metals Trade Daily | 2027-07-20

Vietnamese producers such as Lotus Bay Zinc Co., Ltd., Red Delta Alloys JSC and Song Cau
Metals Corporation plan new roasters this year, as demand in Vietnam keeps rising. Several
buyers in Thailand, including Chao Phraya Galvanizing Co., Ltd., signed supply deals.
"""


@pytest.fixture(scope="module")
def firms(kg):
    return draft_of(kg, FIRMS, "round43-firms", name="firms.txt")


LOCATED = "https://w3id.org/nfkg/ontology#locatedIn"


def test_the_firms_a_demonym_list_names_are_in_its_country(firms):
    labels = _labels(firms)
    for label in ("Lotus Bay Zinc Co., Ltd.", "Red Delta Alloys JSC",
                  "Song Cau Metals Corporation"):
        assert label in labels, sorted(labels)
        got = _objects(firms, _ent(firms, label), LOCATED)
        assert got.get("Vietnam") == "place:demonym-list", (label, got)


def test_a_list_after_a_place_and_no_demonym_is_not_read_as_a_home(firms):
    for e in firms.entities.values():
        for k, v in _objects(firms, e, LOCATED).items():
            assert v != "place:demonym-list" or k == "Vietnam", (e.label, k, v)


WORKS = """Foil maker adds capacity

Metals Trade Daily | 2027-08-03

Foreign rollers keep growing in China. Larkspur operates plants in Suzhou and Changzhou that supply
can stock, and it plans a third line next year.
"""


@pytest.fixture(scope="module")
def works(kg):
    return draft_of(kg, WORKS, "round43-works", name="works.txt")


OWNED = "https://w3id.org/nfkg/ontology#ownedBy"


def test_each_plant_of_an_owner_place_clause_is_in_its_city_and_owned(works):
    sites = [e for e in works.entities.values() if str(e.cls).endswith("#Site")]
    by_city = {}
    for site in sites:
        got = _objects(works, site, LOCATED)
        for city in ("Suzhou", "Changzhou"):
            if got.get(city) == "site:owner-place-clause":
                by_city[city] = site
    assert set(by_city) == {"Suzhou", "Changzhou"}, [(s.label, _objects(works, s, LOCATED))
                                                  for s in sites]
    for site in by_city.values():
        owners = _objects(works, site, OWNED)
        assert "Larkspur" in owners, (site.label, owners)


def test_the_owner_of_the_plants_is_not_placed_by_the_clause(works):
    larkspur = _ent(works, "Larkspur")
    got = _objects(works, larkspur, LOCATED)
    assert not any(v == "site:owner-place-clause" for v in got.values()), got
