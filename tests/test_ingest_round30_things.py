"""Round 30, things the drafts missed as entities: an agreement a clause says will be signed
("will sign a guarantee contract with X") or that a dated line tells in the present ("2023.10
... A and B sign a research agreement"), one with a quoted modifier ("an "order class" training
agreement"); a product a record prints under its own label ("Product:  X" with "Producer:  Y"
below); a vessel named by its prefix ("MV CAPE HONGRUN", its "Owners" field); a bond named by
its short name ("26 Hengyu G1", issued by the company whose name holds "Hengyu"); a facility
owned by a short name before a possessive ("Xinrun's smelter"), one whose modifiers are joined by
"and" ("the plate and strip workshop of X"); a project a verb of building names ("plans to add a
battery foil line")."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of  # noqa: F401

WILL_SIGN = """Guarantee for a Subsidiary

On 3 March the board of Henan Yuguang Gold Lead Co., Ltd. approved a guarantee. The company
will sign a maximum guarantee contract with the Jiyuan Branch of Zhongyuan Pufa Bank Co., Ltd.
to secure a loan for its recycling subsidiary.
"""

REFUSED = """Supply Talks Broke Down

Zhongzhou Aluminum Co., Ltd. refused to sign a supply contract with Chenzhou Jinwang Lead-Zinc
Smelting Co., Ltd. after the two sides failed to agree on a price.
"""

TIMELINE = """Chronicle of Fugu Tianyu Magnesium Industry Co., Ltd.

2023.05  The second plant of the company is completed.
2023.10  On 17 October Fugu Tianyu Magnesium Industry Co., Ltd. and Xi'an Jiaotong University
         sign a research agreement on a pilot of vertical reduction magnesium smelting.
"""

QUOTED = """Forty Students Join a Smelter's Class

Hunan Nonferrous Metals Vocational College and Chenzhou Jinwang Lead-Zinc Smelting Co., Ltd.
signed an "order class" training agreement last Tuesday in Zhuzhou.
"""

SPOT_CHECK = """Results of a Spot Check of Titanium Drinkware

The unqualified batches are listed below.

------------------------------------------------------------
Sample 1
  Product:      Pure titanium water bottle, 500 ml, model TW-500
  Producer:     Baoji Ruitai Titanium Products Co., Ltd.
  Failed item:  Marking of the grade

Prices of the week

  Product          27 Nov      20 Nov      Change
  Copper cathode   71,200      70,900      300
"""

VESSEL = """STATEMENT OF FACTS

Vessel       : MV SEA HARMONY, Panama flag, 180,000 dwt
Owners       : Hongrun Ocean Shipping Co., Ltd., Hong Kong
Charterers   : Shandong Nanshan Aluminium Co., Ltd.

The MV SEA HARMONY berthed at Rizhao on 3 May. The new substation runs at 35 MV Power.
"""


@pytest.fixture(scope="module")
def drafts(kg):
    texts = {"will": WILL_SIGN, "refused": REFUSED, "timeline": TIMELINE, "quoted": QUOTED,
             "spot": SPOT_CHECK, "vessel": VESSEL}
    return {k: draft_of(kg, t, f"r30-things-{k}") for k, t in texts.items()}


def _of(draft, cls: str) -> list:
    return [e for e in draft.new() if str(e.cls).endswith("#" + cls)]


def _objects(draft, ent, pred: str) -> set:
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    return {by_iri.get(o, str(o)) for p, o, _, _ in ent.statements if str(p).endswith("#" + pred)}


def test_an_agreement_that_will_be_signed_is_proposed_with_its_parties(drafts):
    (ag,) = _of(drafts["will"], "Agreement")
    assert ag.label.startswith("Maximum guarantee contract")
    assert "Jiyuan Branch of Zhongyuan Pufa Bank Co., Ltd." in _objects(drafts["will"], ag, "party")


def test_a_refused_signing_names_no_agreement(drafts):
    assert _of(drafts["refused"], "Agreement") == []


def test_a_timeline_line_in_the_present_names_the_agreement(drafts):
    (ag,) = _of(drafts["timeline"], "Agreement")
    assert "research agreement" in ag.aliases
    assert _objects(drafts["timeline"], ag, "party") == {
        "Fugu Tianyu Magnesium Industry Co., Ltd.", "Xi'an Jiaotong University"}


def test_a_quoted_modifier_stays_in_the_agreement(drafts):
    (ag,) = _of(drafts["quoted"], "Agreement")
    assert ag.label.startswith("Order class training agreement")
    assert len(_objects(drafts["quoted"], ag, "party")) == 2


def test_a_product_field_names_a_product_and_its_producer(drafts):
    d = drafts["spot"]
    (p,) = [e for e in _of(d, "Product") if "bottle" in e.label]
    assert p.label == "Pure titanium water bottle, 500 ml, model TW-500"
    assert "TW-500" in p.aliases
    assert _objects(d, p, "producedBy") == {"Baoji Ruitai Titanium Products Co., Ltd."}
    # a price table's header is no product
    assert not [e for e in _of(d, "Product") if "Nov" in e.label]


def test_a_vessel_prefix_names_the_ship_and_its_owner(drafts):
    d = drafts["vessel"]
    (v,) = [e for e in _of(d, "Product") if e.label.startswith("MV")]
    assert v.label == "MV SEA HARMONY"
    assert len(v.mentions) == 2
    assert _objects(d, v, "ownedBy") == {"Hongrun Ocean Shipping Co., Ltd."}


SHORT_OWNER = """Zinc Residue Work Appraised

Zhejiang University worked with Honghe Xinrun Zinc Industry Co., Ltd. on the process. A pilot
line at Xinrun's smelter in Gejiu has run since May 2025. China's largest smelter was not
part of the work.
"""

JOINED_MODIFIERS = """Delegation Visits Baoji

The delegation first toured the plate and strip workshop of Baotai Group and then met the
managers of the park.
"""

ADDED_LINE = """Nanshan Group Expands Foil

Nanshan Group plans to add a battery foil line of 30,000 tonnes a year, with trial production
due in the second half of 2027.
"""


@pytest.fixture(scope="module")
def sites(kg):
    texts = {"short": SHORT_OWNER, "joined": JOINED_MODIFIERS, "added": ADDED_LINE}
    return {k: draft_of(kg, t, f"r30-sites-{k}") for k, t in texts.items()}


def test_a_short_name_before_a_possessive_owns_the_facility(sites):
    d = sites["short"]
    (site,) = _of(d, "Site")
    assert _objects(d, site, "ownedBy") == {"Honghe Xinrun Zinc Industry Co., Ltd."}
    assert "Gejiu" in _objects(d, site, "locatedIn")


def test_modifiers_joined_by_and_name_one_workshop(sites):
    d = sites["joined"]
    (site,) = [e for e in _of(d, "Site") if "workshop" in e.label]
    assert site.label == "Baotai Group plate and strip workshop"
    assert _objects(d, site, "ownedBy") == {"Baotai Group"}


def test_a_line_a_company_plans_to_add_is_a_project(sites):
    assert "Battery foil line" in {e.label for e in _of(sites["added"], "Project")}


BONDS = """Interim Trustee Report on the Corporate Bonds of Shandong Hengyu Aluminium Group Co., Ltd.

Bond abbreviations: 25 Hengyu 01, 26 Hengyu G1

Proceeds of 26 Hengyu G1 financed a recycled aluminium line. The next interest payment on
25 Hengyu 01 falls on 15 March 2027. Trading of the notes began on 23 March 2026.
"""


@pytest.fixture(scope="module")
def bonds(kg):
    return draft_of(kg, BONDS, "r30-bonds")


def test_a_bond_short_name_is_a_product_issued_by_the_company(bonds):
    got = {e.label: e for e in _of(bonds, "Product")}
    assert {"25 Hengyu 01", "26 Hengyu G1"} <= set(got)
    assert len(got["26 Hengyu G1"].mentions) == 2
    assert _objects(bonds, got["25 Hengyu 01"], "issuedBy") == {
        "Shandong Hengyu Aluminium Group Co., Ltd."}
    # a day is no bond
    assert not [label for label in got if "March" in label]
