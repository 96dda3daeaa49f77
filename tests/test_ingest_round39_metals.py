"""`kg ingest`: round 39's readings of what metal a thing concerns, from short articles written
for these tests (own words; invented companies, people and figures).

* A kind of goods read from its head noun ("high-strength copper alloy strip", names/
  concepts.py) gets no metal by its sentence (relations/same_sentence.py): the metal is printed
  in its own label, and the curated readings seldom keep the pair."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of
from kg.model.namespaces import NFO

STRIP = """Hubei Tongxin starts shipping strip to carmakers

WUHAN, March 3 -- Hubei Tongxin New Materials Co., Ltd. began shipping high-strength copper
alloy strip to two carmakers in Wuhan on Monday, the company said.

Its general manager, Peng Lixin, said orders had doubled since January.
"""


def _metals(draft) -> dict:
    """{(class name, label): {metal slugs}} of the draft's links to metals."""
    out = {}
    for e in draft.entities.values():
        for p, o, _, _ in e.statements:
            if p == NFO.concernsMetal:
                key = (str(e.cls).rsplit("#", 1)[-1], e.label)
                out.setdefault(key, set()).add(str(o).rsplit("/", 1)[-1])
    return out


@pytest.fixture(scope="module")
def strip(kg):
    return draft_of(kg, STRIP, "round39-strip", name="strip.txt")


def test_goods_named_by_their_head_noun_get_no_metal_by_their_sentence(strip):
    products = [e for e in strip.entities.values() if str(e.cls).endswith("#Product")]
    assert products, "the strip is still drafted as a product"
    assert not any(cls == "Product" for cls, _ in _metals(strip))

