"""`kg ingest`: an event minted from a clause concerns the metals its own clause names
(relations/clause_metals.py), read from a short bulletin written for these tests (own words;
invented bodies and figures).

* "Tin and antimony smelters across the city will be inspected from 1 April to 31 May.": the
  planned step concerns tin and antimony.
* Not: a metal inside a company's name in the clause ("Xiyu Tungsten Co., Ltd. will be audited
  again in June.": the company's tungsten)."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "context:metal-in-clause@0.5"


@pytest.fixture(scope="module")
def bulletin(kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("clause-metals") / "clause-metals.txt"
    path.write_text(
        "Hezhou steps up smelter checks\n\n"
        "Hezhou, 2 March 2027 -- The municipal emergency management bureau said on Monday that\n"
        "three small smelters had been told to stop work after a gas leak in February.\n\n"
        "Tin and antimony smelters across the city will be inspected from 1 April to 31 May.\n"
        "Xiyu Tungsten Co., Ltd. will be audited again in June.\n", encoding="utf-8")
    return ingest(kg, read_article(path), "clause-metals")


def _metals(draft):
    """{event label: {metal labels}} of the rule's links."""
    out = {}
    for e in draft.entities.values():
        for p, o, _, rule in e.statements:
            if p == NFO.concernsMetal and rule == RULE:
                label = draft.entities[o].label if o in draft.entities else str(o)
                out.setdefault(e.label, set()).add(label.lower())
    return out


def test_planned_step_concerns_its_clause_metals(bulletin):
    got = _metals(bulletin)
    step = [v for k, v in got.items() if "inspected" in k.lower()]
    assert step and {"tin", "antimony"} <= step[0]


def test_no_metal_from_a_company_name(bulletin):
    assert not any("tungsten" in v for v in _metals(bulletin).values())
