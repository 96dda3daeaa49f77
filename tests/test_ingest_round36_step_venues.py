"""Round 36, where a step still to come is held when its own clause says so: "The Bureau will
hold a refresher course for furnace operators in Hanzhong" (events/step_venues.py, rule
``event:step-venue@0.5``): the place after the step's plan word, a verb of
``data/step-venue-verbs.txt`` and "in" is where the step happens; a place in the step's
subject ("its new casting line in Ankang is due to start") is none."""
from __future__ import annotations

from hostile_drafts import draft_of, parsed, pairs, snapshot_kg  # noqa: F401

NOTICE = """Shaanxi Provincial Bureau of Nonferrous Safety

Notice on the Autumn Review of Lead and Zinc Smelters

To the smelters concerned:

Nine smelters sent in their safety records by 20 October. Two of them had not trained their
furnace crews since last year.

1. The Bureau will hold a refresher course for furnace operators in Hanzhong in March 2027.
2. Qinling Zinc's new casting line in Ankang is due to start in June 2027.

Shaanxi Provincial Bureau of Nonferrous Safety
3 December 2026
"""


def test_the_place_a_planned_step_is_held_in(snapshot_kg):
    d = draft_of(snapshot_kg, NOTICE, "t-r36-step-venue")
    got = pairs(parsed(d), "heldIn")
    assert any("refresher course" in e.lower() and p == "Hanzhong" for e, p in got), got
    # the casting line is in Ankang; its start is not "held" there
    assert not any(p == "Ankang" for _, p in got), got
    # since round 60 the course is also an event of its own noun (events/bare_nouns), whose
    # rules may place it first; the venue, not the rule that proposed it, is what a user sees
