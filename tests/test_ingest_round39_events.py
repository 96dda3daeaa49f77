"""Round 39, events: recall of dated happenings and their days, on short texts written for this
file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import dated_new, draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round39-events"):
    return draft_of(kg, text, doc_id, "round39.txt", today=dt.date(2026, 12, 5))


# --- 1. a sentence of several dated clauses: each its own event ---------------------------------
_TWO_CLAUSES = ("Tin works wins green label\n\nGejiu, 2 December 2026 -- The tin works of Gejiu "
                "Hongtai Tin Co., Ltd. has been named a green factory, the provincial bureau said.\n\n"
                "A panel of experts met in Kunming on 18 November and the works were inspected on 23 "
                "November.\n")


def test_each_dated_clause_of_a_sentence_is_its_own_event(snapshot_kg):
    """"X met on 18 November and the works were inspected on 23 November": the two dates made
    two events that each held the whole sentence (the same evidence, a label with the other
    clause's words); now each is its own clause, labelled and dated by it."""
    draft = _draft(snapshot_kg, _TWO_CLAUSES)
    got = dated_new(draft)
    met = [k for k, v in got.items() if ("startDate", "2026-11-18") in v]
    seen = [k for k, v in got.items() if ("startDate", "2026-11-23") in v]
    assert met and seen, got
    assert all("inspected" not in k for k in met), met
    assert all("met" not in k.split() for k in seen), seen


def test_a_name_holding_and_is_not_cut(snapshot_kg):
    """"The Gejiu Tin Summit and Expo opened on 8 October": "and" between two capitalised words is
    the name's own, and a dateline's day is no clause of the sentence."""
    text = ("Gejiu, Oct. 9 -- The 2nd Gejiu Tin Summit and Expo opened on 8 October at the Gejiu "
            "Convention and Exhibition Center, and runs until 10 October.\n")
    draft = _draft(snapshot_kg, text)
    got = dated_new(draft)
    assert not any(k.startswith(("Expo opened", "Exhibition Center")) for k in got), got


# --- 2. the day a payment, a coupon or a report falls due --------------------------------------
_DUE_DAYS = ("Copper smelter sells notes\n\nTongling, 2 December 2026 -- Tongling Jinxin Copper "
             "Co., Ltd. sold 800 million yuan of five-year notes on Tuesday, the company said.\n\n"
             "Interest is paid each year; the first payment falls due before 30 April 2027. The "
             "second coupon on the notes falls on 20 April 2028.\n\nThe company must tell the "
             "exchange how the money is used every half year; a report on it falls due by 31 "
             "July 2027.\n\nThe Lantern Festival falls on 20 February next year.\n")


def test_a_payment_or_report_falling_due_is_a_planned_milestone(snapshot_kg):
    """"the first payment falls due before 30 April 2027", "The second coupon ... falls on 20
    April 2028", "a report on it falls due by 31 July 2027": no plan word the steps reader
    knew, so none was drafted; now each is a milestone planned for its day. A holiday that
    "falls on" a day is no step."""
    draft = _draft(snapshot_kg, _DUE_DAYS)
    got = dated_new(draft)
    planned = {v for vs in got.values() for p, v in vs if p == "plannedDate"}
    assert {"2027-04-30", "2028-04-20", "2027-07-31"} <= planned, got
    assert not any(("plannedDate", "2027-02-20") in v for v in got.values()), got


# --- 3. "we expect first metal in May", "we hope for first product in 2028" --------------------
def test_what_a_speaker_expects_or_hopes_for_by_a_day_is_planned(snapshot_kg):
    """"We expect first cathode in May 2027" and "we hope for first sulphate output in the second
    quarter of 2028": only "expects" / "targets" in the third person led a planned step; a hope
    for better prices is no step."""
    text = ("Nickel refinery update\n\nJinchang, 2 December 2026 -- Jinchang Ruixin Nickel Co., "
            "Ltd. said its new refinery was on schedule.\n\n\"We expect first cathode in May 2027, "
            "and we hope for first sulphate output in the second quarter of 2028,\" "
            "its general manager said. The company also hopes for better prices in 2027.\n")
    draft = _draft(snapshot_kg, text)
    got = dated_new(draft)
    planned = {v for vs in got.values() for p, v in vs if p == "plannedDate"}
    assert {"2027-05", "2028"} <= planned, got
    assert not any("prices" in k.lower() for k in got), got


# --- 4. a plan's part that is a step's noun and its day alone ---------------------------------
def test_a_plans_part_naming_a_step_and_its_day_is_planned(snapshot_kg):
    """"Next steps: first heat before the Spring Festival; full output in the second quarter of
    next year" and "...; hiring in February next year": a noun phrase and a day, no verb, so no
    clause rule read them; a figure's part ("production in 2027 30,000 t") is none."""
    text = ("Alloy wheel plant on schedule\n\nBaotou, 2 December 2026 -- Baotou Ruida Alloy Wheel "
            "Co., Ltd. said its new casting line was on schedule.\n\nNext steps: first heat "
            "before the Spring Festival; full output in the second quarter of next year.\n\n"
            "Applicants sit a written test in December; hiring in February next year.\n\n"
            "Capacity: 20,000 t; production in 2027 30,000 t.\n")
    draft = _draft(snapshot_kg, text)
    got = dated_new(draft)
    assert ("plannedDate", "2027") in got.get("Full output", set()), got
    assert ("plannedDate", "2027-02") in got.get("Hiring", set()), got
    assert not any(k.lower().startswith("production") for k in got), got
