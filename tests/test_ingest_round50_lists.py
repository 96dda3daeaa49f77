"""Round 50, published lists on short texts written for this file (invented bureaus, firms and
testing bodies): a notice or publicity whose table prints one firm or body a row includes each
row's firm (kg/ingest/relations/member_rows.py, rule ``document:listed-row-member``), also when
the firm's name wraps onto a second line of a fixed-width table and when the notice's title
names the list it publishes ("Notice on Publishing the List of ..."). Not members: a report's
table of firms (what the report tells of), a news story's, a publicity of the recipients of
funds, an invitation to an expo, and a table whose first column names another thing than the
firm ("| Rank | Account | Enterprise |")."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:listed-row-member"


def _draft(kg, text: str, doc_id: str = "round50-lists"):
    return draft_of(kg, text, doc_id, "round50.txt", today=dt.date(2026, 12, 20))


def _members(draft) -> dict:
    """{document label: {the labels of what it includes by this rule}}."""
    return ruled_objects(draft, _RULE, "includes")


_PILOTS = (
    "Dunmoor Municipal Bureau of Commerce\n\n"
    "Dun Shang [2026] No. 41\n\n"
    "Notice on Publishing the List of the First Batch of Dunmoor Copper Recycling Pilot "
    "Enterprises\n\n"
    "To the commerce offices of all districts:\n\n"
    "After review by an expert panel, four enterprises are proposed as recycling pilots. The "
    "list is published as follows.\n\n"
    "  No.  Enterprise                              District     Pilot theme\n"
    "  ---  --------------------------------------  -----------  ----------------------\n"
    "  1    Harlow Brook Copper Recycling           Eastgate     scrap sorting line\n"
    "       Co., Ltd.\n"
    "  2    Tennant Vale Wire Co., Ltd.             Westmarch    copper rod from scrap\n"
    "  3    Pellow Cross Metals Co., Ltd.           Eastgate     traceable scrap trade\n"
    "  4    Quarrington Alloy Works Co., Ltd.       Northfield   brass ingot remelting\n\n"
    "Objections may be sent to the Bureau within five working days.\n\n"
    "Dunmoor Municipal Bureau of Commerce\n"
    "14 December 2026\n"
)


def test_a_notice_publishing_a_list_includes_each_rows_firm(snapshot_kg):
    d = _draft(snapshot_kg, _PILOTS)
    got = _members(d)
    assert len(got) == 1, got
    (label, firms), = got.items()
    assert label.startswith("Notice on Publishing the List")
    assert {"Tennant Vale Wire Co., Ltd.", "Pellow Cross Metals Co., Ltd.",
            "Quarrington Alloy Works Co., Ltd."} <= firms
    # (the name wrapped over two lines of its cell is one firm)
    assert any(f and f.startswith("Harlow Brook Copper Recycling") for f in firms), firms


def test_an_announcement_of_bodies_includes_each_institution(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Kelmarsh Provincial Administration for Market Regulation\n\n"
        "Announcement on the Testing Institutions Granted Qualification Approval\n\n"
        "Three institutions meet the requirements and are granted qualification approval.\n\n"
        "| No. | Institution | Certificate No. | Approved scope |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | Ravensworth Alloy Testing Co., Ltd. | 271100340001 | zinc alloy hardness |\n"
        "| 2 | Strathcairn Metal Analysis Co., Ltd. | 271100340002 | copper assay |\n"
        "| 3 | Fallowfield Materials Laboratory Co., Ltd. | 271100340003 | tin purity |\n\n"
        "Kelmarsh Provincial Administration for Market Regulation\n"
        "7 December 2026\n"))
    firms = set().union(*_members(d).values()) if _members(d) else set()
    assert {"Ravensworth Alloy Testing Co., Ltd.", "Strathcairn Metal Analysis Co., Ltd.",
            "Fallowfield Materials Laboratory Co., Ltd."} <= firms


def test_a_report_table_of_firms_includes_no_member(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Report on the Zinc Market in November 2026\n\n"
        "Output rose at the larger smelters in November.\n\n"
        "| No. | Enterprise | Output (t) |\n"
        "| --- | --- | --- |\n"
        "| 1 | Harlow Brook Zinc Co., Ltd. | 31,000 |\n"
        "| 2 | Tennant Vale Smelting Co., Ltd. | 22,500 |\n\n"
        "Prices are expected to hold in December.\n"))
    assert _members(d) == {}


def test_a_news_story_with_a_table_of_firms_includes_nothing(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Dunmoor copper recyclers lift output\n\n"
        "Four recyclers in Dunmoor raised their output in November, the city's bureau said.\n\n"
        "| No. | Enterprise | Output (t) |\n"
        "| --- | --- | --- |\n"
        "| 1 | Harlow Brook Copper Recycling Co., Ltd. | 4,100 |\n"
        "| 2 | Pellow Cross Metals Co., Ltd. | 3,700 |\n"))
    assert _members(d) == {}


def test_a_publicity_of_fund_recipients_includes_no_member(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Dunmoor Municipal Finance Bureau\n\n"
        "Publicity of the Proposed Recipients of the 2026 Copper Recycling Subsidy Funds\n\n"
        "The enterprises below are proposed to receive the funds.\n\n"
        "| No. | Enterprise | Amount (10,000 yuan) |\n"
        "| --- | --- | --- |\n"
        "| 1 | Tennant Vale Wire Co., Ltd. | 140 |\n"
        "| 2 | Pellow Cross Metals Co., Ltd. | 95 |\n\n"
        "Dunmoor Municipal Finance Bureau\n"
        "14 December 2026\n"))
    assert _members(d) == {}


def test_a_table_of_accounts_is_no_list_of_firms(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Dunmoor Copper Association\n\n"
        "Notice on Publishing the November 2026 Ranking of Member Newsletters\n\n"
        "The ranking is published as follows.\n\n"
        "| Rank | Newsletter | Enterprise | Issues |\n"
        "| --- | --- | --- | --- |\n"
        "| 1 | Copper Weekly | Tennant Vale Wire Co., Ltd. | 4 |\n"
        "| 2 | Scrap Notes | Pellow Cross Metals Co., Ltd. | 3 |\n\n"
        "Dunmoor Copper Association\n"
        "2 December 2026\n"))
    assert _members(d) == {}
