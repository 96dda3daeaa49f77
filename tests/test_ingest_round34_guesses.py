"""Round 34: a guessing rule narrowed to what the curated files record.

* a metal's reserves or base "in" a place say where things are, not that the place's industry
  is the metal's (``context:metal-industry-in-place`` reads industries, chains, clusters)."""
from __future__ import annotations

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401

NFO = "https://w3id.org/nfkg/ontology#"

GUESSES = """Foil maker widens its order book

Metals Weekly | 2027-03-11

Copper foil output in Hunan climbed 6% in the first two months, traders said.

Zhuzhou, March 10 -- The Hunan Nonferrous Metals Industry Association will run training courses
for smelter engineers in Zhuzhou next month.

Tungsten reserves in Hunan remain among the largest anywhere, a geologist told the meeting.

Orders also went to Hengli Automotive Parts Co., Ltd., which signed a supply deal in March.
"""


def _statements(d, label, pred):
    ent = next(e for e in d.entities.values() if e.label == label)
    return {(str(o), r) for p, o, _, r in ent.statements if str(p) == NFO + pred}


def test_reserves_in_a_province_are_no_industry_of_it(snapshot_kg):
    d = draft_of(snapshot_kg, GUESSES, "t-r34-guesses")
    rules = {r for _, r in _statements(d, "Hunan Province", "concernsMetal")}
    assert "context:metal-industry-in-place" not in rules
