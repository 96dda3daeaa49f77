"""Round 56, approvals cited with "with the approval of" and steps a timetable tells in the
present tense with a plural subject, on short texts written for this file (invented bodies,
firms and towns): "With the approval of X dated 5 May 2026, ..." is an approval milestone by X
(events/approval_asides.py), "with the approval of X on 5 May" is not (a kept-aside set's
numbers: the curators do not make a milestone of it there); "Objections to the draft rules close
on 30 December" and "Tours of the old mine begin on 22 January" are planned steps, "A hotline run
by the works opens on 4 January" is the hotline's opening, "Comments ... are open until" is none
(events/present_steps.py); a clause that brings in "the following" list is no step
(events/future_steps.py, step_patterns.LIST_AHEAD)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round56-planned2"):
    return draft_of(kg, text, doc_id, "round56.txt", today=dt.date(2027, 1, 20))


def _events(draft) -> dict:
    """{label: {predicate local name: {object label or literal}}} of the draft's new events."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if e.known or str(e.cls).rsplit("#", 1)[-1] not in ("Milestone", "Event"):
            continue
        got = out.setdefault(e.label, {})
        for p, o, _, _ in e.statements:
            got.setdefault(str(p).rsplit("#", 1)[-1], set()).add(labels.get(str(o), str(o)))
    return out


_DATED = (
    "Appointment at Dunwell Zinc Works\n\n"
    "Dunwell, 12 June 2026\n\n"
    "With the approval of the Westmarch Provincial Assets Commission dated 5 June 2026, the "
    "board of Dunwell Zinc Works Co., Ltd. appointed Mary Oakes deputy general manager.\n"
)

_ON = (
    "Appointment at Dunwell Zinc Works\n\n"
    "Dunwell, 12 June 2026\n\n"
    "With the approval of the Westmarch Provincial Assets Commission on 5 June 2026, the "
    "board of Dunwell Zinc Works Co., Ltd. appointed Mary Oakes deputy general manager.\n"
)


def test_an_approval_a_dated_letter_gives_is_a_milestone_by_its_body(snapshot_kg):
    got = _events(_draft(snapshot_kg, _DATED))
    approval = [v for k, v in got.items() if k.startswith("Approval by") and "Westmarch" in k]
    assert approval, got
    assert "2026-06-05" in approval[0].get("startDate", set()), approval


def test_with_the_approval_of_a_body_on_a_day_is_no_milestone_of_its_own(snapshot_kg):
    got = _events(_draft(snapshot_kg, _ON))
    assert not any(k.startswith("Approval by") for k in got), got


_TIMETABLE = (
    "Notice on the Draft Rules for Tin Trading\n\n"
    "Dunwell, 20 November 2026\n\n"
    "Objections to the draft rules close on 30 December 2026. Tours of the old mine begin "
    "on Friday, 22 January 2027.\n\n"
    "- A hotline run by the works opens on 4 January 2027, every weekday.\n"
    "- Comments on the fee table are open until 6 January 2027.\n"
)


def test_plural_subjects_of_a_timetable_plan_their_steps(snapshot_kg):
    got = _events(_draft(snapshot_kg, _TIMETABLE))
    planned = {k: v.get("plannedDate", set()) for k, v in got.items()}
    assert any(k.startswith("Objections to the draft rules close") and "2026-12-30" in v
               for k, v in planned.items()), planned
    assert any(k.startswith("Tours of the old mine begin") and "2027-01-22" in v
               for k, v in planned.items()), planned


def test_the_verb_nearest_the_date_tells_the_step(snapshot_kg):
    got = _events(_draft(snapshot_kg, _TIMETABLE))
    assert any(k.startswith("A hotline run by the works opens") and
               "2027-01-04" in v.get("plannedDate", set()) for k, v in got.items()), got


def test_open_after_a_form_of_be_is_no_step(snapshot_kg):
    got = _events(_draft(snapshot_kg, _TIMETABLE))
    assert not any("are open" in k for k in got), got


_CALENDAR = (
    "Hearing Calendar of the Dunwell Court\n\n"
    "Dunwell, 10 December 2026\n\n"
    "The Civil Division of this Court will hear the following cases during the week of 14 to "
    "18 December 2026:\n\n"
    "1. 14 December 2026, 9:00: a loan dispute between Dunwell Tin Co., Ltd. and a bank.\n"
    "2. 16 December 2026, 14:00: a lease dispute.\n\n"
    "Joint testing of the new assay line is scheduled for the week of 11-15 January 2027.\n"
)


def test_a_clause_that_brings_in_a_list_is_no_step_its_week_still_leads_a_date(snapshot_kg):
    got = _events(_draft(snapshot_kg, _CALENDAR))
    assert not any("following cases" in k for k in got), got
    assert any(k.startswith("Joint testing of the new assay line") and
               "2027-01-11" in v.get("plannedDate", set()) for k, v in got.items()), got
