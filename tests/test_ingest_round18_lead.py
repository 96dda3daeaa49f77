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


SHAREHOLDER = """Zinc Miner Wins Mine Expansion Approval

Kunming, 14 March 2027 -- Yunnan Lancang Zinc Co., Ltd. said on Friday that the province had
approved the expansion of its mine. The work will cost 1.2 billion yuan, part of it lent by the
Pu'er branch of Agricultural Bank of China.

Chairman Zhao Kaiming told the shareholders' meeting in Kunming last month that the company
also plans a 50,000-tonne zinc oxide plant at its Lancang smelter. Its largest shareholder is Pu'er
State-owned Capital Investment Group, with 28.4 percent; Qujing State-owned Capital Investment
Group Co., Ltd. holds 6 percent.
"""


def test_a_title_at_a_gathering_opening_a_paragraph_is_a_post_in_the_article_s_company(
        kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, SHAREHOLDER, "r18-dateline-subject"))
    # the sentence before names a bank; the article (its dateline sentence) is about the miner
    assert posts["Zhao Kaiming"] == ("Chairman", "Yunnan Lancang Zinc Co., Ltd.")


def test_state_owned_after_a_place_is_a_word_of_the_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, SHAREHOLDER, "r18-state-owned")
    names = {e.label for e in _companies(draft)}
    assert "Pu'er State-owned Capital Investment Group" in names
    assert "Qujing State-owned Capital Investment Group Co., Ltd." in names
    assert "Capital Investment Group" not in names


def test_a_place_after_a_gathering_is_not_where_a_project_lies(kg, tmp_path):
    draft = _draft(kg, tmp_path, SHAREHOLDER, "r18-gathering-place")
    plant = [e for e in draft.entities.values() if "zinc oxide plant" in e.label.lower()]
    assert plant
    places = {draft.entities[o].label for p, o, *_ in plant[0].statements
              if str(p).endswith("#locatedIn") and o in draft.entities}
    assert "Kunming" not in places


COUNCIL = """Tin Association Holds Second Council Meeting of Its Sixth Council

The second council meeting of the sixth council of the China Tin Producers Association
(CTPA) was held in Gejiu on 10 May 2027.

Li Haoran, president of the CTPA, gave the work report. The meeting elected two new vice
presidents:
  * Ma Yun, general manager of Gejiu Datun Tin Co., Ltd.;
  * Fu Qiang, chairman of Honghe Xinshan Tin Co., Ltd.
"""


def test_an_acronym_on_the_next_line_names_the_association_not_the_meeting(kg, tmp_path):
    draft = _draft(kg, tmp_path, COUNCIL, "r18-council")
    owners = [e.label for e in draft.entities.values() if "CTPA" in e.aliases]
    assert owners == ["China Tin Producers Association"]
    assert _posts(draft)["Li Haoran"] == ("President", "China Tin Producers Association")


def test_a_plural_role_wrapped_over_two_lines_is_read_whole(kg, tmp_path):
    draft = _draft(kg, tmp_path, COUNCIL, "r18-wrapped-role")
    roles = {}
    for e in draft.entities.values():
        if str(e.cls).endswith("#Post"):
            st = {str(p).rsplit("#", 1)[-1]: o for p, o, *_ in e.statements}
            roles.setdefault(draft.entities[st["heldBy"]].label, set()).add(str(st["roleName"]))
    assert "Vice president" in roles["Ma Yun"] and "President" not in roles["Ma Yun"]
    assert "Vice president" in roles["Fu Qiang"]


def test_an_ordinal_opening_an_event_s_name_names_no_body(kg, tmp_path):
    draft = _draft(kg, tmp_path, COUNCIL, "r18-ordinal")
    labels = {e.label for e in draft.entities.values()}
    assert not labels & {"Second Council", "Sixth Council"}


ONE_WORD = """Tin Smelter and Metalco Sign Supply Deal

Yunnan Gejiu Tin Smelting Co., Ltd. and the Peruvian miner Metalco S.A. signed a supply
agreement in Lima on 3 June 2027. Under the deal, Metalco will ship tin concentrate from its
Raura mine. The agreement was signed by Ana Quispe, chief executive of Metalco, and by the
smelter's general manager.
"""


def test_a_one_word_company_is_named_by_its_word_without_the_legal_form(kg, tmp_path):
    draft = _draft(kg, tmp_path, ONE_WORD, "r18-one-word")
    metalco = [e for e in _companies(draft) if e.label == "Metalco S.A."]
    assert len(metalco) == 1
    printed = {ONE_WORD[m.start:m.end] for m in metalco[0].mentions}
    assert "Metalco" in printed          # the later mentions by the word alone
    assert _posts(draft)["Ana Quispe"] == ("Chief executive", "Metalco S.A.")


ROWS = """Provincial key projects

No.  Project                                        Owner
1    Tin smelter relocation, phase II  Jinchuan Group Co., Ltd.
2    Zinc oxide kiln upgrade                         Hunan Shuikoushan Zinc Co., Ltd.
"""


def test_a_roman_numeral_ending_the_cell_before_is_no_word_of_a_company_s_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, ROWS, "r18-roman")
    labels = {e.label for e in draft.entities.values()}
    assert not any(x.startswith("II ") for x in labels)
    assert any(e.known and e.label == "Jinchuan Group" for e in draft.entities.values()) or \
        "Jinchuan Group Co., Ltd." in labels


@pytest.mark.parametrize("top, title", [
    ('Interview | "Scrap is where the next tonne of copper comes from"',
     '"Scrap is where the next tonne of copper comes from"'),
    ("FEATURE | Aluminium | Tin refiners count the cost of the long dry season",
     "Tin refiners count the cost of the long dry season"),
])
def test_a_headline_after_a_section_label_and_a_bar_is_the_title(top, title):
    from kg.ingest.reading.options import default_title
    body = "\n\nEditor's note: the smelter's manager spoke to us on Monday about scrap.\n"
    assert default_title(top + body) == title


@pytest.mark.parametrize("line", [
    "Nonferrous Daily | Companies | 5 May 2027",
    "City Portal | Economy | Published: 2027-05-05 09:30",
    "FEATURE | Copper processing",
])
def test_a_line_of_short_parts_set_off_by_bars_is_still_furniture(line):
    from kg.ingest.reading.title_lines import metadata_line
    assert metadata_line(line)


UNDATED = """Tin association meets in Gejiu

The council meeting of the China Tin Producers Association was held in Gejiu on 10 and 11
May 2027. Delegates also visited the Kafang tin mine of Yunnan Tin Group on 12 May. The next
council meeting will be held in Hezhou in 2028.
"""


def test_a_day_told_in_the_past_after_a_text_s_first_date_is_no_planned_day(kg, tmp_path):
    draft = _draft(kg, tmp_path, UNDATED, "r18-undated")
    days = {}
    for e in draft.entities.values():
        for p, o, *_ in e.statements:
            days.setdefault(str(p).rsplit("#", 1)[-1], set()).add(str(o))
    assert "2027-05-12" in days.get("startDate", set())      # they visited: it happened
    assert "2027-05-12" not in days.get("plannedDate", set())
    assert "2028" in days.get("plannedDate", set())          # the next meeting: still to come


LISTING = """Cobalt refiner lists in Shenzhen

Shenzhen, 18 October 2027 -- Shares of Zhejiang Quhai Cobalt Co., Ltd. rose 44 percent on
their first day of trading on the Shenzhen Stock Exchange on Monday. Huatai United
Securities was the sponsor of the offering.

At the listing ceremony at the exchange, chairman Lou Jianfeng said the money would fund a
new refinery in Quzhou.
"""


def test_a_title_after_a_venue_is_a_post_in_the_company_the_article_is_about(kg, tmp_path):
    posts = _posts(_draft(kg, tmp_path, LISTING, "r18-venue-title"))
    # not the exchange named as the place, nor the sponsor the paragraph before is about
    assert posts["Lou Jianfeng"] == ("Chairman", "Zhejiang Quhai Cobalt Co., Ltd.")


CONTROLLED = """Cobalt maker lists

Zhejiang Quhai Cobalt Co., Ltd. listed in Shenzhen on 18 October 2027. The company is
controlled by Lou Jianfeng, who holds 51.2 percent through a holding company. Its sponsor,
Huatai United Securities Co., Ltd., is controlled by Huatai Securities Co., Ltd.
"""


def test_a_company_controlled_by_a_person_has_that_person_for_its_actual_controller(
        kg, tmp_path):
    draft = _draft(kg, tmp_path, CONTROLLED, "r18-controlled")
    controls = {(e.label, draft.entities[o].label) for e in draft.entities.values()
                for p, o, *_ in e.statements if str(p).endswith("#actualControllerOf")
                and o in draft.entities}
    assert ("Lou Jianfeng", "Zhejiang Quhai Cobalt Co., Ltd.") in controls
    # a company controlled by a company: no actual controller (a parent, members.py's)
    assert not any(a == "Huatai Securities Co., Ltd." for a, _ in controls)
