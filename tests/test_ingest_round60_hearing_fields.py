"""Round 60, who sits at a hearing, on short texts written for this
file (invented bodies, companies and people). A hearing notice's "Hearing officer:" (one
officer) presides over the hearing and takes part in it, and its "Case handlers:" take part
(data/attendance-labels.txt, kg/ingest/relations/attendance_fields.py); the employer named
after the handlers is not one of those present."""
from __future__ import annotations

import datetime as dt

from draft_lookup import linked_by as _linked
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _draft(kg, text: str, doc_id: str = "round60-hearing-fields"):
    return draft_of(kg, text, doc_id, "round60.txt", today=dt.date(2026, 12, 10))



_HEARING = (
    "Corran Municipal Administration for Market Regulation\n\n"
    "Notice of Hearing\n\n"
    "Cor Shi Jian Ting Gao [2026] No. 4\n\n"
    "Corran Brightbar Copper Trading Co., Ltd.:\n\n"
    "You asked in writing for a hearing on the intended fine for mislabelled copper bars. The\n"
    "hearing will be held as follows:\n\n"
    "  Time:            14:30, Wednesday, 14 October 2026\n"
    "  Venue:           Hearing Room 2, No. 12 Harbour Road, Corran\n"
    "  Hearing officer: Ning Qiaoyu, Deputy Director of the Legal Affairs Division\n"
    "  Clerk:           Dou Mingxia\n"
    "  Case handlers:   Pan Shaojie and Wei Chenglan, Price Enforcement Brigade\n\n"
    "You may attend in person or send one or two agents with a power of attorney.\n"
)


def test_a_hearing_officer_presides_and_case_handlers_take_part(snapshot_kg):
    d = _draft(snapshot_kg, _HEARING)
    took_part = _linked(d, NFO.participant)
    presided = _linked(d, NFO.presidedBy)
    assert "Ning Qiaoyu" in presided, presided
    for name in ("Ning Qiaoyu", "Pan Shaojie", "Wei Chenglan"):
        assert name in took_part, (name, sorted(took_part))
    assert not any(name.startswith("Price Enforcement") for name in took_part), sorted(took_part)
