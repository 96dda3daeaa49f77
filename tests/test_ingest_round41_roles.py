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
