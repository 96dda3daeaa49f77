"""Round 24, speed: what the ingest derives from a loaded graph (the gazetteer, the concept model,
the IRIs in use) is made once per graph object and kept for the next article, as the ingest
snapshot keeps it for every run of `kg ingest`; drafts made that way are the snapshot's, byte for
byte. A graph of any other kind is read afresh each time, and the set of IRIs in use handed to
a draft is its own (minting adds to it). Texts written for these tests."""
from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from hostile_drafts import snapshot_kg  # noqa: F401
from kg.ingest.knowledge import snapshot
from kg.ingest.knowledge.light_graph import LightKG, light_kg
from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import Article

TEXTS = [
    "Lanzhou, May 4, 2026 -- Qilian Light Alloys Co., Ltd. opened a magnesium ingot line in "
    "Fugu County on Tuesday. Its chairman, Ren Hao, said the line would run two shifts.\n",
    "Baise, June 9, 2026 -- Youjiang Alumina Group signed a supply agreement with Chinalco on "
    "Monday and said it would start a new red mud treatment plant in 2027.\n",
]


def _article(text: str, name: str) -> Article:
    return Article(Path(name), text, hashlib.sha256(text.encode("utf-8")).hexdigest())


@pytest.fixture(scope="module")
def drafted(kg, snapshot_kg):  # noqa: F811
    """Each text drafted twice against the loaded graph (the second time from what the first
    kept) and once from the snapshot."""
    out = []
    for i, text in enumerate(TEXTS):
        art = _article(text, f"r24-speed-{i}.txt")
        out.append([to_turtle(ingest(k, art, f"r24-speed-{i}")) for k in (kg, kg, snapshot_kg)])
    return out


def test_drafts_from_one_loaded_graph_are_the_snapshot_s(drafted):
    for first, again, from_snapshot in drafted:
        assert "# DRAFT" in first
        assert first == again == from_snapshot


def test_a_loaded_graph_is_read_once(kg, drafted):
    # (two views of one graph, as two ingests make them: one gazetteer, one concept model)
    a, b = light_kg(kg), light_kg(kg)
    assert a is not b
    assert snapshot.gazetteer(a) is snapshot.gazetteer(b)
    assert snapshot.concept_model(a) is snapshot.concept_model(b)


def test_the_iris_in_use_are_a_fresh_set_each_time(kg):
    used = snapshot.used_iris(light_kg(kg))
    assert used and all(isinstance(x, str) for x in used)
    used.add("https://w3id.org/nfkg/id/minted-by-a-draft")
    assert "https://w3id.org/nfkg/id/minted-by-a-draft" not in snapshot.used_iris(light_kg(kg))


class _OtherGraph:
    """A graph that is not a loaded KG (a store's, a caller's own): the loaded graph's union
    under another class."""

    def __init__(self, kg):
        self.union, self.provenance = kg.union, kg.provenance

    def label(self, node):
        return ""


def test_another_kind_of_graph_is_read_afresh(kg):
    other = _OtherGraph(kg)
    a, b = LightKG(other), LightKG(other)
    assert snapshot.gazetteer(a) is not snapshot.gazetteer(b)
    assert "_ingest_derived" not in vars(other)
