"""Round 38, what an agreement or a step in a works' life is about: an agreement is about the
project its own sentence names, when no cue says so ("A signed an investment agreement with B,
which plans a 40,000-tonne copper foil project"); a step worded "went into production" (or "came
into operation") is a step in the life of the works named before it in its paragraph, as "was
put into production" already was."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, pairs, parsed, snapshot_kg  # noqa: F401

_DEAL = ("Copper foil maker commits to new plant in Sichuan\n\n"
         "Suining, 2 December 2026 -- The Suining Municipal People's Government signed an "
         "investment agreement on Monday with Sichuan Hengfeng Copper Foil Co., Ltd., which "
         "plans a 40,000-tonne lithium battery copper foil project in the city's high-tech "
         "zone.\n\nThe company said the total investment would be 3.2 billion yuan.\n\n"
         "Yibin Tongxin Metals Co., Ltd. began building the 20,000-tonne cathode copper project "
         "in 2024. Its first phase went into production in October this year, the company "
         "said.\n")


@pytest.fixture(scope="module")
def deal(snapshot_kg):
    return parsed(draft_of(snapshot_kg, _DEAL, "round38-deal", "round38.txt"))


def test_an_agreement_is_about_the_project_its_sentence_names(deal):
    about = pairs(deal, "about")
    assert any(s.startswith("Investment agreement") and o.startswith("40,000-tonne lithium")
               for s, o in about), about


def test_went_into_production_is_a_step_of_the_works_named_before(deal):
    about = pairs(deal, "about")
    assert ("Its first phase went into production", "20,000-tonne cathode copper project") \
        in about, about
