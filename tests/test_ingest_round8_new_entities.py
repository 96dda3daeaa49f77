"""`kg ingest` proposes the organisations, places, documents and events fresh text names (round 8),
on short articles written for this test: foreign legal forms end a company's name ("... SARL",
"... SAS"), a word or two in brackets before "Co., Limited" belongs to it ("X (Hong Kong) Co.,
Limited"), a quoted short form in brackets is an alias ('("X HK")'), courts, towns and laws are
named by their last word ("... People's Court", "... Town", "... Law of the People's Republic of
China"), a listed country pairs a city before it ("near X, Zimbabwe"); and where none of these
fire, nothing is proposed."""
from __future__ import annotations

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NF, NFO


def _draft(kg, tmp_path, name, text):
    path = tmp_path / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _labels(draft, cls=None):
    return {e.label for e in draft.new() if cls is None or e.cls == cls}


@pytest.fixture(scope="module")
def overseas(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("new8"), "new8-overseas", (
        "Jinlong Copper Buys Into Two African Mines\n\n"
        "Nanning, March 4, 2026 -- Jinlong Copper Co., Ltd. said its wholly owned unit Jinlong\n"
        "International Resources (Hong Kong) Co., Limited (\"Jinlong HK\") agreed to buy 60% of\n"
        "Lualaba Copper SARL from Tembo Holdings Ltd. of Mauritius. Jinlong HK will also take 30%\n"
        "of Kamoa Minerals SAS, whose cobalt deposit lies near Kolwezi, Zambia. The sellers keep\n"
        "the rest. Jinlong HK expects to close both deals by June.\n"))


def test_foreign_legal_forms_end_a_company_name(overseas):
    assert one(overseas, "Lualaba Copper SARL").cls == NFO.Company
    assert one(overseas, "Kamoa Minerals SAS").cls == NFO.Company


def test_a_bracketed_place_and_co_limited_belong_to_the_name(overseas):
    hk = one(overseas, "Jinlong International Resources (Hong Kong) Co., Limited")
    assert hk.cls == NFO.Company
    # the place in the brackets is part of the name, not a mention of Hong Kong
    assert NF["hong-kong"] not in {e.iri for e in overseas.known()}


def test_a_quoted_short_form_in_brackets_is_an_alias_with_its_mentions(overseas):
    hk = one(overseas, "Jinlong International Resources (Hong Kong) Co., Limited")
    assert "Jinlong HK" in hk.aliases
    said = [overseas.text[m.start:m.end] for m in hk.mentions]
    assert said.count("Jinlong HK") >= 3        # the bracket and the two later sentences
    assert not [e for e in overseas.new() if e.label == "Jinlong HK"]


def test_a_listed_country_is_proposed_and_pairs_the_city_before_it(overseas):
    assert one(overseas, "Mauritius").cls == NFO.Country
    kolwezi = one(overseas, "Kolwezi")
    assert kolwezi.cls == NFO.City
    assert "Zambia" in links(overseas, kolwezi, NFO.locatedIn)


def test_a_generic_quoted_form_is_no_short_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-generic", (
        "Board Approves Buyback\n\n"
        "Hengtai Zinc Industry Co., Ltd. (\"the Company\") said on Monday that the Company will "
        "buy back shares. Baiyin Nonferrous Metals (Shanghai) Co., Ltd. (\"Baiyin SH\") bought "
        "zinc ingots, and Baiyin SH paid in cash.\n"))
    hengtai = one(draft, "Hengtai Zinc Industry Co., Ltd.")
    assert "Company" not in hengtai.aliases and "the Company" not in hengtai.aliases
    baiyin = one(draft, "Baiyin Nonferrous Metals (Shanghai) Co., Ltd.")
    assert "Baiyin SH" in baiyin.aliases
    # "Baiyin" inside the short form is no city of its own
    assert not [e for e in draft.new() if e.label == "Baiyin"]


@pytest.fixture(scope="module")
def penalty(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("new8"), "new8-penalty", (
        "Penalty on a Tin Miner\n\n"
        "Published by the Guangxi Zhuang Autonomous Region Department of Natural Resources, "
        "2026-08-02\n\n"
        "Party: Hechi Dachang Tin Mining Co., Ltd.\n"
        "Address: Changpo Township, Nandan County, Hechi City, Guangxi\n\n"
        "The company dug tin ore outside its licensed area, in breach of the Mineral Resources "
        "Law of the People's Republic of China and of the Environmental Protection Law. It may "
        "sue before the Hechi Intermediate People's Court within six months. Workers from "
        "Lihu Village said the pits were closed in July.\n"))


def test_laws_courts_townships_and_villages_are_named(penalty):
    law = one(penalty, "Mineral Resources Law of the People's Republic of China")
    assert law.cls == NFO.Policy
    assert one(penalty, "Environmental Protection Law").cls == NFO.Policy
    assert one(penalty, "Hechi Intermediate People's Court").cls == NFO.GovernmentBody
    assert one(penalty, "Changpo Township").cls == NFO.Place
    assert one(penalty, "Lihu Village").cls == NFO.Place


def test_no_court_town_or_law_without_its_word(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-plain", (
        "Smelter Restarts\n\n"
        "The Nandan smelter restarted on Monday after the court ruled in its favour. Villagers "
        "nearby said the town had waited a year, and the law firm of the owner, Zhonglun Law "
        "Firm, welcomed the ruling.\n"))
    kinds = {e.cls for e in draft.new()}
    assert NFO.Policy not in kinds and NFO.Place not in kinds
    assert NFO.GovernmentBody not in kinds
    assert one(draft, "Zhonglun Law Firm").cls == NFO.Company


@pytest.fixture(scope="module")
def decision(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("new8"), "new8-decision", (
        "Administrative Penalty Decision on Hezhou Pingui Tin Mining Co., Ltd.\n\n"
        "Decision No.: Gui Zi Ran Fa [2026] No. 12\n"
        "Party: Hezhou Pingui Tin Mining Co., Ltd.\n"
        "Address: Hezhou City, Guangxi\n\n"
        "A survey by the No. 305 Geological Team of the Guangxi Bureau of Geology found "
        "the pits. Hezhou exports tin concentrate to Yunnan.\n"))


def test_a_decision_on_a_company_is_a_document_and_the_company_stays(decision):
    doc = one(decision, "Administrative Penalty Decision on Hezhou Pingui Tin Mining")
    assert doc.cls == NFO.PolicyDocument
    assert one(decision, "Hezhou Pingui Tin Mining Co., Ltd.").cls == NFO.Company


def test_a_document_number_is_no_person(decision):
    assert not [e for e in decision.new() if e.cls == NFO.Person]


def test_the_bureau_a_unit_belongs_to_is_named_too(decision):
    assert one(decision, "Guangxi Bureau of Geology").cls == NFO.GovernmentBody


def test_a_word_a_company_slot_found_is_the_city_of_that_name(decision):
    city = one(decision, "Hezhou City")
    said = {decision.text[m.start:m.end] for m in city.mentions}
    assert "Hezhou" in said
    assert not [e for e in decision.new() if e.label == "Hezhou"]


def test_an_announcement_is_named_by_what_it_is_on_not_by_a_stock_line(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-announcement", (
        "Stock code: 600111    Stock abbreviation: Ruida Tin    Announcement No.: 2026-014\n\n"
        "Ruida Tin Co., Ltd. Announcement on the Sale of the Gejiu Smelter\n\n"
        "The board agreed to sell the old smelter.\n"))
    note = one(draft, "Announcement on the Sale of the Gejiu Smelter")
    assert note.cls == NFO.Notice
    assert one(draft, "Ruida Tin Co., Ltd.").cls == NFO.Company
    assert not [e for e in draft.new() if e.label.endswith("Tin Announcement")
                or e.label.startswith("Ltd.")]


def test_a_known_unit_of_a_known_organisation_is_two_links(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-unit", (
        "Sponge Titanium Talks End\n\n"
        "Talks on sponge titanium exports were led by the ESG Research Center of CNIA in "
        "Chengdu on Friday, and the Titanium Zirconium Hafnium Vanadium Branch of CNIA "
        "sent three experts. The Cobalt Branch of CNIA sent none.\n"))
    known = {e.iri for e in draft.known()}
    assert {NF["cnia-titanium-zirconium-hafnium-vanadium-branch"], NF["cnia"]} <= known
    assert not [e for e in draft.new() if "Titanium" in e.label or "Center" in e.label]
    # a unit the graph does not know is still a new name
    assert one(draft, "Cobalt Branch of CNIA").cls == NFO.AssociationBranch


def test_a_briefing_is_named_by_who_held_it_or_what_it_was_on(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-briefing", (
        "Quota Rules Explained\n\n"
        "Beijing, May 12, 2026 -- At a briefing held by the Ministry of Commerce on the 11th, "
        "Wang Li said the new tungsten quotas start in July. The Hunan Provincial Department "
        "of Natural Resources gave a briefing on the mining permits on Monday. Analysts said "
        "the briefing was short.\n"))
    held = one(draft, "Briefing of the Ministry of Commerce")
    assert held.cls == NFO.PressConference
    on = one(draft, "Briefing on the mining permits")
    assert on.label == "Briefing on the mining permits"     # not "... on Monday"
    assert len([e for e in draft.new() if e.cls == NFO.PressConference]) == 2


@pytest.fixture(scope="module")
def abroad(kg, tmp_path_factory):
    return _draft(kg, tmp_path_factory.mktemp("new8"), "new8-abroad", (
        "Bauxite Port Opens in Guinea\n\n"
        "Conakry, April 9, 2026 -- A bauxite port in the Boffa region opened on Wednesday at the "
        "Conakry International Convention and Exhibition Centre. Liu Bo, commercial counsellor "
        "of the Chinese Embassy in Conakry, and an envoy from the Embassy of Ghana in Guinea "
        "attended. Sotelgui, the Guinean state miner, will ship ore through it. The event was "
        "hosted by the Management Committee of Boffa Port Zone. Meanwhile, the Brazilian "
        "company said nothing. Growth in the region slowed.\n"))


def test_missions_abroad_are_named_by_their_city_or_host(abroad):
    assert one(abroad, "Chinese Embassy in Conakry").cls == NFO.GovernmentBody
    assert one(abroad, "Embassy of Ghana in Guinea").cls == NFO.GovernmentBody


def test_a_region_in_lower_case_after_a_name_is_a_region(abroad):
    assert one(abroad, "Boffa region").cls == NFO.Region
    # "the region" alone names none
    assert not [e for e in abroad.new() if e.label.lower() == "region"]


def test_a_company_named_by_its_apposition(abroad):
    assert one(abroad, "Sotelgui").cls == NFO.Company
    assert not [e for e in abroad.new() if e.label in ("Meanwhile", "Brazilian")]


def test_a_zone_management_committee_and_a_venue(abroad):
    assert one(abroad, "Management Committee of Boffa Port Zone").cls == NFO.GovernmentBody
    assert one(abroad, "Conakry International Convention and Exhibition Centre").cls == NFO.Site


def test_a_role_ending_in_a_body_still_cuts_before_the_body_it_is_held_in(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-standing", (
        "Zinc Park Visit\n\n"
        "Qian Jun, member of the Standing Committee of the Hechi Municipal Party Committee, "
        "visited the zinc park on Tuesday.\n"))
    assert one(draft, "Hechi Municipal Party Committee").cls == NFO.PartyOrganization
    assert not [e for e in draft.new() if e.label.startswith("Standing Committee")]


def test_an_inspection_named_by_its_kind_and_an_online_outlet(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-inspection", (
        "Illegal Pits Found\n\n"
        "Nanning, May 3, 2026 -- During a law enforcement inspection from April 20 to April 22, "
        "staff of the Guangxi Department of Natural Resources found two illegal pits. A safety "
        "inspection of the Hechi tin mine followed. An environmental inspection team of the "
        "Guangxi Department of Ecology visited smelters. The inspection was short, Nonferrous "
        "Metals Information Network reported.\n"))
    events = {e.label for e in draft.new() if e.cls == NFO.Event}
    assert "Law enforcement inspection" in events
    assert "Safety inspection of the Hechi tin mine" in events
    # the team's inspection stays the team rule's one event; "the inspection" names none
    assert len([x for x in events if x.startswith("Environmental inspection")]) == 1
    assert "Inspection" not in events
    assert one(draft, "Nonferrous Metals Information Network").cls == NFO.MediaOutlet


def test_a_headline_figure_opens_no_name(kg, tmp_path):
    draft = _draft(kg, tmp_path, "new8-figure", (
        "Miners Start Work on 2.1 Billion Dollar Cobalt Project in Katanga\n\n"
        "Lubumbashi, June 2, 2026 -- Work began on the Kambove Cobalt Project on Monday.\n"))
    assert not [e for e in draft.new() if e.label.split()[0] in ("Billion", "Million")]
    assert one(draft, "Kambove Cobalt Project").cls == NFO.Project
