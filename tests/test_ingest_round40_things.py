"""Round 40, things and who makes them: a product joined to its maker by a possessive
("Lanxin Auto Parts Co., Ltd.'s magnesium alloy seat frames") or by "of" / "from" ("the
magnesium alloy steering brackets of X", "... from A and B"), in any sentence, not only the one
that introduces the product (that one the low-confidence same-sentence guess covered); a finite
passive after the product ("the brackets were made by X")."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of  # noqa: F401

MAKERS = """Light Seats Draw Crowds at the Jiaxing Parts Fair

Demand for magnesium alloy seat frames and magnesium alloy steering brackets rose sharply this
year, the organisers of the fair said on Monday.

Buyers queued at the stand of Jiaxing Lanxin Auto Parts Co., Ltd. On the second day, Jiaxing
Lanxin Auto Parts Co., Ltd.'s magnesium alloy seat frames took the most orders.

Several carmakers compared prices. They also tested the magnesium alloy steering brackets of
Ningbo Hairun Die Casting Co., Ltd. and Taizhou Keyuan Metal Co., Ltd. during the last session.
"""


@pytest.fixture(scope="module")
def draft(kg):
    return draft_of(kg, MAKERS, "r40-things-makers")


def _makers(draft, head: str) -> dict:
    """maker label -> the rules that proposed it, for the product whose label holds ``head``."""
    by_iri = {e.iri: e.label for e in draft.entities.values()}
    (p,) = [e for e in draft.new() if str(e.cls).endswith("#Product") and head in e.label]
    out = {}
    for pred, o, _, rule in p.statements:
        if str(pred).endswith("#producedBy"):
            out.setdefault(by_iri.get(o, str(o)), set()).add(rule)
    return out


def test_a_possessive_before_a_product_names_its_maker(draft):
    assert _makers(draft, "seat frames") == {
        "Jiaxing Lanxin Auto Parts Co., Ltd.": {"context:maker-possessive"}}


def test_of_after_a_product_names_its_makers(draft):
    assert _makers(draft, "steering brackets") == {
        "Ningbo Hairun Die Casting Co., Ltd.": {"context:maker-of"},
        "Taizhou Keyuan Metal Co., Ltd.": {"context:maker-of"}}


BUILT = """Brackets Ship Early

Orders for titanium alloy brackets doubled in March, the provincial association said.

The titanium alloy brackets were made by Baoji Hengxin Titanium Co., Ltd. at its works in
Chencang District and left for Chongqing a week ahead of plan.
"""


def test_a_finite_passive_after_a_product_names_its_maker(kg):
    d = draft_of(kg, BUILT, "r40-things-built")
    assert _makers(d, "brackets") == {
        "Baoji Hengxin Titanium Co., Ltd.": {"context:developed-by"}}
