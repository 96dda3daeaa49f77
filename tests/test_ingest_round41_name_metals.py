"""`kg ingest`: round 41's reading of the metal printed inside a new organisation's name
(relations/named_metals.py), on a short text written for these tests (own words; an invented
company): a metal word that is also a common word opens a compound of another sense in the
name ("X Lead Frame Co., Ltd." stamps chip-package frames), so the name gives no lead."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of, metals_of


FRAMES = """Wuxi packaging plant adds a second stamping line

WUXI, March 3 -- Wuxi Dexin Lead Frame Co., Ltd. started a second stamping line for copper
alloy frames used in chip packages on Tuesday, the company said. The line can turn out
1.2 billion frames a year from copper strip bought in Anhui.
"""


@pytest.fixture(scope="module")
def frames(kg):
    return draft_of(kg, FRAMES, "round41-lead-frames", name="frames.txt")


def test_a_lead_frame_maker_is_no_lead_company(frames):
    got = metals_of(frames, "Wuxi Dexin")
    assert "metal-lead" not in got, got
