"""Round 52, dates: a yearless month or day after the text's date, in a clause told in the past,
is last year's even when the clause's subject runs past eight words ("In September the harbour
board and the Wexmoor Fishing Cooperative Federation held ...", "the rowing club of the
Dunmere harbour workers' union sent ...": kg/ingest/reading/happened._first_past), and a day a
clause of when in the past follows ("On the night of 4 June, when a crane toppled ...") is a
day gone by (kg/ingest/reading/happened.when_past); a clause of when that tells what is to
come, or a long subject with a plan, keeps the day ahead.
On short texts written for this file (invented towns, boards and clubs)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import dated_values
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.events.weekday_dates import text_days


def _days(text: str, doc_date: str) -> dict:
    return {text[d.start:d.end].rstrip("."): d.value for d in text_days(text, doc_date[:4], doc_date)}


_REVIEW = ("Wexmoor Harbour Board\n\n"
           "Review of the Year\n\n"
           "The harbour stayed busy. In September the harbour board and the Wexmoor Fishing "
           "Cooperative Federation held the first rowing contest in Dunmere. On the night of 4 "
           "June, when a crane toppled beside the north quay, the night crew stopped all "
           "loading, and nobody was hurt. The rowing club of the Dunmere harbour workers' union "
           "sent 30 rowers to Calder Bay in October.\n\n"
           "Wexmoor Harbour Board\n"
           "14 January 2027\n")


def test_a_month_after_a_long_subject_that_held_something_is_last_year_s():
    assert _days(_REVIEW, "2027-01-14")["September"] == "2026-09"


def test_a_month_after_a_long_subject_that_sent_people_is_last_year_s():
    assert _days(_REVIEW, "2027-01-14")["October"] == "2026-10"


def test_a_day_a_past_clause_of_when_follows_is_last_year_s():
    assert _days(_REVIEW, "2027-01-14")["4 June"] == "2026-06-04"


def test_a_day_a_clause_of_when_about_the_future_follows_stays_ahead():
    text = ("Wexmoor Harbour Board, 14 January 2027.\n\n"
            "On 4 March, when the new north quay will open, the board meets the pilots.\n")
    assert _days(text, "2027-01-14")["4 March"] == "2027-03-04"


def test_a_long_subject_with_a_plan_keeps_its_month_ahead():
    text = ("Wexmoor Harbour Board, 14 January 2027.\n\n"
            "The rowing club of the Dunmere harbour workers' union plans to send 30 rowers to "
            "Calder Bay in October.\n")
    assert _days(text, "2027-01-14")["October"] == "2027-10"


def test_the_draft_gives_the_contest_last_september(snapshot_kg):
    draft = draft_of(snapshot_kg, _REVIEW, "round52-dates", "round52.txt",
                     today=dt.date(2027, 1, 20))
    values = {v for vs in dated_values(draft).values() for _, v in vs}
    assert "2027-09" not in values and "2027-06-04" not in values, dated_values(draft)


_LIST = ("Office of the Pell Town Boat Safety Committee\n\n"
         "Notice on the 2027 List of Key Boats\n\n"
         "Under the Rules of Pell Town for the Safety of Boats at Moorings\n"
         "(Pell Fa [2025] No. 4), and after the wardens of the three harbours checked the\n"
         "logs of all boats in December, the following six boats are key boats for 2027.\n\n"
         "Office of the Pell Town Boat Safety Committee\n"
         "Friday, 15 January 2027\n")


def test_a_month_a_clause_of_time_inside_a_long_clause_tells_in_the_past_is_last_year_s():
    # (the number's "No." is no "no" of a clause that tells what did not happen)
    assert _days(_LIST, "2027-01-15")["December"] == "2026-12"


def test_a_month_a_clause_of_time_tells_ahead_stays_ahead():
    text = _LIST.replace("checked the\nlogs", "will check the\nlogs")
    assert _days(text, "2027-01-15")["December"] == "2027-12"


_BULLETIN = ("DUNMERE RIVER WATCH STATION\n"
             "River Quality Bulletin No. 3 of 2026\n"
             "Lower reach below the tin works, Calder District\n"
             "--------------------------------------------------------------\n"
             "Issued 21 December 2026 (Monday)      Sampling: 1 - 3 December\n\n"
             "Background. The station takes water from five points below the old tin works of\n"
             "the Calder Tin Company and tests it for lead, zinc and cadmium each quarter.\n\n"
             "Results. All five points met the class III limits this quarter.\n")


def test_a_bulletin_over_a_subtitle_line_is_issued_on_the_text_s_day(snapshot_kg):
    # (the short line in sentence case under the title, ruled off, is a subtitle: the title
    # block runs on to the line of issue, and the bulletin takes its day, not "2026")
    draft = draft_of(snapshot_kg, _BULLETIN, "round52-bulletin", "round52b.txt",
                     today=dt.date(2027, 1, 20))
    got = {label: vs for label, vs in dated_values(draft).items() if "Bulletin" in str(label)}
    assert any(v == "2026-12-21" for vs in got.values() for _, v in vs), dated_values(draft)
