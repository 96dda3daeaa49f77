"""Round 40, event dates: the days of events drafted with the wrong date or none, on short texts
written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import dated_new, draft_of, label_dates, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round40-event-dates"):
    return draft_of(kg, text, doc_id, "round40.txt", today=dt.date(2026, 12, 5))


# --- 1. an event named for a year, held at that year's edge ---------------------------------------
def test_next_year_s_conference_held_in_december_keeps_its_day(snapshot_kg):
    """"held its 2027 Supplier Partner Conference ... on 10 December" (in a text of December
    2026): the conference named for next year took place this December; the name's year
    replaced the day its sentence gives (an event of 2027, planned)."""
    text = ("Battery maker meets suppliers\n\nHefei, 11 December 2026 -- Anhui Tongda Battery Co., "
            "Ltd. held its 2027 Supplier Partner Conference in Hefei on 10 December. About 200 "
            "suppliers attended.\n")
    got = label_dates(_draft(snapshot_kg, text), "2027 Supplier")
    assert got and all(v.get("startDate") == "2026-12-10" for v in got.values()), got


def test_last_year_s_annual_conference_held_in_january_keeps_its_days(snapshot_kg):
    """"The 2026 ... Annual Conference took place ... on 12-13 January" (posted in January 2027):
    the days are January 2027's, not the bare year 2026."""
    text = ("Zinc recyclers meet in Zhuzhou\n\nposted 14 January 2027\n\nThe 2026 China Zinc "
            "Recycling Annual Conference took place in Zhuzhou on 12-13 January. About 300 "
            "delegates attended.\n")
    got = label_dates(_draft(snapshot_kg, text), "2026 China Zinc")
    assert got and all(v.get("startDate") == "2027-01-12" and v.get("endDate") == "2027-01-13"
                       for v in got.values()), got


def test_a_day_far_from_the_named_year_still_gives_way_to_it(snapshot_kg):
    """"the 2028 Lithium Summit ... in May" in a text of 2026: a day far from the named year is
    no day of that summit; the name's year stands (as before)."""
    text = ("Lithium summit planned\n\nChengdu, 3 December 2026 -- Organisers said the 2028 "
            "Sichuan Lithium Summit will be held in Chengdu in May.\n")
    got = label_dates(_draft(snapshot_kg, text), "2028 Sichuan")
    assert got and all(all(d.startswith("2028") for d in v.values()) for v in got.values()), got


def test_next_year_s_meeting_named_on_the_text_s_day_stays_in_its_year(snapshot_kg):
    """"At the closing session on 20 November, Ganzhou was named host of the 2027 annual
    meeting" (a text of 20 November 2026): the text's own day is the session's, not the next
    meeting's, which keeps its year."""
    text = ("Tin association meets in Kunming\n\nKunming, 20 November 2026 -- The 2026 annual "
            "meeting of the Yunnan Tin Association closed in Kunming.\n\nAt the closing session on "
            "20 November, Gejiu was named the host city of the 2027 annual meeting.\n")
    got = label_dates(_draft(snapshot_kg, text), "2027 annual")
    assert all(not any(d.startswith("2026") for d in v.values()) for v in got.values()), got


# --- 2. a sentence that opens with a weekday and its day ----------------------------------------
def test_a_sentence_opening_with_a_weekday_and_its_day_dates_its_own_clause(snapshot_kg):
    """"From Monday, 4 January 2027 the museum changes to its winter hours, and on 9 January it
    opens ...": the weekday between "From" and the day hid the sentence's leading day, and only
    the later day dated the sentence; now the first clause is an event of its own day."""
    text = ("Notice to visitors\n\nGejiu, 1 December 2026 -- Dear visitors,\n\nFrom Monday, 4 "
            "January 2027 the Gejiu Tin Museum changes to its winter opening hours, and on 9 "
            "January it opens a new exhibition on tin mining.\n")
    got = dated_new(_draft(snapshot_kg, text))
    first = [k for k, v in got.items() if any(d == "2027-01-04" for _, d in v)]
    assert first and any("winter opening hours" in k for k in first), got


def test_a_time_s_weekday_inside_a_sentence_is_no_leading_day(snapshot_kg):
    """"from 9:00 on Monday, 21 September to 17:00 on Friday, 25 September": one stretch of days
    of one step, not two clauses each dated by a weekday's day (a lead in lower case)."""
    text = ("Recruitment notice\n\nGuiyang, 10 September 2026 -- The institute announced its "
            "recruitment.\n\n1. Online registration: from 9:00 on Monday, 21 September to 17:00 on "
            "Friday, 25 September, at the website of the county personnel bureau.\n")
    got = dated_new(_draft(snapshot_kg, text))
    assert not any(("startDate", "2026-09-25") in v or ("plannedDate", "2026-09-25") in v
                   for v in got.values()), got
