"""`kg ingest` round 17, documents, agreements and awards, read from short articles written for
these tests (own words; invented people, companies, prizes and figures):

* award grants to the winners a report lists under "The winners are:" in any list layout
  (relations/award_laureates.py): "(1) A, ...", "a) A, ...", "1、A ...", citations hard-wrapped
  over indented lines: one ``nfo:AwardGrant`` per winner, with the metals of the whole item.
* Not: the paragraph after the list (a line after one that ends the item with "."), a list of
  measures with no award named.
* agreements named by a common noun with words of their kind (names/agreement_nouns.py): a
  passive with a qualifier between noun and verb ("The offtake agreement behind X was signed in
  P on D by A and B"), a relative clause after an "of" qualifier ("a contract of affreightment
  that A and B signed in P"): the parties, the kind in the label ("Offtake agreement between
  ..."), the printed phrase an alias, the place of signing (relations/agreement_places.py,
  past a "Co., Ltd." inside the sentence), a participle after a comma ("The accord, signed in P
  on D by A and B, runs ..."). Not: "the contract price", a deal still hoped for,
  a clause whose subject is not only the parties.
* "we" as the party who signed, in a briefing's answer or a company's statement: the company
  the article is about ("We signed letters of intent with A and B in P": one each, the
  company and A, the company and B; the place past "Co., Ltd.").
* a text signed by a right-aligned block of two organisations over its date, lines no rule read
  as names (relations/document_issuers.py): each organisation the text names elsewhere issued
  it; not a line that prints more than a name.
* the places a document's table names (relations/listed_places.py): after "... four cities
  were chosen:" under "the Notice on Naming the Key Cities for X", each row that opens with a
  place: the notice applies to it. Not: a table after a lead line whose plural noun no
  document's name holds.
* "The measures apply to ... including A and B" in a numbered paragraph of a notice's own body
  (relations/document_scope.py): the text's own document (its headline's) applies to A and B.
* a list document concerns the metals of its rows and of the category line over a row
  (relations/row_metals.py), not a metal of the paragraph after the list.
* the number line under a title that stands under its issuer's line is the title's document's
  number (names/document_numbers.py): an alias, no second document.
* the text's own document past a page's furniture (a time stamp and source line), its title
  opened by words of its kind ("First Public Notice on ...") and wrapped over two lines
  (names/headline_documents.py): labelled by the whole title, about the project the title
  names. Not: a news headline with a verb before the document word."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r17doc") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _grants(draft):
    """{recipient label: (award label, {metal labels})} of the draft's grants."""
    lab = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if not str(e.cls).endswith("#AwardGrant"):
            continue
        got = {p: [lab.get(o, str(o)) for q, o, _, _ in e.statements if q == p]
               for p in (NFO.award, NFO.recipient, NFO.concernsMetal)}
        for r in got[NFO.recipient]:
            out[r] = (got[NFO.award][0] if got[NFO.award] else None, set(got[NFO.concernsMetal]))
    return out


@pytest.fixture(scope="module")
def wrapped_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-wrapped-list", (
        "Guangxi names four winners of its mining innovation prize\n\n"
        "Nanning, 14 May 2027 -- The Guangxi Nonferrous Metals Society on Thursday handed out "
        "the second Guangxi Mining Innovation Prize at a ceremony in Nanning. Judges looked at "
        "41 entries from mines and colleges. The winners are:\n\n"
        "(1) Qin Haolan, head of process at Hechi Baiyun Tin Co., Ltd., for a gravity\n"
        "    circuit that lifts tin recovery from fine slimes;\n"
        "(2) Meng Xiaodong, lecturer at Guilin Polytechnic College, for sensor-based\n"
        "    sorting of nickel ore;\n"
        "(3) Lu Jingwen, mine manager at Pingle Qiaotou Lead Co., Ltd., for paste\n"
        "    backfill that cut cobalt losses underground.\n\n"
        "Organisers said the next round will also accept entries on zinc.\n"))


@pytest.fixture(scope="module")
def lettered_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-lettered-list", (
        "Chile's mining ministry hands out its first copper safety medals\n\n"
        "Santiago, 3 March 2027 -- Chile's Ministry of Mining awarded the Copper Safety Medal "
        "for the first time this week. The medallists are:\n"
        "a) Ramon Iturra, shift supervisor at Minera Cerro Azul S.A., for a ventilation plan\n"
        "at its copper mine;\n"
        "b) Paula Henriquez, engineer at Fundicion Altamira S.A., for molybdenum roaster\n"
        "monitoring.\n"
        "The ministry plans to widen the medal to lithium producers next year.\n"))


@pytest.fixture(scope="module")
def no_award(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-no-award", (
        "Province sets out three steps for its nickel refiners\n\n"
        "Jinan, 2 April 2027 -- The Shandong Provincial Department of Industry and Information "
        "Technology listed what refiners must do by June. The steps are:\n\n"
        "(1) Yantai Donghai Nickel Co., Ltd. will close its oldest kiln;\n"
        "(2) Weifang Liantai Cobalt Co., Ltd. will fit new scrubbers.\n"))


def test_parenthesised_list_with_wrapped_citations(wrapped_list):
    g = _grants(wrapped_list)
    assert set(g) >= {"Qin Haolan", "Meng Xiaodong", "Lu Jingwen"}
    assert all("Mining Innovation Prize" in (g[p][0] or "") for p in g)
    assert "Tin" in g["Qin Haolan"][1]
    assert "Nickel" in g["Meng Xiaodong"][1]        # on the item's second line
    assert "Cobalt" in g["Lu Jingwen"][1]
    assert "Zinc" not in g["Lu Jingwen"][1]            # the paragraph after the list


def test_giver_before_a_time_and_its_verb(wrapped_list):
    # "The X Society on Thursday handed out the Y Prize": X gives each grant
    lab = {e.iri: e.label for e in wrapped_list.entities.values()}
    givers = [{lab.get(o) for p, o, _, _ in e.statements if p == NFO.conferredBy}
              for e in wrapped_list.entities.values() if str(e.cls).endswith("#AwardGrant")]
    assert givers and all(g == {"Guangxi Nonferrous Metals Society"} for g in givers), givers


def test_lettered_list_unindented_wrap(lettered_list):
    g = _grants(lettered_list)
    assert {"Ramon Iturra", "Paula Henriquez"} <= set(g)
    assert "Copper" in g["Ramon Iturra"][1]
    assert "Molybdenum" in g["Paula Henriquez"][1]
    assert "Lithium" not in g["Paula Henriquez"][1]    # after the item that ended with "."


def test_list_without_award_grants_nothing(no_award):
    assert _grants(no_award) == {}


@pytest.fixture(scope="module")
def deals(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-deals", (
        "Zambian refiner lines up ore and freight\n\n"
        "Lusaka, 6 March 2026 -- The offtake agreement behind the expansion was signed in "
        "Lusaka on 4 March by Kafue Copper Refining Co., Ltd. and Zambezi Metals Trading Co., "
        "Ltd.\n\n"
        "Concentrate reaches the plant under a seven-year contract of carriage that Walvis Bay "
        "Bulk Lines Co., Ltd. and Kafue Copper Refining Co., Ltd. signed in Windhoek on 2 May "
        "2025.\n\n"
        "The accord, signed in Kitwe on 9 April by Copperbelt Anode Co., Ltd. and Luanshya "
        "Cathode Co., Ltd., runs for ten years.\n\n"
        "The contract price was raised in January. A cobalt supply agreement that the two firms "
        "hope to sign next year would run for five years. A pact that analysts at Baoshan "
        "Metals Co., Ltd. said was signed last week has not been confirmed.\n"))


def _agreements(draft):
    """{label: (set of party labels, set of aliases, set of signing-place labels)}."""
    lab = {e.iri: e.label for e in draft.entities.values()}
    return {e.label: ({lab.get(o) for p, o, _, _ in e.statements if p == NFO.party},
                      set(e.aliases),
                      {lab.get(o) for p, o, _, _ in e.statements if p == NFO.signedAt})
            for e in draft.entities.values() if e.cls == NFO.Agreement}


def test_passive_deal_with_qualifier(deals):
    ag = _agreements(deals)
    got = [k for k in ag if k.startswith("Offtake agreement between")]
    assert len(got) == 1, ag
    parties, aliases, places = ag[got[0]]
    assert parties == {"Kafue Copper Refining Co., Ltd.", "Zambezi Metals Trading Co., Ltd."}
    assert "Lusaka" in places


def test_relative_clause_after_of_qualifier(deals):
    ag = _agreements(deals)
    got = [k for k in ag if k.startswith("Contract of carriage between")]
    assert len(got) == 1, ag
    parties, aliases, places = ag[got[0]]
    assert parties == {"Walvis Bay Bulk Lines Co., Ltd.", "Kafue Copper Refining Co., Ltd."}
    assert "seven-year contract of carriage" in aliases
    assert "Windhoek" in places


def test_participle_after_a_comma(deals):
    # "The accord, signed in P on D by A and B, runs ...": the parties after "by"
    ag = _agreements(deals)
    got = [v for k, v in ag.items() if k.startswith("Accord between")]
    assert len(got) == 1, ag
    assert got[0][0] == {"Copperbelt Anode Co., Ltd.", "Luanshya Cathode Co., Ltd."}
    assert "Kitwe" in got[0][2]


def test_no_deal_from_price_hope_or_hearsay(deals):
    ag = _agreements(deals)
    assert len(ag) == 3, ag
    assert not any("Baoshan" in p for v in ag.values() for p in v[0])


@pytest.fixture(scope="module")
def row_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-row-list", (
        "Notice of the General Office of the Ministry of Industry and Information Technology on\n"
        "Publishing the 2027 List of Water Efficiency Leaders in Metal Processing\n\n"
        "Gong Xin Ting Jie Han [2027] No. 88\n\n"
        "After review by experts, the plants below are listed for this year:\n\n"
        "  Category / enterprise and plant                         Place             Water use\n"
        "  1. Nickel refining (fresh water per tonne of nickel)\n"
        "     Huaxi Nickel Co., Ltd., Jinping refinery             Jinping, Yunnan   3.1 m3/t\n"
        "     Lanting Nickel Co., Ltd., Baise refinery             Baise, Guangxi    3.4 m3/t\n"
        "  2. Tin smelting (fresh water per tonne of tin)\n"
        "     Dachang Tin Co., Ltd., Nandan smelter                Nandan, Guangxi   4.0 m3/t\n\n"
        "The list is open for comment for seven days. Cobalt plants will be reviewed next "
        "year.\n\n"
        "General Office of the Ministry of Industry and Information Technology\n"
        "2 March 2027\n"))


@pytest.fixture(scope="module")
def issuer_over_title(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-issuer-over-title", (
        "Luxi County Natural Resources Bureau\n"
        "Decision on Revoking the Mining Licence of Luxi Hongshan Tungsten Mining Co., Ltd.\n\n"
        "Lu Zi Gui Fa [2027] No. 14\n\n"
        "Luxi Hongshan Tungsten Mining Co., Ltd. mined beyond its licensed area for two years. "
        "The bureau has decided to revoke its mining licence from 1 June 2027.\n\n"
        "Luxi County Natural Resources Bureau\n"
        "20 May 2027\n"))


def _docs(draft):
    lab = {e.iri: e.label for e in draft.entities.values()}
    from kg.ingest.relations.kinds import kind
    return {e.label: (set(e.aliases), {lab.get(o) for p, o, _, _ in e.statements
                                       if p == NFO.concernsMetal})
            for e in draft.entities.values() if kind(e) == "policy"}


def test_list_concerns_the_metals_of_its_rows(row_list):
    docs = _docs(row_list)
    lists = [v for k, v in docs.items() if k.startswith("2027 List of Water Efficiency")]
    assert lists, docs
    assert {"Nickel", "Tin"} <= lists[0][1]
    assert "Cobalt" not in lists[0][1]          # the paragraph after the list


def test_number_under_title_under_issuer(issuer_over_title):
    docs = _docs(issuer_over_title)
    assert "Lu Zi Gui Fa [2027] No. 14" not in docs, docs
    assert any("Lu Zi Gui Fa [2027] No. 14" in v[0] for v in docs.values()), docs


@pytest.fixture(scope="module")
def furnished_title(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-furnished-title", (
        "2027-03-02 10:20   Source: Hechi Municipal Ecology and Environment Bureau\n\n"
        "First Public Notice on the Environmental Impact Assessment of the 50,000-Tonne\n"
        "Zinc Oxide Recovery Project of Hechi Nandan Smelting Co., Ltd.\n\n"
        "Under the rules on public participation, the builder now seeks the views of the "
        "public.\n\n"
        "Name: 50,000-Tonne Zinc Oxide Recovery Project\n"
        "Builder: Hechi Nandan Smelting Co., Ltd.\n"
        "Site: Nandan County industrial park\n\n"
        "Hechi Nandan Smelting Co., Ltd.\n"
        "2 March 2027\n"))


@pytest.fixture(scope="module")
def news_headline(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-news-headline", (
        "Province Issues Second Notice on Tin Mining Permits\n\n"
        "Kunming, 4 April 2027 -- Yunnan's natural resources department said on Friday that "
        "tin miners must renew their permits by June.\n"))


def test_wrapped_title_past_furniture(furnished_title):
    lab = {e.iri: e.label for e in furnished_title.entities.values()}
    notices = [e for e in furnished_title.entities.values()
               if e.label.startswith("First Public Notice on the Environmental Impact")]
    assert len(notices) == 1, [e.label for e in furnished_title.entities.values()]
    n = notices[0]
    assert n.label.endswith("Zinc Oxide Recovery Project of Hechi Nandan Smelting Co., Ltd.")
    about = {lab.get(o) for p, o, _, _ in n.statements if p == NFO.about}
    assert any(a and a.startswith("50,000-Tonne Zinc Oxide Recovery Project") for a in about), \
        about


def test_news_headline_is_no_document(news_headline):
    assert not any(e.label.startswith("Province Issues")
                   for e in news_headline.entities.values())


@pytest.fixture(scope="module")
def we_signed(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-we-signed", (
        "Andes Cobalt Refining Co., Ltd. holds investor call on first-half results\n\n"
        "Antofagasta, 28 August 2027 -- Andes Cobalt Refining Co., Ltd. held a call with "
        "investors on Thursday to discuss its first-half results.\n\n"
        "Q: Rosa Vidal, Pacific Securities: How secure is your ore supply?\n"
        "A: Tomas Reyes: We signed letters of intent with Atacama Ore Trading Co., Ltd. and "
        "Loa Mining Co., Ltd. in Calama in June.\n"))


def test_we_is_the_company_of_the_article(we_signed):
    ag = _agreements(we_signed)
    assert len(ag) == 2, ag
    sides = sorted(sorted(v[0]) for v in ag.values())
    assert sides == [["Andes Cobalt Refining Co., Ltd.", "Atacama Ore Trading Co., Ltd."],
                     ["Andes Cobalt Refining Co., Ltd.", "Loa Mining Co., Ltd."]], sides
    assert all(v[2] == {"Calama"} for v in ag.values()), ag


@pytest.fixture(scope="module")
def signed_block(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-signed-block", (
        "ANNOUNCEMENT OF THE WINNING BIDDER\n"
        "Tailings Dam Reinforcement Project of Dexing Tianbao Copper Co., Ltd.\n\n"
        "Tenderer: Dexing Tianbao Copper Co., Ltd.    Contact: Hu Ping\n"
        "Tender agent: Jiangxi Ganyuan Tendering Co., Ltd.    Contact: Zou Min\n\n"
        "The bid evaluation ended on 2 June 2027 and the winning bidder is China Nerin "
        "Engineering Co., Ltd.\n\n"
        "                              Dexing Tianbao Copper Co., Ltd.\n"
        "                              Jiangxi Ganyuan Tendering Co., Ltd.\n"
        "                              5 June 2027\n"))


def test_right_aligned_signature_block_issues(signed_block):
    lab = {e.iri: e.label for e in signed_block.entities.values()}
    docs = [e for e in signed_block.entities.values()
            if e.label.startswith("ANNOUNCEMENT OF THE WINNING BIDDER")]
    assert len(docs) == 1, [e.label for e in signed_block.entities.values()]
    issuers = {lab.get(o) for p, o, _, _ in docs[0].statements if p == NFO.issuedBy}
    assert issuers == {"Dexing Tianbao Copper Co., Ltd.", "Jiangxi Ganyuan Tendering Co., Ltd."}


@pytest.fixture(scope="module")
def county_table(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-county-table", (
        "Ministry names key counties for tungsten tailings clean-up\n\n"
        "Beijing, 8 May 2027 -- The Ministry of Ecology and Environment has issued the Notice "
        "on Naming the Key Cities for Tungsten Tailings Remediation, an official said on "
        "Friday.\n\n"
        "After review by experts, four cities were chosen:\n\n"
        "  City        Province    Tailings ponds\n"
        "  Ganzhou     Jiangxi     31\n"
        "  Chenzhou    Hunan       18\n"
        "  Shaoguan    Guangdong   12\n"
        "  Hezhou      Guangxi      9\n\n"
        "Prices of tungsten concentrate were steady this week. Stocks rose in these ports:\n\n"
        "  Tianjin     120,000 t\n"
        "  Qingdao      95,000 t\n"))


def test_table_places_the_notice_applies_to(county_table):
    lab = {e.iri: e.label for e in county_table.entities.values()}
    notices = [e for e in county_table.entities.values()
               if e.label.startswith("Notice on Naming the Key Cities")]
    assert len(notices) == 1, [e.label for e in county_table.entities.values()]
    applies = {lab.get(o) for p, o, _, _ in notices[0].statements if p == NFO.appliesTo}
    assert {"Ganzhou", "Chenzhou", "Shaoguan", "Hezhou"} <= applies, applies
    assert not any(a and ("Tianjin" in a or "Qingdao" in a) for a in applies)   # "ports"


@pytest.fixture(scope="module")
def own_scope(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r17-own-scope", (
        "Notice on Capping the Water Use of Zinc Smelters in Guangxi\n\n"
        "Gui Gong Xin Fa [2027] No. 40\n\n"
        "To the industry bureaus of all cities:\n\n"
        "1. Scope. The measures apply to the nine zinc smelters of the region, including "
        "Hechi Jinhe Zinc Co., Ltd. and Laibin Huaxi Smelting Co., Ltd.\n\n"
        "2. Caps. Each smelter may draw at most 4 cubic metres of fresh water per tonne of "
        "zinc.\n\n"
        "Guangxi Zhuang Autonomous Region Department of Industry and Information Technology\n"
        "12 April 2027\n"))


def test_scope_in_the_own_body(own_scope):
    lab = {e.iri: e.label for e in own_scope.entities.values()}
    docs = [e for e in own_scope.entities.values() if e.label.startswith("Notice on Capping")]
    assert len(docs) == 1, [e.label for e in own_scope.entities.values()]
    applies = {lab.get(o) for p, o, _, _ in docs[0].statements if p == NFO.appliesTo}
    assert {"Hechi Jinhe Zinc Co., Ltd.", "Laibin Huaxi Smelting Co., Ltd."} <= applies, applies
