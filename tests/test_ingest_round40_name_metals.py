"""`kg ingest`: round 40's narrowing of the metal a new organisation's name prints
(relations/named_metals.metals_in_names), on a short article written for these tests (own
words; invented union, fund, company and figures).

A company, an association or an institute named after a metal is in that metal's business;
a company's trade union, a charity fund or a newspaper named after it is not ("Trade union of
X Titanium Co., Ltd.", "Y Titanium Charity Fund"): their names give them no metal."""
from __future__ import annotations

import pytest

from kg.model.namespaces import NFO
from tests.hostile_drafts import draft_of

UNION = """Titanium welders honoured in Baoji

BAOJI, April 29 -- The trade union of Baoji Hengfeng Titanium Co., Ltd. honoured twelve
welders of its forging plant at a ceremony on Tuesday, and the Qinling Titanium Charity Fund
gave each of them a grant of 5,000 yuan.

Hengfeng makes titanium bars and rings for chemical plants. Its chairman, Lu Zhiyuan, said
the welders had cut the scrap rate of the ring line by a third this year.
"""


def _metals(draft) -> dict:
    """{(class name, label): {metal slugs}} of the draft's new entities."""
    out = {}
    for e in draft.entities.values():
        if not e.known:
            out[(str(e.cls).rsplit("#", 1)[-1], e.label)] = {
                str(o).rsplit("/", 1)[-1] for p, o, _, _ in e.statements
                if p == NFO.concernsMetal}
    return out


@pytest.fixture(scope="module")
def union(kg):
    return draft_of(kg, UNION, "round40-name-metals", name="union.txt")


def test_a_company_named_after_a_metal_keeps_it(union):
    got = {k: v for k, v in _metals(union).items() if "Hengfeng Titanium Co" in k[1]
           and k[0] == "Company"}
    assert got and all("metal-titanium" in v for v in got.values()), _metals(union)


def test_a_union_or_fund_named_after_a_metal_gets_none_from_its_name(union):
    got = {k: v for k, v in _metals(union).items()
           if k[1].lower().startswith(("trade union", "qinling titanium charity"))}
    assert got, _metals(union)
    assert not any(v for v in got.values()), got
