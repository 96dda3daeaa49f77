"""`kg ingest` on documents and events the text names without a capitalised name (round 6), on
an article written for this test (tests/articles/ev6-tin-circular.txt): a circular named by its
serial number ("Circular No. 7 of 2026") is a new notice dated by its clause, while "the No. 3
smelting line" is no document; "a press conference held by the X Bureau on the 8th" is a press
conference named by its organiser and dated by the day that follows it; a press conference
nobody holds ("A separate press conference is planned") is not proposed."""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"


@pytest.fixture(scope="module")
def draft(kg):
    return ingest(kg, read_article(ARTICLES / "ev6-tin-circular.txt"), "ev6-tin-circular")


def _of_class(draft, cls):
    return [e for e in draft.entities.values() if e.cls == cls and not e.known]


def _values(draft, ent, pred):
    return {str(draft.entities[o].label) if o in draft.entities else str(o)
            for p, o, _, _ in ent.statements if p == pred}


def test_numbered_circular_is_a_dated_notice(draft):
    notices = _of_class(draft, NFO.Notice)
    assert [e.label for e in notices] == ["Circular No. 7 of 2026"]
    circular = notices[0]
    assert circular.rule == "document:numbered" and circular.confidence < 0.9
    assert [draft.text[m.start:m.end] for m in circular.mentions] == ["Circular No. 7 of 2026"]
    assert _values(draft, circular, NFO.dateIssued) == {"2026-03-06"}
    assert "Yunnan Provincial Bureau of Commerce" in _values(draft, circular, NFO.issuedBy)


def test_numbered_line_is_no_document(draft):
    for e in draft.entities.values():
        if e.cls in (NFO.Notice, NFO.PolicyDocument, NFO.Policy):
            assert "No. 3" not in e.label, e.label


def test_press_conference_named_by_who_held_it(draft):
    found = _of_class(draft, NFO.PressConference)
    assert [e.label for e in found] == [
        "Press conference of the Yunnan Provincial Bureau of Commerce"], \
        sorted(e.label for e in draft.entities.values())
    pc = found[0]
    assert pc.rule == "event:held-by-passive" and pc.confidence <= 0.5
    said = [draft.text[m.start:m.end] for m in pc.mentions]
    assert said == ["press conference held by the Yunnan Provincial Bureau of Commerce"]
    assert _values(draft, pc, NFO.startDate) == {"2026-03-08"}
