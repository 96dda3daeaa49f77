"""Round 60, a reply letter that confers a status on its addressee, on short texts written for
this file (invented bodies and companies): "X Co., Ltd.:" as the letter's salutation, then
"Your company is recognised as a welfare enterprise." grants the title to X, given by the
letter's sender, the house (kg/ingest/relations/granted_awards.py); a "your company" clause
with no addressee line grants nothing, and the sender wins nothing. "X presented A with the
plaque of "Y"" grants Y (the quoted name, not "plaque") to A, a company or a works named by its
common noun ("the alumina plant")."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import award_grants as _grants, draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round60-reply-titles"):
    return draft_of(kg, text, doc_id, "round60r.txt", today=dt.date(2026, 12, 10))


_REPLY = (
    "TARROW COUNTY CIVIL AFFAIRS BUREAU\n\n"
    "Tar Min Han [2026] No. 8\n\n"
    "Reply on the Recognition of Keldan Copper Wire Co., Ltd. as a Welfare Enterprise\n\n"
    "Keldan Copper Wire Co., Ltd.:\n\n"
    "Your letter of 3 November and its papers have been received. Staff of this Bureau visited\n"
    "your drawing shop on the 12th. We reply as follows.\n\n"
    "1.  Of your 180 workers, 50 have a disability, and the shop floor has ramps and wide doors.\n\n"
    "2.  Your company is recognised as a welfare enterprise from 1 December 2026.\n\n"
    "3.  Report any fall in the number of disabled workers within 15 days.\n\n"
    "                                        Tarrow County Civil Affairs Bureau\n"
    "                                        20 November 2026\n"
)


def test_your_company_is_the_letters_addressee(snapshot_kg):
    grants = _grants(_draft(snapshot_kg, _REPLY))
    assert grants.get("Keldan Copper Wire Co., Ltd.") == {
        ("Welfare enterprise", "Tarrow County Civil Affairs Bureau")}
    assert "Tarrow County Civil Affairs Bureau" not in grants


def test_no_addressee_line_no_grant(snapshot_kg):
    text = _REPLY.replace("Keldan Copper Wire Co., Ltd.:\n\n", "")
    grants = _grants(_draft(snapshot_kg, text))
    assert not any(a == "Welfare enterprise" for got in grants.values() for a, _ in got)


_PLAQUE = (
    "Plaque for River Care\n\n"
    "Tarrow Evening News | Friday, 4 December 2026\n\n"
    "TARROW, 3 December -- Some 50,000 young carp went into the Tarrow River on Thursday below\n"
    "the alumina plant of Harlow Group, which paid for the fish.\n\n"
    "At the event the Tarrow County Ecology Bureau presented the alumina plant with the plaque\n"
    "of \"Tarrow Clean River Model Unit\". The plant has reused all its cooling water since\n"
    "2024.\n"
)


def test_presented_a_works_with_the_plaque_of_a_quoted_title(snapshot_kg):
    grants = _grants(_draft(snapshot_kg, _PLAQUE))
    got = {a for v in grants.values() for a, _ in v}
    assert got == {"Tarrow Clean River Model Unit"}, grants
    assert not any("plaque" in a.lower() for a in got)
    assert "Tarrow County Ecology Bureau" not in grants
