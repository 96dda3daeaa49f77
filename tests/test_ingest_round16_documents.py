"""`kg ingest` round 16, documents and awards, read from short articles written for these tests
(own words; invented people, prizes and figures):

* award grants to the laureates a report lists (relations/award_laureates.py): "The laureates
  are A of X, for her work on zinc; B of Y, for copper; ...", "A received the prize for lead
  smelting. B was honoured for antimony refining.", "The winners are:" then one winner a list
  line: one ``nfo:AwardGrant`` per winner, with the award, its giver and the metals of the
  winner's citation.
* Not: the people who hand the prizes over ("The prizes were handed over by A and B"), a guest
  who speaks of the prize, people of a text that names no award."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r16doc") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _grants(draft):
    """{recipient label: (award label, {giver labels}, {metal labels})} of the draft's grants."""
    lab = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if not str(e.cls).endswith("#AwardGrant"):
            continue
        got = {p: [lab.get(o, str(o)) for q, o, _, _ in e.statements if q == p]
               for p in (NFO.award, NFO.recipient, NFO.conferredBy, NFO.concernsMetal)}
        for r in got[NFO.recipient]:
            out[r] = (got[NFO.award][0] if got[NFO.award] else None,
                      set(got[NFO.conferredBy]), set(got[NFO.concernsMetal]))
    return out


@pytest.fixture(scope="module")
def laureates(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-laureates", (
        "Five scientists win 2026 Nonferrous Youth Science Prize\n\n"
        "Beijing, December 9, 2026 -- The China Society of Metallurgical Engineering presented "
        "the 2026 Nonferrous Youth Science Prize to five young scientists at a ceremony in "
        "Beijing on Tuesday.\n\n"
        "The laureates are Zhou Lin of Central South University, for her work on zinc "
        "electrowinning; Wang Hao of Northeastern University, for copper flash smelting; Liu "
        "Ying of the Beijing General Research Institute of Mining and Metallurgy, for tungsten "
        "extraction; Sun Qiang of Jiangxi University of Science and Technology, for rare earth "
        "separation; and Chen Jie of Kunming University of Science and Technology, for tin "
        "refining.\n\n"
        "Each laureate receives 200,000 yuan.\n"))


@pytest.fixture(scope="module")
def honoured(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-honoured", (
        "Hunan academy hands out metallurgy prizes\n\n"
        "Changsha, October 15, 2026 -- The Hunan Academy of Metallurgy awarded its 2026 "
        "Xiangjiang Prize to three engineers on Thursday evening at a ceremony in Changsha.\n\n"
        "Tan Wei, chief engineer of Hunan Shuikoushan Nonferrous Metals Co., Ltd., received the "
        "prize for lead smelting. Deng Fang of Central South University was honoured for "
        "antimony refining. Peng Jun, a researcher at Changsha Research Institute of Mining and "
        "Metallurgy, won the prize for bismuth recovery.\n\n"
        "The prizes were handed over by Luo Ming, vice governor of Hunan Province, and Xie Lan, "
        "president of the academy. Wu Gang, a guest from Guangxi, said the prize had grown in "
        "stature.\n"))


@pytest.fixture(scope="module")
def listed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-listed", (
        "Winners of the 2026 Lingnan Materials Innovation Award announced\n\n"
        "Guangzhou, September 20, 2026 -- The Guangdong Nonferrous Metals Society announced the "
        "winners of the 2026 Lingnan Materials Innovation Award at its annual meeting.\n\n"
        "The winners are:\n"
        "1. Huang Min, South China University of Technology - aluminium alloy casting\n"
        "2. Lin Tao, Shenzhen Zhongjin Lingnan Nonfemet Co., Ltd. - lead and zinc smelting\n"
        "3. Xu Ping, Guangdong Research Institute of Rare Metals - rare earth magnets\n\n"
        "Ma Jun, secretary general of the society, received the guests.\n"))


@pytest.fixture(scope="module")
def no_award(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-no-award", (
        "Tin smelter wins new ore contract\n\n"
        "Gejiu, May 6, 2027 -- Gejiu Huaxin Tin Co., Ltd. won a contract to treat 30,000 tonnes "
        "of tin concentrate a year. Its general manager, Yang Qiao, received the delegation of "
        "the buyer, and Zhu Hong, the buyer's vice president, was honoured to sign.\n"))


def test_laureates_of_a_semicolon_list_each_get_a_grant(laureates):
    g = _grants(laureates)
    for who, metal in (("Zhou Lin", "Zinc"), ("Wang Hao", "Copper"), ("Liu Ying", "Tungsten"),
                       ("Chen Jie", "Tin")):
        assert who in g, (who, g)
        award, givers, metals = g[who]
        assert award == "Nonferrous Youth Science Prize"
        assert givers == {"China Society of Metallurgical Engineering"}
        assert metal in metals
    assert "Sun Qiang" in g
    assert g["Wang Hao"][2] == {"Copper"}        # no other laureate's metal


def test_winners_of_receive_verbs_get_a_grant_and_the_hands_do_not(honoured):
    g = _grants(honoured)
    assert {"Tan Wei", "Deng Fang", "Peng Jun"} <= set(g)
    assert g["Deng Fang"][0] == "Xiangjiang Prize"
    assert "Antimony" in g["Deng Fang"][2]
    for giver in ("Luo Ming", "Xie Lan", "Wu Gang"):
        assert giver not in g


def test_winners_listed_one_a_line(listed):
    g = _grants(listed)
    assert {"Huang Min", "Lin Tao", "Xu Ping"} <= set(g)
    assert {"Lead", "Zinc"} <= g["Lin Tao"][2]
    assert g["Xu Ping"][1] == {"Guangdong Nonferrous Metals Society"}
    assert "Ma Jun" not in g


def test_no_award_no_grant(no_award):
    assert _grants(no_award) == {}


# -- the document the text is, named by its headline (names/headline_documents.py) ----------

def _docs(draft):
    """{label: (class name, {predicate name: {object labels}})} of the draft's new documents."""
    lab = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        c = str(e.cls).rsplit("#", 1)[-1]
        if c in ("Notice", "Catalogue", "PolicyDocument", "Plan", "Report", "Measures"):
            st: dict = {}
            for p, o, _, _ in e.statements:
                st.setdefault(str(p).rsplit("#", 1)[-1], set()).add(lab.get(o, str(o)))
            out[e.label] = (c, st)
    return out


@pytest.fixture(scope="module")
def tender_results(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-tender-results", (
        "Announcement on the Results of the Tender for the Cathode Copper Supply Contract\n"
        "Tongling Nonferrous Metals Group Co., Ltd. 2027 Cathode Copper Procurement Project\n\n"
        "Tender No.: TLNF-2027-CU-018\n\n"
        "The tender closed on 14 March 2027. The evaluation committee ranked the bids as "
        "follows:\n\n"
        "  1   Anhui Tongguan Copper Foil Co., Ltd.          98.2\n"
        "  2   Jiangxi Copper Co., Ltd.                      95.6\n"
        "  3   Zijin Mining Group Co., Ltd., Xiamen branch   91.0\n\n"
        "Objections may be raised within three days.\n\n"
        "Tongling Nonferrous Metals Group Co., Ltd.\n"
        "20 March 2027\n"))


@pytest.fixture(scope="module")
def circular(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-circular", (
        "Circular of the Department of Industry of Sichuan Province on Issuing the 2027\n"
        "Catalogue of Key Lithium Battery Materials Enterprises\n\n"
        "Chuan Jing Xin Fa [2027] No. 9\n\n"
        "To the industry bureaus of all cities:\n\n"
        "The catalogue is hereby issued. The following enterprises are listed:\n"
        "1. Tianqi Lithium Corporation\n"
        "2. Sichuan Yahua Industrial Group Co., Ltd.\n\n"
        "Department of Industry of Sichuan Province\n"
        "5 February 2027\n"))


@pytest.fixture(scope="module")
def news_of_documents(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-news-of-documents", (
        "Hubei Issues Notice on Phosphate and Copper Mine Safety\n\n"
        "Wuhan, April 2, 2027 -- The Hubei Provincial Emergency Management Department issued a "
        "notice on Friday. It names the following companies:\n"
        "1. Daye Nonferrous Metals Group Holding Co., Ltd.\n"
        "2. Hubei Xingfa Chemicals Group Co., Ltd.\n\n"
        "Notice Board: Copper Prices Climb as Stocks Fall\n"))


def test_headline_announcement_is_the_document_with_its_rows(tender_results):
    d = _docs(tender_results)
    title = "Announcement on the Results of the Tender for the Cathode Copper Supply Contract"
    assert title in d, d
    cls, st = d[title]
    assert cls == "Notice"
    assert {"Anhui Tongguan Copper Foil Co., Ltd.", "Jiangxi Copper Co., Ltd."} <= \
        st.get("includes", set())
    # a row whose cell goes on after the company ("..., Xiamen branch") is not the company
    assert "Zijin Mining Group Co., Ltd." not in st.get("includes", set())
    assert "2027 Cathode Copper Procurement Project" in st.get("about", set())


def test_title_inside_a_wrapped_headline_is_a_second_document(circular):
    d = _docs(circular)
    # (round 33: the circular's label is its whole title, wrapped over two lines, which ends
    # with the catalogue's name too)
    inner = next((k for k in d if k.endswith("Catalogue of Key Lithium Battery Materials "
                                             "Enterprises") and not k.startswith("Circular")),
                 None)
    assert d.get(inner, (None,))[0] == "Catalogue", d
    outer = [k for k in d if k.startswith("Circular of the Department")]
    assert outer and inner in d[outer[0]][1].get("about", set())
    # the rows are the catalogue's: the circular issues it
    assert "Tianqi Lithium Corporation" in d[inner][1].get("includes", set())
    # the number on its own line under the title is the circular's (names/document_numbers.py)
    assert not any("No. 9" in k for k in d), d
    ent = next(e for e in circular.entities.values() if e.label == outer[0])
    assert "Chuan Jing Xin Fa [2027] No. 9" in ent.aliases


@pytest.fixture(scope="module")
def plant_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-plant-list", (
        "Announcement of the Ministry of Ecology on Publishing the 2027 List of Clean\n"
        "Production Demonstration Plants in Nickel and Cobalt Refining\n\n"
        "  Enterprise and plant                                   Place              Score\n"
        "  Jinchuan Group Co., Ltd., nickel refinery               Jinchang, Gansu    96\n"
        "  Huayou Cobalt Co., Ltd., Tongxiang cobalt plant         Tongxiang, Zhejiang 94\n\n"
        "The list is open for comment for seven days.\n\n"
        "Ministry of Ecology and Environment\n"
        "12 June 2027\n"))


def test_sites_in_a_table_are_in_the_list_the_notice_issues(plant_list):
    d = _docs(plant_list)
    lists = [k for k, v in d.items() if v[0] == "Catalogue"]
    assert lists, d
    included = d[lists[0]][1].get("includes", set())
    assert any("nickel refinery" in x.lower() for x in included), included
    assert any("tongxiang cobalt plant" in x.lower() for x in included), included


def test_news_headline_about_a_document_is_not_the_document(news_of_documents):
    d = _docs(news_of_documents)
    assert not any(k.startswith("Hubei Issues") or k.startswith("Notice Board") for k in d), d


# -- products named by a naming verb (names/named_products.py) -------------------------------

@pytest.fixture(scope="module")
def named(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-named-products", (
        "Shipyard delivers ore carrier\n\n"
        "Dalian, March 8, 2027 -- COSCO Shipping Bulk Co., Ltd. took delivery on Monday of a "
        "very large ore carrier named Ore Hebei, built by Dalian Shipbuilding Industry Co., "
        "Ltd.\n\n"
        "Yunnan Tin Co., Ltd. launched a high-purity tin product branded YT-5N at the fair. "
        "Guangxi Hualei New Materials Co., Ltd. sells its low-carbon aluminium under the brand "
        "GreenAl.\n\n"
        "Zhang Wei was named chairman of the group. The company named a new auditor. A "
        "trading firm called Hengtai Metals bought the cargo.\n"))


def test_products_named_by_a_naming_verb(named):
    prods = {e.label: e for e in named.entities.values() if str(e.cls).endswith("#Product")}
    assert {"Ore Hebei", "YT-5N", "GreenAl"} <= set(prods), set(prods)
    lab = {e.iri: e.label for e in named.entities.values()}
    owners = {lab.get(o) for p, o, _, _ in prods["Ore Hebei"].statements
              if p in (NFO.ownedBy, NFO.producedBy)}
    assert "COSCO Shipping Bulk Co., Ltd." in owners
    makers = {lab.get(o) for p, o, _, _ in prods["GreenAl"].statements if p == NFO.producedBy}
    assert "Guangxi Hualei New Materials Co., Ltd." in makers
    # the place printed inside the ship's name is no mention of the province there
    text = named.text
    at = text.index("Ore Hebei")
    assert not any(m.start >= at and m.end <= at + 9 for e in named.entities.values()
                   if not str(e.cls).endswith("#Product") for m in e.mentions)


def test_naming_verbs_without_a_product_name_no_product(named):
    prods = {e.label for e in named.entities.values() if str(e.cls).endswith("#Product")}
    assert not any(p.startswith(("Chairman", "A new", "Hengtai")) for p in prods), prods


@pytest.fixture(scope="module")
def among_winners(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r16-among-winners", (
        "Society honours young metallurgists\n\n"
        "Xi'an, November 20, 2027 -- Four young researchers were honoured with the 2027 Young "
        "Talent Award of the Shaanxi Nonferrous Metals Society at its annual conference on "
        "Friday.\n\n"
        "Among the winners were Professor Xiao Hong of Northwestern Polytechnical University "
        "(titanium alloys), Ma Lei of Xi'an University of Architecture and Technology "
        "(molybdenum), Ren Jing of Jinduicheng Molybdenum Co., Ltd. (molybdenum concentrate) "
        "and Gao Yan of Baoji Titanium Industry Co., Ltd. (titanium sponge).\n"))


def test_among_the_winners_with_the_giver_in_the_awards_name(among_winners):
    g = _grants(among_winners)
    assert {"Xiao Hong", "Ma Lei", "Ren Jing", "Gao Yan"} <= set(g), g
    assert g["Ma Lei"][1] == {"Shaanxi Nonferrous Metals Society"}
    assert "Molybdenum" in g["Ma Lei"][2]
