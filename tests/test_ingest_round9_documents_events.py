"""`kg ingest` relations of documents and events (round 9), read from constructions of English
news and notice prose, on short articles written for these tests (own words, invented
standards, notices, companies, events).

* A document named by number and title, then described by words of its title and a document
  noun ("the zirconium sponge standard", "The powder standard", "the indium and tin
  standards"): the phrase stands for it in the rules that read a sentence (who drafted it);
  "the national standard", a phrase two documents fit, "the standard for X" and a noun that
  does not fit the document ("the copper plan" for a standard) stand for none.
* A list of units under "The drafting units were:" after a blank line, one unit a line.
* What a notice holds: "approved and published STD1 and STD2 in National Standard Announcement
  No. 9" (both), "has released 12 industry standards in its Announcement No. 14. Among them:"
  and numbered lines (each line's standard, issued by the approver; a standard an indented line
  replaces is not held); a notice that only names a standard holds nothing.
* Agreements listed after a count of signings at an event ("Five projects worth 3.2 billion
  yuan were signed at a ceremony on the 14th. Among them:" and one signing a paragraph; "Three
  agreements were also signed during the X Forum, including ..."): signed at that event and on
  its day; an agreement named after a paragraph of prose is not in the list.
* A headline's shorter name of the event the text names in full ("Fifth Hezhou Tin Solder
  Fair Opens" / "The 5th China (Hezhou) Tin Solder Materials Fair"): one event, the headline's
  name an alias; not when the first line is a paragraph, nor for a signing whose label only
  repeats the event's name. The same for an agreement ("Jinhe Copper and Xinhua Cable Sign
  Memorandum" / the memorandum of understanding the two companies signed).
* "It was hosted by A and organised by B" right after a sentence whose subject is an event:
  that event's host and organiser; not when the sentence before is about something else, nor
  across a paragraph.
* A company's own meeting whose name does not say whose it is ("the third meeting of the
  eighth board of directors", "the 2026 first extraordinary general meeting") is organised by
  the company the article is about; an association's council meeting is not.
* "At the summit A and B signed ..." (no comma after the event noun): signed at the summit; "At
  the end of May A signed ..." names no event.
* "At the same ceremony, C signed ..." after "A and B signed a memorandum" (no ceremony named):
  one signing ceremony, both agreements signed at it, part of the expo whose days hold its day;
  "at the same ceremony" where nothing was signed is no signing.
* A briefing introduced by an indefinite article ("said at a briefing that", "At a press
  conference on the 9th, X said") is an event (a press conference); "a briefing paper" and "the
  briefing" never introduced are not.
* The agreement of the article's one purchase named by its kind ("the share purchase agreement
  was signed after the meeting"): a new agreement of the buyer and the seller after "from",
  about the company bought, on the meeting's day; "the agreement was signed" alone is the one
  named before; in an article with no purchase it has no parties."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.model import Draft, Entity
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.relations.document_descriptions import describe_documents
from kg.ingest.relations.kinds import kind_of
from kg.model.namespaces import NFO
from kg.ingest.terms import URIRef


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r9docs") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _rules(draft, ent, pred):
    return {label: rule for label, (rule, _) in links(draft, ent, pred).items()}


@pytest.fixture(scope="module")
def described(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-described", (
        "Ministry Approves Standards for Zirconium Sponge and Ultrafine Cobalt Powder\n\n"
        "2026-06-03 08:00   Source: Metals Standards Weekly\n\n"
        "The Ministry of Industry and Information Technology has approved 14 industry standards "
        "for the sector. Two of them concern rare metals:\n\n"
        "1) YS/T 3301-2026 \"Zirconium Sponge for Nuclear Reactors\";\n"
        "2) YS/T 3307-2026 \"Ultrafine Cobalt Powder for Cemented Carbide\".\n\n"
        "The zirconium sponge standard lowers the hafnium limit to 50 ppm. The work was "
        "coordinated by the Xian Rare Metals Research Institute, and the drafting units were:\n\n"
        "- Liaoning Hongtu Zirconium Co., Ltd.\n"
        "- Gansu Qilian Nuclear Materials Co., Ltd.\n\n"
        "The powder standard was drafted by Jiangxi Fenyi Cobalt Powder Co., Ltd. together with "
        "Hunan Xiangtan Carbide Tools Co., Ltd.\n"))


def test_a_description_by_title_words_is_the_standard(described):
    sponge = one(described, "YS/T 3301-2026")
    got = _rules(described, sponge, NFO.draftedBy)
    # the units listed after a blank line belong to the standard the sentence before describes
    for unit in ("Liaoning Hongtu Zirconium", "Gansu Qilian Nuclear Materials"):
        assert any(k.startswith(unit) and v == "document:units-list" for k, v in got.items()), got
    powder = one(described, "YS/T 3307-2026")
    got = _rules(described, powder, NFO.draftedBy)
    for unit in ("Jiangxi Fenyi Cobalt Powder", "Hunan Xiangtan Carbide Tools"):
        assert any(k.startswith(unit) for k in got), got
    assert not any(k.startswith(("Liaoning", "Gansu")) for k in got), got


def _doc(label, cls, *aliases):
    ent = Entity(URIRef("https://example.org/" + str(abs(hash(label)))), cls, label, False,
                 "test", 0.8)
    ent.aliases |= set(aliases)
    return ent


def _spans(text, docs):
    """Each document's span at its label's first place in the text."""
    return [(text.index(d.label), text.index(d.label) + len(d.label), d) for d in docs]


def _described(text, docs, phrase):
    draft = Draft("t", text, "", "t.txt", "t", None, None, None)
    for d in docs:
        d.__dict__.pop("_refs", None)       # (the spans a phrase added in an earlier call)
    spans = _spans(text, docs)
    describe_documents(draft, spans, kind_of)
    at = text.index(phrase)
    return [ent.label for a, b, ent in spans[len(docs):] if a == at]


def test_description_phrasings_and_plurals():
    indium = _doc("YS/T 4001-2026", NFO.IndustryStandard, "High-Purity Indium Ingots")
    tin = _doc("YS/T 4002-2026", NFO.IndustryStandard, "Tin Anodes for Electroplating")
    plan = _doc("Action Plan for Recycled Copper (2026-2028)", NFO.ActionPlan)
    text = ("Announced: YS/T 4001-2026 and YS/T 4002-2026, and the Action Plan for Recycled "
            "Copper (2026-2028). The indium ingot standard sets grades. The indium and tin "
            "standards were drafted by others. The recycled copper plan runs to 2028. The "
            "electroplating tin anode standard is new.")
    assert _described(text, [indium, tin, plan], "the indium ingot standard".capitalize()) == \
        ["YS/T 4001-2026"]
    assert sorted(_described(text, [indium, tin, plan], "The indium and tin")) == \
        ["YS/T 4001-2026", "YS/T 4002-2026"]
    assert _described(text, [indium, tin, plan], "The recycled copper plan") == [plan.label]
    assert _described(text, [indium, tin, plan], "The electroplating tin") == ["YS/T 4002-2026"]


def test_phrases_that_describe_no_one_document():
    a = _doc("GB/T 5101-2026", NFO.NationalStandard, "Cobalt Oxide for Batteries")
    b = _doc("GB/T 5102-2026", NFO.NationalStandard, "Cobalt Sulfate for Batteries")
    text = ("Issued: GB/T 5101-2026 and GB/T 5102-2026. The national standard is new. The cobalt "
            "standard is strict. The cobalt oxide plan is late. The oxide standard for export "
            "differs.")
    assert _described(text, [a, b], "The national standard") == []
    assert _described(text, [a, b], "The cobalt standard") == []       # both fit
    assert _described(text, [a, b], "The cobalt oxide plan") == []     # a plan is no standard
    assert _described(text, [a, b], "The oxide standard for") == []    # a new description


@pytest.fixture(scope="module")
def announced(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-announced", (
        "Regulators Publish New Rules for Scandium and Hafnium Products\n\n"
        "2026-04-20 09:00   Source: Metals Standards Weekly\n\n"
        "On April 16, the State Administration for Market Regulation approved and published "
        "GB/T 7101-2026 \"Scandium Oxide\" and GB/T 7102-2026 \"Hafnium Sponge\" in National "
        "Standard Announcement No. 9 of 2026.\n"
        "The Ministry of Industry and Information Technology has released 12 industry standards "
        "in its Announcement No. 14 of 2026. Among them:\n\n"
        "1. YS/T 2201-2026 \"Scandium Aluminium Master Alloy\",\n"
        "   replacing YS/T 510-2012;\n"
        "2. YS/T 2205-2026 \"Hafnium Tetrachloride\".\n\n"
        "The output of the Longnan scandium plant is given in its Bulletin No. 3 of 2026, "
        "which also names YS/T 510-2012.\n"))


def test_standards_released_in_a_notice(announced):
    notice = one(announced, "Announcement No. 9 of 2026")
    got = _rules(announced, notice, NFO.includes)
    assert got == {"GB/T 7101-2026": "document:notice-includes",
                   "GB/T 7102-2026": "document:notice-includes"}, got


def test_a_numbered_list_after_an_approval_of_many_standards(announced):
    notice = one(announced, "Announcement No. 14 of 2026")
    got = _rules(announced, notice, NFO.includes)
    # each numbered line's standard; the one an indented line replaces is not listed
    assert got == {"YS/T 2201-2026": "document:notice-includes",
                   "YS/T 2205-2026": "document:notice-includes"}, got
    for label in ("YS/T 2201-2026", "YS/T 2205-2026"):
        issued = _rules(announced, one(announced, label), NFO.issuedBy)
        assert issued.get("Ministry of Industry and Information Technology") == \
            "document:notice-includes", (label, issued)
    assert "Ministry of Industry and Information Technology" not in _rules(
        announced, one(announced, "YS/T 510-2012"), NFO.issuedBy)


def test_a_notice_that_only_names_a_standard_includes_nothing(announced):
    bulletins = [e for e in announced.entities.values() if e.label.startswith("Bulletin No. 3")]
    for b in bulletins:
        assert _rules(announced, b, NFO.includes) == {}


@pytest.fixture(scope="module")
def listed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-listed", (
        "Hengshui Magnesium Week Ends with New Deals\n\n"
        "2026-05-16 18:00   Source: Light Metals Daily\n\n"
        "Hengshui, May 16 -- The 2026 Hengshui Magnesium Alloy Industry Conference was held on "
        "May 13 and 14 at the Hengshui Expo Centre.\n\n"
        "Five projects worth 3.2 billion yuan were signed at a ceremony on the 14th, chaired by "
        "Hengshui Vice Mayor Gao Ming. Among them:\n\n"
        "Hebei Jingrui Magnesium Co., Ltd. signed a supply agreement with Tianjin Fengyu Auto Parts "
        "Co., Ltd. for 8,000 tonnes of magnesium alloy ingots a year.\n\n"
        "Shenzhou Light Alloy Co., Ltd. signed an investment agreement with the Hengshui High-Tech "
        "Zone for a die-casting plant.\n\n"
        "Demand for magnesium wheels rose by a fifth last year, the organisers said.\n\n"
        "Hebei Jingrui Magnesium Co., Ltd. signed a framework agreement with Cangzhou Port Co., "
        "Ltd. in 2024.\n"))


def test_agreements_listed_after_a_counted_signing_at_a_ceremony(listed):
    ceremony = [e for e in listed.entities.values() if str(e.cls).endswith("SigningCeremony")]
    assert len(ceremony) == 1, [e.label for e in listed.entities.values()]
    ceremony = ceremony[0]
    ags = [e for e in listed.entities.values() if str(e.cls).endswith("Agreement")]
    at = {e.label: [(r, str(o)) for p, o, _, r in e.statements if p == NFO.signedAt]
          for e in ags}
    supply = next(k for k in at if k.lower().startswith("supply agreement"))
    invest = next(k for k in at if k.lower().startswith("investment agreement"))
    for k in (supply, invest):
        assert at[k] == [("agreement:signed-at-listed", str(ceremony.iri))], at
        ag = one(listed, k)
        days = {str(o) for p, o, _, _ in ag.statements if p == NFO.dateSigned}
        assert days == {"2026-05-14"}, (k, days)
    # after a paragraph of prose the list is over: the 2024 agreement was not signed there
    frame = [k for k in at if k.lower().startswith("framework agreement")]
    assert frame and all(at[k] == [] for k in frame), at


@pytest.fixture(scope="module")
def during(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-during", (
        "Copper Foil Makers Meet in Tongling\n\n"
        "Tongling, October 9 -- The 2026 China Copper Foil Industry Summit opened in Tongling on "
        "October 8. Three cooperation agreements were also signed during the 2026 China Copper "
        "Foil Industry Summit, including a supply agreement between Anhui Tongguan Foil Co., Ltd. "
        "and Jiangsu Lishen Battery Co., Ltd.\n"))


def test_agreements_named_in_the_counting_sentence(during):
    summit = one(during, "2026 China Copper Foil Industry Summit")
    ags = [e for e in during.entities.values() if str(e.cls).endswith("Agreement")]
    got = {e.label: {r for p, o, _, r in e.statements if p == NFO.signedAt and o == summit.iri}
           for e in ags}
    assert any(v for v in got.values()), got


_FAIR_BODY = (
    "The 5th China (Hezhou) Tin Solder Materials Fair opened on September 3 at the Hezhou "
    "Expo Center. It was organised by the Hezhou Municipal People's Government. Two agreements "
    "were signed at the fair.\n")


@pytest.fixture(scope="module")
def fair(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-fair", (
        "Fifth Hezhou Tin Solder Fair Opens\n\n"
        "2026-09-04 08:00   Source: Light Metals Daily\n\n" + _FAIR_BODY))


@pytest.fixture(scope="module")
def fair_no_headline(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-fair-plain", (
        "Hezhou, Sept. 4 -- The Fifth Hezhou Tin Solder Fair Opens its doors. " + _FAIR_BODY))


def _events(draft):
    # the news item itself, a Report labelled by its headline (events/news_items), is no event
    return [e for e in draft.entities.values() if "Fair" in e.label
            and not str(e.cls).endswith(("SigningCeremony", "#Report"))]


def test_a_headline_name_of_the_event_is_one_of_its_names(fair):
    events = _events(fair)
    assert len(events) == 1, [(e.label, e.cls) for e in events]
    assert "Fifth Hezhou Tin Solder Fair" in events[0].aliases
    assert any(fair.text[m.start:m.end] == "Fifth Hezhou Tin Solder Fair"
               for m in events[0].mentions)


def test_no_headline_no_merge(fair_no_headline):
    # the first line is a paragraph: what it names is not a headline's short name
    labels = [e.label for e in _events(fair_no_headline)]
    assert not any("Fifth Hezhou Tin Solder Fair" in a for e in _events(fair_no_headline)
                   for a in e.aliases), labels


@pytest.fixture(scope="module")
def pronoun(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-pronoun", (
        "Antimony Summit Held in Lengshuijiang\n\n"
        "2026-11-12 09:00   Source: Light Metals Daily\n\n"
        "Lengshuijiang, Nov. 12 (Reporter Tang Wei) -- The 2026 China Antimony Industry Summit was "
        "held on November 10 and 11 in Lengshuijiang. It was jointly hosted by the Hunan "
        "Nonferrous Metals Industry Association and the Lengshuijiang Municipal People's "
        "Government, and organised by Hunan Xikuangshan Antimony Co., Ltd.\n\n"
        "Hunan Chenzhou Tin Co., Ltd. reported higher antimony sales at the summit. It was "
        "founded by the Chenzhou Municipal People's Government in 1998.\n\n"
        "It was organised by the Hunan Antimony Traders Association.\n"))


def test_it_stands_for_the_event_the_sentence_before_is_about(pronoun):
    summit = one(pronoun, "2026 China Antimony Industry Summit")
    hosts = _rules(pronoun, summit, NFO.hostedBy)
    assert set(hosts) == {"Hunan Nonferrous Metals Industry Association",
                          "Lengshuijiang Municipal People's Government"}, hosts
    organisers = _rules(pronoun, summit, NFO.organizedBy)
    assert any(k.startswith("Hunan Xikuangshan Antimony") for k in organisers), organisers
    # a company is the subject of the sentence before; a new paragraph: neither is the summit's
    assert not any("Chenzhou Municipal" in k or "Traders" in k for k in organisers), organisers


@pytest.fixture(scope="module")
def board(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-board", (
        "Xiangtan Manganese to Build Sulfate Line\n\n"
        "Source: Securities Daily | March 3, 2026\n\n"
        "Hunan Xiangtan Manganese Sulfate Co., Ltd. said on March 2 that the third meeting of "
        "the eighth board of directors approved a 40,000-tonne manganese sulfate line. The plan "
        "still needs the approval of the 2026 first extraordinary general meeting.\n\n"
        "The China Manganese Industry Association held the fifth meeting of its standing council "
        "in Changsha on the same day.\n"))


def test_a_company_meeting_is_the_lead_company_s(board):
    company = "Hunan Xiangtan Manganese Sulfate Co., Ltd."
    meeting = one(board, "Third meeting of the eighth board")
    assert "approved" not in meeting.label      # the name ends at the verb of its clause
    assert _rules(board, meeting, NFO.organizedBy) == {company: "event:company-meeting@0.5"}
    general = [e for e in board.entities.values() if "general meeting" in e.label.lower()]
    for e in general:
        assert company in _rules(board, e, NFO.organizedBy), e.label
    council = [e for e in board.entities.values() if "standing council" in e.label.lower()]
    for e in council:
        assert company not in _rules(board, e, NFO.organizedBy), e.label


@pytest.fixture(scope="module")
def deal(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-deal", (
        "Xiangjiang Tungsten to Buy Control of Rucheng Carbide\n\n"
        "Source: Securities Daily | May 8, 2026\n\n"
        "Hunan Xiangjiang Tungsten Co., Ltd. said on May 7 that it will buy 60% of Rucheng "
        "Carbide Tools Co., Ltd. from its parent company, Hunan Xiangjiang Holding Group Co., "
        "Ltd., for 480 million yuan. The board of directors approved the purchase at a meeting "
        "on May 6, and the share purchase agreement was signed after the meeting.\n"))


@pytest.fixture(scope="module")
def no_deal(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-no-deal", (
        "Chenzhou Smelter Signs Ore Deal\n\n"
        "Source: Securities Daily | May 8, 2026\n\n"
        "Chenzhou Tin Smelting Co., Ltd. said the asset transfer agreement was signed on May 5. "
        "The agreement was signed by its chairman.\n"))


def test_the_agreement_of_the_purchase(deal):
    ag = [e for e in deal.entities.values() if e.label.lower().startswith(
        "share purchase agreement")]
    assert len(ag) == 1, [e.label for e in deal.entities.values()]
    ag = ag[0]
    parties = _rules(deal, ag, NFO.party)
    assert set(parties) == {"Hunan Xiangjiang Tungsten Co., Ltd.",
                            "Hunan Xiangjiang Holding Group Co., Ltd."}, parties
    assert set(_rules(deal, ag, NFO.about)) == {"Rucheng Carbide Tools Co., Ltd."}
    days = {str(o) for p, o, _, _ in ag.statements if p == NFO.dateSigned}
    assert days == {"2026-05-06"}, days


def test_a_deal_agreement_without_a_purchase(no_deal):
    ags = [e for e in no_deal.entities.values() if str(e.cls).endswith("Agreement")]
    assert [e.label for e in ags] == ["Asset transfer agreement"], [e.label for e in ags]
    assert "agreement:deal-parties" not in _rules(no_deal, ags[0], NFO.party).values()


@pytest.fixture(scope="module")
def memo(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-memo", (
        "Jinhe Copper and Huayang Cable Sign Memorandum\n\n"
        "2026-05-04 08:00   Source: Light Metals Daily\n\n"
        "On May 3, Chifeng Jinhe Copper Co., Ltd. and Huayang Cable Co., Ltd. signed a memorandum "
        "of understanding on copper rod supply.\n"))


def test_a_headline_agreement_is_the_one_the_text_signs(memo):
    ags = [e for e in memo.entities.values() if str(e.cls).endswith("Agreement")]
    assert len(ags) == 1, [e.label for e in ags]
    assert "Jinhe Copper and Huayang Cable Sign Memorandum" in ags[0].aliases
    assert len(_rules(memo, ags[0], NFO.party)) == 2


@pytest.fixture(scope="module")
def no_comma(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-no-comma", (
        "Vanadium Summit Opens in Chengde\n\n"
        "2026-06-02 08:00   Source: Light Metals Daily\n\n"
        "The 2026 China Vanadium Battery Industry Summit opened in Chengde on June 1.\n\n"
        "At the summit Chengde Vanadium Materials Co., Ltd. and Dalian Flow Battery Co., Ltd. "
        "signed a supply agreement for 5,000 tonnes of vanadium electrolyte.\n\n"
        "At the end of May Chengde Vanadium Materials Co., Ltd. signed a power contract with "
        "Hebei Grid Co., Ltd.\n"))


def test_at_the_summit_without_a_comma(no_comma):
    summit = one(no_comma, "2026 China Vanadium Battery Industry Summit")
    ags = {e.label: {o for p, o, _, _ in e.statements if p == NFO.signedAt}
           for e in no_comma.entities.values() if str(e.cls).endswith("Agreement")}
    supply = [k for k in ags if k.lower().startswith("supply agreement")]
    power = [k for k in ags if k.lower().startswith("power contract")]
    assert supply and all(ags[k] == {summit.iri} for k in supply), ags
    assert all(not ags[k] for k in power), ags


@pytest.fixture(scope="module")
def same_ceremony(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-same", (
        "Zinc Expo Opens in Zhuzhou\n\n"
        "2026-05-22 08:00   Source: Light Metals Daily\n\n"
        "The 2026 China Zinc Industry Expo opened in Zhuzhou on May 20 and runs until May 22.\n\n"
        "On the afternoon of the 20th, Zhuzhou Smelter Group Co., Ltd. and Hunan Shuikoushan "
        "Nonferrous Metals Co., Ltd. signed a memorandum of understanding on zinc oxide "
        "recovery. At the same ceremony, Hunan Zinc Alloy Co., Ltd. signed a supply agreement "
        "with Changsha Galvanizing Co., Ltd. for 30,000 tonnes of zinc a year.\n\n"
        "The association also gave prizes to three young engineers, and the same ceremony "
        "honoured a retired smelter director.\n"))


def test_the_same_ceremony_is_the_signing_of_both(same_ceremony):
    d = same_ceremony
    ceremonies = [e for e in d.entities.values() if str(e.cls).endswith("SigningCeremony")]
    assert len(ceremonies) == 1, [(e.label, e.cls) for e in d.entities.values()]
    c = ceremonies[0]
    ags = [e for e in d.entities.values() if str(e.cls).endswith("Agreement")]
    assert len(ags) == 2 and all(any(p == NFO.signedAt and o == c.iri
                                     for p, o, _, _ in a.statements) for a in ags), \
        [(a.label, a.statements) for a in ags]
    expo = one(d, "2026 China Zinc Industry Expo")
    assert _rules(d, c, NFO.partOfEvent) == {expo.label: "event:signing-during@0.5"}


@pytest.fixture(scope="module")
def briefing(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r9-briefing", (
        "Yunnan Tin Output Rises\n\n"
        "2026-07-10 08:00   Source: Light Metals Daily\n\n"
        "Zhang Hong, deputy director of the Yunnan Provincial Bureau of Statistics, said at a "
        "briefing on July 9 that refined tin output rose 6% in the first half.\n\n"
        "The bureau also published a briefing paper on smelter power use. Reporters asked about "
        "prices at the briefing room.\n"))


def test_a_briefing_introduced_by_an_indefinite_article(briefing):
    events = [e for e in briefing.entities.values() if str(e.cls).endswith("PressConference")]
    assert len(events) == 1, [(e.label, e.cls) for e in briefing.entities.values()]
    assert [briefing.text[m.start:m.end] for m in events[0].mentions] == ["briefing"]
    days = {str(o) for p, o, _, _ in events[0].statements if p == NFO.startDate}
    assert days == {"2026-07-09"}, days
