"""Round 52, award and title grants a sentence announces over the list or table printed after it
(kg/ingest/relations/announced_grants.py), on short texts written for this file (invented
companies, federations, people and titles): "the following enterprises are awarded the title
of "X"" over a table grants X to each row's enterprise, conferred by the body that issues the
notice; "to award the title of "Y" to the following comrades:" over one name a line grants Y
to each person; "The meeting named four "Z":" over a list grants Z to each listed company;
"the products below are recognised as W" over a grid grants W to each maker. Nominees win
nothing, a paragraph after the list is no part of it, and the issuing body is never its own
winner."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "award:announced-row"


def _draft(kg, text: str, doc_id: str = "round52-awards"):
    return draft_of(kg, text, doc_id, "round52.txt", today=dt.date(2027, 1, 20))


def _grants(draft) -> dict:
    """{recipient label: (award label, {giver labels})} of this rule's grants."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out = {}
    for e in draft.new():
        if not str(e.cls).endswith("#AwardGrant") or not e.rule.startswith(_RULE):
            continue
        got = {}
        for p, o, _, _ in e.statements:
            got.setdefault(str(p).rsplit("#", 1)[-1], set()).add(labels.get(str(o)))
        rec = next(iter(got.get("recipient", {None})))
        out[rec] = (next(iter(got.get("award", {None}))), got.get("conferredBy", set()))
    return out


_TABLE = (
    "MARSHFIELD PROVINCIAL PHILANTHROPY FEDERATION\n\n"
    "Announcement of the 2026 Roll of Honour of Donors\n\n"
    "After review by the Federation's panel on 14 December, the following three enterprises are "
    "awarded the title of \"Marshfield Giving Star Enterprise\" for their donations in 2026.\n\n"
    "| No. | Donor | Amount (CNY 10k) |\n"
    "|---|---|---|\n"
    "| 1 | Orrin Copper Rod Co., Ltd. | 320 |\n"
    "| 2 | Tessaly Zinc Alloy Co., Ltd. | 150 |\n"
    "| 3 | Brightwater Nickel Foam Co., Ltd. | 95 |\n\n"
    "Objections may be sent to the Federation until 8 January 2027.\n\n"
    "Marshfield Provincial Philanthropy Federation\n"
    "30 December 2026\n"
)


def test_a_title_awarded_to_the_following_rows_is_granted_to_each_row(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _TABLE))
    assert set(got) == {"Orrin Copper Rod Co., Ltd.", "Tessaly Zinc Alloy Co., Ltd.",
                        "Brightwater Nickel Foam Co., Ltd."}, got
    award, givers = got["Orrin Copper Rod Co., Ltd."]
    assert award == "Marshfield Giving Star Enterprise"
    assert givers == {"Marshfield Provincial Philanthropy Federation"}


_LINES = (
    "Harlow Titanium Group\n\n"
    "Decision on Commending Outstanding Safety Wardens\n\n"
    "All units of the Group:\n\n"
    "After the furnace fire drill of 3 September, the Group has decided to award the title of "
    "\"Outstanding Safety Warden\" to the following comrades:\n"
    "    Qiao Wenbin       warden, melting plant\n"
    "    Lu Shanshan       warden, forging plant\n"
    "    Pei Dongming      warden, tube plant\n\n"
    "Meng Yaqi will lead the next drill in March.\n\n"
    "Harlow Titanium Group\n"
    "2 December 2026\n"
)


def test_a_title_awarded_to_the_following_comrades_is_granted_to_each_name_line(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _LINES))
    assert set(got) == {"Qiao Wenbin", "Lu Shanshan", "Pei Dongming"}, got
    assert {a for a, _ in got.values()} == {"Outstanding Safety Warden"}
    # the paragraph after the list is no part of it
    assert "Meng Yaqi" not in got


_NAMED = (
    "Paint makers meet in Lakeport\n\n"
    "Lakeport, 6 December 2026 - The Eastvale Paint Industry Association held its annual "
    "meeting on Friday. Members discussed the prices of zinc dust and aluminium paste.\n\n"
    "The meeting also named three \"Eastvale Paint Quality Brands\" for 2026:\n\n"
    "  - Corran Coatings Co., Ltd. (marine primers)\n"
    "  - Velden Zinc Powder Co., Ltd. (zinc dust for primers)\n"
    "  - Aster Pigments Co., Ltd. (aluminium paste)\n\n"
    "The next meeting will be held in June.\n"
)


def test_a_title_named_over_a_marked_list_is_granted_to_each_item(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _NAMED))
    assert set(got) == {"Corran Coatings Co., Ltd.", "Velden Zinc Powder Co., Ltd.",
                        "Aster Pigments Co., Ltd."}, got
    assert {a for a, _ in got.values()} == {"Eastvale Paint Quality Brands"}


def test_nominees_listed_after_the_title_win_nothing(snapshot_kg):
    text = _TABLE.replace("the following three enterprises are awarded",
                          "the following three enterprises are nominated for")
    assert _grants(_draft(snapshot_kg, text)) == {}


def test_a_title_with_no_list_after_it_grants_nothing_to_a_later_paragraph(snapshot_kg):
    text = (
        "Harlow Titanium Group\n\n"
        "The following years saw the works awarded the title of \"Civilised Unit\" twice.\n\n"
        "Qiao Wenbin joined the melting plant in 2004 and retired in 2026, having trained "
        "forty welders.\n")
    assert _grants(_draft(snapshot_kg, text)) == {}


_LOWER = (
    "Westmarch Provincial Department of Culture\n\n"
    "Notice on the Recognition of Craft Masters\n\n"
    "After expert review, the Department has decided to recognise the persons below as "
    "provincial craft masters of metalwork in Westmarch.\n\n"
    "Table 1  Masters recognised\n\n"
    " No. Name           Craft                      County\n"
    " --- -------------- -------------------------- ----------------\n"
    " 1   Rong Haiyan    pewter teapot casting      Elm County\n"
    " 2   Situ Kaiming   copper kettle raising      Fir County\n\n"
    "Westmarch Provincial Department of Culture\n"
    "5 January 2027\n"
)


def test_persons_below_recognised_as_a_lower_case_title_each_get_it(snapshot_kg):
    got = _grants(_draft(snapshot_kg, _LOWER))
    assert set(got) == {"Rong Haiyan", "Situ Kaiming"}, got
    assert {a for a, _ in got.values()} == {"Provincial craft masters"}


_HEADINGS = (
    "Youth League Committee of Eastford Aluminium Group\n\n"
    "Decision on Commending Outstanding Young Volunteers of 2026\n\n"
    "The Committee has decided to commend the following:\n\n"
    "I. Outstanding Young Volunteers (2)\n\n"
    "   Gu Xiaoning      Eastford Rolling Co., Ltd., cold mill\n"
    "   Yan Pengfei      Eastford Foil Co., Ltd., quality office\n\n"
    "We call on all young employees to learn from them.\n\n"
    "Youth League Committee of Eastford Aluminium Group\n"
    "20 December 2026\n"
)


def test_a_numbered_heading_over_indented_name_lines_grants_each_line_its_award(snapshot_kg):
    d = _draft(snapshot_kg, _HEADINGS)
    labels = {str(e.iri): e.label for e in d.entities.values()}
    got = {}
    for e in d.new():
        if str(e.cls).endswith("#AwardGrant"):
            st = {str(p).rsplit("#", 1)[-1]: labels.get(str(o)) for p, o, _, _ in e.statements}
            got[st.get("recipient")] = st.get("award")
    assert got == {"Gu Xiaoning": "Outstanding Young Volunteers",
                   "Yan Pengfei": "Outstanding Young Volunteers"}, got
