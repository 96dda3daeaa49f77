"""Round 36, date forms the reader did not read or read as other days: a month after a plan's
"for" ("the survey is scheduled for March"), a quarter or a half printed number first as
analysts write it ("in 3Q27", "by 1H27": its year, as any quarter), and weekdays printed before
the days they name ("from Tuesday to Thursday, 19-21 January": those days, not the last such
weekdays before the text's date)."""
from __future__ import annotations

from hostile_drafts import draft_of, label_dates

PLANS = ("#startDate", "#plannedDate", "#endDate")

PLANNED_FOR = """Marlow Zinc to survey tailings site

Redford, 16 November 2026 -- Marlow Zinc Co., Ltd. said its board approved
a tailings plan on Friday: the Redford tailings reclamation project is
scheduled for March, and the company will report its cost to the county.
"""


def test_a_month_after_a_plans_for_is_read_ahead(kg):
    got = label_dates(draft_of(kg, PLANNED_FOR, "r36-planned-for"), "Redford tailings", PLANS)
    assert got == {"Redford tailings reclamation project": {"plannedDate": "2027-03"}}, got


ANALYST_QUARTER = """Kestrel Copper outlook

Ashby, 20 November 2026 -- Kestrel Copper Co., Ltd. told analysts that
the Ashby Copper Smelting Conference will be held in 1H27, and that its
new anode furnace will start production in 3Q27.
"""


def test_a_quarter_or_half_printed_number_first_dates_with_its_year(kg):
    draft = draft_of(kg, ANALYST_QUARTER, "r36-analyst-quarter")
    got = label_dates(draft, "Ashby Copper Smelting Conference", PLANS)
    assert got == {"Ashby Copper Smelting Conference": {"plannedDate": "2027"}}, got
    planned = {v.get("plannedDate") for v in label_dates(draft, "", PLANS).values()}
    assert not planned & {"2027-01", "2027-07", "2027-06", "2027-09"}, planned


WEEKDAYS_OF_DAYS = """Notice on refresher training for furnace crews

Issued: Friday, 4 December 2026

The 30 furnace operators of Harwick Aluminium Co., Ltd. will be retrained
at the plant school from Tuesday to Thursday, 19-21 January.
"""


def test_weekdays_printed_before_their_days_are_those_days(kg):
    draft = draft_of(kg, WEEKDAYS_OF_DAYS, "r36-weekdays-of-days")
    got = {v for d in label_dates(draft, "", PLANS).values() for v in d.values()}
    assert got, "the training is dated"
    assert got <= {"2027-01-19", "2027-01-21"}, got
