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


HEARING_NOTICE = """Eastmarch Municipal Price Bureau

     Announcement on Holding a Public Hearing on the Water Tariff for
                     Zinc and Lead Smelters

                                        Release date: 2026-11-23

To meet the cost of the new intake works, the bureau has drafted a
higher water tariff for the zinc and lead smelters of the city and will
hold a public hearing on it. The arrangements are as follows.

1. Time and place
   9:30 a.m., Thursday, 17 December 2026, Hall 2 of the Riverside Hotel,
   Eastmarch.

2. Speakers
   Twelve speakers, from the smelters, the residents and the bureau.

3. Registration
   From 24 November to 4 December 2026, at the bureau's service window.
"""


def test_a_notices_time_section_dates_the_gathering_it_holds(kg):
    draft = draft_of(kg, HEARING_NOTICE, "r36-hearing-notice")
    got = {e.label: {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in e.statements
                     if str(p).endswith(PLANS)}
           for e in draft.new() if "hearing" in e.label.lower() and "Announcement" not in e.label}
    assert {"2026-12-17"} in [set(v.values()) for v in got.values()], got


CEREMONY_NOTICE = """Northfield Charity Federation

      Notice on Holding the Award Ceremony of the 2026 Aluminium Workers'
                    Scholarship

To the donor enterprises and the schools concerned:

The federation will hold the award ceremony of the 2026 Aluminium
Workers' Scholarship. The matters are notified as follows.

I. Time and venue
   Time:   Monday, 21 December 2026, 14:30-16:00
   Venue:  Conference Hall, Northfield Workers' Cultural Palace

II. Attendance
   One person from each donor enterprise and each school.

                                        Northfield Charity Federation
                                              8 December 2026
"""


def test_a_time_field_under_a_time_section_dates_the_ceremony(kg):
    got = label_dates(draft_of(kg, CEREMONY_NOTICE, "r36-ceremony-notice"), "Award ceremony",
                      PLANS)
    assert got and all(set(v.values()) == {"2026-12-21"} for v in got.values()), got
