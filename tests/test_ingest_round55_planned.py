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
