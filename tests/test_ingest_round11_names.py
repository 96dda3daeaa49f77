"""Round 11, names: a new company's short name is a mention of it wherever it is printed, also
when the place its full name opens with is named nowhere else ("Guangxi Nanling Zinc Industry
Co., Ltd." is "Nanling Zinc" later), when the text defines the short name itself in brackets,
and when a rule found the short name apart first. Texts written for these tests."""
from __future__ import annotations

import pytest

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401


def _company(draft, label: str):
    return next(e for e in draft.entities.values() if e.label == label)


def _post_orgs(draft) -> set:
    out = set()
    for e in draft.entities.values():
        if e.cls.endswith("Post"):
            for p, o, *_ in e.statements:
                if p.endswith("postIn"):
                    out.add(draft.entities[o].label if o in draft.entities else str(o))
    return out


def test_a_short_name_after_an_unnamed_place_is_the_company(snapshot_kg):
    text = ("CHANGSHA, March 3, 2026 -- Hunan Xiangjiang Antimony Industry Co., Ltd. said on "
            "Monday it would build an antimony smelter.\n\nZhou Minghai, chairman of Xiangjiang "
            "Antimony, said the work would cost 1.2 billion yuan. Xiangjiang Antimony made 30,000 "
            "tonnes of antimony last year.\n")
    draft = draft_of(snapshot_kg, text, "r11-short-a")
    company = _company(draft, "Hunan Xiangjiang Antimony Industry Co., Ltd.")
    assert len(company.mentions) == 3
    assert "Xiangjiang Antimony" in company.aliases
    assert "Hunan Xiangjiang Antimony Industry Co., Ltd." in _post_orgs(draft)


def test_a_short_name_the_text_defines_is_found_where_it_recurs(snapshot_kg):
    text = ("Kunming, June 9, 2026 -- Yunnan Baiyun Tin Industry Co., Ltd. (\"Baiyun Tin\") "
            "will raise its refined tin output. Baiyun Tin made 21,000 tonnes in 2025.\n\n"
            "Li Hongwei, general manager of Baiyun Tin, said the new furnace works well.\n")
    draft = draft_of(snapshot_kg, text, "r11-short-b")
    company = _company(draft, "Yunnan Baiyun Tin Industry Co., Ltd.")
    assert len(company.mentions) >= 3
    assert "Yunnan Baiyun Tin Industry Co., Ltd." in _post_orgs(draft)


def test_a_short_name_found_apart_first_is_one_company_everywhere(snapshot_kg):
    text = ("Guangxi Fengshan Zinc Industry Co., Ltd. will buy a smelter.\n\n"
            "Fengshan Zinc holds 40% of the smelter already. The board of Fengshan Zinc approved "
            "the purchase on Monday, and Fengshan Zinc will pay in cash.\n")
    draft = draft_of(snapshot_kg, text, "r11-short-c")
    company = _company(draft, "Guangxi Fengshan Zinc Industry Co., Ltd.")
    assert len(company.mentions) == 4
    assert not any(e.label == "Fengshan Zinc" for e in draft.entities.values())


def test_a_place_and_one_word_is_no_short_name(snapshot_kg):
    # "Hunan Xiangneng" would be too loose a short name: the place and one word of the name
    text = ("Hunan Xiangneng Copper Co., Ltd. opened a plant.\n\nHunan Xiangneng Electric, "
            "another firm, was not involved.\n")
    draft = draft_of(snapshot_kg, text, "r11-short-d")
    company = _company(draft, "Hunan Xiangneng Copper Co., Ltd.")
    assert len(company.mentions) == 1


def test_a_short_name_inside_a_longer_name_is_not_the_company(snapshot_kg):
    text = ("Yunnan Baiyun Tin Industry Co., Ltd. said Baiyun Tin Research Institute would help "
            "with the furnace.\n")
    draft = draft_of(snapshot_kg, text, "r11-short-e")
    company = _company(draft, "Yunnan Baiyun Tin Industry Co., Ltd.")
    assert len(company.mentions) == 1


def test_a_headline_predicate_after_a_company_is_no_name(snapshot_kg):
    text = ("Hunan Xiangjiang Antimony Industry Co., Ltd. Plans New Smelter\n\nCHANGSHA, March 3, "
            "2026 -- The company will build it in Lengshuijiang.\n")
    draft = draft_of(snapshot_kg, text, "r11-headline-a")
    labels = {e.label for e in draft.entities.values()}
    assert "Plans New Smelter" not in labels and "New Smelter" not in labels
    assert "Hunan Xiangjiang Antimony Industry Co., Ltd." in labels


def test_headline_words_and_names_that_look_alike():
    from kg.ingest.names.not_names import is_not_name
    for label in ("Zinc Output Slumps Again", "Smelter Halts Lines", "Plans New Smelter",
                  "Buys Stake In Refinery", "Sells Copper Unit"):
        assert is_not_name(label), label
    for label in ("Rise Group", "Northern Copper Group", "Plans", "Hunan Rising Metals"):
        assert not is_not_name(label), label


def test_a_company_named_by_an_apposition_that_makes_it_a_unit(snapshot_kg):
    text = ("BELGRADE, Sept. 14, 2026 -- Drina Valley Copper, the local arm of Acme Mining Group "
            "Co., Ltd., won approval to expand a mine. Kestrel Nickel, a wholly owned subsidiary "
            "of the group, will supply the ore. Meanwhile, the local arm of another firm said "
            "nothing.\n")
    draft = draft_of(snapshot_kg, text, "r11-appos-a")
    companies = {e.label for e in draft.entities.values() if e.cls.endswith("Company")}
    assert {"Drina Valley Copper", "Kestrel Nickel"} <= companies
    assert not any(label.startswith("Meanwhile") for label in companies)


def test_what_a_headline_calls_a_company_is_no_company(snapshot_kg):
    text = ("Acme Unit Wins Approval for Copper Expansion\n\nChinese Miner Buys Stake in Peru "
            "Project\n\nLIMA, May 2, 2026 -- Acme Mining Group Co., Ltd. said on Friday its unit "
            "had won approval.\n")
    draft = draft_of(snapshot_kg, text, "r11-headline-b")
    labels = {e.label for e in draft.entities.values()}
    assert "Acme Unit" not in labels and "Chinese Miner" not in labels


def test_a_company_called_by_its_own_word_alone(snapshot_kg):
    text = ("Qinfeng Lithium Group Co., Ltd. said on Monday it would buy a 30% stake in a brine "
            "project. Qinfeng will pay 120 million US dollars. Li Liangbo, chairman of Qinfeng, "
            "said the deal secures supply.\n")
    draft = draft_of(snapshot_kg, text, "r11-own-a")
    company = _company(draft, "Qinfeng Lithium Group Co., Ltd.")
    assert len(company.mentions) == 3
    assert "Qinfeng Lithium Group Co., Ltd." in _post_orgs(draft)


def test_an_own_word_two_names_share_or_an_ordinary_word_is_no_short_name(snapshot_kg):
    text = ("Hechi Baoxin Indium Co., Ltd. and Baoxin Germanium Trading Co., Ltd. signed a deal. "
            "Baoxin will expand.\n\nGolden Tiger Mining Co., Ltd. reported output. Golden prices "
            "rose, and the golden age of mining goes on.\n")
    draft = draft_of(snapshot_kg, text, "r11-own-b")
    for label in ("Hechi Baoxin Indium Co., Ltd.", "Baoxin Germanium Trading Co., Ltd.",
                  "Golden Tiger Mining Co., Ltd."):
        assert len(_company(draft, label).mentions) == 1, label


def test_investment_firms_and_companies_that_reported(snapshot_kg):
    text = ("LONDON, Feb 12, 2026 -- \"The market is tight,\" said Helen Morris, head of research "
            "at Redbridge Capital. Anvil Copper reported lower volumes, and Haitong Securities "
            "cut its forecast.\n\nPrices reported by traders rose.\n")
    draft = draft_of(snapshot_kg, text, "r11-heads-a")
    companies = {e.label for e in draft.entities.values() if e.cls.endswith("Company")}
    assert {"Redbridge Capital", "Anvil Copper", "Haitong Securities"} <= companies
    assert not any(label.startswith("Prices") for label in companies)
    assert "Redbridge Capital" in _post_orgs(draft)


def test_a_name_wrapped_after_co_and_a_table_row_before_a_name():
    from kg.ingest.names.candidates import organisations
    text = ("Ganzhou Development Investment Holding Group Co.,\nLtd. owns 60% of the centre.\n\n"
            "Shareholder | Shares | Stake\nHaiyue Investment Group Co., Ltd. | 1,000 | 20%\n")
    labels = {c.label for c in organisations(text)}
    assert "Ganzhou Development Investment Holding Group Co., Ltd." in labels
    assert "Haiyue Investment Group Co., Ltd." in labels
    assert not any(label.startswith("Stake") for label in labels)


@pytest.mark.xfail(strict=True, reason="a bare head that refers back ('The refinery') is written as "
                   "evidence naming nothing; names/printed_aliases gives aliases only to phrases "
                   "of two words or more (a one-word alias moved the scorer's name matching)")
def test_every_evidence_span_of_a_new_name_names_it(snapshot_kg):
    """As `kg validate` checks evidence: the refinery named before and "the refinery" after it
    (a reference, no evidence of its name), a smelter minted from "its smelter" (its phrase an
    alias)."""
    from kg.model.names import normalise
    text = ("Lanzhou, March 2, 2027 -- Jinchuan Group broke ground on a nickel refinery in "
            "Jinchang on March 1, 2027. The refinery is due to be commissioned in October 2027. "
            "Baiyin Nonferrous Group Co., Ltd. said its copper smelter in Baiyin would close for "
            "a month. The smelter makes 300,000 tonnes of copper a year.\n")
    draft = draft_of(snapshot_kg, text, "r11-spans-a")
    checked = 0
    for e in draft.entities.values():
        if e.known or e.role:
            continue
        names = {normalise(n) for n in (e.label, *e.aliases)}
        for sp in e.mentions:
            checked += 1
            assert any(n in normalise(text[sp.start:sp.end]) for n in names), (e.label, sp)
    assert checked >= 5
