"""Round 55, published lists on short texts written for this file (invented bureaus, carriers
and societies): the text's own notice includes each row's firm (kg/ingest/relations/
member_rows.py, rule ``document:listed-row-member``) also when the list's first column is
headed by a role the firms play in it ("Carrier", "Candidate": data/list-member-headers.txt),
when the header adds a remark in brackets ("Enterprise (name after change)"), and when the
title block prints the notice's number as a line of its own ("Announcement No. 12 [2027]")
above its title. Not members: a table whose carriers' column comes after a date column."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:listed-row-member"


def _draft(kg, text: str, doc_id: str = "round55-pairs"):
    return draft_of(kg, text, doc_id, "round55.txt", today=dt.date(2027, 3, 20))


def _members(draft) -> set:
    """The labels of what any document includes by this rule."""
    return {x for v in ruled_objects(draft, _RULE, "includes").values() for x in v}


_CARRIERS = (
    "ASHCOMBE MUNICIPAL TRANSPORT BUREAU\n\n"
    "Notice on the Hazardous Cargo Permits Granted in the First Quarter of 2027\n\n"
    "To the carriers concerned:\n\n"
    "After checks of yards and tankers, the following carriers were granted a permit:\n\n"
    "| No. | Carrier | Permit No. | Valid until |\n"
    "|---|---|---|---|\n"
    "| 1 | Brindle Haulage Co., Ltd. | AH-0041 | March 2031 |\n"
    "| 2 | Corrow Tank Transport Co., Ltd. | AH-0042 | March 2031 |\n"
    "| 3 | Dellow Freight Co., Ltd. | AH-0043 | March 2030 |\n\n"
    "Ashcombe Municipal Transport Bureau\n"
    "12 March 2027\n"
)


def test_a_notice_of_permits_includes_each_carrier_of_its_list(snapshot_kg):
    got = _members(_draft(snapshot_kg, _CARRIERS))
    assert {"Brindle Haulage Co., Ltd.", "Corrow Tank Transport Co., Ltd.",
            "Dellow Freight Co., Ltd."} <= got, got


_RENAMED = (
    "Fernleigh Municipal Administration for Market Regulation\n\n"
    "Announcement on Changes in the Registration of Tin Enterprises\n\n"
    "The changes approved in February 2027 are announced as follows.\n\n"
    "| No. | Enterprise (name after change) | Item changed | Approved |\n"
    "|---|---|---|---|\n"
    "| 1 | Gorsey Tin Materials Co., Ltd. | Name | 3 February |\n"
    "| 2 | Hallam Solder Co., Ltd. | Domicile | 17 February |\n\n"
    "Fernleigh Municipal Administration for Market Regulation\n"
    "2 March 2027\n"
)


def test_a_header_remark_in_brackets_leaves_the_firms_column_read(snapshot_kg):
    got = _members(_draft(snapshot_kg, _RENAMED))
    assert {"Gorsey Tin Materials Co., Ltd.", "Hallam Solder Co., Ltd."} <= got, got


_NUMBERED = (
    "KESTON PROVINCIAL DEPARTMENT OF CIVIL AFFAIRS\n\n"
    "Announcement No. 12 [2027]\n\n"
    "Announcement of the Results of the 2026 Annual Inspection of Metals Societies\n\n"
    "The results are announced as follows:\n\n"
    "| No. | Social organization | Result |\n"
    "|---|---|---|\n"
    "| 1 | Keston Zinc Industry Association | Qualified |\n"
    "| 2 | Keston Society of Light Metals | Qualified |\n\n"
    "Keston Provincial Department of Civil Affairs\n"
    "9 March 2027\n"
)


def test_a_numbered_line_above_the_title_leaves_the_titled_notice_the_list(snapshot_kg):
    d = _draft(snapshot_kg, _NUMBERED)
    got = ruled_objects(d, _RULE, "includes")
    assert any(k.startswith("Announcement of the Results") and
               {"Keston Zinc Industry Association", "Keston Society of Light Metals"} <= v
               for k, v in got.items()), got


_CHECKS = (
    "LORRIMER COUNTY TRANSPORT BUREAU\n\n"
    "Notice on the Weekly Results of Overload Checks\n\n"
    "| Date | Plate | Carrier | Fine (CNY) |\n"
    "|---|---|---|---|\n"
    "| 3 March | LR-2231 | Marwood Freight Co., Ltd. | 2,000 |\n"
    "| 5 March | LR-4410 | Netherby Logistics Co., Ltd. | 1,000 |\n\n"
    "Lorrimer County Transport Bureau\n"
    "8 March 2027\n"
)


def test_carriers_after_a_date_column_are_no_list_of_members(snapshot_kg):
    got = _members(_draft(snapshot_kg, _CHECKS))
    assert not got & {"Marwood Freight Co., Ltd.", "Netherby Logistics Co., Ltd."}, got


# ---- units printed on the line next to their body (kg/ingest/relations/stacked_units.py)

_UNIT_RULE = "org:stacked-unit"


def _units(draft) -> set:
    """(unit, body) label pairs the stacked-unit rule links."""
    return {(u, b) for u, bs in ruled_objects(draft, _UNIT_RULE, "unitOf").items() for b in bs}


_LETTERHEAD = (
    "Pelham Vale Copper Industry Co., Ltd.\n"
    "Youth League Committee\n\n"
    "Notice on the Spring Reading Club for Young Employees\n\n"
    "All young employees are invited to join the reading club, which meets on Friday evenings "
    "in the staff library from 2 April 2027.\n\n"
    "Youth League Committee\n"
    "20 March 2027\n"
)


def test_a_unit_on_the_line_below_its_company_is_its_unit(snapshot_kg):
    got = _units(_draft(snapshot_kg, _LETTERHEAD))
    assert ("Youth League Committee", "Pelham Vale Copper Industry Co., Ltd.") in got, got


_SIGNATURE = (
    "Reply on the Filing of the Staff Annuity Plan of Quenby Zinc Co., Ltd.\n\n"
    "Quenby Zinc Co., Ltd.:\n\n"
    "Your plan has been filed. Contributions may start from April 2027.\n\n"
    "Division of Pension Insurance\n"
    "Rutland Provincial Department of Human Resources and Social Security\n"
    "18 March 2027\n"
)


def test_a_division_above_its_department_in_a_signature_is_its_unit(snapshot_kg):
    got = _units(_draft(snapshot_kg, _SIGNATURE))
    assert ("Division of Pension Insurance",
            "Rutland Provincial Department of Human Resources and Social Security") in got, got


_JOINT = (
    "Sefton Municipal Bureau of Ecology and Environment\n"
    "Sefton Municipal Bureau of Emergency Management\n"
    "Safety Committee\n\n"
    "Notice on the Spring Checks of Tailings Ponds\n\n"
    "The checks run from 1 to 30 April 2027.\n\n"
    "Firms taking part:\n"
    "Tolland Lead Co., Ltd.\n"
    "Upwey Zinc Co., Ltd.\n"
)


def test_bodies_one_a_line_in_a_joint_letterhead_or_a_list_give_no_unit(snapshot_kg):
    got = _units(_draft(snapshot_kg, _JOINT))
    assert not got, got
