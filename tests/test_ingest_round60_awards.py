"""Round 60, lists of winners and who gives each grant, on short texts written for this file
(invented bodies, companies and people). A publicity of the recipients of several awards that
prints one table under a section heading per award ("A. X Award" over firms, "B. Y Star" over
persons) grants each table's rows its heading's award, not the title's collective name
(kg/ingest/relations/titled_grants.py); "N enterprises are named the second batch of "X". The
list follows." over a table grants X to each row, and "the following persons ... are issued
the X Certificate" grants X to each row's person (announced_grants.py); each grant is
conferred by the award's giver, the document's house."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import award_grants as _grants, draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round60-awards"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))


_SECTIONS = (
    "PUBLICITY OF THE PROPOSED RECIPIENTS OF THE 2027 TARROW AWARDS FOR CLEAN MINING\n\n"
    "Issued by:  Tarrow Municipal Mining Association\n"
    "Date:       Monday, 7 December 2026\n\n"
    "The judges met last week. The names below are shown to the public for five days before\n"
    "the awards are handed out in January.\n\n"
    "A. Quiet Valley Award\n\n"
    "  --------------------------------------------------------------\n"
    "  Company                                  Reason\n"
    "  --------------------------------------------------------------\n"
    "  Harlow Lead Mining Co., Ltd.             dust screens on all haul roads\n"
    "  Vesper Nickel Mining Co., Ltd.           tailings water reused in full\n"
    "  --------------------------------------------------------------\n\n"
    "B. Green Miner Star\n\n"
    "  --------------------------------------------------------------\n"
    "  Name              Unit                           Reason\n"
    "  --------------------------------------------------------------\n"
    "  Zhao Mingyu       Harlow Lead Mining Co., Ltd.   planted 3,000 trees\n"
    "  Qian Lihua        Vesper Nickel Mining Co., Ltd. cut diesel use by a third\n"
    "  --------------------------------------------------------------\n\n"
    "Tarrow Municipal Mining Association\n"
)


def test_each_section_heading_names_its_tables_award(snapshot_kg):
    grants = _grants(_draft(snapshot_kg, _SECTIONS))
    giver = "Tarrow Municipal Mining Association"
    assert grants.get("Harlow Lead Mining Co., Ltd.") == {("Quiet Valley Award", giver)}
    assert grants.get("Vesper Nickel Mining Co., Ltd.") == {("Quiet Valley Award", giver)}
    assert grants.get("Zhao Mingyu") == {("Green Miner Star", giver)}
    assert grants.get("Qian Lihua") == {("Green Miner Star", giver)}
    # the title's collective name is no award anyone wins
    assert not any("Clean Mining" in a for got in grants.values() for a, _ in got)


def test_a_heading_of_a_kind_of_recipient_names_no_award(snapshot_kg):
    text = _SECTIONS.replace("A. Quiet Valley Award", "A. Enterprise Category").replace(
        "B. Green Miner Star", "B. Individual Category")
    grants = _grants(_draft(snapshot_kg, text))
    assert not any("Category" in a for got in grants.values() for a, _ in got)


_BATCH = (
    "Dunmore Municipal Emergency Management Bureau\n\n"
    "Notice on Naming the Second Batch of Municipal Safe Smelting Demonstration Enterprises\n\n"
    "To the district emergency offices:\n\n"
    "After checks on site in October and a review by experts, three enterprises are named the\n"
    "second batch of \"Municipal Safe Smelting Demonstration Enterprises\". The list follows.\n\n"
    "--------------------------------------------------------------\n"
    "No.  Enterprise                              District\n"
    "---  --------------------------------------  ----------\n"
    "1    Keldan Copper Smelting Co., Ltd.        Eastgate\n"
    "2    Ostrava Zinc Refining Co., Ltd.         Riverside\n"
    "3    Pellor Tin Smelting Co., Ltd.           Eastgate\n"
    "--------------------------------------------------------------\n\n"
    "The name is kept for three years.\n\n"
    "Dunmore Municipal Emergency Management Bureau\n"
    "1 December 2026\n"
)


def test_a_named_batch_with_the_list_after_it_grants_each_row(snapshot_kg):
    grants = _grants(_draft(snapshot_kg, _BATCH))
    award = "Municipal Safe Smelting Demonstration Enterprises"
    giver = "Dunmore Municipal Emergency Management Bureau"
    for firm in ("Keldan Copper Smelting Co., Ltd.", "Ostrava Zinc Refining Co., Ltd.",
                 "Pellor Tin Smelting Co., Ltd."):
        assert grants.get(firm) == {(award, giver)}, firm


def test_a_list_not_said_to_follow_grants_nothing(snapshot_kg):
    text = _BATCH.replace(" The list follows.", " Plaques come later.")
    grants = _grants(_draft(snapshot_kg, text))
    assert "Keldan Copper Smelting Co., Ltd." not in grants


_ISSUED = (
    "Tarrow County Market Regulation Bureau\n\n"
    "PUBLICITY OF WELDER CERTIFICATES ISSUED (FIRST BATCH OF 2027)\n\n"
    "The following workers sat the practical test at the county training hall in December and\n"
    "are issued the Tarrow Pressure Pipe Welder Certificate. Each card is good for three\n"
    "years.\n\n"
    "  No.  Name           Employer\n"
    "  ---  -------------  ---------------------------------\n"
    "  1    Sun Haoran     Harlow Lead Mining Co., Ltd.\n"
    "  2    Li Wenjing     Vesper Nickel Mining Co., Ltd.\n"
    "  ---  -------------  ---------------------------------\n\n"
    "Tarrow County Market Regulation Bureau\n"
    "5 January 2027\n"
)


def test_the_following_persons_are_issued_a_certificate(snapshot_kg):
    grants = _grants(_draft(snapshot_kg, _ISSUED))
    award = "Tarrow Pressure Pipe Welder Certificate"
    giver = "Tarrow County Market Regulation Bureau"
    assert grants.get("Sun Haoran") == {(award, giver)}
    assert grants.get("Li Wenjing") == {(award, giver)}
    # the workers' employers win nothing
    assert "Harlow Lead Mining Co., Ltd." not in grants


def test_issued_a_plan_is_no_award(snapshot_kg):
    text = _ISSUED.replace("are issued the Tarrow Pressure Pipe Welder Certificate",
                           "are issued the Tarrow Pressure Pipe Welding Plan")
    grants = _grants(_draft(snapshot_kg, text))
    assert "Sun Haoran" not in grants
