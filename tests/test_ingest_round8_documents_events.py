"""`kg ingest` relations of documents and events (round 8), read from constructions of English
news and notice prose, on short articles written for these tests (own words, invented
standards, notices, companies): who drafted, issued and supported a document ("The drafting
units of X are:" and one unit a line, "The other issuing agencies are A, B and C", "The
drafting was led by X" after "Both standards ...", "X, issued by A and B", "with support from"),
and what must NOT be read: a list under another noun ("The main buyers are:"), an approval of
a plant that only follows a plan's name ("Under the X Plan, the refinery was approved by Y");
who spoke at a forum ("Speaking at the opening, Vice Governor A of Y said", "Deputy Director A
and Chief Analyst B presented", "Ma said" after "Ma Jianguo, president of X") and who did not
("Li said" when two people named Li were named; "Speaking at the dinner," that names no
event); a groundbreaking ceremony whose sentence names no project is about the article's project
("declared the project started, and B presided over the groundbreaking ceremony") and held where
the project is built, an award ceremony is not; a press conference in the report of a new plan
is about the plan and who speaks "At a press conference held by X on the 2nd, A said" spoke at
it, while a press conference where a plan is only named (not issued) is about nothing; an event
"opened on June 4 at the X Center" is held there, a laboratory that "opened at the Y Center" is
no event."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r8docs") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _rules(draft, ent, pred):
    return {label: rule for label, (rule, _) in links(draft, ent, pred).items()}


@pytest.fixture(scope="module")
def standards(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-standards", (
        "Two Standards for Cobalt Powder and Zirconium Sponge Published\n\n"
        "2026-05-04 10:00   Source: Metals Standards Weekly\n\n"
        "On April 28, the State Administration for Market Regulation and the Standardization "
        "Administration of China approved and published GB/T 51234-2026 \"Extra-Fine Cobalt "
        "Powder\". On the 30th, the Ministry of Industry and Information Technology approved the "
        "industry standard YS/T 2210-2026 \"Nuclear-Grade Zirconium Sponge\", which takes effect "
        "on November 1, 2026.\n"
        "Both standards were put forward by the National Technical Committee on Nonferrous Metals "
        "of Standardization Administration of China (SAC/TC 243). The drafting was led by Beijing "
        "General Research Institute for Nonferrous Metals.\n"
        "The drafting units of GB/T 51234-2026 are:\n"
        "1. Ganzhou Yiteng Cobalt Materials Co., Ltd.\n"
        "2. Jiangsu Cobalt Fine Powder Co., Ltd.\n"
        "3. Central South University\n"
        "The drafting units of YS/T 2210-2026 are:\n"
        "- State Nuclear Baoti Zirconium Industry Co., Ltd.\n"
        "- Guangdong Orient Zirconic Industry Co., Ltd.\n"
        "The main buyers of the powder are:\n"
        "- Xiamen Golden Egret Special Alloy Co., Ltd.\n"
        "- Zhuzhou Cemented Carbide Group Co., Ltd.\n"))


@pytest.fixture(scope="module")
def measures(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-measures", (
        "Five Agencies Issue Rules on Gallium and Germanium Stockpiles\n\n"
        "Beijing, March 3 -- The National Development and Reform Commission and four other "
        "agencies have jointly released the \"Measures for the Management of Strategic Gallium "
        "and Germanium Reserves\". The other issuing agencies are the Ministry of Finance, the "
        "Ministry of Commerce, the National Food and Strategic Reserves Administration and the "
        "Ministry of Industry and Information Technology. The text was prepared by the Reserves "
        "Department of the National Development and Reform Commission with support from the "
        "China Nonferrous Metals Industry Association and the China Germanium Industry "
        "Alliance.\n"
        "Under the Guizhou Germanium Industry Plan, the new refinery in Liupanshui was approved "
        "by the Guizhou Provincial Department of Ecology and Environment in 2025.\n"))


@pytest.fixture(scope="module")
def notices(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-notices", (
        "Hunan Tightens Rules on Antimony Smelting Emissions\n\n"
        "Changsha, June 9 -- The \"Notice on Emission Limits for Antimony Smelters in Hunan "
        "Province\" (Xiang Huan Fa [2026] No. 8), issued by the Hunan Provincial Department of "
        "Ecology and Environment and the Hunan Provincial Department of Industry and Information "
        "Technology, applies from August 1. The notice was drafted by the Hunan Research Academy "
        "of Environmental Sciences.\n"
        "A second document, the \"Guide to Antimony Tailings Reuse\", was released by the Hunan "
        "Nonferrous Metals Industry Association on June 2. Its drafting units include "
        "Hsikwangshan Twinkling Star Co., Ltd. and Hunan Chenzhou Mining Co., Ltd.\n"))


def test_drafting_units_listed_one_a_line(standards):
    powder = one(standards, "GB/T 51234-2026")
    sponge = one(standards, "YS/T 2210-2026")
    got = _rules(standards, powder, NFO.draftedBy)
    # numbered lines under "The drafting units of X are:", each unit to its own standard
    for unit in ("Ganzhou Yiteng Cobalt Materials", "Jiangsu Cobalt Fine Powder",
                 "Central South University"):
        assert any(k.startswith(unit) and v == "document:units-list" for k, v in got.items()), got
    got = _rules(standards, sponge, NFO.draftedBy)
    for unit in ("State Nuclear Baoti Zirconium", "Guangdong Orient Zirconic"):
        assert any(k.startswith(unit) and v == "document:units-list" for k, v in got.items()), got
    assert not any(k.startswith(("Ganzhou", "Jiangsu", "Central")) for k in got), got


def test_both_standards_share_the_drafting_leader(standards):
    # "Both standards were put forward by ... . The drafting was led by X": both documents
    leader = "Beijing General Research Institute for Nonferrous Metals"
    for label in ("GB/T 51234-2026", "YS/T 2210-2026"):
        got = _rules(standards, one(standards, label), NFO.draftedBy)
        assert got.get(leader) == "document:drafting-organised-by", (label, got)


def test_a_list_under_another_noun_is_no_drafting(standards):
    # "The main buyers of the powder are:" and bullets: not drafters, nor anything else here
    for label in ("GB/T 51234-2026", "YS/T 2210-2026"):
        ent = one(standards, label)
        named = {standards.entities[o].label for _, o, _, _ in ent.statements
                 if o in standards.entities}
        assert not any(n.startswith(("Xiamen Golden Egret", "Zhuzhou Cemented")) for n in named)


def test_other_issuing_agencies_and_supporters(measures):
    doc = one(measures, "Measures for the Management of Strategic Gallium")
    issued = _rules(measures, doc, NFO.issuedBy)
    for body in ("Ministry of Finance", "Ministry of Commerce",
                 "National Food and Strategic Reserves Administration"):
        assert issued.get(body) == "document:units-list", issued
    supported = _rules(measures, doc, NFO.supportedBy)
    assert set(supported.values()) == {"document:with-support-from"}
    assert any("Germanium Industry Alliance" in k for k in supported)
    assert len(supported) == 2          # the drafting department is no supporter


def test_an_approved_plant_is_not_an_issued_plan(measures):
    plan = one(measures, "Guizhou Germanium Industry Plan")
    assert _rules(measures, plan, NFO.issuedBy) == {}


def test_issued_by_after_the_name_and_its_number(notices):
    notice = one(notices, "Notice on Emission Limits for Antimony Smelters")
    issued = _rules(notices, notice, NFO.issuedBy)
    assert issued == {
        "Hunan Provincial Department of Ecology and Environment": "document:issued-by-passive",
        "Hunan Provincial Department of Industry and Information Technology":
            "document:issued-by-passive"}
    guide = one(notices, "Guide to Antimony Tailings Reuse")
    assert _rules(notices, guide, NFO.issuedBy) == {
        "Hunan Nonferrous Metals Industry Association": "document:issued-by-passive"}
    # "Its drafting units include A and B": the guide's, not the notice's
    drafted = _rules(notices, guide, NFO.draftedBy)
    assert any(k.startswith("Hsikwangshan") for k in drafted), drafted
    assert not any(k.startswith("Hsikwangshan")
                   for k in _rules(notices, notice, NFO.draftedBy))


@pytest.fixture(scope="module")
def forum(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-forum", (
        "Tin Forum Opens in Gejiu\n\n"
        "Gejiu, May 12 -- The 2026 China Tin Industry Forum opened in Gejiu on May 11. About 400 "
        "delegates from smelters, solder makers and traders attended.\n"
        "Speaking at the opening, Vice Governor Zhang Lihua of Yunnan said the province would "
        "keep its tin output steady.\n"
        "Deputy Director Wu Kang and Chief Analyst Sun Meiling presented the outlook for tin "
        "prices in the second half of the year.\n"
        "Li Dawei, chairman of Gejiu Tin Smelting Co., Ltd., and Li Xiaohong, general manager of "
        "Honghe Solder Co., Ltd., took part in a panel on recycling. Li said that scrap solder "
        "now supplies a fifth of the refined tin the city makes.\n"
        "Ma Jianguo, president of Yunnan Tin Alloy Materials Co., Ltd., joined the panel. Ma "
        "said the company would double its output of lead-free solder by 2028.\n"
        "Speaking at the dinner, Vice Mayor Zhou Ping of Gejiu said the city would host the "
        "forum again.\n"))


def _speakers(draft):
    event = one(draft, "2026 China Tin Industry Forum")
    return _rules(draft, event, NFO.speaker)


def test_speaker_after_speaking_at_the_opening(forum):
    assert _speakers(forum).get("Zhang Lihua") == "event:reported-speech@0.5"


def test_titled_names_joined_by_and_share_the_verb(forum):
    got = _speakers(forum)
    assert got.get("Wu Kang") == got.get("Sun Meiling") == "event:reported-speech@0.5", got


def test_a_surname_stands_for_the_only_person_of_that_name(forum):
    got = _speakers(forum)
    assert got.get("Ma Jianguo") == "event:reported-speech@0.5", got
    # two people named Li: "Li said" is neither of them
    assert "Li Dawei" not in got and "Li Xiaohong" not in got, got


def test_a_lead_in_naming_no_event_gives_no_speaker(forum):
    assert "Zhou Ping" not in _speakers(forum)


@pytest.fixture(scope="module")
def groundbreaking(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-groundbreaking", (
        "Work Begins on Copper Foil Plant in Jiangxi\n\n"
        "Yingtan, April 8 -- Construction of the Yingtan 50,000-Tonne Copper Foil Project started "
        "on April 7 in the Yingtan High-Tech Industrial Park, Jiangxi Province. The project is "
        "built by Jiangxi Tongbo Electronic Materials Co., Ltd. and will make foil for lithium "
        "battery anodes.\n"
        "Wang Hai, vice governor of Jiangxi Province, declared the project started, and Zhao Lin, "
        "secretary of the Yingtan Municipal Party Committee, presided over the groundbreaking "
        "ceremony.\n"
        "A cornerstone ceremony for the Guixi Copper Rod Project was held in Guixi on the same "
        "day.\n"
        "The company also received the Jiangxi Quality Award at an award ceremony in "
        "Nanchang.\n"))


def _event(draft, word):
    found = [e for e in draft.entities.values() if word in e.label.lower()
             and str(e.cls).rsplit("#", 1)[-1] in ("Milestone", "Launch", "Event",
                                                   "AwardCeremony", "SigningCeremony")]
    assert len(found) == 1, sorted(e.label for e in draft.entities.values())
    return found[0]


def test_groundbreaking_ceremony_is_about_the_articles_project(groundbreaking):
    ceremony = _event(groundbreaking, "groundbreaking")
    assert _rules(groundbreaking, ceremony, NFO.about) == {
        "Yingtan 50,000-Tonne Copper Foil Project": "topic:ceremony-project@0.5"}
    assert _rules(groundbreaking, ceremony, NFO.heldIn) == {
        "Yingtan High-Tech Industrial Park": "topic:ceremony-at-project@0.5"}


def test_an_award_ceremony_is_about_no_project(groundbreaking):
    ceremony = _event(groundbreaking, "award ceremony")
    assert _rules(groundbreaking, ceremony, NFO.about) == {}
    assert "Yingtan High-Tech Industrial Park" not in _rules(groundbreaking, ceremony, NFO.heldIn)


@pytest.fixture(scope="module")
def plan_briefing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-plan-briefing", (
        "Yunnan Issues Plan for Indium Industry Chain\n\n"
        "Kunming, July 3 -- The Yunnan Provincial Department of Industry and Information "
        "Technology has issued the \"Action Plan for the Indium Industry Chain (2026-2028)\", "
        "which aims to lift the province's output of indium targets to 300 tonnes a year.\n"
        "At a press conference held by the Information Office of the Yunnan Provincial People's "
        "Government on the 2nd, Yang Fei, deputy director of the department, said the province "
        "would fund two recycling lines for indium tin oxide scrap.\n"))


@pytest.fixture(scope="module")
def market_briefing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-market-briefing", (
        "Lead Market Outlook Discussed in Zhengzhou\n\n"
        "Zhengzhou, May 9 -- Prices of lead fell 4% in April, the Henan Nonferrous Metals "
        "Industry Association said. The Henan Lead-Acid Battery Recycling Plan (2024-2026) set a "
        "target for the collection of used batteries.\n"
        "At a press conference held by the Henan Nonferrous Metals Industry Association on the "
        "8th, Guo Lan, deputy secretary-general of the association, said that scrap supply was "
        "tight.\n"))


def _press(draft):
    found = [e for e in draft.entities.values()
             if str(e.cls).rsplit("#", 1)[-1] == "PressConference"]
    assert len(found) == 1, sorted(e.label for e in draft.entities.values())
    return found[0]


def test_press_conference_on_the_plan_the_article_reports(plan_briefing):
    press = _press(plan_briefing)
    about = _rules(plan_briefing, press, NFO.about)
    assert about.get("Action Plan for the Indium Industry Chain (2026-2028)") == \
        "topic:briefing-document@0.5", about
    assert _rules(plan_briefing, press, NFO.speaker) == {
        "Yang Fei": "event:reported-speech@0.5"}


def test_a_plan_only_named_is_not_what_a_briefing_is_about(market_briefing):
    press = _press(market_briefing)
    about = _rules(market_briefing, press, NFO.about)
    assert not any(k.startswith("Henan Lead-Acid") for k in about), about
    assert _rules(market_briefing, press, NFO.speaker) == {"Guo Lan": "event:reported-speech@0.5"}


@pytest.fixture(scope="module")
def venues(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-venues", (
        "Antimony Forum Held in Changsha\n\n"
        "Changsha, June 5 -- The 2026 China Antimony Industry Forum was held on June 3 and 4 at "
        "the Changsha International Convention Center in Changsha, Hunan Province. About 300 "
        "delegates attended.\n"
        "A Seminar on Antimony Trioxide Flame Retardants opened on June 4 at the Meixihu "
        "International Culture and Art Center.\n"
        "The same week, Hunan Antimony Materials Co., Ltd. moved its sales office to the Changsha "
        "Financial Center, and its new testing laboratory opened at the Yuelu Science Center.\n"))


def test_an_event_opened_at_a_venue_is_held_there(venues):
    seminar = one(venues, "Seminar on Antimony Trioxide")
    assert _rules(venues, seminar, NFO.heldIn) == {
        "Meixihu International Culture and Art Center": "event:held-at-venue"}
    forum = one(venues, "2026 China Antimony Industry Forum")
    assert "Changsha International Convention Center" in _rules(venues, forum, NFO.heldIn)


def test_a_laboratory_opened_at_a_venue_holds_no_event(venues):
    for ent in venues.entities.values():
        assert all(not (p == NFO.heldIn and str(o).endswith("yuelu-science-center"))
                   for p, o, _, _ in ent.statements), ent.label


@pytest.fixture(scope="module")
def deals(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-deals", (
        "Jinsha Cobalt to Buy Stake in Zambian Miner\n\n"
        "Hangzhou, August 3 -- Jinsha Cobalt Co., Ltd. said on Monday that its subsidiary Jinsha "
        "International Co., Limited had signed a share purchase agreement with Copperbelt Holdings "
        "Ltd., under which Jinsha International will acquire 51% of Mufulira Cobalt Resources "
        "Ltd. for 230 million US dollars.\n"
        "Separately, Jinsha Cobalt signed a supply agreement with Ndola Refining Co., Ltd. to buy "
        "12,000 tonnes of cobalt hydroxide a year from Kansanshi Mining Plc.\n"
        "Shipments of bismuth have fallen every month since the export controls on bismuth, "
        "imposed by the Ministry of Commerce and the General Administration of Customs, came into "
        "force on February 4, 2025.\n"))


def test_an_agreement_is_about_the_company_whose_stake_it_moves(deals):
    share = one(deals, "Share purchase agreement")
    assert _rules(deals, share, NFO.about) == {
        "Mufulira Cobalt Resources Ltd.": "topic:agreement-stake"}
    supply = one(deals, "Supply agreement")
    assert _rules(deals, supply, NFO.about) == {}


def test_controls_imposed_by_two_bodies(deals):
    controls = one(deals, "Export controls on bismuth")
    assert _rules(deals, controls, NFO.issuedBy) == {
        "Ministry of Commerce": "document:issued-by-passive",
        "General Administration of Customs": "document:issued-by-passive"}


def test_that_standard_was_released_by(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r8-that-standard", (
        "Zinc Smelters Must Meet New Energy Norm\n\n"
        "Kunming, June 2 -- Yunnan will require every zinc smelter in the province to meet the "
        "national standard GB 31700-2025 \"Norm of Energy Consumption per Unit Product of Zinc "
        "Smelting\". That standard was released by the State Administration for Market "
        "Regulation on January 8, 2025. The Yunnan Provincial Department of Industry and "
        "Information Technology will check the smelters in Qujing and Honghe by December.\n"))
    std = one(draft, "GB 31700-2025")
    assert _rules(draft, std, NFO.issuedBy) == {
        "State Administration for Market Regulation": "document:issued-by-passive"}


@pytest.fixture(scope="module")
def inspection(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r8-inspection", (
        "Gansu Inspection Team Fines Copper Smelter\n\n"
        "Lanzhou, September 9 -- A safety inspection team of the Gansu Provincial Emergency "
        "Management Department has fined a copper smelter in Baiyin 800,000 yuan, the department "
        "said on Monday.\n"
        "The inspection team, led by Wang Jun, deputy director of the department, inspected seven "
        "copper smelters in Jinchang, Baiyin and Lanzhou from August 25 to August 29. It found that "
        "Baiyin Hongda Copper Co., Ltd. had stored sulfuric acid in tanks without level alarms.\n"
        "At Jinchang Yuantong Smelting Co., Ltd. in Yongchang County, the team found no "
        "violations.\n"
        "Analysts found that Lanzhou Xinghe Copper Co., Ltd. had raised output by a tenth. Lanzhou "
        "Xinghe Copper Co., Ltd. inspected its furnaces in Tianshui last week.\n"))


def test_places_and_companies_an_inspection_went_to(inspection):
    event = _event(inspection, "inspection")
    held = _rules(inspection, event, NFO.heldIn)
    for place in ("Jinchang", "Baiyin", "Lanzhou"):
        assert held.get(place) == "event:inspected-in", held
    assert "Tianshui" not in held
    took_part = _rules(inspection, event, NFO.participant)
    assert took_part.get("Baiyin Hongda Copper Co., Ltd.") == "event:inspected-company@0.5"
    assert took_part.get("Jinchang Yuantong Smelting Co., Ltd.") == "event:inspected-company@0.5"
    assert "Lanzhou Xinghe Copper Co., Ltd." not in took_part, took_part


def test_told_shareholders_and_told_reporters(kg, tmp_path_factory):
    draft = _article(kg, tmp_path_factory, "r8-agm", (
        "Hongling Copper Elects New Chairman at 2025 Annual Shareholders' Meeting\n\n"
        "Kunming, May 20 -- Hongling Copper Co., Ltd. held its 2025 annual shareholders' meeting "
        "in Kunming on May 19. Shareholders approved a dividend of 2 yuan for every 10 shares.\n"
        "The first meeting of the new board of directors was held in the afternoon. It elected "
        "Zhou Tao as chairman.\n"
        "Zhou told shareholders that the company would double its cathode copper output by "
        "2028.\n"
        "Qian Yu, chief financial officer of Hongling Copper Co., Ltd., told reporters that the "
        "company had no plans to issue new shares.\n"))
    agm = one(draft, "2025 Annual Shareholders")
    board = one(draft, "First meeting of the new board")
    assert _rules(draft, agm, NFO.speaker) == {"Zhou Tao": "event:reported-speech@0.5"}
    assert _rules(draft, board, NFO.speaker) == {}
