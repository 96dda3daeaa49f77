"""Round 41, who issued, organised or took part: a joint notice's bodies printed one a line over
its title each issued it (not only the line nearest the title); an office printed under its
ministry is the ministry's unit, no second issuer."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, pairs, parsed, snapshot_kg  # noqa: F401

# three bodies stacked as the letterhead of a joint notice
_JOINT = ("Guangxi Zhuang Autonomous Region Department of Commerce\n"
          "Guangxi Zhuang Autonomous Region Department of Finance\n"
          "Guangxi Zhuang Autonomous Region Department of Ecology and Environment\n\n"
          "Gui Shang Fa [2027] No. 12\n\n"
          "Notice on the Second Batch of Pilot Enterprises for Recycling Scrap Copper\n\n"
          "To the commerce bureaus of all cities:\n\n"
          "After review, four enterprises are named pilot enterprises for recycling scrap "
          "copper. Wuzhou Hongtai Renewable Metals Co., Ltd. is among them.\n\n"
          "Guangxi Zhuang Autonomous Region Department of Commerce\n"
          "9 February 2027\n")


@pytest.fixture(scope="module")
def joint(snapshot_kg):
    return parsed(draft_of(snapshot_kg, _JOINT, "round41-joint", "round41-joint.txt"))


def test_each_body_of_a_stacked_letterhead_issued_the_notice(joint):
    issued = {o for s, o in pairs(joint, "issuedBy") if s.startswith("Notice on the Second")}
    assert {"Guangxi Zhuang Autonomous Region Department of Commerce",
            "Guangxi Zhuang Autonomous Region Department of Finance",
            "Guangxi Zhuang Autonomous Region Department of Ecology and Environment"} <= issued, \
        issued


# an office under its ministry: the office issues, the ministry is its parent
_OFFICE = ("MINISTRY OF NATURAL RESOURCES\n"
           "Mineral Reserves Evaluation Center\n\n"
           "Zi Chu Ping [2027] No. 4\n\n"
           "Publicity of the Review Opinions on Three Reserve Reports\n\n"
           "The reserve reports of three tungsten mines in Jiangxi passed expert review on "
           "12 January 2027.\n")


def test_an_office_under_its_ministry_is_no_second_issuer(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, _OFFICE, "round41-office", "round41-office.txt"))
    issued = pairs(g, "issuedBy")
    stacked = [x for x in issued if x[0].startswith("Publicity of the Review")]
    assert len({o for _, o in stacked}) <= 1, stacked


# who signed for the two sides took part in the signing
_SESSION = ("Aluminium council meets in Baise\n\n"
            "Baise, 14 April 2027 -- The Guangxi Aluminium Industry Council held its spring "
            "meeting in Baise on Tuesday.\n\n"
            "At the meeting the council signed a training agreement with Youjiang Vocational "
            "College. Council chairman Lan Haibo and college president Wei Shuqin signed for the "
            "two sides.\n")


@pytest.fixture(scope="module")
def session(snapshot_kg):
    return parsed(draft_of(snapshot_kg, _SESSION, "round41-session", "round41-session.txt"))


def test_those_who_signed_for_the_two_sides_took_part_in_the_signing(session):
    took_part = pairs(session, "participant")
    signers = {o for _, o in took_part}
    assert {"Lan Haibo", "Wei Shuqin"} <= signers, took_part


# a document named in passing by a noun takes no place from its sentence: the province there is
# where its issuer sits
_PASSING = ("Smelter fined over slag\n\n"
            "Liuzhou, 2 March 2027 -- The Liuzhou Municipal Ecology and Environment Bureau in "
            "Guangxi Zhuang Autonomous Region issued its penalty decision on Monday, fining "
            "Liuzhou Hengfa Zinc Co., Ltd. 800,000 yuan for storing zinc slag in the open.\n")


def test_a_document_named_in_passing_applies_to_no_place_of_its_sentence(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, _PASSING, "round41-passing", "round41-passing.txt"))
    scope = pairs(g, "appliesTo")
    assert not any("decision" in s.lower() for s, _ in scope), scope


# a project's fact sheet names its designer, contractor and investor: they are the works'
# parties, not participants of the event the article leads with
_SHEET = ("Zinc smelter upgrade starts in Hechi\n\n"
          "Hechi, 6 May 2027 -- Construction of the zinc leaching residue recovery project of "
          "Guangxi Nandan Jinhe Zinc Co., Ltd. began on Tuesday in Nandan County.\n\n"
          "Project facts:\n"
          "  Designer:        Liuzhou Nonferrous Design Institute Co., Ltd.\n"
          "  EPC contractor:  Guangxi Zhongtian Metallurgical Construction Co., Ltd.\n"
          "  Investor:        Hechi Industrial Investment Group Co., Ltd.\n")


def test_a_project_sheet_s_designer_and_contractor_take_no_part_in_the_lead_event(snapshot_kg):
    g = parsed(draft_of(snapshot_kg, _SHEET, "round41-sheet", "round41-sheet.txt"))
    took_part = {o for _, o in pairs(g, "participant")}
    assert not took_part & {"Liuzhou Nonferrous Design Institute Co., Ltd.",
                            "Guangxi Zhongtian Metallurgical Construction Co., Ltd.",
                            "Hechi Industrial Investment Group Co., Ltd."}, took_part
