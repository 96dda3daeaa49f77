"""Round 35, dates of a draft's documents and projects read from the layout they are printed
in: a month its title block prints ("Licences Granted ... in October 2026") is the month a list
reports on, not its day of issue when the head or the signature gives that day; a period a
record's field or a table's column prints ("Period:  2027.06-2029.05", "| Term |") is its
project's start and end; a day that ends a meeting's name is its own; a thing counted back from
("five days before the hearing") takes no day of an earlier clause; a numbered paragraph's
decision takes the day of the table's row of that number."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates

ISSUED = ("#dateIssued",)

MONTHLY_LIST = """Home > Open Government > Licensing > Water Abstraction

  Publicity of Water Abstraction Licences Granted, Changed and Cancelled
          by the Bureau in October 2026 (Smelters)

Release time: 2026-11-10 09:15   Source: Licensing Division

Under the Regulations on Water Abstraction Licences, the Dongshan
Prefecture Water Resources Bureau examined the applications of four
smelters and handled the following matters during October.

1  Lintao Lead Smelting Co., Ltd.     groundwater    granted 10-08
2  Guanshan Copper Co., Ltd.          river water    granted 10-21

                        Dongshan Prefecture Water Resources Bureau
                                             10 November 2026
"""


def test_a_month_in_the_title_block_is_not_the_lists_day_of_issue(kg):
    got = label_dates(draft_of(kg, MONTHLY_LIST, "r35-monthly-list"), "Publicity of Water", ISSUED)
    assert got, "the bulletin is proposed"
    assert {v.get("dateIssued") for v in got.values()} == {"2026-11-10"}, got


PROJECT_DATES = ("#startDate", "#plannedDate", "#endDate")

TOPIC_CARDS = """Eastvale Provincial Science Office

Call for Proposals under the 2027 Light Metals Programme

Issued: Monday, 7 December 2026

Topic 2027-LM-04
  Title:         Thin-strip casting of wrought magnesium sheet
  Content:       a twin-roll caster with on-line thickness control
  Funds:         up to 4 million yuan
  Period:        2027.06-2029.05

Topic 2027-LM-05
  Title:         Recovery of gallium from alumina refinery liquor
  Content:       resin columns and an electrowinning cell
  Funds:         up to 3 million yuan
  Period:        2027.06-2028.11
"""


def test_a_topic_cards_period_field_dates_its_project(kg):
    got = label_dates(draft_of(kg, TOPIC_CARDS, "r35-topic-cards"), "Thin-strip", PROJECT_DATES)
    assert got == {"Thin-strip casting of wrought magnesium sheet":
                   {"plannedDate": "2027-06", "endDate": "2029-05"}}, got


TERM_TABLE = """Northbank City Industry Bureau: teams chosen for the 2026 light-alloy challenge tasks

Published 2026-12-09 (Wednesday)

| No. | Task (issuing firm) | Chosen team | Funds | Term |
|---|---|---|---|---|
| LA-2026-01 | Crack-free welding of thick aluminium-lithium plate (Northbank Hexin Alloy Co., Ltd.) | Central South University | 180 | 2027.02-2028.07 |
| LA-2026-02 | Low-cost titanium powder for additive repair (Northbank Ruitai Titanium Co., Ltd.) | Northeastern University | 220 | 2027.02-2029.01 |
"""


def test_a_tables_term_column_dates_its_rows_project(kg):
    got = label_dates(draft_of(kg, TERM_TABLE, "r35-term-table"), "Crack-free", PROJECT_DATES)
    assert got == {"Crack-free welding of thick aluminium-lithium plate":
                   {"plannedDate": "2027-02", "endDate": "2028-07"}}, got


PERMIT_CARDS = """Westmoor County Housing and Construction Bureau
Publicity of construction permits issued in November 2026

[1] Permit No.:        520811202611040101
    Project:           Copper rod drawing workshop (Phase I)
    Builder:           Westmoor Hongda Copper Co., Ltd.
    Contract period:   2026-11-15 to 2027-08-31 (290 days)
    Issued:            4 Nov.

                         Westmoor County Housing and Construction Bureau
                                                   1 December 2026
"""


def test_a_records_contract_period_dates_its_project(kg):
    got = label_dates(draft_of(kg, PERMIT_CARDS, "r35-permit-cards"), "Copper rod", PROJECT_DATES)
    dates = got["Copper rod drawing workshop (Phase I)"]
    assert dates.get("endDate") == "2027-08-31", got
    assert "2026-11-15" in (dates.get("startDate"), dates.get("plannedDate")), got


PANEL_MEETING = """Lianbei Provincial Department of Natural Resources

Announcement of Mining Right Transfer Results

Issued: 11 December 2026

Under the Measures for the Transfer of Mining Rights, the department's
review panel examined the bids received up to 20 November at its meeting of 7-9
December. The results are announced below.
"""


def test_a_day_that_ends_a_meetings_name_and_its_sentence_is_the_meetings(kg):
    # ("December." read as the abbreviation "Dec.": the day still ends the meeting's name)
    got = label_dates(draft_of(kg, PANEL_MEETING, "r35-panel-meeting"), "Meeting of")
    assert got == {"Meeting of 7-9 December": {"startDate": "2026-12-07",
                                               "endDate": "2026-12-09"}}, got


HEARING_BY_LOT = """Qingshan Municipal Price Bureau

Notice on a Public Hearing on Water Tariffs for Smelters

Release date: 2026-11-18

The bureau has drafted new water tariffs for zinc and lead smelters and will
hold a public hearing on them. Speakers will be chosen by lot on 2 December
at the bureau's office; those chosen will receive the draft five days before
the hearing.
"""


def test_a_thing_counted_back_from_takes_no_day_of_an_earlier_clause(kg):
    # ("... by lot on 2 December ...; those chosen will receive the draft five days before the
    # hearing": the hearing is not on 2 December)
    got = label_dates(draft_of(kg, HEARING_BY_LOT, "r35-hearing-by-lot"), "Public hearing")
    assert got and all("2026-12-02" not in v.values() for v in got.values()), got


NUMBERED_CASES = """Dongling Municipal Bureau of Ecology and Environment

     Publicity of Administrative Penalties (Batch 9 of 2026)

Release date: 2026-12-22

Our bureau checked the waste gas outlets of smelters in Dongling in
the autumn and has decided the cases below.

 No.  Party                                  Decided     Fine (yuan)
 ---  -------------------------------------  ----------  -----------
 1    Xinghe Zinc Smelting Co., Ltd.         12 Nov.         150,000
 2    Lintao Secondary Lead Co., Ltd.        3 Dec.           60,000
 ---  -------------------------------------  ----------  -----------

Facts and decisions:

 1. Xinghe Zinc Smelting Co., Ltd. ran its roaster while the acid
    plant was down and let sulphur dioxide escape. Decision No. Dong
    Huan Fa [2026] 41.

 2. Lintao Secondary Lead Co., Ltd. stored battery paste in the open.
    Decision No. Dong Huan Fa [2026] 47.
"""


def test_a_numbered_paragraphs_decision_takes_the_day_of_its_numbered_row(kg):
    got = label_dates(draft_of(kg, NUMBERED_CASES, "r35-numbered-cases"), "Dong Huan Fa", ISSUED)
    assert got == {"Dong Huan Fa [2026] 41": {"dateIssued": "2026-11-12"},
                   "Dong Huan Fa [2026] 47": {"dateIssued": "2026-12-03"}}, got


def test_a_note_numbered_like_the_rows_but_about_another_row_takes_no_day(kg):
    # (paragraph 1 tells row 2's party: the numbers do not join them)
    swapped = NUMBERED_CASES.replace(" 1. Xinghe Zinc Smelting", " 2. Xinghe Zinc Smelting")
    swapped = swapped.replace(" 2. Lintao Secondary Lead", " 1. Lintao Secondary Lead")
    got = label_dates(draft_of(kg, swapped, "r35-numbered-notes"), "Dong Huan Fa", ISSUED)
    assert all(not v for v in got.values()), got
