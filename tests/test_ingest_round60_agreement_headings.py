"""Round 60, the agreement a text is, titled in capitals by a heading that goes on after its
head word ("X AGREEMENT ON Y", "AGREEMENT ON Y", "MEMORANDUM OF UNDERSTANDING ON Y"), on short
texts written for this file (invented bodies and companies). The agreement is one entity labelled
by the whole heading in title case (not by the words before "ON"), and takes the day the text
says it was signed (kg/ingest/names/heading_documents.py, data/heading-document-kinds.txt)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

from kg.ingest.terms import NFO


def _agreements(kg, text: str) -> dict:
    d = draft_of(kg, text, "round60-agreement-headings", "round60.txt", today=dt.date(2026, 12, 10))
    return {e.label: {str(o) for p, o, _, _ in e.statements if p == NFO.dateSigned}
            for e in d.entities.values() if e.cls == NFO.Agreement}


_SERVICE = (
    "MAINTENANCE SERVICE AGREEMENT ON THE ROPEWAY OF THE\n"
    "TALLIS BAUXITE MINE\n\n"
    "Agreement No.: TBM-FW-2026-07\n\n"
    "Party A:  Tallis Bauxite Mining Co., Ltd.\n"
    "Party B:  Orvane Lift Engineering Co., Ltd.\n\n"
    "Article 1  Party B services the ore ropeway of Party A once a month.\n"
    "Article 2  The fee is 180,000 yuan a year.\n\n"
    "Signed at Tallis on Wednesday, 7 October 2026\n"
)

_BARE = (
    "AGREEMENT ON JOINT PATROLS OF THE KESTON RIVER BANKS\n\n"
    "Party A:  Keston County Water Resources Bureau\n"
    "Party B:  Keston Zinc Smelting Co., Ltd.\n\n"
    "The two Parties agree to walk the river banks below the smelter together every month.\n\n"
    "Signed at Keston on Monday, 2 November 2026\n"
)


def test_heading_going_on_after_agreement_is_its_label(snapshot_kg):
    got = _agreements(snapshot_kg, _SERVICE)
    label = "Maintenance Service Agreement on the Ropeway of the Tallis Bauxite Mine"
    assert label in got, got
    assert got[label] == {"2026-10-07"}
    assert "Maintenance Service Agreement" not in got     # (no second, shorter one)


def test_heading_opening_with_agreement(snapshot_kg):
    got = _agreements(snapshot_kg, _BARE)
    label = "Agreement on Joint Patrols of the Keston River Banks"
    assert label in got, got
    assert got[label] == {"2026-11-02"}
