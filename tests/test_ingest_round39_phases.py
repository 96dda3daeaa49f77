"""`kg ingest`: the numbered phases of a project (events/project_nouns.py), a company's base called
by its place and a facility it "added" (names/facility_nouns.py), read from short texts
written for these tests (own words; invented companies, parks and figures).

* "Phase I, with ...", "Phase II will follow", "phase 3 of the X project": each a new project,
  "Phase II" its alias, part of the project named before it (the base built "in the X Park", not
  the park); "Phase I" and "the first phase" only where the text names a later phase.
* Not: "the phase II workshops", "Phase II plant" (a modifier of a noun); a lone "Phase I" or
  "the first phase" with no later phase (most often the project itself, at work)."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

BASE = """Hualong Copper Co., Ltd. will build a copper foil base in the Linhai Industrial Park,
in two phases, for about 3 billion yuan.

Phase I, with 20,000 tonnes of copper foil a year, is to start construction in March 2027.
Phase II will follow by 2029. The phase II workshops will be leased to suppliers.
"""

ALONE = """Qiaotou Zinc Co., Ltd. will build a zinc oxide recovery line in the Dongtan Industrial
Park.

Phase I of the Dongtan park opened in 2019. The first phase of the park now holds nine
firms.
"""


def _phases(draft) -> dict:
    return {e.label: e for e in draft.new() if e.rule == "project:phase"}


def _parts(draft, ent) -> set:
    return {draft.entities[o].label for p, o, _, _ in ent.statements
            if p == NFO.partOfProject and o in draft.entities}


@pytest.fixture(scope="module")
def base(kg):
    return draft_of(kg, BASE, "phases-base", name="base.txt")


@pytest.fixture(scope="module")
def alone(kg):
    return draft_of(kg, ALONE, "phases-alone", name="alone.txt")


def test_numbered_phases_are_parts_of_the_project(base):
    got = _phases(base)
    by_alias = {a: e for e in got.values() for a in e.aliases}
    assert {"Phase I", "Phase II"} <= set(by_alias)
    for alias in ("Phase I", "Phase II"):
        ent = by_alias[alias]
        assert ent.cls == NFO.Project
        assert any("copper foil base" in p.lower() for p in _parts(base, ent))


def test_phase_as_modifier_is_no_phase(base):
    # "The phase II workshops": the same Phase II at most, no phase of its own
    assert len(_phases(base)) == 2


def test_first_phase_alone_is_no_phase(alone):
    assert _phases(alone) == {}


# a company's base called by its place (names/facility_nouns.py, the head "base" of kind "town")
BASES = """Hengda Magnesium reviews its works

Hengda Magnesium Co., Ltd. said on Monday that its Fugu base had passed a safety review.
The company also runs a casting workshop at its base in Shenmu County.

Its customer base grew in 2026, and a trading firm bought the base in Yunnan.
"""


@pytest.fixture(scope="module")
def bases(kg):
    return draft_of(kg, BASES, "phases-bases", name="bases.txt")


def _sites(draft) -> dict:
    return {e.label: e for e in draft.new() if e.cls == NFO.Site}


def _objects(draft, ent, pred) -> set:
    return {draft.entities[o].label if o in draft.entities else str(o).rsplit("/", 1)[-1]
            for p, o, _, _ in ent.statements if p == pred}


def test_base_called_by_its_place(bases):
    fugu = [e for e in _sites(bases).values() if "Fugu base" in e.aliases]
    assert len(fugu) == 1
    assert _objects(bases, fugu[0], NFO.ownedBy) == {"Hengda Magnesium Co., Ltd."}
    assert "fugu-county" in {str(o).rsplit("/", 1)[-1] for p, o, _, _ in fugu[0].statements
                             if p == NFO.locatedIn}


def test_base_with_its_place_after_in(bases):
    got = [e for e in _sites(bases).values() if "base in Shenmu County" in e.aliases]
    assert len(got) == 1
    assert _objects(bases, got[0], NFO.ownedBy) == {"Hengda Magnesium Co., Ltd."}


def test_base_of_customers_or_a_metal_is_no_site(bases):
    assert not any("customer" in e.label.lower() or "Yunnan" in e.label
                   for e in _sites(bases).values())


# a facility a company "added" is one it has (data/facility-have-verbs.txt, round 39)
ADDED = """Hegou Town reviews 2026

Weihe Magnesium Co., Ltd. added a die-casting workshop for magnesium alloy frames in June, and
the town added a clause to its rules.
"""


def test_facility_added_by_a_company(kg):
    draft = draft_of(kg, ADDED, "phases-added", name="added.txt")
    got = [e for e in _sites(draft).values() if "die-casting workshop" in e.aliases]
    assert len(got) == 1
    assert _objects(draft, got[0], NFO.ownedBy) == {"Weihe Magnesium Co., Ltd."}
