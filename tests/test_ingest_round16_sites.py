"""`kg ingest` round 16, sites and projects helper: facilities (sites) and the projects that
build or change them, read from short texts written for these tests (own words; invented
companies, places and figures, other metals and countries than the dev sets).

* A facility named by its capacity ("a 90,000-tonne nickel matte smelter") is a project while
  its sentence speaks of planning, building, money or the future, and a site at work when a
  verb of running or a definite determiner stands before it and nothing of the kind is said."""
from __future__ import annotations

import pytest

from kg.ingest.names.capacities import capacity_projects


def _classes(text):
    return [(c.label, c.cls) for c in capacity_projects(text)]


@pytest.mark.parametrize("text,label", [
    ("Norvik Metals operates a 90,000-tonne-a-year nickel matte smelter near Harjavalta and "
     "sells the matte to Japan.", "90,000-tonne-a-year nickel matte smelter"),
    ("The cobalt is refined at its 12,000 t/a cobalt sulphate plant, which employs 400 people.",
     "12,000 t/a cobalt sulphate plant"),
    ("Power prices hit margins at the 250,000-tonne aluminium smelter last quarter.",
     "250,000-tonne aluminium smelter"),
    ("Andes Cobre owns a 3 million tonnes a year copper mine in Atacama.",
     "3 million tonnes a year copper mine"),
    ("Output at Kestrel Power's 600 MW hydropower station fell by a fifth in April.",
     "600 MW hydropower station"),
])
def test_a_facility_at_work_named_by_its_capacity_is_a_site(text, label):
    assert (label, "Site") in _classes(text), _classes(text)


@pytest.mark.parametrize("text,label", [
    ("Norvik Metals will build a 90,000-tonne nickel matte smelter near Harjavalta.",
     "90,000-tonne nickel matte smelter"),
    ("The group signed a deal for a 40,000-tonne lithium hydroxide plant with an investment of "
     "2 billion yuan.", "40,000-tonne lithium hydroxide plant"),
    ("Andes Cobre is studying a 3 million tonnes a year copper mine in Atacama.",
     "3 million tonnes a year copper mine"),
    ("Construction of the 250,000-tonne aluminium smelter is due to finish in 2028.",
     "250,000-tonne aluminium smelter"),
    ("Its new 5,000-tonne titanium sponge line runs on hydropower.",
     "5,000-tonne titanium sponge line"),
    # no verb of running and no determiner: left a project, as before
    ("A 30,000-tonne zinc oxide kiln, Qiaotou's second, sits beside the river.",
     "30,000-tonne zinc oxide kiln"),
])
def test_a_facility_planned_built_or_changed_is_a_project(text, label):
    assert (label, "Project") in _classes(text), _classes(text)


def test_a_project_head_stays_a_project_whatever_its_verb():
    assert _classes("Norvik runs the 90,000-tonne nickel smelting project.") == [
        ("90,000-tonne nickel smelting project", "Project")]
