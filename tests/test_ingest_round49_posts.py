"""Round 49, people's posts: "Professor A, X University" (a title, the name, a comma and the
organisation alone up to the item's end: kg/ingest/relations/post_forms.title_posts) is A's
post in X; a title that names the kind of body holding it ("presiding judge", "arbitrator",
"ambassador": data/post-home-bodies.txt) is never a post in a body of another kind, whichever rule
proposed it (kg/ingest/relations/post_nodes.home_body). On short texts written for this file
(invented people, universities, courts and companies)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round49-posts"):
    return draft_of(kg, text, doc_id, "round49.txt", today=dt.date(2026, 12, 20))


def _held(draft) -> dict:
    """{holder: {bodies}} of the draft's posts."""
    out: dict = {}
    for holder, _, body in posts(draft):
        out.setdefault(holder, set()).add(body)
    return out


_SPEAKERS = (
    "Lakemoor Light Alloy Forum Opens\n\n"
    "LAKEMOOR, 12 May 2026 -- The Lakemoor Light Alloy Forum opened on Tuesday at the Eastbank\n"
    "Convention Centre.\n\n"
    "Keynote speakers included Professor Ruan Kexin, Lakemoor Institute of Technology;\n"
    "Academician Pu Hanmei, Northbrook University; and Senior Engineer Ge Zhiyong, Westhill\n"
    "Research Institute of Nonferrous Metals.\n")


def test_a_titled_speaker_is_a_post_in_the_organisation_after_the_comma(snapshot_kg):
    got = posts(_draft(snapshot_kg, _SPEAKERS))
    assert ("Ruan Kexin", "Professor", "Lakemoor Institute of Technology") in got, got
    assert ("Pu Hanmei", "Academician", "Northbrook University") in got, got
    assert ("Ge Zhiyong", "Senior Engineer",
            "Westhill Research Institute of Nonferrous Metals") in got, got


def test_a_titled_name_before_a_list_of_parties_or_a_possessive_is_no_post_there(snapshot_kg):
    text = ("Alloy Plant Memorandum\n\n"
            "Professor Ruan Kexin, Tallowford Aluminium Co., Ltd. and the Oakridge Bureau of\n"
            "Industry signed the memorandum on Friday. Professor Dai Lirong, Fenwick Copper Co.,\n"
            "Ltd.'s adviser, spoke first.\n")
    got = posts(_draft(snapshot_kg, text))
    assert not any(h == "Ruan Kexin" and r == "Professor" for h, r, _ in got), got
    assert not any(h == "Dai Lirong" and r == "Professor" for h, r, _ in got), got


_RULING = (
    "Marlowe Intermediate People's Court of Eastfield Province\n\n"
    "Civil Judgment\n\n"
    "(2026) Mar 15 Min Zhong No. 311\n\n"
    "Appellant: Brackwater Zinc Industry Co., Ltd., domiciled in Marlowe.\n"
    "Legal representative: Pan Guoxing, chairman.\n\n"
    "Respondent: Fellgate Logistics Co., Ltd., domiciled in Norcastle.\n\n"
    "The appeal is dismissed.\n\n"
    "Presiding judge: Wen Shuhua\n"
    "Judge: Kou Lina\n\n"
    "14 October 2026\n")


def test_judges_listed_at_a_rulings_foot_hold_posts_in_the_court(snapshot_kg):
    got = posts(_draft(snapshot_kg, _RULING))
    court = "Marlowe Intermediate People's Court"
    held = _held(_draft(snapshot_kg, _RULING))
    assert any(h == "Wen Shuhua" and court in (b or "") for h, _, b in got), got
    assert any(h == "Kou Lina" and court in (b or "") for h, _, b in got), got
    # never a judge of a party to the case
    for name in ("Wen Shuhua", "Kou Lina"):
        assert not held.get(name, set()) & {"Fellgate Logistics Co., Ltd.",
                                            "Brackwater Zinc Industry Co., Ltd."}, held
    # the party's own officer keeps their post in the party
    assert ("Pan Guoxing", "Legal representative", "Brackwater Zinc Industry Co., Ltd.") in got


def test_a_judge_with_no_court_in_the_text_holds_no_post(snapshot_kg):
    text = ("Carrow Copper Wins Appeal\n\n"
            "Carrow Copper Co., Ltd. said on Monday that its appeal had succeeded. The panel was\n"
            "led by presiding judge Yan Shoufeng, the company said in a statement.\n")
    held = _held(_draft(snapshot_kg, text))
    assert "Carrow Copper Co., Ltd." not in held.get("Yan Shoufeng", set()), held


def test_a_roles_field_after_of_then_the_company_after_a_comma(snapshot_kg):
    text = ("Supplier Audit Closes\n\n"
            "XI'AN, 4 March 2026 -- The audit of Fenwick Magnet Co., Ltd. closed on Friday.\n\n"
            "Wu Shaoqiang, Director of Supply Chain, Norwood Wind Power Equipment Co., Ltd., led\n"
            "the team.\n")
    got = posts(_draft(snapshot_kg, text))
    assert ("Wu Shaoqiang", "Director of Supply Chain",
            "Norwood Wind Power Equipment Co., Ltd.") in got, got
    # the field after "of" is no body Wu holds a post in
    assert not any(h == "Wu Shaoqiang" and b == "Supply Chain" for h, _, b in got), got


def test_a_contact_line_names_the_unit_then_the_person_and_role(snapshot_kg):
    text = ("Notice on the Spring Listing Session\n\n"
            "The Hollin Metals Platform will hold its spring listing session on 3 March 2027.\n\n"
            "Contact: Metrology Verification Department, Qiao Ruiheng (Head), tel. 0912-3351 806.\n\n"
            "Prepared by:     Planning and Control Section (Zheng Haoyu, Planning Engineer)\n\n"
            "Members of Dunmore Copper Co., Ltd., Lin Shuang, chairman of Fellmark Zinc Co., Ltd.,\n"
            "attended.\n")
    got = posts(_draft(snapshot_kg, text))
    assert ("Qiao Ruiheng", "Head", "Metrology Verification Department") in got, got
    assert ("Zheng Haoyu", "Planning Engineer", "Planning and Control Section") in got, got
    # a role said to be of another organisation is that one's, not the one before the name
    held = _held(_draft(snapshot_kg, text))
    assert held.get("Lin Shuang") == {"Fellmark Zinc Co., Ltd."}, held
