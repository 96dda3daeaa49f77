"""`kg ingest` round 11, companies and agreements: who holds, controls, buys and signs, read from
short articles written for these tests (own words; invented companies, people and figures).

* Shareholders listed with their stakes under a heading ("Main shareholders before the issue:"
  then numbered, bulleted or table lines, a wrapped item) or in running text after the cue
  ("Substantial shareholders after the placing: A (29.8%), B (10.1 per cent) ..."); the holder
  is the company the article is about when the heading names none. Not: a list of market shares,
  "its shareholders will vote ...".
* "It is 60% owned by A, while B holds the remaining 40%"; "The seller, C, listed in Lima, will
  keep the other 20%" (the company whose stake was given last); "The exchange was set up in
  2019. D Co.,\\nLtd. owns 55% of it" (the exchange named before by its head noun). Not: "The
  smelter ... It is 45% owned by E" when the smelter is no company's the text names last."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r11co") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _holds(draft, label_start):
    found = [e for e in draft.entities.values() if e.label.startswith(label_start)
             and e.cls in (NFO.Company, NFO.Person, NFO.Organization)]
    assert len(found) == 1, (label_start, sorted(e.label for e in draft.entities.values()))
    return links(draft, found[0], NFO.shareholderOf)


@pytest.fixture(scope="module")
def prospectus(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-prospectus", (
        "Hunan Lingfeng Tungsten files for Shanghai listing, seeks 1.6 billion yuan\n\n"
        "(Metals Market Daily) March 3 -- Hunan Lingfeng Tungsten Materials Co., Ltd., which makes\n"
        "tungsten carbide powder and cemented carbide rods, has filed a prospectus for a listing on "
        "the\nmain board of the Shanghai Stock Exchange.\n\n"
        "Main shareholders before the issue:\n\n"
        "1. Lingfeng Industrial Holding Co., Ltd.    38.50%\n"
        "2. Chen Mingyuan, chairman                  14.20%\n"
        "3. Xiangjiang Growth Fund (Limited Partnership)\n"
        "   (a private equity fund)                   6.05%\n"
        "4. Employee stock ownership platforms     9.10%\n\n"
        "Market shares in cemented carbide rods, 2025:\n"
        "1. Zhuzhou Hardmetal Tools Co., Ltd. 21%\n"
        "2. Xiamen Carbide Works Co., Ltd. 15%\n\n"
        "Its shareholders will vote on the dividend plan at a meeting on April 2, and 98.2% of the\n"
        "votes are expected to be cast in favour.\n"))


def test_a_numbered_shareholder_list_under_a_heading(prospectus):
    company = "Hunan Lingfeng Tungsten Materials Co., Ltd."
    for holder in ("Lingfeng Industrial Holding", "Chen Mingyuan", "Xiangjiang Growth Fund"):
        got = _holds(prospectus, holder)
        assert company in got, (holder, got)
        assert got[company][0].startswith("org:shareholder-table"), got


def test_market_shares_and_a_vote_are_no_shareholders(prospectus):
    assert _holds(prospectus, "Zhuzhou Hardmetal") == {}
    assert _holds(prospectus, "Xiamen Carbide Works Co., Ltd.") == {}


@pytest.fixture(scope="module")
def placing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-placing", (
        "Tianrui Nickel places 80 million new shares in Hong Kong\n\n"
        "HONG KONG, Sept 9 -- Tianrui Nickel Holdings Limited said on Tuesday it had placed 80 "
        "million\nnew shares at HK$3.12 each with six independent investors through Crestline "
        "Securities Limited.\n\n"
        "Substantial shareholders after the placing: Jadeite Resources Investment Limited (29.8%),\n"
        "Harbourview Capital Partners Limited (10.1 per cent) and Orchid Bay Holdings Limited "
        "(5.0 pct).\n\n"
        "The proceeds will fund a nickel matte line in Sulawesi.\n"))


def test_a_running_list_with_stakes_in_brackets(placing):
    company = "Tianrui Nickel Holdings Limited"
    for holder in ("Jadeite Resources", "Harbourview Capital", "Orchid Bay"):
        assert company in _holds(placing, holder), holder
    assert _holds(placing, "Crestline Securities") == {}      # the placing agent holds nothing


@pytest.fixture(scope="module")
def venture(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-venture", (
        "Peruvian copper venture wins water permit\n\n"
        "LIMA, Oct 2 -- Rio Sana Cobre S.A. has received the water permit for the Quilla copper\n"
        "project in the Apurimac region, the company said.\n\n"
        "The project is to produce 120,000 tonnes of copper in concentrate a year from 2029. It is "
        "60%\nowned by Andes Verde Mining Inc., while Pacifico Metals Corp holds the remaining 40%.\n\n"
        "Separately, Andes Verde Mining Inc. agreed to buy 80% of Cordillera Zinc S.A. for 90 "
        "million\ndollars. The seller, Minera Huallaga S.A., listed in Lima, will keep the other "
        "20%.\n\n"
        "The smelter was built in 2011. It is 45% owned by Kallpa Energy S.A. and the rest by "
        "pension funds.\n"))


def test_percent_owned_by_and_the_remaining_stake(venture):
    assert "Rio Sana Cobre S.A." in _holds(venture, "Andes Verde Mining")
    assert "Rio Sana Cobre S.A." in _holds(venture, "Pacifico Metals")


def test_the_other_stake_is_in_the_company_whose_stake_was_given_last(venture):
    got = _holds(venture, "Minera Huallaga")
    assert list(got) == ["Cordillera Zinc S.A."], got


def test_it_after_a_facility_of_no_named_company_is_nobody(venture):
    assert _holds(venture, "Kallpa Energy") == {}


@pytest.fixture(scope="module")
def exchange(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-exchange", (
        "Guangxi rare earth exchange adds dysprosium contract\n\n"
        "NANNING, May 6 -- The Nanning Rare Earth Products Exchange started trading a dysprosium "
        "oxide\ncontract on Monday, the exchange said.\n\n"
        "The exchange was set up in 2019. Guangxi Beibu Gulf Investment Group Co.,\n"
        "Ltd. owns 55% of it and Guangxi Xitu Holding Co., Ltd. owns the other 45%.\n\n"
        "Dysprosium oxide traded at 1.71 million yuan a tonne on the first day.\n"))


def test_of_it_after_a_sentence_about_the_exchange(exchange):
    for holder in ("Guangxi Beibu Gulf", "Guangxi Xitu"):
        assert "Nanning Rare Earth Products Exchange" in _holds(exchange, holder), holder


@pytest.fixture(scope="module")
def notice(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-notice", (
        "Guizhou Qianyuan Antimony Co., Ltd.\n"
        "Announcement on a Change in Shareholding\n\n"
        "Guizhou Qianyuan Antimony Co., Ltd. (the \"Company\") received a letter on 3 June 2026.\n\n"
        "The controlling shareholder of the Company, Qiannan Mining Investment Co., Ltd., holds "
        "41.2%\nof the Company's shares and has not pledged any of them.\n\n"
        "Dushan Tin Co., Ltd. said its own board met on the same day. Dushan Tin's largest "
        "shareholder,\nYunfeng Smelting Group Co., Ltd., was not informed.\n"))


def test_the_shareholder_cue_before_the_name(notice):
    assert "Guizhou Qianyuan Antimony Co., Ltd." in _holds(notice, "Qiannan Mining Investment")
    assert "Dushan Tin Co., Ltd." in _holds(notice, "Yunfeng Smelting Group")


@pytest.fixture(scope="module")
def controllers(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-controllers", (
        "Dali Silver plans bond issue\n\n"
        "KUNMING, July 1 -- Yunnan Dali Silver Co., Ltd. plans to issue 500 million yuan of "
        "bonds to\nrefinance loans, the company said.\n\n"
        "Wen Hao and his wife Shu Lan, who is a vice president of the company, hold\n"
        "Erhai Holding Co., Ltd. outright and are the actual controllers, with 48.5% of the "
        "votes.\n\n"
        "Xiaguan Lead Co., Ltd. said on Monday its actual controller is the Dali Prefecture "
        "State-owned Assets Supervision and Administration Commission.\n"))


def test_a_couple_are_the_actual_controllers_of_the_article_company(controllers):
    company = "Yunnan Dali Silver Co., Ltd."
    for person in ("Wen Hao", "Shu Lan"):
        found = [e for e in controllers.entities.values() if e.label == person]
        assert len(found) == 1, sorted(e.label for e in controllers.entities.values())
        got = links(controllers, found[0], NFO.actualControllerOf)
        assert list(got) == [company], (person, got)   # not the holding they own


@pytest.fixture(scope="module")
def deals(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-deals", (
        "Andean and Chinese miners reshuffle assets\n\n"
        "LIMA, Aug 4 -- Norte Cobre S.A. said on Friday its board had approved the purchase of "
        "65% of\nInca Molybdenum S.A. for 210 million dollars.\n\n"
        "Baiyin Tin Co., Ltd.'s acquisition of Gejiu Smelting Co., Ltd. was completed in May.\n\n"
        "Xinhe Alloy Co., Ltd. completed the purchase of a 20% stake in Jinlun Cobalt Co., Ltd. "
        "last week.\n\n"
        "Hengfa Mining Co., Ltd. opposed the takeover of Tiefeng Zinc Co., Ltd. at a hearing.\n\n"
        "Tianbao Copper Co., Ltd. said the acquisition of Wushan Lead Co., Ltd. by Qilian Metals "
        "Co., Ltd. would lift prices.\n"))


def _bought(draft, label_start, pred=NFO.acquired):
    found = [e for e in draft.entities.values() if e.label.startswith(label_start)
             and e.cls == NFO.Company]
    assert len(found) == 1, (label_start, sorted(e.label for e in draft.entities.values()))
    return links(draft, found[0], pred)


def test_a_purchase_noun_after_the_subject_and_a_possessive(deals):
    assert "Inca Molybdenum S.A." in _bought(deals, "Norte Cobre")
    assert "Gejiu Smelting Co., Ltd." in _bought(deals, "Baiyin Tin")
    got = _bought(deals, "Xinhe Alloy", NFO.shareholderOf)      # a minority: a share
    assert "Jinlun Cobalt Co., Ltd." in got and _bought(deals, "Xinhe Alloy") == {}


def test_an_opponent_or_a_commentator_buys_nothing(deals):
    assert _bought(deals, "Hengfa Mining") == {}
    assert _bought(deals, "Tianbao Copper") == {}
    assert "Wushan Lead Co., Ltd." in _bought(deals, "Qilian Metals")


@pytest.fixture(scope="module")
def units(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-units", (
        "Tin exporters face new inspection rules\n\n"
        "KUNMING, March 9 -- Gejiu Tianyuan Tin Group Co., Ltd. said its Geological Survey "
        "Department of Gejiu Tianyuan Tin Group Co., Ltd. had found new reserves, and the Mineral "
        "Resources Office of Honghe Prefecture approved the report.\n"))


def test_a_unit_of_a_body_the_text_names(units):
    found = [e for e in units.entities.values() if e.label.startswith("Geological Survey Department")]
    assert len(found) == 1, sorted(e.label for e in units.entities.values())
    assert "Gejiu Tianyuan Tin Group Co., Ltd." in links(units, found[0], NFO.unitOf)
    for e in units.entities.values():      # a place after "of" is no body
        if e.label.startswith("Mineral Resources Office"):
            assert links(units, e, NFO.unitOf) == {}


@pytest.fixture(scope="module")
def outright(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-outright", (
        "Tengchong germanium maker names new auditor\n\n"
        "BAOSHAN, Feb 2 -- Tengchong Germanium Materials Co., Ltd. has named a new auditor.\n\n"
        "Hu Bin and his wife Lu Yan, who is the company's secretary, own Tengchong Holding Co., "
        "Ltd.\noutright. Gaoli Zinc Co., Ltd. wholly owns Xiangyun Smelting Co., Ltd.\n\n"
        "Baoshan Lead Co., Ltd. said Dayao Tin Co., Ltd. is owned outright by its founder.\n"))


def test_owning_a_company_outright(outright):
    for person in ("Hu Bin", "Lu Yan"):
        found = [e for e in outright.entities.values() if e.label == person]
        assert len(found) == 1, sorted(e.label for e in outright.entities.values())
        assert "Tengchong Holding Co., Ltd." in links(outright, found[0], NFO.shareholderOf)
    assert "Xiangyun Smelting Co., Ltd." in _holds(outright, "Gaoli Zinc")
    assert _holds(outright, "Baoshan Lead") == {}


@pytest.fixture(scope="module")
def supply(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-supply", (
        "Lanping zinc smelter restarts second roaster\n\n"
        "KUNMING, April 8 -- Yunnan Lanping Zinc Co., Ltd. restarted its second roaster on "
        "Monday.\n\n"
        "Most of its concentrate comes from Tibet, and Hami Ore Co., Ltd. ships part of its\n"
        "feed under a three-year supply agreement signed in 2025.\n"))


def test_parties_of_an_agreement_a_clause_acts_under(supply):
    found = [e for e in supply.entities.values() if e.cls == NFO.Agreement]
    assert len(found) == 1, sorted((e.label, str(e.cls)) for e in supply.entities.values())
    got = links(supply, found[0], NFO.party)
    assert set(got) == {"Hami Ore Co., Ltd.", "Yunnan Lanping Zinc Co., Ltd."}, got


@pytest.fixture(scope="module")
def listing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r11-listing", (
        "Shandong cobalt refiner lists in Shenzhen\n\n"
        "JINAN, Nov 3 -- Shandong Haiyue Cobalt Co., Ltd. began trading in Shenzhen on Monday.\n\n"
        "The top three shareholders are Haiyue Investment Group Co., Ltd., with 45.2%, Qilu "
        "Industrial Fund Co., Ltd., 20%, and Weifang Capital Co., Ltd., 8.1%.\n\n"
        "Rizhao Port Holding Co., Ltd., which holds 6.5% of Shandong Haiyue Cobalt Co., Ltd., did "
        "not sell shares.\n\n"
        "Shareholder | Shares (million) | Stake (%)\n"
        "Tai'an Metals Trading Co., Ltd. | 31 | 3.1\n"
        "Linyi Nonferrous Co., Ltd. | 22 | 2.2%\n"))


def test_top_shareholders_a_which_clause_and_a_table_row(listing):
    company = "Shandong Haiyue Cobalt Co., Ltd."
    for holder in ("Haiyue Investment Group", "Qilu Industrial Fund", "Weifang Capital",
                   "Rizhao Port Holding", "Linyi Nonferrous"):
        assert company in _holds(listing, holder), holder
