"""Round 42, events the draft never created, on short texts written for this file: "the next
<event> will be held in X in <date>" is an event still to come, not the one the text told of
before it; and a document's own step (issued, or a standard approved by its ministry) keeps its
date on the document, no event drafted beside it."""
from __future__ import annotations

from hostile_drafts import draft_of, event_dates, label_dates, snapshot_kg, values  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round42-events"):
    return draft_of(kg, text, doc_id, "round42.txt")


def _events(draft, verb: str) -> dict:
    """label -> start dates of the draft's events whose label tells of ``verb``."""
    return {k: v for k, v in event_dates(draft).items() if f" {verb} " in f" {k} "}


# --- 1. "The next <event> will be held in X in <date>": a new event, not the one told of ------
_NEXT = ("Hengda Zinc Holds Roasting Seminar\n\n"
         "HECHI, 9 December 2026 -- Hengda Zinc Co., Ltd. held a seminar on zinc roasting for "
         "forty engineers of its suppliers.\n\n"
         "The next seminar will be held in Liuzhou in autumn 2027.\n")


def test_the_next_seminar_is_a_seminar_still_to_come(snapshot_kg):
    """"The next seminar will be held in Liuzhou in autumn 2027": a seminar of its own, planned
    for 2027 in Liuzhou; the seminar held on the dateline's day keeps its own day only."""
    draft = _draft(snapshot_kg, _NEXT)
    got = label_dates(draft, "")
    nxt = {k: v for k, v in got.items() if k.lower().startswith("next seminar")}
    assert any(v.get("plannedDate") == "2027" for v in nxt.values()), got
    held = values(draft, "heldIn")
    assert any(s in nxt and o == "Liuzhou" for s, o in held), held
    first = {k: v for k, v in got.items() if k.lower().startswith("seminar on zinc roasting")}
    assert first and all("2027" not in v.values() for v in first.values()), got


def test_the_seminar_named_again_is_still_the_same_one(snapshot_kg):
    """"... held a seminar ... The seminar was attended by ...": the same seminar (no second
    one drafted for the later mention)."""
    text = ("Hengda Zinc Holds Roasting Seminar\n\n"
            "HECHI, 9 December 2026 -- Hengda Zinc Co., Ltd. held a seminar on zinc roasting "
            "for its suppliers. The seminar was attended by forty engineers.\n")
    draft = _draft(snapshot_kg, text)
    seminars = [e for e in draft.new() if str(e.cls).endswith("#Seminar")]
    assert len(seminars) == 1, [e.label for e in seminars]

def test_the_next_council_meeting_is_planned_where_the_clause_says(snapshot_kg):
    """"... held a council meeting in Nanning on Tuesday. The next council meeting will be held
    in Wuzhou in March 2027": two meetings, each with its own place and day."""
    text = ("Guangxi Tin Association Holds Council Meeting\n\n"
            "NANNING, 9 December 2026 -- The Guangxi Tin Industry Association held a council "
            "meeting in Nanning on Tuesday.\n\n"
            "The next council meeting will be held in Wuzhou in March 2027.\n")
    draft = _draft(snapshot_kg, text)
    got = label_dates(draft, "")
    nxt = {k: v for k, v in got.items() if k.lower().startswith("next council meeting")}
    assert any(v.get("plannedDate") == "2027-03" for v in nxt.values()), got
    held = values(draft, "heldIn")
    assert any(s in nxt and o == "Wuzhou" for s, o in held), held
    assert not any(s in nxt and o == "Nanning" for s, o in held), held


# --- 2. a document's own step keeps its date (no receipt or approval event beside it) ----
def test_a_document_issued_on_a_day_is_no_receipt(snapshot_kg):
    """"The bureau issued the X Notice on 5 May": the notice takes its day; no receipt or
    approval is drafted (issuing is no step done to another's document)."""
    text = ("Notice on Tin Smelter Inspections Issued\n\n"
            "The Hezhou Municipal Bureau of Emergency Management issued the Notice on the "
            "Safety Inspection of Tin Smelters on 5 May 2026. Eleven smelters will be checked "
            "before the end of June.\n")
    draft = _draft(snapshot_kg, text)
    assert not _events(draft, "received") and not _events(draft, "approved"), event_dates(draft)
    assert ("Notice on the Safety Inspection of Tin Smelters", "2026-05-05") in {
        (s, o) for s, o in values(draft, "dateIssued")}, values(draft, "dateIssued")


def test_a_standard_approved_by_its_ministry_is_the_standard_s_date(snapshot_kg):
    """"The industry standard YS/T ... was approved by MIIT on 14 July": the standard's own
    issue (its date), no approval event beside it."""
    text = ("New Tin Standard Approved\n\n"
            "The industry standard YS/T 9931-2026 \"Tin Ingots for Solder Alloys\" was approved "
            "by the Ministry of Industry and Information Technology on 14 July 2026. It replaces "
            "the 2015 edition.\n")
    draft = _draft(snapshot_kg, text)
    assert not _events(draft, "approved"), event_dates(draft)
