"""Round 51, dates: a past clause that sends or takes something "to" a place ("sent 40 nurses to
Harrow County in October", in a text of January) tells what happened, so its yearless month is
last year's, not the coming one (kg/ingest/reading/happened.py; "agreed to buy it in October"
is still a plan); a step printed with its weekday ("Registration closes on Tuesday, 8 December") keeps
the year that weekday fits, not the next one (kg/ingest/events/step_parts.rolled); a sentence
opening "On the evening of Sunday, 15 November 2026," on the first line of a hard-wrapped
paragraph is running text, not the header's date, so the signature's later day stays the
text's own and a day between them is of the same year (kg/ingest/reading/dates._header_date);
a list of days one month closes ("talked on 4, 11 and 25 November") starts at its first day
(kg/ingest/reading/day_lists.py).
On short texts written for this file (invented towns, guilds and firms)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import dated_values
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.reading.dates import read_document_date


def _draft(kg, text: str, doc_id: str = "round51-dates"):
    return draft_of(kg, text, doc_id, "round51.txt", today=dt.date(2027, 1, 20))


def _all(draft) -> set:
    return {v for vs in dated_values(draft).values() for _, v in vs}


def _days(text: str, doc_date: str) -> dict:
    return {text[d.start:d.end].rstrip("."): d.value for d in text_days(text, doc_date[:4], doc_date)}


def test_a_month_of_a_clause_that_sent_people_to_a_place_is_last_year_s():
    text = ("Annual note of the Pell Valley Guild, 12 January 2027.\n\n"
            "The guild's repair team sent 40 volunteers to Harrow County in October.\n")
    assert _days(text, "2027-01-12")["October"] == "2026-10"


def test_a_month_of_a_clause_that_agreed_to_do_something_is_still_ahead():
    text = ("Annual note of the Pell Valley Guild, 12 January 2027.\n\n"
            "The guild agreed to buy the old mill in October.\n")
    assert _days(text, "2027-01-12")["October"] == "2027-10"


def test_a_month_a_text_says_goods_were_delivered_to_the_port_in_is_last_year_s():
    text = ("Quarry bulletin, 8 January 2027.\n\n"
            "The quarry delivered the last barge of gravel to the port in November.\n")
    assert _days(text, "2027-01-08")["November"] == "2026-11"


_PROGRAMME = ("NORTH SEA TIN WORKSHOP 2026\n"
              "Programme\n\n"
              "Thursday 17 - Friday 18 December 2026, Brill Town Hall\n\n"
              "NOTES\n"
              "(a) The workshop is held every year.\n"
              "(b) Registration closes on Tuesday, 8 December. Members of the guild pay no "
              "fee.\n\n"
              "Workshop Office\n")


def test_a_step_printed_with_its_weekday_keeps_that_weekday_s_year(snapshot_kg):
    draft = _draft(snapshot_kg, _PROGRAMME)
    values = _all(draft)
    # (no day of issue printed: the text's date is the workshop's first day, 17 December; the
    # step's weekday says it is the 8th of that December, a Tuesday in 2026, not 2027's)
    assert "2026-12-08" in values and "2027-12-08" not in values, dated_values(draft)


_NOTICE = ("Brill District Food Safety Office\n\n"
           "Notice on Canteens at Quarry Camps\n\n"
           "To all quarry firms of the district:\n\n"
           "On the evening of Sunday, 15 November 2026, the hotline received a complaint that 9\n"
           "workers at the camp of the Harrow quarry fell ill after a meal. Inspectors came the\n"
           "next morning. The camp kitchen was closed on 17 November and its licence is being\n"
           "withdrawn.\n\n"
           "All camps shall keep cooked food below 8 degrees.\n\n"
           "                                   Brill District Food Safety Office\n"
           "                                   Friday, 20 November 2026\n")


def test_a_sentence_s_opening_day_is_no_header_date():
    shown, guessed = read_document_date(_NOTICE)
    assert shown is not None and shown.value == "2026-11-20"


def test_a_day_between_the_story_s_first_and_the_signature_keeps_their_year(snapshot_kg):
    draft = _draft(snapshot_kg, _NOTICE)
    values = _all(draft)
    assert "2025-11-17" not in values, dated_values(draft)


def test_a_list_of_days_one_month_closes_starts_at_its_first_day():
    text = ("Harrow Guild news, 8 December 2026.\n\n"
            "The guild and the union talked on 4, 11 and 25 November 2026 before they agreed.\n")
    days = {text[d.start:d.end]: (d.value, d.until) for d in text_days(text, "2026", "2026-12-08")}
    assert days.get("4, 11 and 25 November 2026") == ("2026-11-04", "2026-11-25"), days


def test_a_figure_s_thousands_are_no_list_of_days():
    text = ("Harrow Guild news, 8 December 2026.\n\n"
            "The guild paid 1,250 and 300 yuan on 5 June for the two halls.\n")
    values = {d.value for d in text_days(text, "2026", "2026-12-08")}
    assert "2026-06-05" in values and not any(v.endswith("-01") for v in values), values
