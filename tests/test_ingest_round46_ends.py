"""`kg ingest`: round 46's works a clause sets ahead with a verb of building, opening or starting
(events/project_nouns.py, rule ``project:noun-phrase``; names/placed_sites.py): "plans to build
a shared scrap sorting point in X next year", "would open a welding training centre in Y in the
second quarter of 2027", "will start a new melting line", "should create a single mine data
platform" are projects (curators record the works, with its planned date, as well as the step),
the step's milestone stays. A phrase that runs on to a later head ("a single mine data
platform", "a copper mine project") is read to that head, not cut at the first one ("Single
mine"). An arrangement ("will set up a chain-leader system"), a centre opened in the past and a
works named after no verb of building draft no project. Short texts written for these tests (own
words; invented companies and places)."""
from __future__ import annotations

import datetime as dt

import pytest

from tests.hostile_drafts import draft_of

PLANS = """Tarnwell Metals widens its Brackley works

BRACKLEY, 3 December 2026 -- Tarnwell Metals Co., Ltd. said on Thursday that it plans to build a
shared scrap sorting point in Brackley next year. The company would also open a welding training
centre in Ostwick in the second quarter of 2027, and will start a new melting line with an annual
capacity of 20,000 tonnes in March 2027.

The natural resources department of Drenford should create a single mine data
platform with the ecology department next year. Halvey Group will build a copper mine project in
Upper Brisk in 2027.
"""

OTHERS = """Drenford notes

DRENFORD, 3 December 2026 -- The province will set up a chain-leader system in which Halvey Group
takes the lead for copper. Tarnwell Metals Co., Ltd. opened a welding training centre in Ostwick in
2019, and its apprentices now number 300. The old sorting point in Brackley handled 40,000 tonnes
of scrap this year.
"""


@pytest.fixture(scope="module")
def plans(kg):
    return draft_of(kg, PLANS, "round46-ends-plans", name="plans.txt", today=dt.date(2026, 12, 5))


@pytest.fixture(scope="module")
def others(kg):
    return draft_of(kg, OTHERS, "round46-ends-others", name="others.txt",
                    today=dt.date(2026, 12, 5))


def _of_class(draft, cls: str) -> dict:
    return {e.label: e for e in draft.new() if str(e.cls).endswith("#" + cls)}


def _values(ent, pred: str) -> set:
    return {str(o) for p, o, _, _ in ent.statements if str(p).endswith("#" + pred)}


def _objects(draft, ent, pred: str) -> set:
    return {draft.entities[o].label for p, o, _, _ in ent.statements
            if str(p).endswith("#" + pred) and o in draft.entities}


def test_a_works_to_be_built_is_a_project_with_its_planned_date(plans):
    projects = _of_class(plans, "Project")
    point = projects.get("Shared scrap sorting point in Brackley")
    assert point is not None, sorted(projects)
    assert "Brackley" in _objects(plans, point, "locatedIn")
    assert _values(point, "plannedDate") == {"2027"}


def test_the_step_s_milestone_stays_beside_the_project(plans):
    steps = [e for e in _of_class(plans, "Milestone").values()
             if "scrap sorting point" in e.label]
    assert steps, sorted(_of_class(plans, "Milestone"))
    assert any("Shared scrap sorting point in Brackley" in _objects(plans, e, "about")
               for e in steps)


def test_a_centre_to_be_opened_is_a_project_not_a_site(plans):
    assert "Welding training centre in Ostwick" in _of_class(plans, "Project")
    assert not any("training" in label for label in _of_class(plans, "Site"))


def test_a_new_line_to_be_started_keeps_new_in_its_label(plans):
    assert "New melting line" in _of_class(plans, "Project"), sorted(_of_class(plans, "Project"))


def test_a_phrase_is_read_to_its_last_head(plans):
    projects = _of_class(plans, "Project")
    assert "Single mine data platform" in projects, sorted(projects)
    assert "Copper mine project" in projects, sorted(projects)
    assert "Single mine" not in projects and "Copper mine" not in projects


def test_an_arrangement_a_past_opening_and_a_works_at_work_are_no_projects(others):
    assert _of_class(others, "Project") == {}, sorted(_of_class(others, "Project"))
