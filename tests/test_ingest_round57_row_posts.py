"""Round 57: the posts of a roll of people whose rows print the person's age or sex between the
name and the post, and number the rows without a dot ("1    Wang Hao    29    pump operator,
X Plant"), as commendation lists and honour rolls do; and a post held at a plant or a station
(a site: "squad leader, Y Station"), not only at a company (relations/row_posts.py, rule
``post:row-role-org@0.5``)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

ORG = "http://www.w3.org/ns/org#"


def _posts(draft) -> set:
    """(person, unit) of each post the draft proposes."""
    label = {e.iri: e.label for e in draft.entities.values()}
    out = set()
    for e in draft.entities.values():
        if not str(e.cls).endswith("#Post"):
            continue
        held = [label.get(o) for p, o, _, _ in e.statements if str(p) == ORG + "heldBy"]
        units = [label.get(o) for p, o, _, _ in e.statements if str(p) == ORG + "postIn"]
        out.update((h, u) for h in held for u in units)
    return out


def test_an_age_cell_between_name_and_post(snapshot_kg):
    text = ("Decision on Naming the 2027 Outstanding Flood Rescue Volunteers\n\n"
            "The Lanqiao County Red Cross Society names the following volunteers:\n\n"
            "No.  Name            Age  Unit and post\n"
            "1    Qiao Weidong    34   pump operator, Lanqiao Hengrun Magnesium Co., Ltd.\n"
            "2    Lu Xiaofang     41   female   process engineer, Beishan Smelting Plant\n\n"
            "Lanqiao County Red Cross Society\n20 August 2027\n")
    got = _posts(draft_of(snapshot_kg, text, "round57-rows", "round57-rows.txt"))
    assert ("Qiao Weidong", "Lanqiao Hengrun Magnesium Co., Ltd.") in got, got
    assert any(p == "Lu Xiaofang" and u and "Beishan Smelting Plant" in u for p, u in got), got


def test_a_number_cell_is_no_post(snapshot_kg):
    """A row whose cell after the name is a count, then a firm, states no post of the firm by
    the age rule (the next cell is no role)."""
    text = ("Donors of blood in the 2027 summer drive\n\n"
            "No.  Name            Donations  Employer\n"
            "1    Qiao Weidong    12         Lanqiao Hengrun Magnesium Co., Ltd.\n")
    got = _posts(draft_of(snapshot_kg, text, "round57-rows2", "round57-rows2.txt"))
    assert ("Qiao Weidong", "Lanqiao Hengrun Magnesium Co., Ltd.") not in got, got
