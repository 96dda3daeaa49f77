"""`kg ingest`: round 40's reading of the metals of the article's own document from its lead
paragraph (relations/lead_metals.py), on short notices written for these tests (own words;
invented bodies, mines and figures).

A list the article is (its title block) whose sentences name no metal of its own, in an
article about several metals (no one metal for it), concerns the metals its first prose
paragraph names ("most of them tin, tungsten and antimony pits"), not the metal printed only
inside a company's name in its table, nor one named only further down."""
from __future__ import annotations

import pytest

from tests.hostile_drafts import draft_of, metals_of

NOTICE = """HEZHOU MUNICIPAL BUREAU OF NATURAL RESOURCES

He Zi Yuan Han [2027] No. 12                        Monday, 11 January 2027

        List of Small Mines Passing the Closure Inspection
                    (Third Batch of 2026)

To the county bureaus and the enterprises concerned:

Over the past two months the bureau inspected the closed small mines reported by the
counties of Hezhou, most of them tin, tungsten and antimony pits worked out before 2018
and left without a backfill plan. The six mines below passed the inspection and are
removed from the monitoring list from 1 February 2027.

No. Mine                          County      Former operator
--- ----------------------------- ----------- ---------------------------------
1   Shuiyan tin pit               Zhongshan   Hezhou Lianfa Tin Co., Ltd.
2   Baimashan tungsten adit       Fuchuan     Fuchuan County Mining Company
3   Qinglong antimony working     Zhaoping    Zhaoping Huiyuan Mining Co., Ltd.
4   Daping tin pit                Zhongshan   Zhongshan Ruikang Mining Co., Ltd.
5   Xiaoshan tungsten adit        Fuchuan     Fuchuan Xinfeng Mining Co., Ltd.
6   Longtang pit                  Babu        Hezhou Jinyu Zinc Co., Ltd.

Note: drainage at mine 6 will be sampled for cadmium once more in the spring.

Contact: Mine Restoration Section, Qin Weidong, 0774-5121340

                                   Hezhou Municipal Bureau of Natural Resources
                                                       11 January 2027
"""


@pytest.fixture(scope="module")
def notice(kg):
    return draft_of(kg, NOTICE, "round40-lead-metals", name="notice.txt")


def test_own_notice_takes_the_metals_of_its_lead_paragraph(notice):
    got = metals_of(notice, "List of Small Mines")
    assert {"metal-tin", "metal-tungsten", "metal-antimony"} <= got, got


def test_own_notice_leaves_metals_named_only_in_names_or_further_down(notice):
    got = metals_of(notice, "List of Small Mines")
    assert "metal-zinc" not in got and "metal-cadmium" not in got, got
