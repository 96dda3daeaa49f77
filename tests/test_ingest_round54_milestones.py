"""Round 54, acts done to a document by another party, told in a dated clause, on short texts
written for this file (invented bureaus, companies and people), kg/ingest/events/document_acts.py:
"The scheme was approved by X on 3 October" is an approval milestone of its own although the
scheme is named in the clause (before, the document took the clause's day and no event was
told); a standard's approval is its issue (no milestone), a day said of the document before the
verb ("Your request of 9 November has been received") is the document's, and a participle after
its noun ("acting on a report forwarded by X") is no act of the clause."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, event_dates, snapshot_kg  # noqa: F401

_HEAD = "NOTICE OF THE DUNMERE COUNTY BUREAU OF INDUSTRY\n10 December 2026\n\n"


def _events(kg, body: str) -> dict:
    d = draft_of(kg, _HEAD + body, "round54-milestones", "round54.txt",
                 today=dt.date(2026, 12, 20))
    return event_dates(d)


def test_a_scheme_approved_by_a_company_is_a_dated_approval(snapshot_kg):
    got = _events(snapshot_kg, "The scheme was approved by Harlow Tin Group Co., Ltd. on 3 "
                               "October 2026. Work on the first stage begins next year.\n")
    hits = {k: v for k, v in got.items() if k.startswith("Approval of the scheme")}
    assert hits, got
    assert {"2026-10-03"} in hits.values(), hits


def test_a_numbered_report_delivered_is_a_delivery(snapshot_kg):
    got = _events(snapshot_kg, "The inspection report, Dun Gong Jian [2026] No. 8, was delivered "
                               "to Fenwick Zinc Co., Ltd. on 2 September 2026.\n")
    hits = {k: v for k, v in got.items() if k.startswith("Delivery of")}
    assert hits and {"2026-09-02"} in hits.values(), got


def test_a_plan_reviewed_by_a_commission_is_a_review(snapshot_kg):
    got = _events(snapshot_kg, "The plan was reviewed by the Dunmere County Development and "
                               "Reform Commission on 26 November and follows the county's "
                               "guidelines on mine closure.\n")
    hits = {k: v for k, v in got.items() if k.startswith("Review of the plan")}
    assert hits and {"2026-11-26"} in hits.values(), got
    assert not any("follows" in k for k in hits), hits      # (the clause after "and" is no part)


def test_a_standard_approved_is_no_milestone(snapshot_kg):
    got = _events(snapshot_kg, "On 10 July 2026 the Dunmere Standards Office approved the group "
                               "standard T/DSO 12-2026 \"Zinc Ingot for Die Casting\".\n")
    assert not any(k.startswith("Approval") for k in got), got


def test_a_request_dated_before_its_receipt_gives_no_receipt_that_day(snapshot_kg):
    got = _events(snapshot_kg, "Your request Dun Zheng [2026] No. 5 of 14 August has been "
                               "received.\n")
    assert not any("received" in k.lower() and "2026-08-14" in v for k, v in got.items()), got


def test_a_report_forwarded_is_no_act_of_the_clause(snapshot_kg):
    got = _events(snapshot_kg, "On 8 September 2026, acting on a report forwarded by the "
                               "Dunmere Provincial Office, the bureau inspected the warehouse "
                               "of Fenwick Zinc Co., Ltd.\n")
    assert not any(k.startswith("Acting on a report") for k in got), got
