"""`kg ingest` round 12, event roles and metals: who spoke at an event, read from short articles
written for these tests (own words; invented bodies, people and figures).

* Reported speech in a hard-wrapped report (its lines are not paragraphs: the lead event is the
  one of the first paragraphs between blank lines); verbs beyond "said" ("praised", "urged",
  "attended and spoke"); "Guests included A, deputy head of X, who said"; speech after a part of
  the lead event ("At the first session ...") is speech at the event; a clause-event reported
  between ("Buyers cut orders ...") does not hide the meeting.
* Not: a commentator ("C, an analyst at Y, said")."""
from __future__ import annotations

import pytest

from draft_lookup import links
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r12ro") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _speakers(draft, label_part):
    found = [e for e in draft.entities.values() if label_part.lower() in e.label.lower()
             and not e.known and str(e.cls).rsplit("#", 1)[-1] not in ("Person", "Post")]
    assert found, (label_part, sorted(e.label for e in draft.entities.values()))
    out = {}
    for e in found:
        out.update(links(draft, e, NFO.speaker))
    return out


@pytest.fixture(scope="module")
def wrapped(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-wrapped-congress", (
        "Hunan antimony producers meet in Changsha, Tan Kaiyuan re-elected\n"
        "\n"
        "Source: Hunan Provincial Antimony Producers Union\n"
        "Published: 12 March 2026\n"
        "\n"
        "On 11 March, the Third Members Conference of the Hunan Antimony Producers Union was\n"
        "held at the Xiangjiang Guesthouse in Changsha. Some 140 delegates attended.\n"
        "\n"
        "At the first session of the new board that evening, the officers were chosen.\n"
        "\n"
        "Deng Shuhua, deputy director of the Hunan Provincial Bureau of Mines, attended and\n"
        "spoke. Gao Lanying, vice president of the Lengshuijiang Antimony Research Institute,\n"
        "praised the union's work on smelter safety. In his closing words as president, Tan\n"
        "Kaiyuan urged members to share ore data.\n"
        "\n"
        "Guests included Mo Qingsong, deputy head of the Hunan Provincial Ecology Department,\n"
        "who said that emission checks would start in May.\n"
        "\n"
        "Rong Yifan, an analyst at Xiangcai Futures Co., Ltd., said antimony prices could ease.\n"))


def test_speech_in_a_hard_wrapped_report(wrapped):
    got = _speakers(wrapped, "Members Conference")
    for who in ("Deng Shuhua", "Gao Lanying", "Mo Qingsong"):
        assert who in got, (who, got)


def test_a_commentator_is_no_speaker(wrapped):
    got = _speakers(wrapped, "Members Conference")
    assert "Rong Yifan" not in got, got


@pytest.fixture(scope="module")
def forum(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-forum-speech", (
        "Nickel forum in Jinchang looks at battery demand\n\n"
        "Jinchang, May 20 -- The 2026 Western Nickel and Cobalt Forum opened in Jinchang on May 19, "
        "hosted by the Gansu Nonferrous Metals Society.\n\n"
        "Ye Huiming, secretary general of the Gansu Nonferrous Metals Society, welcomed about 300 "
        "guests. Buyers cut their orders for cobalt sulphate in April, traders said.\n\n"
        "Shi Wenbo, chief engineer of Lanzhou Cobalt Recycling Co., Ltd., stressed that scrap "
        "supply was tight.\n"))


def test_welcomed_and_stressed_are_speech_at_the_forum(forum):
    got = _speakers(forum, "Cobalt Forum")
    assert "Ye Huiming" in got, got
    assert "Shi Wenbo" in got, got


def _metals(draft, label_part, cls_names=None):
    found = [e for e in draft.entities.values() if label_part.lower() in e.label.lower()
             and not e.known and (cls_names is None or
                                  str(e.cls).rsplit("#", 1)[-1] in cls_names)]
    assert found, (label_part, sorted(e.label for e in draft.entities.values()))
    out = {}
    for e in found:
        out.update(links(draft, e, NFO.concernsMetal))
    return out


@pytest.fixture(scope="module")
def directive(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-directive", (
        "Guizhou tightens power use for smelters\n\n"
        "The Guizhou Provincial Development and Reform Commission published its Notice on Peak "
        "Load Management for Winter 2026 on November 2. Primary magnesium plants were told to "
        "cut consumption by a quarter, and manganese producers must stop one furnace in three.\n\n"
        "Separately, the Guizhou Provincial Department of Ecology and Environment released its "
        "Work Plan for Cleaner Air on November 3. Traffic in Guiyang rose by 4% in October, "
        "while copper prices fell.\n\n"
        "A week later, the commission issued the Measures on Green Electricity Trading. "
        "Demand for power was 6% higher than a year earlier.\n\n"
        "Under the measures, nickel and cobalt refiners can buy wind power directly.\n"))


def test_the_metals_a_notice_asks_something_of(directive):
    got = _metals(directive, "Peak Load Management")
    assert "magnesium" in " ".join(got).lower() or any("magnesium" in k.lower() for k in got), got


def test_a_next_sentence_without_a_directive_gives_no_metal(directive):
    got = _metals(directive, "Cleaner Air")
    assert not any("copper" in k.lower() for k in got), got


def test_a_sentence_referring_back_to_the_measures(directive):
    got = _metals(directive, "Green Electricity Trading")
    assert any("nickel" in k.lower() for k in got), got
    assert any("cobalt" in k.lower() for k in got), got


@pytest.fixture(scope="module")
def capacity(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-capacity", (
        "Drought hits Sichuan smelters\n\n"
        "Chengdu, August 12 -- Sichuan Minjiang Metals Co., Ltd. has idled 40,000 tonnes a year "
        "of its 120,000 tonnes of zinc capacity as reservoirs run low. Emei Qianfeng Materials "
        "Co., Ltd. said it would keep all of its 2.5 million tonnes of polysilicon lines "
        "running.\n"))


def test_its_quantity_of_metal_capacity(capacity):
    got = _metals(capacity, "Minjiang Metals")
    assert any("zinc" in k.lower() for k in got), got



@pytest.fixture(scope="module")
def ceremony(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-ceremony-cues", (
        "Lithium recycling awards handed out in Yichun\n\n"
        "Yichun, June 8 -- The 2026 Jiangxi Lithium Recycling Awards Ceremony was held in Yichun on "
        "June 7. The prizes were presented by Kong Xiaolan, vice governor of Jiangxi Province, and "
        "Bai Ruidong, president of the Jiangxi Lithium Industry Association.\n\n"
        "Zhou Wenjie, chairman of Ganfeng Cycle Materials Co., Ltd., gave a short talk on battery "
        "take-back.\n\n"
        "The Jiangxi Provincial Emergency Management Department sent a working group to the "
        "ceremony.\n\n"
        "Ma Tianyu, a trader, sent a parcel to Nanchang on the same day.\n"))


def _participants(draft, label_part):
    found = [e for e in draft.entities.values() if label_part.lower() in e.label.lower()
             and not e.known and str(e.cls).rsplit("#", 1)[-1] not in ("Person", "Post")]
    assert found, (label_part, sorted(e.label for e in draft.entities.values()))
    out = {}
    for e in found:
        out.update(links(draft, e, NFO.participant))
    return out


def test_who_presented_the_prizes_took_part(ceremony):
    got = _participants(ceremony, "Awards Ceremony")
    assert "Kong Xiaolan" in got and "Bai Ruidong" in got, got


def test_a_talk_is_a_speech(ceremony):
    got = _speakers(ceremony, "Awards Ceremony")
    assert "Zhou Wenjie" in got, got


def test_a_body_that_sent_a_team_took_part_but_not_a_parcel(ceremony):
    got = _participants(ceremony, "Awards Ceremony")
    assert any("Emergency Management" in k for k in got), got
    assert "Ma Tianyu" not in got, got


@pytest.fixture(scope="module")
def stake_deal(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-stake-deal", (
        "Hunan Xinyu to buy control of antimony smelter\n\n"
        "Changsha, May 4 -- Hunan Xinyu Holdings Co., Ltd. said on Sunday it had signed an equity "
        "transfer agreement with Chenzhou Mining Group Co., Ltd. on May 3 to buy 51% of Yizhang "
        "Xinsheng Antimony Co., Ltd. for 420 million yuan.\n\n"
        "The buyer, which makes building materials, expects the deal to close by the end of "
        "June.\n"))


def test_an_agreement_concerns_the_metal_of_the_company_it_transfers(stake_deal):
    got = _metals(stake_deal, "equity transfer agreement", {"Agreement"})
    assert any("antimony" in k.lower() for k in got), got


@pytest.fixture(scope="module")
def described(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-described", (
        "Silver refiner expands in Hunan\n\n"
        "Rongjiang Precious Materials Co., Ltd., the province's largest refiner of silver and "
        "indium, will add a second electrolysis hall in Yongxing. Beigang Logistics Co., Ltd., the "
        "largest buyer of the county's farm goods, will haul the anodes. Sanhe Foundry Co., Ltd. "
        "is a leading maker of nickel alloy castings.\n"))


def test_the_refiner_of_silver_and_indium(described):
    got = _metals(described, "Rongjiang Precious")
    assert any("silver" in k.lower() for k in got), got
    assert any("indium" in k.lower() for k in got), got


def test_a_maker_of_castings_and_a_buyer_of_farm_goods(described):
    assert any("nickel" in k.lower() for k in _metals(described, "Sanhe Foundry")), \
        _metals(described, "Sanhe Foundry")
    assert not _metals(described, "Beigang Logistics")


@pytest.fixture(scope="module")
def placement(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-placement", (
        "Xiamen Tungsten Materials raises 800 million yuan in private placement\n\n"
        "Xiamen Tungsten Materials Co., Ltd. completed a private placement of A shares on "
        "Tuesday, raising 800 million yuan for a cemented carbide plant.\n\n"
        "Placement terms:\n"
        "* Sponsor: Haixi Securities Co., Ltd.\n"
        "* Legal adviser: Minjiang Law Firm\n"
        "* Chief financial officer: Lin Qiaoyun\n\n"
        "Tongan Accounting Co., Ltd. acted as the auditor. Ma Wenbin, a fund manager, said the "
        "price was fair.\n"))


def test_a_terms_list_and_an_auditor_take_part_in_the_placement(placement):
    got = _participants(placement, "private placement")
    assert any("Haixi Securities" in k for k in got), got
    assert any("Tongan Accounting" in k for k in got), got


def test_an_officer_line_and_a_commentator_take_no_part(placement):
    got = _participants(placement, "private placement")
    assert "Lin Qiaoyun" not in got and "Ma Wenbin" not in got, got


@pytest.fixture(scope="module")
def pronoun(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r12-pronoun-producer", (
        "Flooding halts work at Yunnan mine\n\n"
        "Kunming, July 3 -- Work stopped at the Laochang Mine in Gejiu after heavy rain.\n\n"
        "The mine is operated by Gejiu Laochang Resources Co., Ltd., a local firm. It produces "
        "about 5,000 tonnes of antimony and 900 tonnes of tungsten concentrate a year.\n\n"
        "Honghe Cement Co., Ltd. opened a depot nearby. It has 200 staff and buys copper wire "
        "from traders.\n"))


def test_it_produces_gives_the_mine_and_its_operator_their_metals(pronoun):
    for label in ("Laochang Mine", "Gejiu Laochang Resources"):
        got = _metals(pronoun, label)
        assert any("antimony" in k.lower() for k in got), (label, got)
        assert any("tungsten" in k.lower() for k in got), (label, got)


def test_it_has_and_buys_is_no_production(pronoun):
    assert not any("copper" in k.lower() for k in _metals(pronoun, "Honghe Cement")), \
        _metals(pronoun, "Honghe Cement")
