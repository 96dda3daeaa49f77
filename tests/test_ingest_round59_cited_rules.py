"""Round 59, the laws and bodies of rules a text cites for a clause, on short texts written for
this file (invented bureaus, companies and documents; known places),
kg/ingest/relations/cited_rules.py: a law, measures or provisions named as the ground of what a
sentence tells ("Under the Forest Protection Law and the Measures for ..., the Bureau inspected
the route in X County") are given no ``appliesTo`` the places of that sentence by the
same-sentence guess (``cooccur:same-sentence``), and the event of the sentence is not guessed
to be about them. A plan of the same sentence kind keeps its place, and measures the text prints
in quotation marks (what it presents) keep theirs."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

GUESS = "cooccur:same-sentence"


def _draft(kg, text: str, doc_id: str = "round59-cited-rules"):
    return draft_of(kg, text, doc_id, "round59.txt", today=dt.date(2026, 12, 10))


def _guessed(draft, predicate: str) -> set:
    """{(subject label, object label)} of the draft's ``predicate`` statements by the guess."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {(e.label, labels.get(o)) for e in draft.new() for p, o, _, r in e.statements
            if str(p).endswith("#" + predicate) and r.startswith(GUESS)}


_FOREST = (
    "Shangluo Forestry Bureau approves a haul road through forest land for a molybdenum mine\n\n"
    "The Shangluo Forestry Bureau has approved the temporary use of 12 mu of forest land by "
    "Qinfeng Moly Mining Co., Ltd. for a haul road. Under the Forest Protection Law and the "
    "Measures for the Use of Forest Land, the Bureau inspected the route in Shanyang County, "
    "Shangluo, on 3 December. The company will replant the road within two years. The Green "
    "Mining Implementation Plan, which Shaanxi Province adopted in March, also asks mines to "
    "restore the land they use.\n\n"
    "Shangluo Forestry Bureau\n"
    "8 December 2026\n"
)

_CANTEEN = (
    "Weinan market bureau finds canteen faults at a zinc smelter\n\n"
    "The Weinan Market Supervision Bureau held a spot check of the staff canteen of Huaxin Zinc "
    "Smelting Co., Ltd. on 2 December under the Provisions on Food Safety in Workplace "
    "Canteens. Two fridges held raw and cooked food together. The company must fix the faults "
    "by 20 December.\n\n"
    "On 1 December the Weinan Municipal People's Government issued the \"Several Measures of "
    "Weinan for Safer Canteens\", which apply across Weinan and Shaanxi Province from next "
    "year.\n\n"
    "Weinan Market Supervision Bureau\n"
    "8 December 2026\n"
)


def test_a_law_and_measures_cited_apply_to_no_place_of_their_sentence(snapshot_kg):
    got = _guessed(_draft(snapshot_kg, _FOREST), "appliesTo")
    assert not any(d in ("Forest Protection Law", "Measures for the Use of Forest Land")
                   for d, _ in got), got


def test_a_plan_keeps_the_place_of_its_sentence(snapshot_kg):
    got = _guessed(_draft(snapshot_kg, _FOREST), "appliesTo")
    assert ("Green Mining Implementation Plan", "Shaanxi Province") in got, got


def test_an_event_is_not_about_the_provisions_it_was_held_under(snapshot_kg):
    d = _draft(snapshot_kg, _CANTEEN)
    about = _guessed(d, "about")
    assert not any(o == "Provisions on Food Safety in Workplace Canteens" for _, o in about), about
    applies = _guessed(d, "appliesTo")
    assert not any(s == "Provisions on Food Safety in Workplace Canteens" for s, _ in applies), \
        applies


def test_measures_printed_in_quotation_marks_keep_their_places(snapshot_kg):
    got = _guessed(_draft(snapshot_kg, _CANTEEN), "appliesTo")
    assert ("Several Measures of Weinan for Safer Canteens", "Weinan") in got, got
