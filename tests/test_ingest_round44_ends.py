"""Round 44, missing ends of relations: happenings a text names only by a common noun that no
rule drafted, so that the relations and dates the curators hang on them were lost with them (a
memorial gathering a notice announces, a doctoral thesis defence); on short texts written for this file (invented bodies, companies and people)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"


def _draft(kg, text: str, doc_id: str = "round44-ends"):
    return draft_of(kg, text, doc_id, "round44.txt", today=dt.date(2026, 12, 5))


def _events(draft, head: str) -> dict:
    """{label: {predicate: {objects}}} of the new events whose label starts with ``head``."""
    out = {}
    for e in draft.new():
        if str(e.cls).endswith("#Event") and e.label.lower().startswith(head):
            got = out.setdefault(e.label, {})
            for p, o, _, _ in e.statements:
                got.setdefault(str(p).rsplit("#", 1)[-1], set()).add(str(o).rsplit("/", 1)[-1])
    return out


_GATHERING = ("Notice on a Memorial Gathering for Comrade Tang Weiming\n\n"
              "Tang Weiming, former chief engineer of Hualing Tin Co., Ltd., died on 20 November "
              "at the age of 84. The company has decided to hold a memorial gathering for him on "
              "Monday, 14 December 2026 in Gejiu.\n")


def test_a_memorial_gathering_the_company_holds_is_drafted_with_its_day(snapshot_kg):
    got = _events(_draft(snapshot_kg, _GATHERING), "memorial gathering")
    assert len(got) == 1, got
    (label, preds), = got.items()
    assert "2026-12-14" in preds.get("plannedDate", set()) | preds.get("startDate", set()), preds


_DEFENCE = ("The School of Metallurgy of Qinchuan University will hold the oral defence of the "
            "doctoral dissertation of Ms. Ren Jiayi on Friday, 11 December 2026 in Room 204 of "
            "the Materials Building.\n")


def test_a_thesis_defence_is_an_event_with_its_candidate_and_day(snapshot_kg):
    got = _events(_draft(snapshot_kg, _DEFENCE), "oral defence")
    assert len(got) == 1, got
    (label, preds), = got.items()
    assert "2026-12-11" in preds.get("plannedDate", set()) | preds.get("startDate", set()), preds
    assert "ren-jiayi" in preds.get("participant", set()), preds


_NO_HAPPENING = ("Hualing Tin Co., Ltd. said its marketing campaign material was printed in "
                 "Gejiu. A defence of the tin price floor appeared in the trade press, and the "
                 "company keeps a memorial gathering hall for retired staff.\n")


def test_a_defence_or_gathering_with_no_verb_of_happening_is_no_event(snapshot_kg):
    """"A defence of" an idea and a "memorial gathering hall" (a room, the gathering a word of
    its name) are no events; nor is a campaign (no family of its own: one that is launched is
    as often a curator's event as not)."""
    draft = _draft(snapshot_kg, _NO_HAPPENING)
    for head in ("campaign", "marketing campaign", "defence", "memorial gathering"):
        assert not _events(draft, head), (head, _events(draft, head))
