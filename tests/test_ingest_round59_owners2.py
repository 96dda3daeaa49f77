"""Round 59 (owners, second pass), on short texts written for this file (invented mines,
towns and companies). A mine "worked by" a company is owned by it, and the site may stand
before a chain of places ("the X Mine in A Town, B County, was worked by C":
kg/ingest/relations/owned_by.py, rule site:owned-by); a company "worked by" nobody is not a
site, and a person who worked is no owner."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "site:owned-by"

_WORKED = (
    "Hillside ore note\n\n"
    "The Dongpeng Lead-Zinc Mine in Shiliu Town, Wenquan County, Baoji, was worked by "
    "Wenquan Xinfeng Mining Co., Ltd., which dug ore there. Inspectors visited the pit "
    "last spring with Zhao Ming, who worked for the county for ten years.\n"
)


def test_a_mine_worked_by_a_company_before_a_chain_of_places(snapshot_kg):
    draft = draft_of(snapshot_kg, _WORKED, "round59-owners2", "round59.txt",
                     today=dt.date(2026, 12, 10))
    got = ruled_objects(draft, _RULE, "ownedBy")
    owners = {o for objs in got.values() for o in objs}
    assert any("Xinfeng" in (o or "") for o in owners), got
    assert not any("Zhao" in (o or "") for o in owners), got
    assert not any("Baoji" in (o or "") or "Wenquan County" == (o or "") for o in owners), got


_PARENT = (
    "Valley ore note\n\n"
    "The Beishan Copper Mine in Hetang Town, Lianxi County, was run by Lianxi Hengda Mining "
    "Co., Ltd., a subsidiary of Gansu Baiyin Tonghe Group Co., Ltd.\n"
)


def test_the_parent_after_the_operator_is_not_an_owner(snapshot_kg):
    draft = draft_of(snapshot_kg, _PARENT, "round59-owners2b", "round59b.txt",
                     today=dt.date(2026, 12, 10))
    got = ruled_objects(draft, _RULE, "ownedBy")
    owners = {o for objs in got.values() for o in objs}
    assert any("Hengda" in (o or "") for o in owners), got
    assert not any("Tonghe" in (o or "") for o in owners), got
