"""`kg ingest`: the metals a company's line of business names are what it concerns, read as a
record's field or a table's column by its label (relations/record_reader.py and
relations/row_reader.py with data/table-row-headers.txt, "business"), from a short
announcement written for these tests (own words; invented bodies, people and figures).

* "2. X Smelting Co., Ltd." over "Main business: smelting of zinc concentrate and recovery of
  indium": the company concerns zinc and indium.
* Not: a metal of another field ("Relationship: ... copper ...")."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

RECORD = """Hechi Nandan Tin Industry Co., Ltd.
Announcement on Estimated Related-Party Transactions for 2027

The board approved the estimate on 12 January 2027. The related parties are:

1. Hechi Nandan Nonferrous Holdings Co., Ltd.
   Legal representative: Lu Kaiwen
   Relationship: controlling shareholder, holding 52.3% of the Company.

2. Hechi Jinlong Smelting Co., Ltd.
   Legal representative: Wei Shaojun
   Main business: smelting of zinc concentrate and recovery of indium
   Relationship: buys copper scrap from the Company under a 2025 agreement.
"""



def _metals(draft) -> dict:
    """{label: {metal labels}} of the draft's links to metals."""
    out = {}
    for e in draft.entities.values():
        for p, o, _, rule in e.statements:
            if p == NFO.concernsMetal:
                label = draft.entities[o].label if o in draft.entities else str(o)
                out.setdefault(e.label, set()).add(label.lower())
    return out


@pytest.fixture(scope="module")
def record(kg):
    return draft_of(kg, RECORD, "business-metals-record", name="related-parties.txt")


def test_company_concerns_the_metals_of_its_main_business(record):
    assert _metals(record).get("Hechi Jinlong Smelting Co., Ltd.") == {"zinc", "indium"}


def test_no_metal_from_another_field(record):
    assert "copper" not in _metals(record).get("Hechi Jinlong Smelting Co., Ltd.", set())
