"""Round 51, stages: the lines of a schedule are stages of the process the text names before
them, its title or its opening (kg/ingest/relations/schedule_wholes.py: a recruitment's
registration and interview, a campaign's phases); a schedule's yearless step after a step of
the next year falls in that year ("Interview: in the second half of February" under "Written
test: 16 January 2027" in a notice of December 2026); a value ends at its semicolon; a dated
sentence with no full stop that runs on over the schedule's lines holds only its own line
(kg/ingest/events/schedule_lines.py). On short texts written for this file (invented
employers, towns and bureaus)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import dated_values, ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "event:stage-of"


def _draft(kg, text: str, doc_id: str = "round51-stages"):
    return draft_of(kg, text, doc_id, "round51.txt", today=dt.date(2026, 12, 20))


_RECRUITMENT = ("Marrowfield Tin Works 2027 Open Recruitment Announcement\n\n"
                "Published: 2026-12-08\n\n"
                "With the approval of its board, Marrowfield Tin Works will openly recruit nine "
                "engineers for its Pellow smelter this winter. The details are as follows.\n\n"
                "I. Schedule\n\n"
                "Registration: online only, from 9 December to 18:00 on 20 December 2026\n"
                "Qualification review: 22-23 December 2026\n"
                "Written test: Saturday, 16 January 2027, in Pellow\n"
                "Interview: in the second half of February; results posted on the website\n\n"
                "II. Contact\n\n"
                "Human Resources Office, telephone 0000-1234567.\n")


def test_schedule_steps_are_stages_of_the_recruitment(snapshot_kg):
    draft = _draft(snapshot_kg, _RECRUITMENT)
    parts = ruled_objects(draft, _RULE, "partOfEvent")
    assert {"Qualification review", "Written test", "Interview"} <= set(parts), parts
    wholes = {w for ws in parts.values() for w in ws}
    assert len(wholes) == 1, parts
    assert "recruit" in draft.text[next(e for e in draft.entities.values()
                                        if e.label in wholes).mentions[0].start:][:400], wholes


def test_a_step_after_a_run_on_line_and_a_yearless_step_are_drafted(snapshot_kg):
    values = dated_values(_draft(snapshot_kg, _RECRUITMENT))
    assert ("plannedDate", "2026-12-22") in values.get("Qualification review", set()), values
    assert ("endDate", "2026-12-23") in values.get("Qualification review", set()), values
    assert ("plannedDate", "2027-02") in values.get("Interview", set()), values


_BARE = ("Pellow County Library\n\n"
         "Opening hours over the holidays\n\n"
         "Reading room: 28 December 2026 to 3 January 2027\n"
         "Archive desk: 4 January 2027\n")


def test_a_schedule_with_no_process_before_it_is_part_of_nothing(snapshot_kg):
    draft = _draft(snapshot_kg, _BARE)
    assert not ruled_objects(draft, _RULE, "partOfEvent"), ruled_objects(draft, _RULE,
                                                                         "partOfEvent")
