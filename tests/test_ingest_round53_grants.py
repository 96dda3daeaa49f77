"""Round 53, posts of the people who sign for a party (kg/ingest/relations/house_posts.py with
data/sign-off-labels.txt), on short texts written for this file (invented bodies and people): an
agreement's party block "Party A: X" over "Address: ..." and "Representative: A, Vice
President" gives A the post of Vice President in X; "Authorised signatory: B, Plant Manager"
under its party's line the same. A representative printed with no role gets no post from it,
and a representative's line under another party's block is that party's."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round53-grants"):
    return draft_of(kg, text, doc_id, "round53.txt", today=dt.date(2027, 2, 10))


def _posts(draft) -> set:
    """{(person, role, organisation)} of the draft's new posts."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out = set()
    for e in draft.new():
        if not str(e.cls).endswith("#Post"):
            continue
        got = {}
        for p, o, _, _ in e.statements:
            got[str(p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]] = labels.get(str(o), str(o))
        out.add((got.get("heldBy"), got.get("roleName"), got.get("postIn")))
    return out


_AGREEMENT = (
    "COOPERATION AGREEMENT ON NICKEL FOAM TESTING\n\n"
    "Agreement No.: DK-LAB-2027-004\n\n"
    "Party A: Dunmore Titanium Alloy Co., Ltd.\n"
    "         Address: 18 Larch Street, Dunmore\n"
    "         Representative: Oskar Penhale, Vice President\n"
    "Party B: Fernhill Nickel Foam Co., Ltd.\n"
    "         Address: 5 Quarry Lane, Fernhill\n"
    "         Representative: Bettina Calloway, Plant Manager\n\n"
    "Article 1  Purpose\n"
    "The parties test nickel foam together and share its costs equally.\n\n"
    "Article 2  Term\n"
    "The agreement runs for three years from signing.\n\n"
    "Party A (seal)                                    Party B (seal)\n"
    "Representative: Oskar Penhale                     Representative: Bettina Calloway\n\n"
    "Signed at Dunmore on Tuesday, 9 February 2027\n"
)


def test_a_representative_under_a_party_line_holds_the_role_in_that_party(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _AGREEMENT))
    assert ("Oskar Penhale", "Vice President", "Dunmore Titanium Alloy Co., Ltd.") in got, got
    assert ("Bettina Calloway", "Plant Manager", "Fernhill Nickel Foam Co., Ltd.") in got, got


def test_a_representative_is_not_given_the_other_partys_post(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _AGREEMENT))
    assert not any(p == "Oskar Penhale" and o == "Fernhill Nickel Foam Co., Ltd."
                   for p, _, o in got), got
    assert not any(p == "Bettina Calloway" and o == "Dunmore Titanium Alloy Co., Ltd."
                   for p, _, o in got), got


_NO_ROLE = (
    "SUPPLY AGREEMENT FOR ZINC DUST\n\n"
    "Party A: Harrowgate Paints Co., Ltd.\n"
    "         Representative: Linus Abernethy\n"
    "Party B: Corrin Zinc Powder Co., Ltd.\n"
    "         Authorised signatory: Maeve Tolliver, Sales Director\n\n"
    "Article 1  Goods\n"
    "Party B supplies 120 tonnes of zinc dust a year to Party A.\n\n"
    "Signed at Harrowgate on Monday, 8 February 2027\n"
)


def test_a_signatory_with_a_role_holds_it_and_one_without_a_role_holds_none(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _NO_ROLE))
    assert ("Maeve Tolliver", "Sales Director", "Corrin Zinc Powder Co., Ltd.") in got, got
    assert not any(p == "Linus Abernethy" for p, _, _ in got), got


_ROLL = (
    "WESTMARCH PROVINCIAL FIRE AND RESCUE CORPS\n\n"
    "Decision on Commending Advanced Individuals in Fire Safety at Smelters\n\n"
    "The following comrades are commended for their work in the 2026 fire safety campaign:\n\n"
    "  1. Qiao Mingyuan       furnace operator, Greyholm Silicon Co., Ltd.\n"
    "  2. Zhang Xiaofang      fire safety officer, Ardmore Zinc Co., Ltd.\n"
    "  3. Gu Jianhong         commended for twenty years of service\n\n"
    "Westmarch Provincial Fire and Rescue Corps\n"
    "Monday, 8 February 2027\n"
)


def test_a_job_in_lower_case_after_a_name_in_a_roll_is_a_post_in_the_unit_after_it(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _ROLL))
    assert ("Qiao Mingyuan", "Furnace operator", "Greyholm Silicon Co., Ltd.") in got, got
    assert ("Zhang Xiaofang", "Fire safety officer", "Ardmore Zinc Co., Ltd.") in got, got


def test_a_row_whose_words_after_the_name_are_no_job_gives_no_post(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _ROLL))
    assert not any(p == "Gu Jianhong" for p, _, _ in got), got


_NOTICE = (
    "Larkspur County Market Supervision Bureau\n\n"
    "Monthly Report on Complaints about Smelters, January 2027\n\n"
    "1. In January the Bureau received six letters about dust from the Pellham Zinc Co., Ltd.\n"
    "   smelter. The Larkspur County Ecology and Environment Bureau sent inspectors on 12\n"
    "   January. Wang Defu, Director of the Bureau, met the petitioners on 20 January.\n"
    "2. The Price Section of the Commission heard the cases about water charges; they were\n"
    "   closed on 25 January. Li Qiang, Deputy Director of the Commission, chaired the hearing.\n\n"
    "Larkspur County Market Supervision Bureau\n"
    "Friday, 5 February 2027\n"
)


def test_a_role_of_the_capitalised_head_is_a_post_in_the_issuing_body(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _NOTICE))
    assert ("Wang Defu", "Director", "Larkspur County Market Supervision Bureau") in got, got
    assert not any(p == "Wang Defu" and o == "Larkspur County Ecology and Environment Bureau"
                   for p, _, o in got), got


def test_a_unit_named_of_the_head_is_not_the_body_the_head_means(snapshot_kg):
    got = _posts(_draft(snapshot_kg, _NOTICE))
    assert not any(p == "Li Qiang" and o == "Price Section of the Commission"
                   for p, _, o in got), got
