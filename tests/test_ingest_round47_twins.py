"""Round 47, twins: a body named once in full with its owner after "of" ("the Testing Centre of
the Lianshan Materials Institute") and later by its head alone ("The Testing Centre signed
...") is one entity of the draft, the relations and dates read for the head moving to the full
name (names/of_twins.py); a head that two full names share stays apart from both. On short
texts written for this file (invented institutes and companies)."""
from __future__ import annotations

import datetime as dt

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

PARTY = "https://w3id.org/nfkg/ontology#party"


def _draft(kg, text: str, doc_id: str = "round47-twins"):
    return draft_of(kg, text, doc_id, "round47.txt", today=dt.date(2026, 12, 5))


def _named(draft, label: str) -> list:
    return [e for e in draft.new() if e.label == label]


def _parties(draft) -> set:
    """The labels of the parties of the draft's agreements."""
    return {draft.entities[o].label for e in draft.new() if str(e.cls).endswith("#Agreement")
            for p, o, _, _ in e.statements if str(p) == PARTY and o in draft.entities}


_CENTRE = ("Lianshan institute opens alloy testing line\n\n"
           "The Testing Centre of the Lianshan Materials Institute opened a fatigue testing "
           "line for titanium alloy parts in Xi'an on 12 May 2027.\n\n"
           "The Testing Centre signed a service agreement with Qinfeng Aviation Parts Co., Ltd. "
           "on 14 May 2027. The Testing Centre will hire 40 engineers.\n")


def test_head_alone_folds_into_the_full_name(snapshot_kg):
    """One centre, labelled with its owner; "Testing Centre" is its alias, no entity of its
    own."""
    d = _draft(snapshot_kg, _CENTRE)
    full = _named(d, "Testing Centre of the Lianshan Materials Institute")
    assert len(full) == 1
    assert "Testing Centre" in full[0].aliases
    assert not _named(d, "Testing Centre")


def test_relations_read_for_the_head_move_to_the_full_name(snapshot_kg):
    """The agreement the head signed is signed by the full-named centre."""
    d = _draft(snapshot_kg, _CENTRE)
    assert "Testing Centre of the Lianshan Materials Institute" in _parties(d)
    assert "Testing Centre" not in _parties(d)


def test_the_head_keeps_its_evidence(snapshot_kg):
    """The head's mentions are the full name's mentions now (the reviewer sees them)."""
    d = _draft(snapshot_kg, _CENTRE)
    full = _named(d, "Testing Centre of the Lianshan Materials Institute")[0]
    spans = {d.text[m.start:m.end] for m in full.mentions}
    assert "Testing Centre" in spans
    assert any(s.startswith("Testing Centre of the Lianshan") for s in spans)


_TWO = ("Two banks open branches in Xining\n\n"
        "The Qinghai Branch of Dunmore Commercial Bank opened on 3 June 2027. The Qinghai "
        "Branch of Harlow Rural Bank opened on 9 June 2027.\n\n"
        "The Qinghai Branch will lend to the Dachaidan Lithium Co., Ltd. smelter.\n")


def test_a_head_two_full_names_share_stays_apart(snapshot_kg):
    """Which bank's branch "the Qinghai Branch" is the text does not say: neither full name
    takes it (both stay, each with its own label)."""
    d = _draft(snapshot_kg, _TWO)
    labels = {e.label for e in d.new()}
    full = {x for x in labels if x.startswith("Qinghai Branch of")}
    assert len(full) == 2, labels
    for ent in d.new():
        if ent.label in full:
            assert "Qinghai Branch" not in ent.aliases


_OWNER = ("Tangshan bureau sets up a trade division\n\n"
          "The Circulation Division of the Tangshan Commerce Bureau opened a desk for scrap "
          "copper traders on 2 March 2027.\n\n"
          "The Tangshan Commerce Bureau said the division would answer traders within a week.\n")


def test_the_owner_after_of_is_no_head(snapshot_kg):
    """"X Division of the Y Bureau": the bureau named alone is the owner, not the division (it
    stays an entity of its own, and no name of the division)."""
    d = _draft(snapshot_kg, _OWNER)
    division = [e for e in d.new() if e.label.startswith("Circulation Division of")]
    assert len(division) == 1
    assert not any("Tangshan Commerce Bureau" == a for a in division[0].aliases)
    assert "Tangshan Commerce Bureau" in {e.label for e in d.entities.values()}
