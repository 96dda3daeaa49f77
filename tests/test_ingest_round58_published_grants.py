"""Round 58 (not landed: lowers the relation precision of sets 30, 31 and 47 under their floors,
whose golds, written before set 80, leave the grants out of the notice), a decision or notice
whose title says it confers titles ("Decision on Commending ...") includes each grant its body
lists, besides being about the award (kg/ingest/relations/published_awards.py, rule
document:published-grants), as the golds of the sets since 80 record it; a news story that
reports grants includes none. Short texts written for this file (invented bodies and firms)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "document:published-grants"


def _draft(kg, text: str, doc_id: str = "round58-published-grants"):
    return draft_of(kg, text, doc_id, "round58.txt", today=dt.date(2026, 12, 10))


_QUOTED_HEADING = (
    "Dunmore Municipal Investment Promotion Bureau\n\n"
    "Dun Tou Fa [2026] No. 4\n\n"
    "Decision on Commending the 2026 Harbour Star Enterprises\n\n"
    "To the investment offices of all districts:\n\n"
    "After reviewing the applications received in October, the Bureau has decided as "
    "follows.\n\n"
    "I. The title \"Harbour Star Enterprise\" is conferred on:\n\n"
    "  (1) Keldan Copper Wire Co., Ltd., for doubling its copper rod exports;\n"
    "  (2) Ostrava Bay Zinc Products Co., Ltd., for a new galvanising line;\n"
    "  (3) Pellor Aluminium Profiles Co., Ltd., for hiring 200 local workers.\n\n"
    "II. The titles are valid for two years.\n\n"
    "Dunmore Municipal Investment Promotion Bureau\n"
    "8 December 2026\n"
)


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
