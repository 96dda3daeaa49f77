"""Round 60, courses and lectures a text names only by a common noun, on a short text written for
this file (invented prison, companies and people): "the welding course held from 4 to 20
November", "held a lecture on", "will run a second course" are events
(data/happening-nouns.txt, family "course", read by kg/ingest/events/bare_nouns.py); "in the
course of the year" and "of course" are not."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO

_TEXT = (
    "Tamsin Prison Reports on Skills Work for Zinc Plants\n\n"
    "On 3 December 2026 the county justice bureau heard a report by Tamsin Prison on the welding\n"
    "course held from 4 to 20 November at the prison's workshop for 40 inmates. Tamsin Zinc\n"
    "Co., Ltd. sent two teachers. In the course of the year the prison also placed 12 released\n"
    "persons with the company.\n\n"
    "The zinc plant held a lecture on furnace safety on 22 November. Ruan Qile gave a\n"
    "talk. The plant will run a second course in January 2027. Of course, the company paid the teachers.\n"
)


def _events(kg):
    d = draft_of(kg, _TEXT, "round60-courses", "round60.txt", today=dt.date(2026, 12, 10))
    return [e.label for e in d.entities.values() if e.cls == NFO.Event and not e.known]


def test_courses_and_lectures_are_events(snapshot_kg):
    labels = _events(snapshot_kg)
    assert any(label.startswith("Welding course") for label in labels), labels
    assert any(label.startswith("Lecture on furnace safety") for label in labels), labels
    assert any(label.startswith("Second course") for label in labels), labels


def test_figures_of_speech_are_no_course(snapshot_kg):
    labels = _events(snapshot_kg)
    assert not any(label.lower().startswith(("course of", "the course", "of course"))
                   for label in labels), labels
