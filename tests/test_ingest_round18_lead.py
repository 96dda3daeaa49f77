"""Round 18, the lead's own texts: a company named in a heading's capitals ("X ZINC CO., LTD.")
is the same company as the one the text names in its own case, and keeps the text's spelling as
its label (the heading's as an alias); "the chairman, X, the general manager, Y," gives each
person the role printed before the name, in the company the article is about."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article

CAPS = """HUNAN XIANGJIANG ZINC MATERIALS CO., LTD.
ANNOUNCEMENT ON A SUPPLY CONTRACT FOR ZINC CONCENTRATE

The board of Hunan Xiangjiang Zinc Materials Co., Ltd. approved the contract in Zhuzhou
on 3 March 2027. The seller is Lanping Northern Mining Co., Ltd.

Board of Directors of Hunan Xiangjiang Zinc Materials Co., Ltd.
4 March 2027
"""

LIMITED = """NORTHERN STAR NICKEL LIMITED

Northern Star Nickel Limited said its refinery would close for repairs in May.
"""

ONLY_CAPS = """QINLING TUNGSTEN GROUP CO., LTD.
NOTICE OF A SHAREHOLDERS' MEETING

The meeting will be held in Xi'an on 20 May 2027.
"""


def _draft(kg, tmp_path, text, doc_id):
    path = tmp_path / f"{doc_id}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), doc_id)


def _companies(draft):
    return [e for e in draft.entities.values() if str(e.cls).endswith("#Company")]


def test_a_company_in_a_heading_s_capitals_is_the_company_of_the_text(kg, tmp_path):
    draft = _draft(kg, tmp_path, CAPS, "r18-caps")
    xiangjiang = [e for e in _companies(draft) if "xiangjiang" in e.label.lower()]
    assert len(xiangjiang) == 1
    ent = xiangjiang[0]
    assert ent.label == "Hunan Xiangjiang Zinc Materials Co., Ltd."
    assert any(a.startswith("HUNAN XIANGJIANG ZINC MATERIALS CO., LTD") for a in ent.aliases)
    # every mention, the heading's too, is this company's
    heading = CAPS.index("HUNAN")
    assert any(m.start == heading for m in ent.mentions)
    assert "Lanping Northern Mining Co., Ltd." in {e.label for e in _companies(draft)}


@pytest.mark.parametrize("text, label", [
    (LIMITED, "Northern Star Nickel Limited"),
])
def test_capital_legal_forms_end_the_name(kg, tmp_path, text, label):
    draft = _draft(kg, tmp_path, text, "r18-limited")
    names = [e.label for e in _companies(draft) if "northern star" in e.label.lower()]
    assert names == [label]


def test_a_company_named_only_in_capitals_keeps_its_whole_legal_form(kg, tmp_path):
    draft = _draft(kg, tmp_path, ONLY_CAPS, "r18-only-caps")
    names = [e.label for e in _companies(draft) if "qinling" in e.label.lower()]
    assert names and all(n.rstrip(".").endswith("CO., LTD") for n in names)


OFFICERS = """Guangxi Hechi Tin Industry Co., Ltd. (the "Company") held a board meeting in Hechi on
5 March 2027.

The meeting was attended by the chairman, Wei Jianhua, the general manager, Lu Xiaodong, two
deputy general managers and the board secretary, Qin Li. The mayor, Huang Bo, sent a letter.
"""


def _posts(draft):
    out = {}
    for e in draft.entities.values():
        if str(e.cls).endswith("#Post"):
            st = {str(p).rsplit("#", 1)[-1]: o for p, o, *_ in e.statements}
            holder = draft.entities[st["heldBy"]].label
            out[holder] = (str(st.get("roleName", "")), draft.entities[st["postIn"]].label)
    return out


def test_a_role_printed_before_the_name_is_that_person_s_post_in_the_company(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, OFFICERS, "r18-officers"))
    company = "Guangxi Hechi Tin Industry Co., Ltd."
    assert posts["Wei Jianhua"] == ("Chairman", company)        # not the next name's role
    assert posts["Lu Xiaodong"] == ("General manager", company)
    assert posts["Qin Li"] == ("Board secretary", company)
    assert "Huang Bo" not in posts          # a mayor holds no post in the company


def test_a_role_after_the_name_still_reads_when_none_comes_before(kg, tmp_path):
    text = ("Guangxi Hechi Tin Industry Co., Ltd. said on Monday that output rose.\n\n"
            "Wei Jianhua, the chairman, said the new furnace would start in May.\n")
    posts = _posts(_draft(kg, tmp_path, text, "r18-after"))
    assert posts["Wei Jianhua"][0] == "Chairman"
