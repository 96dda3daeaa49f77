"""Round 46, parties named by referring back: "the three smelters" after a list of three
companies, "the two sides" after "A and the cable maker B" stand for those organisations, and
the event or agreement their sentence states takes them as its parties
(kg/ingest/reading/references_back.py, kg/ingest/relations/referred_parties.py); a set of
another size, "the company" or "the contractor" (after a field "Contractor:  X") gives
nothing here. On short texts written for this file (invented companies, bodies and places)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

_RULE = "referred-party"


def _draft(kg, text: str, doc_id: str = "round46-parties"):
    return draft_of(kg, text, doc_id, "round46.txt", today=dt.date(2026, 10, 5))


def _parties(draft, start: str) -> set:
    """The labels of the organisations the new thing whose label opens with ``start`` has as
    participants or parties."""
    labels = {e.iri: e.label for e in draft.entities.values()}
    return {labels.get(o) for e in draft.new() if e.label.startswith(start)
            for p, o, _, _ in e.statements
            if str(p).endswith(("#participant", "#party"))}


def _referred(draft) -> list:
    return [(e.label, r) for e in draft.new() for _, _, _, r in e.statements if _RULE in r]


_ITEMS = (
    "Regulator inspects three tin smelters\n\n"
    "The Provincial Market Supervision Bureau said on Friday that it had inspected the "
    "following companies:\n\n"
    "1. Harlow Tin Smelting Co., Ltd., based in Harlow;\n"
    "2. Quenby Tin Industry Co., Ltd., a unit of Quenby Holdings;\n"
    "3. Orrin Nonferrous Metals Co., Ltd., which makes solder.\n\n"
    "Sales managers of the three smelters met in Dunmere in April 2026 to discuss prices.\n")


def test_the_three_smelters_are_the_three_listed_items(snapshot_kg):
    draft = _draft(snapshot_kg, _ITEMS)
    got = _parties(draft, "Sales managers of the three smelters")
    assert {"Harlow Tin Smelting Co., Ltd.", "Quenby Tin Industry Co., Ltd.",
            "Orrin Nonferrous Metals Co., Ltd."} <= got, _referred(draft)
    # (the bureau that inspected them, and the parent of one, took no part in the meeting)
    assert not any("Bureau" in x or x == "Quenby Holdings" for x in got if x), got


def test_a_count_that_is_not_the_lists_size_stands_for_nothing(snapshot_kg):
    text = _ITEMS.replace("the three smelters", "the two smelters")
    draft = _draft(snapshot_kg, text)
    assert not _referred(draft), _referred(draft)


_TWO = ("Dunmere, 4 March 2026 -- Corlis Copper Co., Ltd. and the Norwegian cable maker "
        "Vestfjord Kabel AS opened a joint research centre for fine copper wire in Dunmere on "
        "Tuesday.\n\nThe two sides signed a five-year cooperation agreement at the opening "
        "ceremony.\n")


def test_the_two_sides_are_a_pair_joined_past_a_description(snapshot_kg):
    """"A and the Norwegian cable maker B": the two sides are A and B, at the ceremony and in
    the agreement."""
    draft = _draft(snapshot_kg, _TWO)
    want = {"Corlis Copper Co., Ltd.", "Vestfjord Kabel AS"}
    assert want <= _parties(draft, "Opening ceremony") | _parties(draft, "opening ceremony"), \
        [(e.label, e.statements) for e in draft.new()]
    assert want <= _parties(draft, "Five-year cooperation agreement"), \
        [(e.label, e.statements) for e in draft.new()]


def test_three_named_are_not_the_two_sides(snapshot_kg):
    text = ("Brackwater Hydro Co., Ltd., Fenmoor Light Metals Co., Ltd. and Tolley Grid Co., "
            "Ltd. agreed a power plan in May 2026.\n\nThe two sides will hold a review meeting "
            "in Dunmere in June 2026.\n")
    draft = _draft(snapshot_kg, text)
    assert not _referred(draft), _referred(draft)


_FIELDS = (
    "SITE WEEKLY REPORT No. 12\n\n"
    "Date:        5 October 2026\n"
    "Project:     Dunmere tin refinery expansion\n"
    "Owner:       Harlow Tin Smelting Co., Ltd.\n"
    "Contractor:  Quenby Metallurgical Construction Co., Ltd.\n\n"
    "Two slurry pumps failed the pressure test on Monday. The contractor is to replace them "
    "by 30 October.\n")


def test_a_fields_party_is_not_read_here(snapshot_kg):
    """"the contractor" after "Contractor:  X" is left to the rules of fields (measured: wrong
    on the check sets as often as right)."""
    draft = _draft(snapshot_kg, _FIELDS)
    assert not _referred(draft), _referred(draft)


def test_the_company_as_a_clauses_subject_is_not_read_here(snapshot_kg):
    """"the company" is left to the company-news rules: a step of its own is no event the
    company is a party of by this rule."""
    text = ("Orrin Tin Co., Ltd. reported its third-quarter results on Monday.\n\n"
            "The company will open a solder plant in Dunmere in November 2026.\n")
    draft = _draft(snapshot_kg, text)
    assert not _referred(draft), _referred(draft)
