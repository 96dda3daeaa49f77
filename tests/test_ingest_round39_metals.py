"""`kg ingest`: round 39's readings of what metal a thing concerns, from short articles written
for these tests (own words; invented companies, people and figures).

* A kind of goods read from its head noun ("high-strength copper alloy strip", names/
  concepts.py) keeps the metal of its sentence (relations/same_sentence.py): the five curated
  sources keep that pair (a round-39 rule that dropped it raised the writers' sets' relation
  precision but cut the leave-one-out relation recall from 0.505 to 0.494, and was undone).
* A company concerns the metal of a facility it owns, named by the metal ("owns a primary
  magnesium smelter in A and an alumina refinery in B": alumina too, relations/
  business_metals.facility_metals); not the metal printed inside another company's name."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

STRIP = """Hubei Tongxin starts shipping strip to carmakers

WUHAN, March 3 -- Hubei Tongxin New Materials Co., Ltd. began shipping high-strength copper
alloy strip to two carmakers in Wuhan on Monday, the company said.

Its general manager, Peng Lixin, said orders had doubled since January.
"""

PLANTS = """Fugu smelter switches to semi-coke gas

YULIN, May 6 -- Shaanxi Qinxin Light Metals Co., Ltd. owns a primary magnesium smelter in
Fugu County and an alumina refinery in Xiaoyi, Shanxi. The company said on Tuesday that the
smelter would switch its reduction furnaces to semi-coke gas by August.

The refinery is not affected. Its manager, Ding Ruohan, said the plan had been approved by
the board.
"""

OTHER = """Hanzhong buyer signs for smelter output

HANZHONG, June 9 -- Hanzhong Ruida Trading Co., Ltd. signed a two-year offtake contract on
Monday for the output of the smelter of Mianxian Hongye Zinc Co., Ltd., the two companies said.
"""


def _metals(draft) -> dict:
    """{(class name, label): {metal slugs}} of the draft's links to metals."""
    out = {}
    for e in draft.entities.values():
        for p, o, _, _ in e.statements:
            if p == NFO.concernsMetal:
                key = (str(e.cls).rsplit("#", 1)[-1], e.label)
                out.setdefault(key, set()).add(str(o).rsplit("/", 1)[-1])
    return out


@pytest.fixture(scope="module")
def strip(kg):
    return draft_of(kg, STRIP, "round39-strip", name="strip.txt")


def test_goods_named_by_their_head_noun_keep_the_metal_of_their_sentence(strip):
    products = [e for e in strip.entities.values() if str(e.cls).endswith("#Product")]
    assert products, "the strip is still drafted as a product"
    assert any(cls == "Product" and "metal-copper" in metals
               for (cls, _), metals in _metals(strip).items()), _metals(strip)


@pytest.fixture(scope="module")
def plants(kg):
    return draft_of(kg, PLANTS, "round39-plants", name="plants.txt")


@pytest.fixture(scope="module")
def other(kg):
    return draft_of(kg, OTHER, "round39-other", name="other.txt")


def test_company_concerns_the_metal_of_the_facility_it_owns(plants):
    got = _metals(plants).get(("Company", "Shaanxi Qinxin Light Metals Co., Ltd."), set())
    assert {"metal-primary-magnesium", "metal-alumina"} <= got


def test_no_metal_from_another_company_name_in_the_facility(other):
    assert "metal-zinc" not in _metals(other).get(("Company", "Hanzhong Ruida Trading Co., Ltd."),
                                                  set())
