"""Round 32, steps and documents of never-seen genres: a campaign's phases printed as rows
("Phase 1  Mobilisation and self-check   4-15 January 2027") are its events with their days; a
title block's ledger, questions and answers, public disclosure or form is the document the text
is, dated by its head's date field, not by the day its state is given as of ("status at 25
December 2026")."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import EVENT_DATES, draft_of, label_dates, snapshot_kg  # noqa: F401

TODAY = dt.date(2026, 12, 2)


def _draft(kg, text: str, doc_id: str):
    return draft_of(kg, text, doc_id, f"{doc_id}.txt", today=TODAY)


def _dates(draft, start: str) -> dict:
    return label_dates(draft, start, EVENT_DATES + ("#dateIssued",))


PHASES = """Notice on a Safety Campaign in the Tin Workshops of Hexi Town

Hexi Town People's Government                               28 December 2026

The town has decided to hold a safety campaign in three phases:

  Phase 1  Mobilisation and self-check       4-15 January 2027
  Phase 2  Checks and rectification          16 January to 15 March 2027
  Phase 3  Acceptance and review             16-31 March 2027

Each workshop shall name a safety officer.
"""


def test_a_campaigns_phases_are_its_events(snapshot_kg):
    d = _draft(snapshot_kg, PHASES, "r32-sched-phases")
    got = _dates(d, "Phase")
    assert got == {
        "Phase 1: Mobilisation and self-check": {"plannedDate": "2027-01-04",
                                                  "endDate": "2027-01-15"},
        "Phase 2: Checks and rectification": {"plannedDate": "2027-01-16",
                                               "endDate": "2027-03-15"},
        "Phase 3: Acceptance and review": {"plannedDate": "2027-03-16",
                                           "endDate": "2027-03-31"}}


LEDGER = """Lishui Municipal Office for Investment Promotion

      LEDGER OF KEY INVESTMENT PROJECTS OF LISHUI CITY
                  (Year-end update, status at 25 December 2026)

Ledger No.: LS-ZS-2026-12              Date: 2026.12.28
Prepared by: Project Section

Scope: signed projects of over 500 million yuan, as reported by the responsible units. The
amounts are in the notes column of the master table kept by the office.
"""


def test_a_ledger_is_the_text_dated_by_its_head_not_its_status_day(snapshot_kg):
    d = _draft(snapshot_kg, LEDGER, "r32-sched-ledger")
    got = _dates(d, "Ledger of Key Investment Projects")
    assert list(got.values()) == [{"dateIssued": "2026-12-28"}]
