"""Round 55, list items whose run-in heading names an occurrence (kg/ingest/events/headed_items.py),
on short texts written for this file (an invented association, its plants and towns): a
notice's numbered activities, each heading an event dated by its sentence; a heading that names
no occurrence, an item with no date and a document's own day give no event."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import by_rule, draft_of, snapshot_kg  # noqa: F401

RULE = "event:item-heading"


def _draft(kg, text: str, doc_id: str = "round55-items"):
    return draft_of(kg, text, doc_id, "round55.txt", today=dt.date(2027, 6, 20))


def _items(draft) -> dict:
    """The item-heading events and what they carry (hostile_drafts.by_rule)."""
    return by_rule(draft, RULE)


def _days(got: dict) -> set:
    return got.get("startDate", set()) | got.get("plannedDate", set())


_NOTICE = (
    "Notice on the Tin Safety Month of the Harrowgate Tin Association\n\n"
    "Dated 5 May 2027\n\n"
    "To the member plants:\n\n"
    "The Association will hold a Tin Safety Month across its member plants this June.\n\n"
    "II. Activities\n"
    "   (1) Open day. From 14 to 19 June, member plants of the Association open\n"
    "       their halls to families and pupils.\n"
    "   (2) Evacuation drills. Every smelter shall empty its furnace halls within ten\n"
    "       minutes when the siren sounds.\n"
    "   (3) Background. In 2026 the plants recorded no fire, as the report of 3 March said.\n"
    "   (4) **Joint checks.** In the last ten days of June 2027, with inspectors of the\n"
    "       town's safety office in every casting shop.\n"
    "   (5) Registration. The plants take part under the Rules of the Association, dated\n"
    "       9 October 2026, which all members signed.\n\n"
    "Contact: the Association's safety office.\n"
)


def test_a_heading_that_names_an_occurrence_is_a_dated_event(snapshot_kg):
    got = _items(_draft(snapshot_kg, _NOTICE))
    assert "Open day" in got, got
    assert any(v.startswith("2027-06-14") for v in _days(got["Open day"])), got["Open day"]
    assert "2027-06-19" in got["Open day"].get("endDate", set()), got["Open day"]


def test_a_bold_heading_is_read_too(snapshot_kg):
    got = _items(_draft(snapshot_kg, _NOTICE))
    assert "Joint checks" in got, got
    assert any(v.startswith("2027-06") for v in _days(got["Joint checks"])), got


def test_no_event_without_an_occurrence_or_a_date_of_its_own(snapshot_kg):
    got = _items(_draft(snapshot_kg, _NOTICE))
    assert "Background" not in got, got          # (names no occurrence)
    assert "Evacuation drills" not in got, got   # (its sentence prints no day)
    assert "Registration" not in got, got        # (the day is the rules' own: "dated ...")


_PROGRAMME = (
    "Second circular: Tin Casting Workshop\n\n"
    "Date: 10 December 2026\n\n"
    "1. Dates. The workshop will be held from 18 to 20 May 2027 in Harrowgate.\n"
    "2. Review: March and April 2027.\n"
    "3. Factory tour. On the afternoon of 19 May delegates may tour the rolling mill of\n"
    "   the Harrowgate Tin Association.\n"
)


def test_a_yearless_day_set_ahead_falls_in_the_next_year(snapshot_kg):
    got = _items(_draft(snapshot_kg, _PROGRAMME))
    assert "Factory tour" in got, got
    assert any(v.startswith("2027-05-19") for v in _days(got["Factory tour"])), got


def test_two_months_joined_by_and_run_from_the_first(snapshot_kg):
    got = _items(_draft(snapshot_kg, _PROGRAMME))
    if "Review" in got:     # (a schedule line may read it first)
        assert any(v.startswith("2027-03") for v in _days(got["Review"])), got
        assert "2027-04" in got["Review"].get("endDate", set()), got


_PROTOCOL = (
    "Protocol plan for the signing of the Harrowgate tin smelter contract\n\n"
    "Date: 2 November 2026\n\n"
    "Arrangements:\n"
    "  - Rehearsal at 15:30 on Thursday, 19 November; the hall stays shut to visitors that\n"
    "    afternoon.\n"
    "  - Registration closes on 12 November.\n"
    "  - Around Tin Day on 6 December the plant lowers its flag.\n"
)


def test_an_item_opening_with_an_occurrence_and_its_day_is_an_event(snapshot_kg):
    got = _items(_draft(snapshot_kg, _PROTOCOL))
    assert "Rehearsal" in got, got
    assert any(v.startswith("2026-11-19") for v in _days(got["Rehearsal"])), got


def test_a_clause_or_a_time_opening_an_item_is_no_such_event(snapshot_kg):
    got = _items(_draft(snapshot_kg, _PROTOCOL))
    assert not any(k.startswith("Registration") for k in got), got     # (a clause: "closes")
    assert not any("Tin Day" in k for k in got), got                   # ("Around ...": a time)
