"""`kg ingest`: a document named before a passive verb of issuing with its agent ("GB/T X-2026
... , issued by Y", "the measures released by Z") was issued by the bodies after "by", not by
the sentence's subject that cites it (relations/node_context.py, round 41), read from short texts
written for these tests (own words; invented companies and numbers).

* "X says its rods meet GB/T 4488-2026 Zirconium rods for valves, issued by the State
  Administration for Market Regulation in May": issued by the administration, not by X.
* The active order is unchanged: "the Ministry of Industry and Information Technology issued YS/T
  9021-2026 in July" is the ministry's."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

TEXT = """Liaoning Beiyue Zirconium Co., Ltd. said on 2 July 2026 that its rods now meet
GB/T 4488-2026 Zirconium rods for valves, issued by the State Administration for Market
Regulation in May.

In July the Ministry of Industry and Information Technology issued YS/T 9021-2026, which covers
hafnium sponge.
"""


def _issuers(draft, label: str) -> set:
    ent = next(e for e in draft.new() if e.label == label)
    return {draft.entities[o].label if o in draft.entities else str(o)
            for p, o, _, _ in ent.statements if p == NFO.issuedBy}


@pytest.fixture(scope="module")
def issued(kg):
    return draft_of(kg, TEXT, "issued-by", name="issued.txt")


def test_the_body_after_issued_by_is_the_issuer(issued):
    got = _issuers(issued, "GB/T 4488-2026")
    assert any("Market Regulation" in x for x in got)
    assert not any("Beiyue" in x for x in got)


def test_the_active_order_keeps_its_subject(issued):
    got = _issuers(issued, "YS/T 9021-2026")
    assert any("Information Technology" in x for x in got)
