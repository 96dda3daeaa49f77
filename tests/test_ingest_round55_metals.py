"""Round 55, a name's bare metal against the form the text says the thing makes, on short texts
written for this file (invented companies), kg/ingest/relations/narrowest_metals.py: a company
named "... Magnesium Co., Ltd." that the text says smelts primary magnesium concerns primary
magnesium, not bare magnesium too; without a form read elsewhere the name's metal stays, and
another material (a concentrate) never takes its place."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round55-metals"):
    return draft_of(kg, text, doc_id, "round55.txt", today=dt.date(2027, 1, 20))


def _metals_of(draft, start: str) -> set:
    """The local names of the metals the draft's entity whose label starts ``start`` concerns."""
    return {str(o).rsplit("/", 1)[-1] for e in draft.entities.values()
            if e.label.startswith(start)
            for p, o, _, _ in e.statements if str(p).endswith("#concernsMetal")}


_PRIMARY = (
    "Plant Upgrade Finished in Harlow County\n\n"
    "Harlow County, 3 December 2026 - Dunmere Qinfa Magnesium Co., Ltd. finished the upgrade "
    "of its kilns on Tuesday. Dunmere Qinfa Magnesium Co., Ltd. is a primary magnesium "
    "producer with a capacity of 30,000 tonnes a year. The county said the new kilns use less "
    "coal.\n"
)


def test_a_company_that_makes_a_form_of_its_name_metal_concerns_that_form(snapshot_kg):
    got = _metals_of(_draft(snapshot_kg, _PRIMARY), "Dunmere Qinfa Magnesium")
    assert "metal-primary-magnesium" in got, got
    assert "metal-magnesium" not in got, got


def test_without_a_form_the_metal_of_the_name_stays(snapshot_kg):
    text = _PRIMARY.replace(" Dunmere Qinfa Magnesium Co., Ltd. is a primary magnesium "
                            "producer with a capacity of 30,000 tonnes a year.", "")
    got = _metals_of(_draft(snapshot_kg, text), "Dunmere Qinfa Magnesium")
    assert "metal-magnesium" in got, got


def test_another_material_leaves_the_metal_of_the_name(snapshot_kg):
    text = ("Mill Restarted in Harlow County\n\n"
            "Harlow County, 3 December 2026 - Dunmere Hongtai Copper Co., Ltd. restarted its "
            "mill on Tuesday. Dunmere Hongtai Copper Co., Ltd. is a copper concentrate "
            "producer with a capacity of 30,000 tonnes a year.\n")
    got = _metals_of(_draft(snapshot_kg, text), "Dunmere Hongtai Copper")
    assert "metal-copper" in got, got
