"""Round 41, event dates: the days of events drafted in the wrong year or with a sibling's day,
on short texts written for this file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401
from kg.ingest.reading.dates import find_dates, roll_forward


def _draft(kg, text: str, doc_id: str = "round41-event-dates"):
    return draft_of(kg, text, doc_id, "round41.txt", today=dt.date(2026, 12, 5))


def _read(text: str, doc_year: str = "2026") -> dict:
    return {text[d.start:d.end]: d.value for d in find_dates(text, doc_year, extended=True)}


# --- 1. a yearless day next to a day of another year in its sentence ------------------------------
def test_a_briefing_a_few_days_before_next_year_s_test_is_in_that_year(snapshot_kg):
    """"The written test takes place on Saturday, 16 January 2027 ..., after a briefing ...
    held on 12 January" (a text of December 2026): the briefing is four days before the test,
    January 2027, not eleven months back in January 2026."""
    text = ("Gansu Tungsten Institute recruits 12 engineers\n\nLanzhou, 7 December 2026\n\n"
            "The written test takes place on Saturday, 16 January 2027 in Lanzhou, after a "
            "briefing for applicants held on 12 January at the institute.\n")
    got = label_dates(_draft(snapshot_kg, text), "Briefing")
    assert got and all(set(v.values()) == {"2027-01-12"} for v in got.values()), got


def test_a_day_in_brackets_after_next_year_s_days_takes_their_year():
    """"Dates: 14-15 January 2027 (badges from 13 January)": the badge day is the eve of the
    range printed before it in the same sentence."""
    got = _read("Programme\n\nDates: Thursday 14 - Friday 15 January 2027 (badges from 13 "
                "January, 14:00-20:00)\n")
    assert got["13 January"] == "2027-01-13", got


def test_a_yearless_day_far_from_the_printed_one_keeps_the_text_s_year():
    """"signed on 5 May 2027 ... fined on 20 December": seven months apart, the printed year
    says nothing of the later day (the text's year stands); and across a full stop the printed
    day sets nothing either."""
    got = _read("The contract starts on 5 May 2027, and the yard was fined on 20 December. The "
                "test ends on 9 January 2027. Output fell on 3 January.")
    assert got["20 December"] == "2026-12-20", got
    assert got["3 January"] == "2026-01-03", got



# --- 2. the gathering a record's head names in a field of its own ---------------------------------
def test_minutes_subject_field_is_the_meeting_dated_by_the_time_field(snapshot_kg):
    """"Subject:  Council meeting on ..." over "Time:  Wednesday, 13 January 2027": the minutes
    are of that meeting, held that day; no rule drafted it."""
    text = ("Lanzhou Copper Traders Association\nMINUTES (2027) No. 2\n\nSubject:  Council "
            "meeting on copper scrap import rules\nTime:     Wednesday, 13 January 2027, "
            "09:30-11:40\nVenue:    Room 2, Feitian Hotel, Lanzhou\nChair:    Gao Ming, "
            "President of the Association\n\n1. Background\n\nMembers discussed the new scrap "
            "rules and agreed to write to the customs office.\n")
    got = label_dates(_draft(snapshot_kg, text), "Council meeting")
    assert got == {"Council meeting on copper scrap import rules": {"startDate": "2027-01-13"}}, got


def test_investor_record_activity_field_with_dotted_leaders(snapshot_kg):
    """"Type of activity ..... Analyst site visit and briefing" and "Time ..... Tuesday, 8
    December 2026": an investor-relations record's activity, on its day."""
    text = ("Ningxia Tantalum Works Co., Ltd.\nRecord of Investor Relations Activities  No. "
            "2026-07\n\nType of activity ....... Analyst site visit and briefing (on site)\n"
            "Time ................... Tuesday, 8 December 2026, 10:00-11:30\nParticipants "
            "........... 12 analysts from nine brokers\n\nMr. Wu said tantalum powder sales "
            "rose in the year.\n")
    got = label_dates(_draft(snapshot_kg, text), "Analyst")
    assert got == {"Analyst site visit and briefing": {"startDate": "2026-12-08"}}, got


def test_a_mail_s_subject_and_date_make_no_gathering(snapshot_kg):
    """A pasted mail's "Subject: Agenda for the tungsten seminar" over "Date: Mon, 7 Dec 2026":
    the mail's subject and its sending day, not a seminar held that day."""
    text = ("From: Liu Fang <liu@example.org>\nTo: Members of the Tungsten Society\nDate: Mon, "
            "7 Dec 2026 09:12 +0800\nSubject: Agenda for the tungsten powder seminar\n\nDear "
            "members, the agenda is attached.\n")
    got = label_dates(_draft(snapshot_kg, text), "Agenda")
    assert not any(v.get("startDate") == "2026-12-07" for v in got.values()), got


# --- 3. a gathering that "runs" on its days, and the story's first day -----------------------------
def test_an_exhibition_that_runs_on_its_days_is_one_dated_by_them(snapshot_kg):
    """"The exhibition runs 8-10 June 2027 in Baotou; ..." (a text that prints no date of its
    own): the exhibition is an event of those days. The verb "runs" made none, and the first
    day, read as the text's own date, was passed over as a filing line, so the exhibition took
    the other clause's day."""
    text = ("Rare earth exhibition\n\nThe exhibition runs 8-10 June 2027 in Baotou; the "
            "exhibitors' dinner of 9 June 2026 was moved to a hotel.\n")
    got = label_dates(_draft(snapshot_kg, text), "Exhibition")
    assert got and all(v.get("startDate", v.get("plannedDate")) == "2027-06-08"
                       and v.get("endDate") == "2027-06-10" for v in got.values()), got


def test_a_seminar_s_own_days_are_not_passed_over_as_the_text_s_date_line(snapshot_kg):
    """"The seminar ran 8-10 June 2027 in Baotou; last year's banquet on 9 June 2026 was
    cancelled" (no date line): the seminar's days are the story's first day, read as the text's
    date, and were passed over as a filing line, so the seminar took the banquet's day."""
    text = ("Rare earth news\n\nThe seminar ran 8-10 June 2027 in Baotou; last year's banquet "
            "on 9 June 2026 was cancelled.\n")
    got = label_dates(_draft(snapshot_kg, text), "Seminar")
    assert got and all(v.get("startDate") == "2027-06-08" and v.get("endDate") == "2027-06-10"
                       for v in got.values()), got


# --- 4. a step expected by a day, set off after its clause's verb ------------------------------
def test_a_listing_expected_in_january_is_next_january_s():
    """"... is still under review and will be added to the next list, expected in January" (a
    notice of December 2026): next January, not the one eleven months gone (the comma after
    "will" cut the clause, and "expected" alone set nothing ahead); "earlier than expected in
    February" and "as expected in March" stay this year's."""
    text = ("Posted 11 December 2026\n\nThe file of the Lanzhou plant is still under review and "
            "will be added to the next list, expected in January. The smelter restarted in "
            "March, earlier than expected in February. Prices fell, as expected in March.\n")
    days = find_dates(text, "2026", extended=True, doc_date="2026-12-11")
    got = {text[d.start:d.end].rstrip("."): roll_forward(text, d, "2026-12-11").value
           for d in days}
    assert got["January"] == "2027-01", got
    assert got["February"] == "2026-02" and got["March"] == "2026-03", got


# --- 5. "mid-" before a month after a plan's preposition ---------------------------------------
def test_a_month_after_mid_and_a_hyphen_is_read_after_for_and_by():
    """"Sea trials are planned for mid-January", "due by mid-January" (a text of December
    2026): a month the text names (next January, as "planned for January" is); "mid-" after
    "for" or "by" hid it, where "in mid-January" was read. "the mid-May rally" names none."""
    text = ("Posted 11 December 2026\n\nSea trials are planned for mid-January. Reports are "
            "due by mid-January. Traders recalled the mid-May rally.\n")
    got = [(text[d.start:d.end].rstrip("."), roll_forward(text, d, "2026-12-11").value)
           for d in find_dates(text, "2026", extended=True, doc_date="2026-12-11")]
    assert got == [("11 December 2026", "2026-12-11"), ("January", "2027-01"),
                   ("January", "2027-01")], got
