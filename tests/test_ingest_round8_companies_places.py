"""`kg ingest` relations of round 8 on companies and places, each construction tried on short
articles written for these tests (different subjects, metals and word orders), with a case where
the rule must not fire: addresses written as a chain of places ("X Park, Y Town, Z County, W
City, V Province"); company structure in announcements: a defined term ('X ("the Company")'),
"holds N% of the Company", "A, chairman of the Company", actual controllers, acquisitions and
stakes bought, "A will keep 20% and B 10%"."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _draft(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


@pytest.fixture(scope="module")
def drafts(kg, tmp_path_factory):
    """The articles of this file (below), each ingested once."""
    folder = tmp_path_factory.mktemp("r8cp")
    texts = {"foil": _FOIL, "refinery": _REFINERY, "shares": _SHARES, "smelter": _SMELTER,
             "zinc": _ZINC}
    return {name: _draft(kg, folder, f"r8-{name}", text) for name, text in texts.items()}


def _rules(draft, ent, pred):
    return {label: rule for label, (rule, _) in links(draft, ent, pred).items()}


def _all_rules(draft, rule):
    return {(e.label, draft.entities[o].label) for e in draft.entities.values()
            for p, o, _, r in e.statements if r == rule and o in draft.entities}


_FOIL = (
    "Copper Foil Plant Starts Production in Jinhua\n\n"
    "Jinhua, April 9 -- Zhejiang Lingfeng Copper Foil Co., Ltd. started production on April 8 "
    "at its new plant in the Baishi Industrial Park, Tangxi Town, Wuyi County, Jinhua City, "
    "Zhejiang Province.\n\n"
    "The company also runs smelters in Hengyang City, Chenzhou City, Hunan Province and "
    "Ganzhou City, and sells foil to battery makers in Changsha City, Wuhan City, Hefei "
    "City.\n")

_REFINERY = (
    "Nickel Refinery Breaks Ground in Indonesia\n\n"
    "Jakarta, June 2 -- Work began on June 1 on a nickel sulphate refinery in Bahodopi "
    "District, Morowali Regency, Central Sulawesi Province, Indonesia. A second line is "
    "planned in Jingxi County, Baise City, Guangxi Zhuang Autonomous Region. The owner's "
    "head office is in Lengshuijiang City, Loudi, Hunan Province.\n\n"
    "Buyers in Japan, South Korea, China and Germany have signed offtake letters.\n")


def test_an_address_chain_puts_each_place_in_the_next(drafts):
    foil = drafts["foil"]
    refinery = drafts["refinery"]
    chain = "place:address-chain"
    assert _rules(foil, one(foil, "Baishi Industrial Park"), NFO.locatedIn) == {
        "Tangxi Town": chain}
    assert _rules(foil, one(foil, "Tangxi Town"), NFO.locatedIn) == {"Wuyi County": chain}
    # (a county in its city: topics.py's place:chain reads it first)
    assert set(_rules(foil, one(foil, "Wuyi County"), NFO.locatedIn)) == {"Jinhua City"}
    # abroad, and a region ending the chain
    assert set(_rules(refinery, one(refinery, "Morowali Regency"), NFO.locatedIn)) == {
        "Central Sulawesi Province"}
    # a county-level city in its prefecture-level city: two cities, in an address only
    assert _rules(refinery, one(refinery, "Lengshuijiang City"), NFO.locatedIn) == {
        "Loudi": chain}
    assert set(_rules(refinery, one(refinery, "Jingxi County"), NFO.locatedIn)) == {
        "Baise City"}


def test_a_list_of_places_is_no_chain(drafts):
    foil = drafts["foil"]
    refinery = drafts["refinery"]
    # "in A City, B City, C Province and D City" goes on with "and": a list; three cities
    # end in no province; four countries are four countries
    paired = _all_rules(foil, "place:address-chain") | _all_rules(refinery, "place:address-chain")
    named = {a for a, _ in paired} | {b for _, b in paired}
    assert not named & {"Hengyang City", "Chenzhou City", "Hunan Province", "Changsha City",
                        "Wuhan City", "Hefei City", "Japan", "South Korea", "Germany"}


_SHARES = (
    "Hunan Xintian Tungsten Co., Ltd. Announcement on a Share Purchase\n\n"
    "Hunan Xintian Tungsten Co., Ltd. (\"the Company\" or \"Xintian Tungsten\") announced on "
    "March 3, 2026 that its board approved two deals.\n\n"
    "The Company's wholly owned subsidiary Xintian International Trading Co., Limited will buy "
    "70% of Pahang Wolfram Mining Co., Ltd. for 88 million US dollars. Pahang Wolfram Mining "
    "Co., Ltd. mines scheelite in Malaysia. After the deal, Kuantan Resources Co., Ltd. will "
    "keep 20% and Teluk Minerals Co., Ltd. 10%.\n\n"
    "Chenzhou Xintian Holdings Co., Ltd. holds 41.2% of the Company and is its controlling "
    "shareholder. Liu Hongbo, chairman of the Company, is the actual controller.\n\n"
    "Xiangnan Carbide Co., Ltd. bought a 15% stake in Lengshui Tool Materials Co., Ltd. last "
    "year. Xiangnan Carbide will also buy half of the tungsten powder output of Lengshui Tool "
    "Materials, and Hengyang Alloy Co., Ltd. holds 60% market share and Leiyang Metals Co., "
    "Ltd. 12%.\n")

_SMELTER = (
    "Copper Smelter Changes Hands\n\n"
    "Kunming, July 8 -- Yunnan Tongxin Group completed the acquisition of Dongchuan Copper "
    "Smelting Co., Ltd. on July 7. The actual controller of Dongchuan Copper Smelting Co., Ltd. "
    "is now the Yunnan Provincial State-owned Assets Supervision and Administration "
    "Commission.\n\n"
    "Meanwhile, Lufeng Zinc Co., Ltd.'s actual controller, Zhao Minwei, said the company had no "
    "plan to sell its zinc plant. Prices of copper rose, and the actual controller question was "
    "not raised by Kunming Copper Trading Co., Ltd.\n")


def test_the_company_a_text_defines(drafts):
    shares = drafts["shares"]
    company = "Hunan Xintian Tungsten Co., Ltd."
    trading = one(shares, "Xintian International Trading")
    assert set(_rules(shares, trading, NFO.subsidiaryOf)) == {company}
    holder = one(shares, "Chenzhou Xintian Holdings")
    assert _rules(shares, holder, NFO.shareholderOf) == {
        company: "org:holds-percent-of-referent@0.5"}
    posts = [e for e in shares.entities.values() if e.label.startswith("Liu Hongbo, Chairman")]
    assert [p.label for p in posts] == [f"Liu Hongbo, Chairman, {company}"]
    assert posts[0].rule == "post:comma-role-of-referent@0.5"


def test_actual_controllers(drafts):
    shares = drafts["shares"]
    smelter = drafts["smelter"]
    assert _rules(shares, one(shares, "Liu Hongbo", NFO.Person), NFO.actualControllerOf) == {
        "Hunan Xintian Tungsten Co., Ltd.": "org:controller-of-subject@0.5"}
    sasac = one(smelter, "Yunnan Provincial State-owned")
    assert _rules(smelter, sasac, NFO.actualControllerOf) == {
        "Dongchuan Copper Smelting Co., Ltd.": "org:actual-controller-of"}
    assert _rules(smelter, one(smelter, "Zhao Minwei"), NFO.actualControllerOf) == {
        "Lufeng Zinc Co., Ltd.": "org:possessive-controller"}
    # "the actual controller question was not raised by X": X controls nothing
    kunming = one(smelter, "Kunming Copper Trading")
    assert not links(smelter, kunming, NFO.actualControllerOf)
    assert not any(o == kunming.iri for e in smelter.entities.values()
                   for p, o, _, _ in e.statements if p == NFO.actualControllerOf)


def test_acquisitions_and_stakes_bought(drafts):
    shares = drafts["shares"]
    smelter = drafts["smelter"]
    trading = one(shares, "Xintian International Trading")
    assert _rules(shares, trading, NFO.acquired) == {      # ("will buy": round 10 marks it)
        "Pahang Wolfram Mining Co., Ltd.": "org:acquires+planned"}
    assert _rules(smelter, one(smelter, "Yunnan Tongxin Group"), NFO.acquired) == {
        "Dongchuan Copper Smelting Co., Ltd.": "org:acquires"}
    # a minority bought is a share; half of a product bought is no company bought
    xiangnan = one(shares, "Xiangnan Carbide")
    assert _rules(shares, xiangnan, NFO.shareholderOf) == {
        "Lengshui Tool Materials Co., Ltd.": "org:buys-stake-in"}
    assert not links(shares, xiangnan, NFO.acquired)


def test_a_holder_whose_verb_is_left_out(drafts):
    shares = drafts["shares"]
    pahang = "Pahang Wolfram Mining Co., Ltd."
    for name in ("Kuantan Resources", "Teluk Minerals"):
        assert set(_rules(shares, one(shares, name), NFO.shareholderOf)) == {pahang}
    # "A holds 60% market share and B 12%": a share of a market, so none for B either
    for name in ("Hengyang Alloy", "Leiyang Metals"):
        assert not links(shares, one(shares, name), NFO.shareholderOf)


_FORUM = (
    "Lead Industry Forum Opens in Zhuzhou\n\n"
    "Zhuzhou, May 10 -- The 2026 China Lead Industry Forum was organised by the Hunan Nonferrous "
    "Metals Industry Association and Zhuzhou Smelter Group Co., Ltd., co-organised by Central "
    "South University, and hosted by the Zhuzhou Municipal People's Government. The forum was "
    "held in Zhuzhou on May 9.\n\n"
    "At a press conference held by the Ministry of Commerce on May 12, Wang Li, an official of "
    "the ministry, said trial shipments had been made by 20 exporters in Guangxi and Yunnan.\n")


def test_organisers_are_the_list_after_by_and_a_venue_follows_its_event(kg, tmp_path):
    d = _draft(kg, tmp_path, "r8-forum", _FORUM)
    forum = one(d, "2026 China Lead Industry Forum")
    assert set(links(d, forum, NFO.organizedBy)) == {
        "Hunan Nonferrous Metals Industry Association", "Zhuzhou Smelter Group Co., Ltd."}
    assert set(links(d, forum, NFO.heldIn)) == {"Zhuzhou"}
    briefing = one(d, "Press conference of the Ministry of Commerce")
    assert set(links(d, briefing, NFO.organizedBy)) == {"Ministry of Commerce"}
    # the exporters' provinces are another clause's places, not where the briefing was
    assert not links(d, briefing, NFO.heldIn)


_ZINC = (
    "Zinc Makers Meet in Qujing\n\n"
    "Qujing, June 3 -- Zhou Hailin, who heads the procurement department of Qujing Hongsheng "
    "Zinc Co., Ltd., said concentrate was scarce. Ma Lijun, who chairs Luoping Zinc Electricity "
    "Co., Ltd., agreed. Wu Bing, who runs a small trading house in Kunming, was less worried.\n\n"
    "Vice Mayor Deng Wei of Qujing opened the meeting, and Zhang Rui, vice governor of Yunnan "
    "Province, sent a letter.\n\n"
    "Dongfang Hengli Co., Ltd. said its nickel sulfate line in Jinchang was full, and Baiyin "
    "Huarui Co., Ltd.'s cobalt powder capacity would double. Yang Fei of Dali Hongda Co., Ltd. "
    "said its copper price forecast was cut.\n")


def _posts_of(draft, person):
    return {e.label.split(", ", 2)[2]: (e.rule, e.label.split(", ", 2)[1])
            for e in draft.entities.values() if e.role and e.label.startswith(person + ", ")}


def test_who_heads_or_chairs(drafts):
    zinc = drafts["zinc"]
    assert _posts_of(zinc, "Zhou Hailin") == {
        "Qujing Hongsheng Zinc Co., Ltd.": ("post:who-heads", "Head of the procurement department")}
    assert _posts_of(zinc, "Ma Lijun") == {
        "Luoping Zinc Electricity Co., Ltd.": ("post:who-heads", "Chairman")}
    assert _posts_of(zinc, "Wu Bing") == {}         # "runs a small trading house in Kunming"


def test_a_title_before_the_name_and_its_place_after(drafts):
    zinc = drafts["zinc"]
    # "Vice Mayor A of Qujing": a post like "A, vice mayor of Qujing" (no government body
    # named: the curated readings of bench/unseen6 .. unseen9 put it in the place, those of sets
    # 16-38 in the government the title implies, minted without a mention: round 27)
    assert _posts_of(zinc, "Deng Wei") == {
        "Qujing Municipal People's Government": ("post:implied-government", "Vice Mayor")}
    assert set(_posts_of(zinc, "Zhang Rui")) == {"Yunnan Province"}     # (a province's: there)


def test_the_metal_of_an_owners_product_line(drafts):
    zinc = drafts["zinc"]
    hengli = one(zinc, "Dongfang Hengli")
    assert _rules(zinc, hengli, NFO.concernsMetal).get("Nickel") == "org:possessive-metal@0.5"
    baiyin = one(zinc, "Baiyin Huarui")
    assert "Cobalt" in _rules(zinc, baiyin, NFO.concernsMetal)
    # "its copper price forecast": a price is no business in copper
    dali = one(zinc, "Dali Hongda")
    assert "org:possessive-metal" not in {r.split("@")[0] for r in
                                          _rules(zinc, dali, NFO.concernsMetal).values()}


def test_a_company_of_a_place(kg, tmp_path):
    d = _draft(kg, tmp_path, "r8-cobalt", (
        "Cobalt Supply Deals Signed in Shanghai\n\n"
        "Shanghai, March 5 -- Lualaba Cobalt Mining SA of the Democratic Republic of the Congo "
        "signed a supply contract with Hengrun Battery Materials Co., Ltd. of Hunan. Andes "
        "Lithium Trading Ltd. of Peru and Chile joined as a buyer, and Kyushu Metal Mining Co., "
        "Ltd. of Japan sent a delegation. The Ministry of Mines of Zambia attended.\n"))
    rule = "org:company-of-place"
    assert _rules(d, one(d, "Lualaba Cobalt Mining"), NFO.locatedIn) == {
        "Democratic Republic of the Congo": rule}
    assert _rules(d, one(d, "Hengrun Battery Materials"), NFO.locatedIn) == {
        "Hunan Province": rule}
    assert _rules(d, one(d, "Kyushu Metal Mining"), NFO.locatedIn) == {"Japan": rule}
    # "of Peru and Chile": a list, no seat
    assert not links(d, one(d, "Andes Lithium Trading"), NFO.locatedIn)
