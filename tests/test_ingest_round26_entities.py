"""Round 26, entities: constructions that recur across genres. A facility owned by the party a
filing or a tender speaks of by its part ("the issuer's alumina refinery", "the tenderee's
smelter"); a document's title "X Report on the Y of Z Co., Ltd." (a report, and the company
beside it); standing bodies printed in lower case ("the forum secretariat", "the programme
committee", "the commission's standing committee decided", "our marketing team attended"); a
bare "the plant" / "our plant" that is no furnace or park named before. Each with a case that
must not change."""
from __future__ import annotations

import pytest

from hostile_drafts import snapshot_kg  # noqa: F401
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _ent(draft, label):
    return next((e for e in draft.new() if e.label.lower() == label.lower()), None)


def _with_alias(draft, alias):
    return [e for e in draft.new()
            if alias.lower() in {a.lower() for a in e.aliases} | {e.label.lower()}]


def _objects(draft, ent, pred):
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, _, _ in ent.statements if p == pred}


BOND = """        Quarterly Trustee Report on the Corporate Bonds of
               Hexi Dongyuan Aluminium Group Co., Ltd.
                      (No. 2 of 2027)

This report is written by Pingan Tongda Securities Co., Ltd. as bond trustee.

The issuer sold its bauxite mine in March. The mine had supplied a fifth of the ore
used by the issuer's alumina refinery in Hejin. Records are kept at the trustee's
warehouse in Taiyuan.
"""


@pytest.fixture(scope="module")
def bond(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BOND, "r26-ent-bond")


def test_report_title_names_report_and_company(bond):
    rep = _ent(bond, "Quarterly Trustee Report on the Corporate Bonds of Hexi Dongyuan "
                     "Aluminium Group Co., Ltd.")
    assert rep is not None and rep.cls == NFO.Report
    co = _ent(bond, "Hexi Dongyuan Aluminium Group Co., Ltd.")
    assert co is not None and co.cls == NFO.Company
    # (a company named without such a title is one company, no report)
    assert _ent(bond, "Pingan Tongda Securities Co., Ltd.").cls == NFO.Company


def test_issuer_possessive_owns_the_facility(bond):
    sites = _with_alias(bond, "alumina refinery")
    assert len(sites) == 1 and sites[0].cls == NFO.Site
    assert _objects(bond, sites[0], NFO.ownedBy) == {"Hexi Dongyuan Aluminium Group Co., Ltd."}
    # the trustee is no part that stands for the article's company: the trustee's warehouse is
    # not the issuer's (since round 46 names/facility_nouns drafts "the trustee's warehouse in
    # Taiyuan" as a site in Taiyuan whose owner the reviewer gives: a party named by its role)
    warehouses = [e for e in bond.new() if "warehouse" in e.label.lower()]
    assert all(e.cls == NFO.Site for e in warehouses)
    for site in warehouses:
        assert "Hexi Dongyuan Aluminium Group Co., Ltd." not in _objects(bond, site, NFO.ownedBy)
        assert _objects(bond, site, NFO.locatedIn) <= {"Taiyuan"}


def test_plant_by_plant_is_no_facility(kg, tmp_path_factory):
    d = _draft(kg, tmp_path_factory, "Hengxing Power Grid Co., Ltd. is carrying out the cuts "
               "plant by plant.\n", "r26-ent-by")
    assert not any("plant" in e.label.lower() for e in d.new())


BODIES = """Record of the Closing Panel, 2027 Jiangnan Copper Forum

Record: compiled by the forum secretariat; released 6 May 2027.

Full papers chosen by the programme committee will appear in the journal.
At its meeting on 15 April the commission's standing committee decided to close the case.
Our marketing team attended the fair in Hamburg this March.
The team leader thanked the sales team members for their work.
The secretariat will be based at the institute.
"""


@pytest.fixture(scope="module")
def bodies(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BODIES, "r26-ent-bodies")


def test_lower_case_standing_bodies(bodies):
    for label in ("Forum secretariat", "Programme committee", "Standing committee",
                  "Marketing team"):
        e = _ent(bodies, label)
        assert e is not None and e.cls == NFO.Organization, label
    # "the sales team members": a modifier of another noun; a bare "the secretariat": no body
    assert _ent(bodies, "Sales team") is None and _ent(bodies, "Secretariat") is None


PLANT = """Two Winters at Kiln No. 3

In October 2025 the company decided to rebuild kiln No. 3 with regenerative burners.

Our plant stands in the Shawan Industrial Park of Fugu County, forty minutes from the town.
Hengtai Magnesium Co., Ltd. runs it with 600 workers.

The Boke Alumina Refinery was commissioned in May. The plant treats bauxite from the Boke mines.
"""


@pytest.fixture(scope="module")
def plant(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PLANT, "r26-ent-plant")


def test_our_plant_is_no_kiln_named_before(plant):
    text = plant.text
    kilns = [e for e in plant.new() if "kiln" in e.label.lower()]
    assert kilns and not any(text[m.start:m.end].lower() == "our plant"
                             for e in kilns for m in e.mentions)
    # ... but a bare "the plant" after a refinery is that refinery
    ref = _ent(plant, "Boke Alumina Refinery")
    assert ref is not None and any(text[m.start:m.end] == "The plant" for m in ref.mentions)


SIGN = """Listing Notice for Parcel HB-07

The winning bidder signed a land investment agreement with the Management Committee of the
Hebin Development Zone on 3 March.

Last month we signed a cooperation letter with Ganyuan Recycling Technology Co., Ltd.
On 3 May the bureau signed a supply framework with Lintong Sponge Titanium Co., Ltd.
The two firms later signed a framework agreement with the Lintong County government.
Nobody will sign a cheque today.
"""


@pytest.fixture(scope="module")
def sign(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, SIGN, "r26-ent-sign")


def test_agreement_heads_framework_and_cooperation_letter(sign):
    deals = [e for e in sign.new() if e.cls == NFO.Agreement]
    found = {e.label.split(" of ")[0].split(" with ")[0].lower() for e in deals}
    assert {"land investment agreement", "cooperation letter", "supply framework"} <= found
    land = next(e for e in deals if e.label.lower().startswith("land investment agreement"))
    assert "Management Committee of the Hebin Development Zone" in _objects(sign, land, NFO.party)
    # "a framework agreement" is one agreement, not "a framework"; a cheque is no agreement
    assert "framework" not in found and not any("cheque" in x for x in found)


TIMES = """Auction Announcement of Two Exploration Rights

TIMETABLE

  Announcement period .......... 20 November to 9 December 2026
  Registration and deposit ..... 7 to 11 December 2026
  Auction ...................... 16 December 2026

CONTENTS
  Lot descriptions ............. 3
  Rules ........................ 7
"""


@pytest.fixture(scope="module")
def times(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, TIMES, "r26-ent-times")


def test_dot_leader_rows_are_dated_steps(times):
    steps = {e.label: e for e in times.new()}
    assert "Registration and deposit" in steps and "Auction" in steps
    dates = {str(o) for p, o, _, _ in steps["Auction"].statements
             if p in (NFO.startDate, NFO.plannedDate)}
    assert "2026-12-16" in dates
    # a contents page's rows (a page number after the dots) are no steps
    assert "Rules" not in steps and "Lot descriptions" not in steps


LINES = """Qaidam Hexin Lithium Co., Ltd. finished its second brine line last year, and the company
now makes 30,000 tonnes of lithium carbonate.

The defenders held the second line of the old fort.
"""


@pytest.fixture(scope="module")
def lines_(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, LINES, "r26-ent-lines")


def test_ordinal_line_is_a_works(lines_):
    sites = [e for e in lines_.new() if e.cls == NFO.Site and "line" in e.label.lower()]
    assert len(sites) == 1 and "brine line" in sites[0].label
    assert _objects(lines_, sites[0], NFO.ownedBy) == {"Qaidam Hexin Lithium Co., Ltd."}


STARTS = """Hexin Lithium Interview, 8 January 2027

The board approved a lithium hydroxide unit in December. Construction starts in May, and the
first product is hoped for in 2028. Trial runs start in the second half of next year.

Back in 2019, construction starts in March: the old timeline reads so.
"""


@pytest.fixture(scope="module")
def starts(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, STARTS, "r26-ent-starts")


def test_present_tense_start_with_a_day_to_come(starts):
    text = starts.text
    made = {text[e.mentions[0].start:e.mentions[0].end]: e for e in starts.new()
            if e.cls == NFO.Milestone and e.mentions}
    assert "Construction starts in May" in made
    assert {str(o) for p, o, _, _ in made["Construction starts in May"].statements
            if p == NFO.plannedDate} == {"2027-05"}
    assert any(k.startswith("Trial runs start") for k in made)
    # a day gone by (a timeline's present tense) is no planned start
    assert not any("March" in k for k in made)


PLACES = """Hengsheng Antimony Co., Ltd. will pay 1.6 million yuan to repair roads linking the villages
of Shangyan, Xiaqiu and Lingtan, and help the counties of Malong and Luliang.

Hunan Yousheng Metals Vocational College signed a training agreement with the company. The
signing took place at the college's campus in Zhuzhou, beside the company's base in Chenzhou.
The city of Kunming Iron Group offices stood empty.
"""


@pytest.fixture(scope="module")
def places(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, PLACES, "r26-ent-places")


def test_places_named_by_level_and_of(places):
    for label, cls in (("Shangyan", NFO.Place), ("Xiaqiu", NFO.Place), ("Lingtan", NFO.Place),
                       ("Malong County", NFO.County), ("Luliang County", NFO.County)):
        e = _ent(places, label)
        assert e is not None and e.cls == cls, label
    # "the city of Kunming Iron Group ...": a longer name, no city
    assert _ent(places, "Kunming") is None


def test_possessive_by_head_noun_and_no_bare_base(places):
    campus = [e for e in places.new() if e.label.endswith(" campus")]
    assert campus and _objects(places, campus[0], NFO.ownedBy) == {
        "Hunan Yousheng Metals Vocational College"}
    # "the company's base in Chenzhou": too often the company's mine or works named again
    # ("the X mine, our molybdenum base in Y"), no site of its own
    assert not [e for e in places.new() if e.label.endswith(" base")]
