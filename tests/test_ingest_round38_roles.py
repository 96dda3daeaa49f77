"""Round 38, what an agreement or a step in a works' life is about: an agreement is about the
project its own sentence names, when no cue says so ("A signed an investment agreement with B,
which plans a 40,000-tonne copper foil project"); a step worded "went into production" (or "came
into operation") is a step in the life of the works named before it in its paragraph, as "was
put into production" already was; a project card's "Designer:", "Supervisor:", "Surveyor:" (and a
package's "Supplier:") fields name organisations that take part in the project, as "Contractor:"
did."""
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


# a project card's fields: who designs the works and who supervises its building take part in it
_CARD = ("Weekly progress report No. 14\n\n"
         "Project:     30,000 t/a zinc alloy die-casting project of Lanxi Zinc Industry Co., "
         "Ltd.\nSite:        Xinhe Industrial Park, Lanxi County\n"
         "Owner:       Lanxi Zinc Industry Co., Ltd.\n"
         "Designer:    Hunan Jiangnan Nonferrous Design Institute Co., Ltd.\n"
         "Supervisor:  Changsha Tianyi Project Supervision Co., Ltd.\n\n1  PROGRESS\n\n"
         "The foundations of the melting hall were poured this week.\n")


def test_a_project_card_s_designer_and_supervisor_take_part(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, _CARD, "round38-card", "round38-card.txt"))
    took_part = pairs(g, "participant")
    for who in ("Hunan Jiangnan Nonferrous Design Institute Co., Ltd.",
                "Changsha Tianyi Project Supervision Co., Ltd."):
        assert ("30,000 t/a zinc alloy die-casting project", who) in took_part, took_part
