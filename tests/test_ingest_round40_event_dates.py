"""Round 40, event dates: the days of events drafted with the wrong date or none, on short texts
written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401


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
