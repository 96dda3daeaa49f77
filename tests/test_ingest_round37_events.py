"""Round 37, events the drafts missed on never-seen genres: a schedule printed as a pipe table,
one step and its time a row ("| Site checks by the expert panel (5 days) | April 2027 |"), each
row an event dated by its cell, as a labelled schedule line is; a table of a record's fields
("| Value date | 2026-12-17 |" among a code, a size and a rate) is no schedule. A day that opens a
sentence dates the deed of a group named by its noun, past the group and who led it ("On
Tuesday, a 14-member delegation of X, led by its chairman Y, came to Z"). An imperative that
opens a line under a heading and hands a thing in by a day is a deadline ("How to take part" over
"Return the booking form to the fair office by 15 January 2027"); a parenthesis before a
timetable's row of dots is no word of its step ("Booking form (2 pages) ...... 15 January")."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, label_dates, snapshot_kg  # noqa: F401

_TIMETABLE = ("Tin Recycling Association of Yunnan\n\nCall for Good Practice Examples, 2027\n\n"
              "Kunming, 3 December 2026\n\n"
              "Member companies may send examples of how they recover tin from solder dross and "
              "from\nspent plating baths.\n\n### Timetable\n\n| Step | When |\n|---|---|\n"
              "| Upload of the examples to the online portal | 11 January - 26 February 2027 |\n"
              "| First screening by the secretariat | mid-March 2027 |\n"
              "| Site checks by the expert panel (5 days) | April 2027 |\n"
              "| Public display of the chosen examples | **20 May 2027** |\n\n"
              "Questions go to the secretariat by e-mail.\n")

_RECORD = ("Notes issued by a copper smelter\n\nShanghai, 4 December 2026\n\n"
           "+----------------+----------------------+\n"
           "| Short name     | 26 Copper MTN001     |\n"
           "| Code           | 102680433            |\n"
           "| Value date     | 2026-12-08           |\n"
           "| Maturity date  | 2029-12-08           |\n"
           "| Coupon rate    | 2.35%                |\n"
           "| Actual size    | CNY 1.5 billion      |\n"
           "+----------------+----------------------+\n\n"
           "The notes were sold to banks and funds.\n")


@pytest.fixture(scope="module")
def timetable(snapshot_kg):
    return draft_of(snapshot_kg, _TIMETABLE, "round37-timetable", "round37.txt")


def test_a_pipe_table_s_steps_are_events_dated_by_their_cells(timetable):
    got = {k: v for k, v in label_dates(timetable, "").items() if v}
    assert got["Upload of the examples to the online portal"] == {
        "plannedDate": "2027-01-11", "endDate": "2027-02-26"}
    assert got["First screening by the secretariat"] == {"plannedDate": "2027-03"}
    assert got["Site checks by the expert panel"] == {"plannedDate": "2027-04"}
    assert got["Public display of the chosen examples"] == {"plannedDate": "2027-05-20"}


def test_a_record_s_date_fields_are_no_schedule(snapshot_kg):
    draft = draft_of(snapshot_kg, _RECORD, "round37-record", "round37b.txt")
    assert not {e.label for e in draft.new() if e.rule == "event:schedule-line"}


_VISIT = ("Zambian miners' delegation at Jinchuan\n\n"
          "Jinchang, 10 December 2026 -- On Tuesday, a 14-member delegation of the Copperbelt "
          "Chamber of\nMines, led by its chairman Mulenga Banda, came to the Jinchuan Group nickel "
          "smelter to study\nhow it treats flash furnace slag. Most members run copper mines near "
          "Kitwe.\n")


def test_a_group_s_deed_after_an_opening_day_and_its_leader_is_an_event(snapshot_kg):
    draft = draft_of(snapshot_kg, _VISIT, "round37-visit", "round37c.txt")
    got = {k: v for k, v in label_dates(draft, "A 14-member delegation").items() if v}
    assert list(got.values()) == [{"startDate": "2026-12-08"}]


_INVITATION = ("Guangxi Tin Fair 2027: Invitation to Exhibitors\n\nNanning, 2 December 2026\n\n"
               "How to take part\n  Return the booking form to the fair office by 15 January 2027."
               " Stands are given out in the\n  order the fees arrive.\n\n"
               "Key dates\n"
               "   Booking form (2 pages) ..................... 15 January 2027\n"
               "   Stand plan sent out ........................ 5 February 2027\n")


@pytest.fixture(scope="module")
def invitation(snapshot_kg):
    return draft_of(snapshot_kg, _INVITATION, "round37-invitation", "round37d.txt")


def test_an_imperative_under_a_heading_to_hand_a_thing_in_by_a_day_is_a_deadline(invitation):
    got = label_dates(invitation, "Deadline")
    assert got == {"Deadline to return the booking form to the fair office":
                   {"plannedDate": "2027-01-15"}}


def test_a_parenthesis_before_a_row_of_dots_is_no_word_of_the_step(invitation):
    got = {e.label: v for e in invitation.new() if e.rule == "event:schedule-line"
           for v in [label_dates(invitation, e.label)[e.label]]}
    assert got == {"Booking form": {"plannedDate": "2027-01-15"},
                   "Stand plan sent out": {"plannedDate": "2027-02-05"}}
