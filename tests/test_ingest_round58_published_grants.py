"""Round 58 (landed in round 59 with the relation precision floors of sets 30, 31 and 47
lowered: their golds, written before set 80, leave the grants out of the notice), a decision
or notice whose title says it confers titles ("Decision on Commending ...") includes each grant its body
lists, besides being about the award (kg/ingest/relations/published_awards.py, rule
document:published-grants), as the golds of the sets since 80 record it; a news story that
reports grants includes none. Short texts written for this file (invented bodies and firms)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401
# the award_lists file's decision conferring a quoted title on three firms
from test_ingest_round58_award_lists import _QUOTED_HEADING

_RULE = "document:published-grants"


def _draft(kg, text: str, doc_id: str = "round58-published-grants"):
    return draft_of(kg, text, doc_id, "round58.txt", today=dt.date(2026, 12, 10))



def test_a_commending_decision_includes_its_grants(snapshot_kg):
    d = _draft(snapshot_kg, _QUOTED_HEADING)
    included = ruled_objects(d, _RULE, "includes")
    decision = "Decision on Commending the 2026 Harbour Star Enterprises"
    assert set(included) == {decision}
    assert included[decision] == {
        "Harbour Star Enterprise, Keldan Copper Wire Co., Ltd.",
        "Harbour Star Enterprise, Ostrava Bay Zinc Products Co., Ltd.",
        "Harbour Star Enterprise, Pellor Aluminium Profiles Co., Ltd."}


def test_a_news_story_of_grants_includes_no_grant(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Keldan Copper Wire named a Harbour Star Enterprise\n\n"
        "Keldan Copper Wire Co., Ltd. was awarded the title of \"Harbour Star Enterprise\" "
        "by the Dunmore Municipal Investment Promotion Bureau on 8 December 2026, the company "
        "said. Its copper rod exports doubled this year.\n"))
    assert ruled_objects(d, _RULE, "includes") == {}
