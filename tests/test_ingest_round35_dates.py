"""Round 35, dates of a draft's documents and steps read from the layout they are printed in:
a month its title block prints ("Licences Granted ... by the Bureau in October 2026") is the month a list reports
on, not its day of issue when the head or the signature gives that day."""
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

