"""Round 58, places the graph already knows: a city is restated as in its province (rule
``graph:located-in-paragraph``) when one sentence names both ("copper recyclers in the
province, led by those of its capital"), not when the province is named in one sentence of a
paragraph and the city in the next (a notice that names its province and then a works in one
of its cities states nothing about where the city is: dev sets 2-144, 19 such pairs, none
recorded by the gold). On short texts written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

RULE = "graph:located-in-paragraph"


def _located(kg, text: str) -> set:
    """(place label, place label, rule) of the draft's locatedIn statements between places."""
    draft = draft_of(kg, text, "round58-place-sentences", "round58.txt",
                     today=dt.date(2028, 6, 1))
    by_iri = {e.iri: e for e in draft.entities.values()}
    return {(e.label, by_iri[o].label if o in by_iri else str(o), r.split("@", 1)[0])
            for e in draft.entities.values() for p, o, _, r in e.statements
            if str(p).endswith("#locatedIn")}


def test_a_city_and_its_province_in_one_sentence_are_restated(snapshot_kg):
    text = ("Spring output of light metal recyclers\n\n"
            "Copper recyclers across Anhui Province, led by the larger works around Hefei, raised "
            "their output by a tenth in the spring quarter, the trade group said.\n")
    got = _located(snapshot_kg, text)
    assert ("Hefei", "Anhui Province", RULE) in got, got


def test_a_province_in_one_sentence_places_no_city_of_the_next(snapshot_kg):
    text = ("Spring output of light metal recyclers\n\n"
            "The trade group of Anhui Province published its quarterly review on Monday. "
            "A copper recycler in Hefei lit a second furnace in May, and two others are "
            "waiting for permits.\n")
    got = _located(snapshot_kg, text)
    assert not any(a == "Hefei" and r == RULE for a, _, r in got), got
