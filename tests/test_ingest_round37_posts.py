"""Round 37, posts of people the text gives a role and no organisation in their phrase: "A,
Board Secretary" set off after a name, closing its clause or line (an attendee list, a contact
line, a report delivered by someone), is a post in the document's house (a record's
letterhead), else in the body the sentences before are about, else in the company the article
is about. Each with a case that must not change."""
from __future__ import annotations

from hostile_drafts import draft_of, posts, snapshot_kg  # noqa: F401


def _pairs(draft) -> dict:
    """{(person, organisation): role} of the draft's posts."""
    return {(p, o): r for p, r, o in posts(draft)}


RECORD = """                 Suzhou Lanting Copper Strip Co., Ltd.
              Minutes of a Visit by Fund Managers

Date            9 March 2027
Visitors        Heqing Fund Management Co., Ltd.; Tianmu Securities Co., Ltd.
Company hosts   Wei Shuyan, Board Secretary
                Kong Lingfei, Chief Financial Officer

The visitors asked about the new rolling line and the price of copper cathode.
"""


def test_name_comma_role_in_a_record_is_the_house(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, RECORD, "r37-record"))
    assert got.get(("Wei Shuyan", "Suzhou Lanting Copper Strip Co., Ltd.")) == "Board Secretary", got
    assert got.get(("Kong Lingfei", "Suzhou Lanting Copper Strip Co., Ltd.")) == \
        "Chief Financial Officer", got
    assert not any(p in ("Wei Shuyan", "Kong Lingfei") and "Securities" in o for p, o in got), got


NEWS = """Hunan Xiangjiang Antimony Co., Ltd. held its annual staff congress in Lengshuijiang
on Friday. The congress approved the work report delivered by Tang Yuwen, General Manager,
and elected new members of the union committee.
"""


def test_name_comma_role_in_news_is_the_subject(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, NEWS, "r37-news"))
    assert got.get(("Tang Yuwen", "Hunan Xiangjiang Antimony Co., Ltd.")) == "General Manager", got


UNCHANGED = """Hunan Xiangjiang Antimony Co., Ltd. held its annual staff congress in Lengshuijiang
on Friday. Guests included Lu Qiming, Professor, and Deng Hao, Deputy Mayor.
"""


def test_a_rank_or_a_government_title_is_no_post_in_the_company(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, UNCHANGED, "r37-unchanged"))
    assert not any(p in ("Lu Qiming", "Deng Hao") and "Antimony" in o for p, o in got), got


CAPITAL_HEAD = """Guangxi Nonferrous Metals Testing Center

          Notice on the 2027 Interlaboratory Comparison for Tin Concentrate

The Center will send each enrolled laboratory two bottles of tin concentrate in April.
Results are due within thirty days of receipt.

Technical lead: Mo Xiaoling                 Approved by: Huang Dehai,
                                            Director of the Center
Contact: Qin Li, tel. 0771-555 0192
"""


def test_role_of_the_capitalised_head(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, CAPITAL_HEAD, "r37-capital-head"))
    assert got.get(("Huang Dehai", "Guangxi Nonferrous Metals Testing Center")) == "Director", got


CAPITAL_HEAD_NAMED = """The Baise Aluminium Society met in Pingguo on Monday. Wei Lanfang, deputy
secretary-general of the Society, read the list of new members. The Society Secretariat will
publish the minutes.
"""


def test_role_of_the_capitalised_head_in_news(snapshot_kg):
    got = _pairs(draft_of(snapshot_kg, CAPITAL_HEAD_NAMED, "r37-capital-head-news"))
    assert got.get(("Wei Lanfang", "Baise Aluminium Society")) == "Deputy secretary-general", got
