"""Round 39, events: recall of dated happenings and their days, on short texts written for this
file."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import dated_new, draft_of, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round39-events"):
    return draft_of(kg, text, doc_id, "round39.txt", today=dt.date(2026, 12, 5))


# --- 1. a sentence of several dated clauses: each its own event ---------------------------------
_TWO_CLAUSES = ("Tin works wins green label\n\nGejiu, 2 December 2026 -- The tin works of Gejiu "
                "Hongtai Tin Co., Ltd. has been named a green factory, the provincial bureau said.\n\n"
                "A panel of experts met in Kunming on 18 November and the works were inspected on 23 "
                "November.\n")


def test_each_dated_clause_of_a_sentence_is_its_own_event(snapshot_kg):
    """"X met on 18 November and the works were inspected on 23 November": the two dates made
    two events that each held the whole sentence (the same evidence, a label with the other
    clause's words); now each is its own clause, labelled and dated by it."""
    draft = _draft(snapshot_kg, _TWO_CLAUSES)
    got = dated_new(draft)
    met = [k for k, v in got.items() if ("startDate", "2026-11-18") in v]
    seen = [k for k, v in got.items() if ("startDate", "2026-11-23") in v]
    assert met and seen, got
    assert all("inspected" not in k for k in met), met
    assert all("met" not in k.split() for k in seen), seen


def test_a_name_holding_and_is_not_cut(snapshot_kg):
    """"The Gejiu Tin Summit and Expo opened on 8 October": "and" between two capitalised words is
    the name's own, and a dateline's day is no clause of the sentence."""
    text = ("Gejiu, Oct. 9 -- The 2nd Gejiu Tin Summit and Expo opened on 8 October at the Gejiu "
            "Convention and Exhibition Center, and runs until 10 October.\n")
    draft = _draft(snapshot_kg, text)
    got = dated_new(draft)
    assert not any(k.startswith(("Expo opened", "Exhibition Center")) for k in got), got
