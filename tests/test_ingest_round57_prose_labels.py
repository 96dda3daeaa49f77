"""Round 57, a role's label printed in running text after the end of a sentence, the way a
court's hearing calendar or a hearing notice closes each item ("... was adjourned at the
defendant's request. Presiding judge: A."), read by kg/ingest/relations/house_posts.py like a
label opening a line: the person's post in the house organisation, or in the body the role's
kind names (a judge's court: data/post-home-bodies.txt). On a short text written for this
file (an invented court and invented cases). Not a post: a label that is no job ("Reason: B")."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _draft(kg, text: str, doc_id: str = "round57-prose-labels"):
    return draft_of(kg, text, doc_id, "round57.txt", today=dt.date(2027, 3, 20))


_CALENDAR = (
    "LINDMOOR INTERMEDIATE PEOPLE'S COURT\n"
    "Hearing Calendar for the Week of 22 March 2027\n\n"
    "1. Case No. 41 concerns the price of 900 tonnes of zinc ingots delivered in 2026. The hearing "
    "was moved to Wednesday at the request of the buyer. Presiding judge: Fei Qiuping.\n"
    "2. Case No. 57 is an appeal about a smelter's unpaid freight; the hearing will be open to "
    "the public. Court clerk: Lan Haoyu. Reason: Gu Wenxiu asked for more time.\n"
)


def test_a_label_after_a_sentence_gives_the_person_a_post_in_the_court(snapshot_kg):
    got = {(h, r, b) for h, r, b in posts(_draft(snapshot_kg, _CALENDAR))}
    assert ("Fei Qiuping", "Presiding judge", "Lindmoor Intermediate People's Court") in got \
        or ("Fei Qiuping", "Presiding judge", "LINDMOOR INTERMEDIATE PEOPLE'S COURT") in got, got
    assert any(h == "Lan Haoyu" and r.lower() == "court clerk" for h, r, _ in got), got
    assert not any(h == "Gu Wenxiu" for h, _, _ in got), got
