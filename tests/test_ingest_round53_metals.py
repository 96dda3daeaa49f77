"""Round 53 (metals): what a trade body concerns, on short texts written for this file
(invented chambers and associations): an association or chamber concerns the metals a sentence
it opens names, by its name or by "the Chamber" / "the Association" after it
(relations/association_metals.py); not a metal printed inside a member's name, and not a metal
of a sentence the body does not open."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "org:association-metal"


def _draft(kg, text: str, doc_id: str = "round53-metals"):
    return draft_of(kg, text, doc_id, "round53.txt", today=dt.date(2026, 12, 1))


_CHARTER = """Service Pledge of the Wenling Scrap Metals Trade Chamber of Commerce

Adopted by the members' meeting on 2 November 2026

The Wenling Scrap Metals Trade Chamber of Commerce was set up in 2019 by dealers of the city.

Article 1  The Chamber brings together private firms that collect, sort and remelt scrap copper
           and tin in Wenling and the nearby towns of the coast.

Article 2  Members of the Chamber pledge to weigh fairly. Dunxi Magnesium Co., Ltd. and
           other firms joined the pledge in October; the city also buys nickel for its mint.
"""


def test_the_chamber_concerns_the_metals_of_the_sentence_it_opens(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _CHARTER), _RULE, "concernsMetal")
    (body, metals), = got.items()
    assert "Chamber" in body
    assert {"Copper", "Tin"} <= {m for m in metals if m}


def test_not_a_members_name_nor_a_sentence_it_does_not_open(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _CHARTER), _RULE, "concernsMetal")
    metals = {m for ms in got.values() for m in ms if m}
    assert "Magnesium" not in metals and "Nickel" not in metals


_REVIEW = """Results of the 2026 Assessment of Social Organizations

Dongshan, 4 December 2026

(1) The Dongshan Nonferrous Metals Industry Association, with 90 member units, reported that
    its monthly figures on antimony and tungsten output were used by the city government.
(2) A report by the city bureau on lithium prices was sent to all members.
"""


def test_an_association_opening_an_item_concerns_its_metals(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _REVIEW), _RULE, "concernsMetal")
    metals = {m for ms in got.values() for m in ms if m}
    assert {"Antimony", "Tungsten"} <= metals
    assert "Lithium" not in metals
