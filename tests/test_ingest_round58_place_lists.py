"""Round 58, places a list introduces: a line that names "the cities within" a province (or
"the province's cities") and then, over its next sentences, the cities the graph holds to be in
it restates each as in the province (rule ``graph:located-in-list``); a line that names the
province without such a list noun, and a city of it in the next sentence, restates nothing (rule
``graph:located-in-paragraph`` keeps to one sentence). On short texts written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

RULE = "graph:located-in-list"


def _located(kg, text: str) -> set:
    """(place label, place label, rule) of the draft's locatedIn statements between places."""
    draft = draft_of(kg, text, "round58-place-lists", "round58.txt",
                     today=dt.date(2028, 6, 1))
    by_iri = {e.iri: e for e in draft.entities.values()}
    return {(e.label, by_iri[o].label if o in by_iri else str(o), r.split("@", 1)[0])
            for e in draft.entities.values() for p, o, _, r in e.statements
            if str(p).endswith("#locatedIn")}


def test_cities_a_list_introduces_over_several_sentences(snapshot_kg):
    text = ("Light alloy plan for the west\n\n"
            "The plan shares its projects among the cities within Shaanxi Province. Rolling mills "
            "go to Tongchuan first. Casting shops follow in Weinan, and a test centre in "
            "Shangluo closes the list.\n")
    got = _located(snapshot_kg, text)
    for city in ("Tongchuan", "Weinan", "Shangluo"):
        assert any(a == city and r == RULE for a, _, r in got), got


def test_a_province_named_without_a_list_places_no_city(snapshot_kg):
    text = ("Light alloy plan for the west\n\n"
            "The industry office of Shaanxi Province issued its yearly plan on Friday. "
            "Rolling mills go to Tongchuan first, and casting shops follow later.\n")
    got = _located(snapshot_kg, text)
    assert not any(a == "Tongchuan" and r == RULE for a, _, r in got), got
    assert not any(a == "Tongchuan" and r == "graph:located-in-paragraph" for a, _, r in got), got
