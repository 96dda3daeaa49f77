"""Round 54, the rows of a table that each state one occurrence (kg/ingest/events/row_occurrences.py),
on short texts written for this file (invented bureaus, companies and places): a stage table, a
register of complaint cases, an itinerary whose day carries down and whose times split a day;
a table of companies with a date of issue gives no event."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import by_rule, draft_of, snapshot_kg  # noqa: F401

RULE = "event:table-row"


def _draft(kg, text: str, doc_id: str = "round54-cases"):
    return draft_of(kg, text, doc_id, "round54.txt", today=dt.date(2027, 1, 20))


def _rows(draft) -> dict:
    """The table-row events and what they carry (hostile_drafts.by_rule)."""
    return by_rule(draft, RULE)


_STAGES = (
    "Notice on the Second Pewter Design Contest\n\n"
    "Dated 2 March 2027\n\n"
    "The contest is organised by the Harrowgate Tin Association.\n\n"
    "| Stage        | Dates              | Form and place                 |\n"
    "|---|---|---|\n"
    "| Sign-up      | 5 to 25 March 2027 | online                         |\n"
    "| Shortlisting | 12 April 2027      | review of drawings by a jury   |\n"
    "| Final round  | 14 May 2027        | exhibition hall, Harrowgate    |\n\n"
    "Contact: the Association's secretariat.\n"
)


def test_each_stage_of_a_stage_table_is_one_dated_event(snapshot_kg):
    got = _rows(_draft(snapshot_kg, _STAGES))
    assert {"Sign-up", "Shortlisting", "Final round"} <= set(got), got
    final = got["Final round"]
    assert any("2027-05-14" in v for v in final.get("startDate", set()) |
               final.get("plannedDate", set())), final
    signup = got["Sign-up"]
    assert "2027-03-25" in signup.get("endDate", set()), signup


_CASES = (
    "Monthly Report on Complaints, February 2027\n\n"
    "Issued by the Dunmore County Letters Bureau, 3 March 2027\n\n"
    "| No. | Received | From                | Enterprise                 | Matter                 |\n"
    "|-----|----------|---------------------|----------------------------|------------------------|\n"
    "| 1   | 4 Feb    | two farmers         | Calder Copper Co., Ltd.    | dust from the slag     |\n"
    "|     |          |                     |                            | heap                   |\n"
    "| 2   | 17 Feb   | a teacher           | Brindle Zinc Co., Ltd.     | noise from the crusher |\n\n"
    "Both cases were passed to the county's environment office.\n"
)


def test_each_complaint_case_is_an_event_about_its_enterprise(snapshot_kg):
    got = _rows(_draft(snapshot_kg, _CASES))
    dust = next((v for k, v in got.items() if k.startswith("dust from the slag")), None)
    assert dust is not None, got
    assert "2027-02-04" in dust.get("startDate", set()), dust
    assert "Calder Copper Co., Ltd." in dust.get("about", set()), dust
    assert "Calder Copper Co., Ltd." not in dust.get("participant", set()), dust
    noise = next((v for k, v in got.items() if k.startswith("noise from the crusher")), None)
    assert noise is not None and "2027-02-17" in noise.get("startDate", set()), got


_ITINERARY = (
    "Programme of the Visit of the Tallis Nickel Delegation\n\n"
    "Issued on 1 April 2027\n\n"
    "| Date       | Time  | Programme                         | Place       |\n"
    "|------------|-------|-----------------------------------|-------------|\n"
    "| Tue 6 Apr  | 10:00 | Arrival                           | Kelmouth    |\n"
    "| Wed 7 Apr  | 09:00 | Tour of the refinery              | Kelmouth    |\n"
    "|            | 15:00 | Talks on nickel sulphate supply   | Kelmouth    |\n"
    "| Thu 8 Apr  | 11:00 | Departure                         | Kelmouth    |\n"
)


def test_an_itinerary_splits_a_day_by_its_times_and_carries_its_day(snapshot_kg):
    got = _rows(_draft(snapshot_kg, _ITINERARY))
    assert {"Arrival", "Tour of the refinery", "Talks on nickel sulphate supply",
            "Departure"} <= set(got), got
    talks = got["Talks on nickel sulphate supply"]
    days = talks.get("startDate", set()) | talks.get("plannedDate", set())
    assert any(v.startswith("2027-04-07") for v in days), talks


_COMPANIES = (
    "List of Certified Green Smelters\n\n"
    "Published 5 May 2027\n\n"
    "| No. | Enterprise                 | City      | Date of issue |\n"
    "|-----|----------------------------|-----------|---------------|\n"
    "| 1   | Calder Copper Co., Ltd.    | Dunmore   | 2 April 2027  |\n"
    "| 2   | Brindle Zinc Co., Ltd.     | Kelmouth  | 9 April 2027  |\n"
)


def test_a_table_of_companies_with_a_date_of_issue_gives_no_event(snapshot_kg):
    assert _rows(_draft(snapshot_kg, _COMPANIES)) == {}


def test_a_table_dated_in_a_later_column_without_a_what_column_gives_no_event(snapshot_kg):
    text = _COMPANIES.replace("Date of issue", "Date         ")
    assert _rows(_draft(snapshot_kg, text)) == {}


_CHRONICLE = (
    "Chronicle of the Pellow Tin Smelter\n\n"
    "Compiled 3 January 2027\n\n"
    "Date      Event\n"
    "--------  ------------------------------------------------------------\n"
    "2019.05   The smelter is handed over to a new owner after a long sale\n"
    "          and its old furnaces are shut.\n"
    "2022.08   A second tin refinery line is completed beside the old one.\n"
)


def test_a_chronicles_sentences_are_left_to_the_clause_rules(snapshot_kg):
    assert _rows(_draft(snapshot_kg, _CHRONICLE)) == {}


_EXAMS = (
    "Timetable of the Spring Certificate Exams\n\n"
    "Issued 4 January 2027 by the Wexley Metals Training Centre\n\n"
    "No.  Date                  Occupation (level)                  Seats\n"
    "1    12 February, Friday   Zinc roasting operator (level 4)     40\n"
    "2    19 February, Friday   Cathode stripping worker (level 3)   25\n"
)


def test_an_exam_timetable_keyed_by_its_days_gives_one_exam_a_row(snapshot_kg):
    got = _rows(_draft(snapshot_kg, _EXAMS))
    assert {"Zinc roasting operator (level 4)", "Cathode stripping worker (level 3)"} <= set(got), got


_VISITS = (
    "Verification Visits, March 2027\n\n"
    "Issued 1 March 2027\n\n"
    "Day                Area / enterprises\n"
    "Mon, 8 March       Calder Copper Co., Ltd., Brindle Zinc Co., Ltd.\n"
    "Tue, 9 March       Harrowgate Tin Co., Ltd.\n"
)


def test_a_days_list_of_companies_is_no_label(snapshot_kg):
    assert _rows(_draft(snapshot_kg, _VISITS)) == {}
