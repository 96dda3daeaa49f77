"""`kg ingest`: works named in lower case by their head noun right after a verb that starts,
plans or builds them (events/started_works.py), read from short texts written for these tests
(own words; invented companies, hospitals and products).

* "will start a trial of X", "Begin, together with Y, a study of X", "plans to build a pilot line
  for X": each a new project labelled by its head and what it is of or for ("Trial of a coated
  zirconium knee joint"), the printed phrase an alias, with the metal it names.
* Not: a denied one ("will not start a trial of ..."), one of a pronoun ("start a study of
  it"), nor a trial or line with no verb before it ("the trial of the new joint ended")."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

TEXT = """Nanhu Orthopaedic Materials Co., Ltd. and the Lakeside Union Hospital agreed on
12 May 2026 to work together on implants.

The hospital will start a trial of a coated zirconium knee joint in the autumn. The company
plans to build a pilot line for porous titanium spinal cages at its Wuhu works next year.
Begin, together with Jianghan Polytechnic, a study of silver-doped dressings for burns.
"""

NOT = """Nanhu Orthopaedic Materials Co., Ltd. said on 12 May 2026 that it will not start a
trial of a cobalt-chromium hip stem this year. It may start a study of it later.
The trial of the new titanium joint ended in March. The production line was quiet.
"""


def _works(draft) -> dict:
    return {e.label: e for e in draft.new() if e.rule == "project:started-work"}


@pytest.fixture(scope="module")
def started(kg):
    return draft_of(kg, TEXT, "started-works", name="started.txt")


@pytest.fixture(scope="module")
def not_started(kg):
    return draft_of(kg, NOT, "started-works-not", name="not-started.txt")


def test_a_started_trial_study_and_line_are_projects(started):
    got = _works(started)
    assert {"Trial of a coated zirconium knee joint",
            "Pilot line for porous titanium spinal cages",
            "Study of silver-doped dressings for burns"} <= set(got)
    for ent in got.values():
        assert ent.cls == NFO.Project
    assert "a trial of a coated zirconium knee joint" in \
        got["Trial of a coated zirconium knee joint"].aliases


def test_the_work_concerns_the_metal_it_names(started):
    got = _works(started)
    metals = {str(o).rsplit("/", 1)[-1] for p, o, _, _ in
              got["Pilot line for porous titanium spinal cages"].statements
              if p == NFO.concernsMetal}
    assert "metal-titanium" in metals


def test_no_work_denied_of_a_pronoun_or_without_a_verb(not_started):
    assert _works(not_started) == {}
