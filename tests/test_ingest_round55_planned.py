"""Round 55, dates of foundings told in an aside and of planned happenings whose weekday takes a
comma, on short texts written for this file (invented associations, firms and towns):
"X Co., Ltd., founded in 1971, makes ..." is the founding of X (events/foundings.py); "The
association, set up in 1990, ..." names no sure organisation; "will hold a course in Y on
Thursday, 14 January 2027" dates the course by that day, not by a date of an earlier clause
(events/date_attach.py, date_cues.WEEKDAY_COMMA)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

DATES = ("startDate", "plannedDate", "endDate")


def _draft(kg, text: str, doc_id: str = "round55-planned"):
    return draft_of(kg, text, doc_id, "round55.txt", today=dt.date(2027, 1, 20))


def _events(draft) -> dict:
    """{label: {predicate local name: {object label or literal}}} of the draft's new events."""
    labels = {str(e.iri): e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if e.known or not str(e.cls).rsplit("#", 1)[-1] in (
                "Milestone", "Event", "Meeting", "Seminar", "Training"):
            continue
        got = out.setdefault(e.label, {})
        for p, o, _, _ in e.statements:
            got.setdefault(str(p).rsplit("#", 1)[-1], set()).add(labels.get(str(o), str(o)))
    return out


_ASIDE = (
    "Pewter Makers Meet in Harrowgate\n\n"
    "Harrowgate, 3 December 2026\n\n"
    "Harrowgate Pewter Works Co., Ltd., founded in 1971, hosted the annual meeting of the "
    "region's tin users on Tuesday. The Harrowgate Tin Users Association (established in "
    "March 1988) sent forty members.\n"
)


def test_a_founding_told_in_an_aside_is_a_dated_milestone_about_the_firm(snapshot_kg):
    got = _events(_draft(snapshot_kg, _ASIDE))
    works = [v for k, v in got.items() if k.startswith("Founding of Harrowgate Pewter Works")]
    assert works, got
    assert "1971" in works[0].get("startDate", set()), works
    assert any("Harrowgate Pewter Works" in a for a in works[0].get("about", set())), works
    assoc = [v for k, v in got.items() if k.startswith("Founding of Harrowgate Tin Users")]
    assert assoc and "1988-03" in assoc[0].get("startDate", set()), got


_COMMON_NOUN = (
    "Tin Users Elect a New Council\n\n"
    "Harrowgate, 3 December 2026\n\n"
    "The Harrowgate Tin Users Association elected its council on Tuesday. Guests came from "
    "the Northern Metals Federation. The association, set up in 1990, now has 212 members.\n"
)


def test_an_aside_after_a_common_noun_founds_no_named_organisation(snapshot_kg):
    got = _events(_draft(snapshot_kg, _COMMON_NOUN))
    assert not any(v.get("startDate") == {"1990"} and k.startswith("Founding of")
                   for k, v in got.items()), got


_WEEKDAY = (
    "Notice on the December Ranking of Member Websites\n\n"
    "Harrowgate Tin Users Association\n"
    "30 November 2026\n\n"
    "From February 2027 the ranking will also cover video channels; the Association will "
    "hold a training course on video editing for member firms in Harrowgate on Thursday, "
    "17 December 2026, with two editors as teachers.\n"
)


def test_a_weekday_and_its_comma_do_not_cut_a_happening_from_its_day(snapshot_kg):
    got = _events(_draft(snapshot_kg, _WEEKDAY))
    course = [v for k, v in got.items() if "training course" in k.lower()]
    assert course, got
    days = set().union(*(course[0].get(p, set()) for p in DATES))
    assert "2026-12-17" in days and "2027-02" not in days, course


_APPROVED = (
    "Board Changes at Harrowgate Pewter Works\n\n"
    "Harrowgate, 10 December 2026\n\n"
    "As approved by the Northshire Provincial Industry Commission on 4 December, Tom Ashby "
    "leaves the board of Harrowgate Pewter Works Co., Ltd. The works' casting shop was "
    "approved by the Harrowgate Municipal Bureau of Ecology and Environment in July 2026.\n"
)


def test_an_approval_told_in_passing_is_a_milestone_by_the_body_that_gave_it(snapshot_kg):
    got = _events(_draft(snapshot_kg, _APPROVED))
    approvals = {k: v for k, v in got.items() if k.startswith("Approval by")}
    commission = [v for k, v in approvals.items() if "Northshire" in k]
    assert commission, got
    assert "2026-12-04" in commission[0].get("startDate", set()), commission
    assert any("Northshire" in o for o in commission[0].get("organizedBy", set())), commission
    # (a clause with a subject, "the shop was approved by ...", is the verb-clause rules')
    assert not any("Bureau of Ecology" in k for k in approvals), approvals


_WEEK_AND_SEASON = (
    "Monthly Report of the Kellow Tin Project\n\n"
    "Kellow, 2 December 2026\n\n"
    "Drilling of the east lens is to start in the dry season of early 2027.\n\n"
    "Joint testing of the assay line is scheduled for the week of 11-15 January 2027.\n\n"
    "The first tin concentrate remains planned for the third quarter of 2027.\n\n"
    "A night shift (22:00-06:00) is planned for the second quarter of 2027.\n"
)


def test_a_week_a_season_and_a_plan_that_stands_lead_a_planned_date(snapshot_kg):
    got = _events(_draft(snapshot_kg, _WEEK_AND_SEASON))
    planned = {k: v.get("plannedDate", set()) for k, v in got.items()}
    assert any(k.startswith("Drilling of the east lens") and "2027" in v
               for k, v in planned.items()), planned
    assert any(k.startswith("Joint testing") and "2027-01-11" in v
               for k, v in planned.items()), planned
    assert any(k.startswith("The first tin concentrate") and "2027" in v
               for k, v in planned.items()), planned
    # (a time's colon opens no clause: the subject is the whole noun phrase)
    assert any(k.startswith("A night shift") and "2027" in v for k, v in planned.items()), planned
