"""Round 36, plans named in running text by a phrase in lower case (names/running_plans.py): "the
comprehensive emergency plan (edition 3)", "X's tailings pond emergency plan", "the 2028
overhaul plan of X Co., Ltd.", "a restructuring plan of X": a new plan, issued by the
organisation that owns it or about the one it is done to; not a bare "the plan", not a plan
"X" only supposes, not one whose words say nothing of what it is for, and no guesses from its
sentence's places and metals."""
from __future__ import annotations

import pytest
from hostile_drafts import draft_of
from kg.ingest.terms import NFO

TEXT = """Luoning Hengfa Zinc Co., Ltd. updates its safety documents

Luoning, 9 April 2028 - Luoning Hengfa Zinc Co., Ltd. told the county bureau on Friday that its
comprehensive emergency plan (edition 3) was put to use in a drill last week. The Luoning Hengfa
Zinc tailings pond emergency plan was rewritten after a drill in March.

The 2028 overhaul plan of Luoning Hengfa Zinc Co., Ltd. runs for six weeks at its zinc roasters
in Luoning and Yiyang. Creditors of Ruyang Baofeng Lead Co., Ltd. voted for the restructuring plan of Ruyang
Baofeng Lead Co., Ltd. on 2 April.

The plan was welcomed by the county. If a recall plan were needed, the company would file it.
Its sales plan for zinc was not changed.
"""


@pytest.fixture(scope="module")
def draft(kg):
    return draft_of(kg, TEXT, "r36-plans")


def _plans(draft) -> dict:
    return {e.label: e for e in draft.new() if str(e.cls) == str(NFO.Plan)}


def _objects(draft, ent, pred) -> set:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o, str(o)) for p, o, *_ in ent.statements if str(p) == str(pred)}


def test_plans_named_in_lower_case_are_proposed(draft):
    plans = _plans(draft)
    assert {"comprehensive emergency plan (edition 3)", "tailings pond emergency plan",
            "2028 overhaul plan", "restructuring plan"} <= set(plans)
    assert all(p.rule == "document:plan-phrase" for p in plans.values())
    owner = "Luoning Hengfa Zinc Co., Ltd."
    assert _objects(draft, plans["tailings pond emergency plan"], NFO.issuedBy) == {owner}
    assert _objects(draft, plans["2028 overhaul plan"], NFO.issuedBy) == {owner}
    # a plan done to a company is about it, not issued by it
    restructuring = plans["restructuring plan"]
    assert _objects(draft, restructuring, NFO.about) == {"Ruyang Baofeng Lead Co., Ltd."}
    assert not _objects(draft, restructuring, NFO.issuedBy)


def test_no_plan_from_a_bare_or_supposed_or_vague_phrase(draft):
    labels = {label.lower() for label in _plans(draft)}
    assert "plan" not in labels and "recall plan" not in labels and "sales plan" not in labels


def test_a_plan_named_in_passing_gets_no_guess_from_its_sentence(draft):
    overhaul = _plans(draft)["2028 overhaul plan"]
    assert not _objects(draft, overhaul, NFO.appliesTo)
    assert not _objects(draft, overhaul, NFO.concernsMetal)
