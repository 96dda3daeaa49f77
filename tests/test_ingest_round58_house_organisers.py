"""Round 58, who organises what a notice's own issuers do, on short texts written for this file
(invented bodies and firms): the issuer named by its head noun before an irregular past tense
("the Bureau held a training session", not only "-ed" forms), and the issuers of a joint notice
named together ("the two bodies", "both departments") before the event they held
(kg/ingest/relations/house_subjects.py, rule event:house-subject)."""
from __future__ import annotations

import datetime as dt

from draft_lookup import ruled_objects
from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "event:house-subject"


def _draft(kg, text: str, doc_id: str = "round58-house-organisers"):
    return draft_of(kg, text, doc_id, "round58.txt", today=dt.date(2026, 12, 10))


def _organised(draft) -> dict:
    """{event label: {organiser labels}} that the rule states."""
    return ruled_objects(draft, _RULE, "organizedBy")


def test_an_irregular_past_tense_after_the_issuers_noun(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Marlow County Emergency Management Bureau\n\n"
        "Notice on Dust Explosion Safety at Magnesium Powder Plants\n\n"
        "To the magnesium powder plants of the county:\n\n"
        "On 2 December the Bureau held a training session on dust explosion safety for the "
        "heads of nine magnesium powder plants in Marlow Town. Each plant shall check its "
        "dust collectors before 31 December 2026.\n\n"
        "Marlow County Emergency Management Bureau\n"
        "4 December 2026\n"))
    got = _organised(d)
    assert any(label.startswith("Training session") and
               orgs == {"Marlow County Emergency Management Bureau"}
               for label, orgs in got.items()), got


def test_the_two_bodies_of_a_joint_notice_organise_what_they_held(snapshot_kg):
    d = _draft(snapshot_kg, (
        "Ferndale Municipal Bureau of Commerce\n"
        "Ferndale Municipal Federation of Industry and Commerce\n\n"
        "Fern Shang Lian Fa [2026] No. 6\n\n"
        "Decision on Commending the 2026 Export Star Enterprises\n\n"
        "To the commerce bureaus of all districts:\n\n"
        "On 12 November the two bodies held a review meeting on the applications of 30 "
        "copper and zinc exporters. It is decided that the following enterprises are awarded "
        "the title of \"Export Star Enterprise\":\n\n"
        "1. Ridgeway Copper Tube Co., Ltd.\n"
        "2. Calder Zinc Alloy Co., Ltd.\n\n"
        "Ferndale Municipal Bureau of Commerce\n"
        "Ferndale Municipal Federation of Industry and Commerce\n"
        "1 December 2026\n"))
    got = _organised(d)
    both = {"Ferndale Municipal Bureau of Commerce",
            "Ferndale Municipal Federation of Industry and Commerce"}
    assert any(label.lower().startswith("review meeting") and orgs == both
               for label, orgs in got.items()), got


def test_two_bodies_of_another_text_organise_nothing(snapshot_kg):
    # one issuer: "the two bodies" are not its issuers
    d = _draft(snapshot_kg, (
        "Ferndale Municipal Bureau of Commerce\n\n"
        "Notice on the Copper Export Review\n\n"
        "On 12 November the two bodies held a review meeting on the applications of 30 "
        "copper exporters.\n\n"
        "Ferndale Municipal Bureau of Commerce\n"
        "1 December 2026\n"))
    assert not any(label.lower().startswith("review meeting")
                   for label in _organised(d)), _organised(d)


def test_a_unit_of_the_issuer_is_no_subject_of_the_issuers_noun(snapshot_kg):
    # "the Commercial Office of the Bureau held ...": the Office's meeting, not the Bureau's
    d = _draft(snapshot_kg, (
        "Ferndale Municipal Bureau of Commerce\n\n"
        "Notice on the Copper Export Review\n\n"
        "On 12 November the Foreign Trade Office of the Bureau held a review meeting on the "
        "applications of 30 copper exporters.\n\n"
        "Ferndale Municipal Bureau of Commerce\n"
        "1 December 2026\n"))
    assert not any(label.lower().startswith("review meeting")
                   for label in _organised(d)), _organised(d)
