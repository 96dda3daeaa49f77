"""Round 60, what a record of minutes is about, on short texts written for this file (invented
bodies, companies and people). Minutes that print their head ("MEETING MINUTES") and under it,
on a line of its own, the name of the meeting they record are about that meeting
(kg/ingest/relations/minutes_topics.py); a meeting only told of in the body ("The next
meeting will be held ...") is not what they record, and minutes naming two meetings under the
head say of neither that it is theirs."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

RULE = "topic:minutes-meeting"


def _draft(kg, text: str, doc_id: str = "round60-minutes"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))


_MINUTES = (
    "Dunmore County Water Resources Bureau\n\n"
    "MEETING MINUTES\n\n"
    "No. 4 (2026)\n\n"
    "Meeting on Dam Safety at the Keldan Nickel Tailings Ponds\n\n"
    "Time:         Thursday, 12 November 2026, 09:00-11:30\n"
    "Venue:        Room 3, Dunmore County Water Resources Bureau\n"
    "Chaired by:   Orla Venn, Deputy Director of the Bureau\n"
    "Recorded by:  Piet Loram\n\n"
    "The meeting heard a report on the seepage found below the east pond in October. It agreed\n"
    "that Keldan Nickel Refining Co., Ltd. shall line the east pond's drain by 20 December 2026.\n"
    "The next meeting will be held at the refinery in March 2027.\n"
)


def test_minutes_are_about_the_meeting_under_their_head(snapshot_kg):
    got = ruled_objects(_draft(snapshot_kg, _MINUTES), RULE, "about")
    assert len(got) == 1
    (doc, objects), = got.items()
    assert "Minutes" in doc
    assert len(objects) == 1 and next(iter(objects)).startswith("Meeting on Dam Safety")


_TWO = _MINUTES.replace(
    "Meeting on Dam Safety at the Keldan Nickel Tailings Ponds\n\n",
    "Meeting on Dam Safety at the Keldan Nickel Tailings Ponds\n\n"
    "Second Plenary Meeting of the Dunmore Flood Control Headquarters\n\n")


def test_two_meetings_under_the_head_give_neither(snapshot_kg):
    assert ruled_objects(_draft(snapshot_kg, _TWO), RULE, "about") == {}


_BODY_ONLY = _MINUTES.replace("Meeting on Dam Safety at the Keldan Nickel Tailings Ponds\n\n", "")


def test_a_meeting_of_the_body_is_not_the_record(snapshot_kg):
    assert ruled_objects(_draft(snapshot_kg, _BODY_ONLY), RULE, "about") == {}
