"""`kg ingest`: an exhibition named "... Exposition" (the long form of "Expo") is drafted by its
name, after round 39's read-through of the held-out sets (a short article written for this test:
own words, invented fair, bodies and dates).

Before, "Exposition" was no head of a name (data/name-heads.txt had "Expo" and "Exhibition"), so
the fair was drafted only as a clause ("... Exposition will be held in X", a planned step), its
host and organiser were lost, and a "China" opening the fair's name was linked to the country."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

FAIR = """Notice on the 2027 Fair

To all member units:

The 2027 China Western Light Alloy Processing Equipment
Exposition will be held in Xi'an from 20 to 22 May 2027. It is hosted by
Shaanxi Qinfeng Light Metals Co., Ltd. and organised by Xi'an Lianhui Exhibition Service Co., Ltd.
Companies wishing to exhibit should reply before 31 January 2027.
"""


@pytest.fixture(scope="module")
def fair(kg):
    return draft_of(kg, FAIR, "round39-exposition", name="fair.txt")


def _named(draft, word):
    return [e for e in draft.entities.values() if word in e.label]


def test_an_exposition_is_drafted_by_its_name_as_an_exhibition(fair):
    fairs = [e for e in _named(fair, "Exposition") if str(e.cls).endswith("#Exhibition")]
    assert fairs, [(e.label, str(e.cls)) for e in fair.entities.values()]
    label = fairs[0].label
    assert label.endswith("Light Alloy Processing Equipment Exposition"), label
    assert "will be held" not in label
    preds = {p for p, _, _, _ in fairs[0].statements}
    assert NFO.heldIn in preds, preds


def test_the_country_opening_the_expositions_name_is_not_linked(fair):
    assert not [e for e in fair.entities.values() if e.label == "China"]
