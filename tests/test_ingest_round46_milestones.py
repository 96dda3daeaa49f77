"""Round 46, milestones: a delivery told in the paragraph of the agreement it falls under, in a
text whose headline names no agreement, is a step of that agreement (relations/
delivery_agreements.py, rule ``topic:delivery-agreement-paragraph``); a day that comes back
each year ("by 31 January each year") makes no milestone (future_steps, deadlines); a phase of a
project "planned for 2027" is the phase once, dated, not a second milestone for the clause
(events/project_twins.py). On short texts written for this file (invented companies)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

ABOUT = "https://w3id.org/nfkg/ontology#about"
PLANNED = "https://w3id.org/nfkg/ontology#plannedDate"


def _draft(kg, text: str, doc_id: str = "round46-milestones"):
    return draft_of(kg, text, doc_id, "round46.txt", today=dt.date(2026, 12, 5))


def _milestones(draft) -> list:
    return [e for e in draft.new() if str(e.cls).endswith("#Milestone")]


def _about(draft, start: str) -> set:
    """The labels of what the milestones whose label starts with ``start`` are about."""
    steps = [e for e in draft.new() if e.label.startswith(start)]
    assert steps, f"no milestone {start!r} in {[e.label for e in draft.new()]}"
    return {draft.entities[o].label for e in steps for p, o, _, _ in e.statements
            if str(p) == ABOUT and o in draft.entities}


def _agreement(draft) -> str:
    found = [e.label for e in draft.new() if str(e.cls).endswith("#Agreement")]
    assert len(found) == 1, found
    return found[0]


# --- 1. a delivery in the agreement's own paragraph ------------------------------------------
_NEWS = ("Kestrow Aluminium Lifts Output at Its Riverside Smelter\n\n"
         "Kestrow Aluminium Co., Ltd. said on 2 December 2026 that its Riverside smelter ran "
         "at full load in November after the new potline was tuned.\n\n"
         "The company also signed a three-year supply contract with Ambry Wheels Co., Ltd. for "
         "alloy ingot on Monday. The first 4,000 tonnes arrive in March 2027.\n\n"
         "Kestrow's chairman said the smelter would keep a quarter of its metal for its own "
         "rolling mill.\n")


def test_delivery_in_the_contracts_paragraph_is_about_the_contract(snapshot_kg):
    """A works' news (its headline names no agreement): "The first 4,000 tonnes arrive in March
    2027" right after the supply contract, in its paragraph, is a step of that contract."""
    d = _draft(snapshot_kg, _NEWS)
    assert _about(d, "The first 4,000 tonnes") == {_agreement(d)}


def test_delivery_in_the_paragraph_is_a_weaker_guess_than_the_headlines(snapshot_kg):
    """Its rule says where it came from, at a lower confidence than a headline's."""
    d = _draft(snapshot_kg, _NEWS)
    rules = {r for e in d.new() if e.label.startswith("The first 4,000 tonnes")
             for p, _, _, r in e.statements if str(p) == ABOUT}
    assert rules == {"topic:delivery-agreement-paragraph@0.5"}, rules


_APART = ("Kestrow Aluminium Lifts Output at Its Riverside Smelter\n\n"
          "Kestrow Aluminium Co., Ltd. signed a three-year supply contract with Ambry Wheels "
          "Co., Ltd. for alloy ingot on Monday.\n\n"
          "Separately, the company is adding a casting line for a carmaker in the south. The "
          "first 4,000 tonnes arrive in March 2027.\n")


def test_delivery_in_another_paragraph_is_not_guessed(snapshot_kg):
    """The contract's paragraph has ended: a later paragraph's delivery (another deal's, as
    likely) is not made a step of it in a text whose headline names no agreement."""
    d = _draft(snapshot_kg, _APART)
    assert _agreement(d) not in _about(d, "The first 4,000 tonnes")


# --- 2. a day that comes back each year --------------------------------------------------------
_YEARLY = ("Rules for the Brindle County Metal Recycling Register\n\n"
           "1. Each registered yard shall report its scrap intake to the county bureau by 31 "
           "January each year.\n\n"
           "2. The county bureau will publish the first register in March 2027.\n")


def test_a_day_each_year_makes_no_milestone(snapshot_kg):
    """"shall report ... by 31 January each year": a standing duty, no one step; the register
    published in March 2027 is one."""
    d = _draft(snapshot_kg, _YEARLY)
    labels = [e.label for e in _milestones(d)]
    assert not any("intake" in x or "report" in x.lower() for x in labels), labels
    assert any("publish the first register" in x for x in labels), labels


def test_a_deadline_each_year_makes_no_deadline(snapshot_kg):
    """A thing handed in "by 31 March of each year" sets no deadline milestone."""
    text = ("Notice of the Brindle County Bureau on Yard Reports\n\n"
            "Registered yards shall submit a self-check report to the bureau by 31 March of "
            "each year.\n")
    d = _draft(snapshot_kg, text)
    assert not [e.label for e in _milestones(d)], [e.label for e in _milestones(d)]


# --- 3. a phase planned: the phase once ------------------------------------------------------
_PHASE = ("Lorvane Metals Starts Copper Smelter\n\n"
          "NINGHAI, 3 December 2026 -- Lorvane Metals Co., Ltd. said on Tuesday that it has begun "
          "building a 200,000-tonne copper smelter in Ninghai County. The second phase is "
          "scheduled for completion at the end of 2027.\n")


def test_planned_phase_is_dated_once(snapshot_kg):
    """"The second phase is scheduled for completion at the end of 2027": the phase (a project)
    carries the planned year; no second milestone repeats it."""
    d = _draft(snapshot_kg, _PHASE)
    phases = [e for e in d.new() if "phase" in e.label.lower()]
    assert phases, [e.label for e in d.new()]
    assert any(str(o) == "2027" for e in phases for p, o, _, _ in e.statements
               if str(p) == PLANNED), [(e.label, e.statements) for e in phases]
    assert not any(e.label.lower().startswith("the second phase") for e in _milestones(d)), \
        [e.label for e in _milestones(d)]


def test_a_project_that_plans_keeps_its_step(snapshot_kg):
    """A project named as the actor of a plan ("X plans to break ground in March 2027") is no
    phase dated by the clause: the step stays a milestone."""
    text = ("Ninghai Lists Its Key Projects\n\n"
            "The 200,000-tonne copper smelter of Lorvane Metals Co., Ltd. is on the county's "
            "list. The 50,000-tonne foil line plans to break ground in March 2027.\n")
    d = _draft(snapshot_kg, text)
    assert any("break ground" in e.label for e in _milestones(d)), \
        [e.label for e in d.new()]


def test_a_phase_told_with_its_size_is_dated_once(snapshot_kg):
    """"A second phase of 6,000 racks is to start construction in March 2027": the words of its
    size between the phase and its plan word do not make the clause a second milestone."""
    text = ("Harlow Computing Park Opens First Phase\n\n"
            "HARLOW, 3 December 2026 -- The first phase of the Harlow Computing Park project went "
            "into service on Tuesday, with 4,000 racks in two halls. It was built by Harlow Data "
            "Park Co., Ltd. A second phase of 6,000 racks is to start construction in March "
            "2027.\n")
    d = _draft(snapshot_kg, text)
    assert not any(e.label.lower().startswith("a second phase") for e in _milestones(d)), \
        [e.label for e in _milestones(d)]
    phases = [e for e in d.new() if "second phase" in e.label.lower()]
    assert any(str(p) == PLANNED for e in phases for p, _, _, _ in e.statements), \
        [(e.label, e.statements) for e in phases]
