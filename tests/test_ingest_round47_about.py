"""Round 47, about: a step or other event whose own words point back at a works or fund by a
common noun ("The line was restored on Monday", "The fund will be registered in March") is
about the latest thing named before it with that head noun (relations/step_referents.py, rule
``topic:step-referent@0.6``); the noun after "at", "from", "with" ... is a place or a partner
("trained at the plant"), no topic; a plural ("the plants") is several things, none. On short
texts written for this file (invented companies)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

ABOUT = "https://w3id.org/nfkg/ontology#about"


def _draft(kg, text: str, doc_id: str = "round47-about"):
    return draft_of(kg, text, doc_id, "round47.txt", today=dt.date(2026, 12, 5))


def _about(draft, start: str) -> set:
    """The labels of what the events whose label starts with ``start`` are about."""
    events = [e for e in draft.new() if e.label.lower().startswith(start.lower())]
    assert events, f"no event {start!r} in {[e.label for e in draft.new()]}"
    return {draft.entities[o].label for e in events for p, o, _, _ in e.statements
            if str(p) == ABOUT and o in draft.entities}


def _rules(draft) -> set:
    return {r for e in draft.new() for p, _, _, r in e.statements if str(p) == ABOUT}


_LINE = ("Corvane Alloys restarts its Tessel rolling line\n\n"
         "Brackwater, 24 November 2026 -- Corvane Alloys Co., Ltd. said its cold rolling line "
         "in Tessel stopped on Friday after a transformer fault.\n\n"
         "The line was restored at 10:20 on Monday, 23 November, and the company expects full "
         "output this week.\n")


def test_the_line_restored_is_about_the_line_named_before(snapshot_kg):
    """"The line was restored on Monday": about the cold rolling line of the sentence before."""
    draft = _draft(snapshot_kg, _LINE)
    got = _about(draft, "The line was restored")
    assert any("rolling line" in label.lower() for label in got), got


_FUND = ("Three investors set up the Wenmar Metals Fund\n\n"
         "Dovel, 2 December 2026 -- The Wenmar Metals Fund was set up by three investors in "
         "November with 2 billion yuan of committed capital.\n\n"
         "The fund will be registered in Dovel County before the end of March 2027.\n")


def test_a_future_step_of_the_fund_is_about_the_fund(snapshot_kg):
    """A planned step whose subject is "The fund" is about the Wenmar Metals Fund."""
    draft = _draft(snapshot_kg, _FUND)
    got = _about(draft, "The fund will be registered")
    assert "Wenmar Metals Fund" in got, got


_AT_PLANT = ("Harlow Zinc trains new hands\n\n"
             "Orsley, 1 December 2026 -- Harlow Zinc Co., Ltd. opened its Orsley zinc plant "
             "in 2019.\n\n"
             "In 2024 an engineer from Dunmere who trained at the plant became its first "
             "female shift leader.\n")


def test_a_noun_after_at_is_a_place_not_a_topic(snapshot_kg):
    """"an engineer who trained at the plant": the plant is where, not what the event is
    about: no step-referent reading."""
    draft = _draft(snapshot_kg, _AT_PLANT)
    assert "topic:step-referent@0.6" not in _rules(draft)


_OTHER_PROJECT = ("Pellan Copper widens its programme\n\n"
                  "Ravensby, 3 December 2026 -- Pellan Copper Co., Ltd. said its deep ore "
                  "exploration project at the Ravensby mine would end in 2027.\n\n"
                  "The copper foil project was started on 18 March 2026, the company said.\n")


def test_a_noun_with_other_words_is_not_the_last_project(snapshot_kg):
    """"The copper foil project was started": the words before the noun are not those of the
    exploration project named before, so the step is not made about it by this rule."""
    draft = _draft(snapshot_kg, _OTHER_PROJECT)
    wrong = {e.label for e in draft.new() for p, o, _, r in e.statements
             if str(p) == ABOUT and r == "topic:step-referent@0.6"}
    assert not wrong, wrong


_OFFICE = ("Longvale mine site to host a museum\n\n"
           "Longvale, 2 December 2026 -- Corbel Bauxite Co., Ltd. closed its Longvale bauxite "
           "mine in 2020 after forty years of open-pit work.\n\n"
           "The mine office was turned into a museum of bauxite mining in May 2025.\n")


def test_a_noun_that_modifies_another_is_no_referent(snapshot_kg):
    """"The mine office was turned into a museum": the noun names the office, not the mine."""
    draft = _draft(snapshot_kg, _OFFICE)
    assert "topic:step-referent@0.6" not in _rules(draft)
