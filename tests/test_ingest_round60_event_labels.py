"""Round 60, an event's label that runs on past a hard line break, on short texts written for
this file (invented companies and people). A common noun's happening ("a training course on
...") keeps its whole tail when the text wraps in the middle of it and the next line goes on in
lower case (kg/ingest/events/wrapped_tails.py); a next line that starts a new field ("Venue:"),
a list item or a new paragraph does not run on, for a noun phrase's tail either
(kg/ingest/events/happenings.py)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _labels(kg, text: str) -> set[str]:
    draft = draft_of(kg, text, "round60-labels", "round60.txt", today=dt.date(2026, 12, 10))
    return {e.label for e in draft.entities.values()}


_WRAPPED = (
    "Harwick Tin Refining holds safety week\n\n"
    "Harwick Tin Refining Co., Ltd. held a training course on handling molten\n"
    "metal in confined spaces for its furnace crews. Forty workers took part and\n"
    "passed the written test at the end of the week.\n")

_FIELD_AFTER = (
    "Notice of the Marlow Zinc safety programme\n\n"
    "Marlow Zinc Co., Ltd. will hold a workshop on ladle maintenance\n"
    "Venue: Hall 3, Marlow smelter\n"
    "Time: 9 December 2026\n")


def test_a_wrapped_tail_runs_on_to_the_next_line(snapshot_kg):
    labels = _labels(snapshot_kg, _WRAPPED)
    assert any(x.startswith("Training course on handling molten metal in confined spaces")
               for x in labels), labels
    assert not any(x.rstrip().endswith("handling molten") for x in labels), labels


def test_a_field_on_the_next_line_does_not_run_on(snapshot_kg):
    labels = _labels(snapshot_kg, _FIELD_AFTER)
    assert any(x.startswith("Workshop on ladle maintenance") for x in labels), labels
    assert not any("Venue" in x for x in labels), labels


_ITEM_AFTER = (
    "Marlow Zinc safety programme\n\n"
    "Marlow Zinc Co., Ltd. held a briefing on ladle maintenance\n"
    "- Crews must check each ladle lining before a cast\n"
    "- Damaged linings go to the repair bay\n")


def test_a_list_item_on_the_next_line_does_not_run_on(snapshot_kg):
    labels = _labels(snapshot_kg, _ITEM_AFTER)
    assert any(x.startswith("Briefing on ladle maintenance") for x in labels), labels
    assert not any("Crews" in x or "lining" in x for x in labels), labels


_TIME_AFTER = (
    "Warning letter to Keldan Copper Wire\n\n"
    "Keldan Copper Wire Co., Ltd. shall hold a training on reporting rules for its managers\n"
    "before the end of March, and shall send a written report to the bureau.\n")


def test_a_time_on_the_next_line_is_no_part_of_the_label(snapshot_kg):
    labels = _labels(snapshot_kg, _TIME_AFTER)
    assert not any("end of March" in x for x in labels), labels
