"""Round 24, the lead's: an ordinary-word concept ("lead", "medical") is read by the words around
it as they are printed, over a line end as over a space: a verb after "to" on the line before
is no metal, and a metal noun or another metal on the next or previous line still makes one
(knowledge/gazetteer.py: _as_verb, _metal_context, _compound_head)."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article


def _draft(kg, tmp_path_factory, text, doc_id):
    path = tmp_path_factory.mktemp(doc_id) / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _known_surfaces(draft, text) -> dict:
    """{known label: [the words each of its evidence spans covers]}"""
    out = {}
    for e in draft.entities.values():
        if e.known:
            out[e.label] = [text[s.start:s.end] for s in e.mentions]
    return out


BROKEN = """Profiles of the delegation

QIN Baolin, plant manager. He runs a zinc refinery in Hechi and is due to
  lead the county's delegation to the spring fair in Nanning.

DU Meixia, engineer. She designed a furnace for secondary
  lead ingots at a recycling plant in Jiyuan.

TAN Wenjie, trader. He buys copper and
  lead concentrates from small mines.
"""


@pytest.fixture(scope="module")
def broken(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory, BROKEN, "r24-broken-lines")


def test_a_verb_after_a_line_end_is_no_metal(broken):
    spans = _known_surfaces(broken, BROKEN)
    lead = spans.get("Lead", [])
    starts = [s.start for e in broken.entities.values() if e.label == "Lead" for s in e.mentions]
    verb_at = BROKEN.index("lead the county")
    assert verb_at not in starts, "the verb 'to / lead the delegation' linked as the metal"
    # the metal noun after the line end and the metal list over the line end are the metal
    assert BROKEN.index("lead ingots") in starts, lead
    assert BROKEN.index("lead concentrates") in starts, lead
    assert "Zinc" in spans and "Copper" in spans
