"""Round 40, who and where a happening involves: a place printed right after the name of a
company, a plant or a park locates that thing, not the happening its clause reports ("a pipe
burst at X Alumina Co., Ltd. in Y": Y is the company's town, no venue of the burst); a period a
notice opens ("Publicity period: 8 to 14 December") is run by whoever issued the notice; a notice's
"Venue:" field is where the gathering named above it is held; an organisation printed as a
person's employer ("A, deputy director of the X Department") takes no part in the event of the
sentence, nor does any organisation of a founding's sentence."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, pairs, parsed, snapshot_kg  # noqa: F401

_BURST = ("Steam pipe bursts at alumina plant\n\n"
          "Xiangyang, 6 March 2026 -- A steam pipe burst in the digestion unit of Hubei Jinlong "
          "Alumina Co., Ltd. in Xiangyang on 4 March, injuring two workers.\n\n"
          "Repairs began at the Hubei Jinlong plant on 5 March, the company said.\n")


@pytest.fixture(scope="module")
def burst(snapshot_kg):
    return parsed(draft_of(snapshot_kg, _BURST, "round40-burst", "round40-burst.txt"))


def test_a_place_after_a_company_s_name_is_the_company_s_town(burst):
    held = pairs(burst, "heldIn")
    assert not any(s.startswith("A steam pipe burst") for s, _ in held), held
    # (the company is still in that town, and the repairs still took place at the plant)
    assert ("Hubei Jinlong Alumina Co., Ltd.", "Xiangyang") in pairs(burst, "locatedIn")
    assert any(s.startswith("Repairs began") for s, _ in held), held


# a notice's publicity period is run by the body that issued the notice
_PUBLICITY = ("Fuxin Municipal Bureau of Ecology and Environment\n\n"
              "Publicity of the Environmental Impact Assessment Documents Proposed for "
              "Approval\n\n"
              "The bureau proposes to approve the environmental impact report of the "
              "20,000-tonne secondary aluminium project of Fuxin Ruida Aluminium Co., Ltd.\n\n"
              "Publicity period: 8 to 14 December 2026 (five working days).\n\n"
              "Objections may be sent in writing to the bureau during the publicity period.\n\n"
              "Fuxin Municipal Bureau of Ecology and Environment\n7 December 2026\n")


def test_a_notice_s_publicity_period_is_run_by_its_issuer(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, _PUBLICITY, "round40-publicity", "round40-publicity.txt"))
    run_by = pairs(g, "organizedBy")
    assert any(s.startswith("Publicity period") and
               o == "Fuxin Municipal Bureau of Ecology and Environment" for s, o in run_by), run_by


# an organisation printed as a person's employer takes no part in the event of the sentence;
# who founded a company is no participant guessed from the founding's sentence
_FORUM = ("Tungsten forum opens in Chenzhou\n\n"
          "Chenzhou, 3 June 2026 -- The 2026 Hunan Tungsten Industry Forum opened in Chenzhou "
          "on Wednesday, drawing some 300 delegates.\n\n"
          "Speaking at the forum, Wang Lei, deputy director of the Hunan Provincial Department "
          "of Industry and Information Technology, said the province would support deep "
          "processing of tungsten.\n\n"
          "Xianghua Tungsten Co., Ltd. was set up in 2019 by Chenzhou Mining Group, which holds "
          "60 percent of it.\n")


@pytest.fixture(scope="module")
def forum(snapshot_kg):
    return parsed(draft_of(snapshot_kg, _FORUM, "round40-forum", "round40-forum.txt"))


def test_a_speaker_s_employer_is_no_participant_of_the_forum(forum):
    took_part = pairs(forum, "participant")
    assert not any(o.startswith("Hunan Provincial Department of Industry")
                   for _, o in took_part), took_part
    assert ("2026 Hunan Tungsten Industry Forum", "Wang Lei") in pairs(forum, "speaker")


def test_a_founding_takes_no_guessed_participant(forum):
    took_part = pairs(forum, "participant")
    assert not any(s.startswith("Founding of Xianghua") for s, _ in took_part), took_part


# a notice's "Venue:" field: where the gathering of the line above is held
_VENUE = ("Xiangtan Nonferrous Metals Society\n\n"
          "Notice on Holding the 2027 Training Course on Smelter Safety\n\n"
          "Member units:\n\n"
          "The society will hold a training course on smelter safety as follows.\n\n"
          "I. Time and venue\n\n"
          "   Registration:  Monday, 11 January 2027, 14:00-18:00\n"
          "   Course:        Tuesday 12 and Wednesday 13 January\n"
          "   Venue:         Lotus Hotel, Yuhu District, Xiangtan\n\n"
          "II. Fees\n\n   The course is free of charge.\n\n"
          "Xiangtan Nonferrous Metals Society\n20 December 2026\n")


def test_a_venue_field_is_where_the_course_is_held(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, _VENUE, "round40-venue", "round40-venue.txt"))
    held = pairs(g, "heldIn")
    assert any(o == "Lotus Hotel" for _, o in held), held
