"""`kg ingest`: round 44's reading of the parties of the event an article reports, on short texts
written for these tests (own words; invented counties, companies and people):

* "Officials of A and B attended." at the end of a report of a ceremony is about the ceremony,
  not a step reported in between ("Trial production is due in May"): people attend gatherings
  (relations/attended_gatherings.py);
* "... spoke; officials of A and B attended": the clause after the semicolon; "A, B and about
  30 other suppliers were present"; "held a symposium ..., attended by C" (relations/event_roles,
  data/event-roles.txt);
* the seller a board meeting's sentence names organised nothing."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of

CEREMONY = """Signing ceremony: Harlow Valley county signs scandium casting deal with Peltra Metals

Harlow Valley, 14 November 2026 -- A signing ceremony for the scandium casting project was held on Friday at the Harlow Valley Investment Hall. Under the agreement, Peltra Metals Co., Ltd. will build a casting line for scandium-aluminium billets in the county's light alloy park.

The line will need about 90 workers. Trial production is due in May 2027, and the second phase will follow when orders allow.

Officials of the Harlow Valley Bureau of Commerce and the Redfern Prefecture Development Office attended."""

MEETING = """Merger meeting: Two tin smelters of Ostrava Hills to become one group

A meeting on the merger of Kelby Tin Co., Ltd. and Marrow Tin Co., Ltd. was held in Ostrava Hills on Tuesday. The meeting was chaired by Ivo Strand, director of the Ostrava Hills Assets Office. Nela Brisk and Tomas Vale spoke; officials of the Ostrava Hills Energy Bureau and the Lindqvist Mining Institute attended.

The merged group will run both smelters from next year.

Executives from Corran Alloy Works, Pellam Solder Co., Ltd. and about 30 other suppliers and customers were present."""

BOARD = """Brenmoor Zinc Co., Ltd.
Announcement on the Purchase of a Fuming Furnace

I. OVERVIEW

On Monday, 7 December 2026, the 9th meeting of the third Board of Directors approved the purchase of a slag fuming furnace from Halden Thermal Engineering Co., Ltd. for 86 million yuan. The Board of Directors voted 7 for and none against.

II. THE SELLER

Halden Thermal Engineering Co., Ltd. builds furnaces for zinc and lead smelters.

Board of Directors of Brenmoor Zinc Co., Ltd.
8 December 2026"""

SYMPOSIUM = """Corran county drafts plan for its zinc die-casting cluster

On 3 November the Corran County Industry Bureau held a symposium with die-casting enterprises at the county hall, attended by the Westmere Provincial Economic Commission by video. The bureau will publish the plan in January."""


@pytest.fixture(scope="module")
def ceremony(kg):
    return draft_of(kg, CEREMONY, "round44-ceremony", name="ceremony.txt")


@pytest.fixture(scope="module")
def meeting(kg):
    return draft_of(kg, MEETING, "round44-meeting", name="meeting.txt")


@pytest.fixture(scope="module")
def board(kg):
    return draft_of(kg, BOARD, "round44-board", name="board.txt")


@pytest.fixture(scope="module")
def symposium(kg):
    return draft_of(kg, SYMPOSIUM, "round44-symposium", name="symposium.txt")


def _links(draft, start):
    """{(property, label of the other end)} of the new event whose label starts with ``start``."""
    ev = next(e for e in draft.new() if e.label.startswith(start))
    return {(str(p).rsplit("#", 1)[-1], draft.entities[o].label)
            for p, o, _, _ in ev.statements if o in draft.entities}


def _takes_part(draft, label):
    """The labels of the events ``label`` takes part in."""
    return {e.label for e in draft.new() for p, o, _, _ in e.statements
            if str(p).endswith("#participant") and o in draft.entities
            and draft.entities[o].label == label}


def test_officials_who_attended_are_the_ceremony_s_participants(ceremony):
    got = _links(ceremony, "Signing ceremony for the scandium casting project")
    assert ("participant", "Harlow Valley Bureau of Commerce") in got, got
    assert ("participant", "Redfern Prefecture Development Office") in got, got


def test_the_step_reported_in_between_gets_no_participants(ceremony):
    for body in ("Harlow Valley Bureau of Commerce", "Redfern Prefecture Development Office"):
        events = _takes_part(ceremony, body)
        assert events == {"Signing ceremony for the scandium casting project"}, events


def test_officials_after_a_semicolon_attended_the_meeting(meeting):
    got = _links(meeting, "Meeting on the merger")
    assert ("participant", "Ostrava Hills Energy Bureau") in got, got
    assert ("participant", "Lindqvist Mining Institute") in got, got
    assert ("presidedBy", "Ivo Strand") in got, got
    # the chair's office is his employer, not a party of the meeting
    assert ("participant", "Ostrava Hills Assets Office") not in got, got


def test_firms_present_with_many_others_took_part(meeting):
    got = _links(meeting, "Meeting on the merger")
    assert ("participant", "Corran Alloy Works") in got, got
    assert ("participant", "Pellam Solder Co., Ltd.") in got, got


def test_the_seller_named_with_a_board_meeting_organised_nothing(board):
    got = _links(board, "9th meeting of the third Board of Directors")
    assert ("organizedBy", "Halden Thermal Engineering Co., Ltd.") not in got, got


def test_a_body_named_after_attended_by_took_part(symposium):
    got = _links(symposium, "Symposium with die-casting enterprises")
    assert ("organizedBy", "Corran County Industry Bureau") in got, got
    assert ("participant", "Westmere Provincial Economic Commission") in got, got
    assert ("participant", "Corran County Industry Bureau") not in got, got
