"""Round 59, who presided over a meeting told in a part set off after its date, on short texts
written for this file (invented bodies and people). ", presided over by A, Chair of B," after
the day of a sentence that tells what was done (a verb no event list holds) is who chaired that meeting, no happening
of its own (data/role-participles.txt, kg/ingest/events/verb_happenings.py); and the people
after ", with" that follows the chair are not chairs (kg/ingest/relations/event_roles.py)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_TEXT = (
    "Record of Settlement\n\n"
    "Drafted by the Lanshui Village Conciliation Panel\n\n"
    "Two haulage firms quarrelled over unpaid freight for copper concentrate. The Panel heard\n"
    "both firms at the village hall on Tuesday, 3 March 2026, presided over by Qiao\n"
    "Minglan, Head of the Panel, with conciliator Dou Xiaobo and Pei Rongjun, a notary of the\n"
    "Lanshui Notary Office. The firms agreed to split the freight owed.\n"
)


def _draft(kg):
    return draft_of(kg, _TEXT, "round59-fields2", "round59.txt", today=dt.date(2026, 12, 10))


def _events(draft) -> dict:
    return {e.label: e for e in draft.new() if "event" in e.iri or str(e.cls).endswith(
        ("#Event", "#Meeting", "#Hearing"))}


def _chairs(draft, event) -> set:
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o) for p, o, _, _ in event.statements if str(p).endswith("#presidedBy")}


def test_presided_part_is_no_event_of_its_own(snapshot_kg):
    draft = _draft(snapshot_kg)
    labels = list(_events(draft))
    assert not any(label.lower().startswith("presided") for label in labels), labels
    assert any("heard both firms" in label for label in labels), labels


def test_chair_is_the_one_named_before_with(snapshot_kg):
    draft = _draft(snapshot_kg)
    heard = next(e for label, e in _events(draft).items() if "heard both firms" in label)
    chairs = _chairs(draft, heard)
    assert "Qiao Minglan" in chairs, chairs
    assert "Dou Xiaobo" not in chairs and "Pei Rongjun" not in chairs, chairs
