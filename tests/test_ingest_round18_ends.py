"""`kg ingest` round 18, missing ends: things a text introduces without a name and then refers
back to (names/introduced_hubs.py), read from short articles written for these tests (own
words; invented companies, people and figures):

* "signed a <kind> pledge ... The pledge was drawn up by X": a new ``nfo:Initiative``, the
  phrase its label (without "new", "regular"), the noun an alias, "the pledge" a mention, X its
  initiator; a laboratory A and B set up (``nfo:ResearchInstitute``, both its initiators, the
  metal among its words); a demonstration line that "belongs to" a company (a ``nfo:Site`` it
  owns); a fund two bodies launched (``nfo:Fund``, "new" inside the phrase kept in its
  label); a workstation "for X was unveiled in" a city (located there, not in the cities of
  the next sentence), not made by the department that "approved" it.
* facilities listed after a verb of having with commas (names/facility_nouns.py): "The company
  owns a mine in A, a refinery with an annual capacity of N, and a smelter that turns out M":
  each a site of the company ("The company": the one the text makes plain). Not: a company
  described by an apposition ("X Co., Ltd., a smelter with a capacity of N"), a list with no
  verb of having before it.
* the parties of a pledge or agreement listed after a lead line that says they signed
  (relations/signatory_lists.py): "The signing companies are:" with "1." items wrapped over
  indented lines and an item naming a group "through its subsidiary" (both sign), "Signatories:"
  with dashes. Not: a list after "The winners are:", a list after a lead with no word of
  signing, a list with no agreement or initiative named before it.
* bodies inside an organisation by their noun and the organisation (names/company_bodies.py):
  "The trade union of X Co., Ltd." (a unit of X), later "the company's trade union" and "the
  union" its mentions; "X's party committee" (``nfo:PartyOrganization``). Not: a trade union
  with no organisation ("trade unions in the province", "a trade union official").
* Not: a phrase the text never takes up again; a noun that modifies another ("a fund
  manager ... the fund manager"); a thing the text names ("the X Fund ... a fund ... the
  fund"); a negated one ("did not sign a pledge")."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

RULE = "name:introduced"


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r18ends") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _introduced(draft):
    """{label: (class name, {predicate name: {object labels}}, aliases)} of the things the rule
    made."""
    lab = {e.iri: e.label for e in draft.entities.values()}
    out = {}
    for e in draft.entities.values():
        if e.rule != RULE:
            continue
        rel: dict = {}
        for p, o, _, _ in e.statements:
            rel.setdefault(str(p).rsplit("#", 1)[-1], set()).add(lab.get(o, str(o)))
        out[e.label] = (str(e.cls).rsplit("#", 1)[-1], rel, e.aliases)
    return out


@pytest.fixture(scope="module")
def pledge(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-pledge", (
        "Tungsten miners promise to hold back exports\n\n"
        "Ganzhou, 9 April 2027 -- Nine tungsten miners signed a new export self-discipline "
        "pledge in Ganzhou on Friday, agreeing to cap concentrate sales abroad while prices "
        "stay weak.\n\n"
        "The pledge was drawn up by the China Tungsten Industry Association and will be "
        "reviewed every six months. Miners that break it lose their seat on the association's "
        "pricing panel.\n"))


@pytest.fixture(scope="module")
def laboratory(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-laboratory", (
        "Copper maker and university open recycling lab\n\n"
        "Nanchang, 2 June 2027 -- Jiangxi Copper Co., Ltd. and Central South University have "
        "set up a copper recycling laboratory, the company said on Wednesday.\n\n"
        "The laboratory will study how to recover copper and tin from scrapped circuit boards. "
        "Its first director is a professor from the university.\n"))


@pytest.fixture(scope="module")
def line(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-line", (
        "Hydrogen-fired kilns start at magnesium plant\n\n"
        "Xi'an, 15 May 2027 -- A demonstration line that fires magnesium reduction kilns with "
        "hydrogen started running on Thursday in northern Shaanxi.\n\n"
        "The line belongs to Shaanxi Qinfeng Magnesium Co., Ltd., which spent 90 million yuan "
        "on it. Managers expect the line to cut coal use by a third.\n"))


@pytest.fixture(scope="module")
def fund(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-fund", (
        "Province backs tin materials with new fund\n\n"
        "Kunming, 8 July 2027 -- Yunnan Tin Group Co., Ltd. and the Yunnan Provincial "
        "Department of Finance launched a tin new materials fund of 2 billion yuan on "
        "Tuesday.\n\n"
        "The fund will invest in solder and tin chemicals makers in Gejiu and Honghe.\n"))


@pytest.fixture(scope="module")
def workstation(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-workstation", (
        "Rare earth maker opens expert workstation\n\n"
        "Baotou, 8 July 2027 -- An innovation workstation for rare earth magnets was unveiled "
        "in Baotou on Tuesday.\n\n"
        "The workstation will host four visiting researchers a year from universities in "
        "Beijing and Shanghai. The workstation was approved by the Inner Mongolia Department "
        "of Science and Technology.\n"))


@pytest.fixture(scope="module")
def negatives(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-not-introduced", (
        "Lithium investors look for bargains\n\n"
        "Shanghai, 3 March 2027 -- A fund manager at a Shanghai brokerage said lithium shares "
        "were cheap. The fund manager declined to name stocks.\n\n"
        "The Sichuan Lithium Development Fund also said it is buying. A spokesman said a fund "
        "of that size needs patience, and the fund will hold its stakes for years.\n\n"
        "Several producers did not sign a pledge on output last month, and the pledge has "
        "since lapsed. A proposal to cut export duties was also discussed.\n"))


@pytest.fixture(scope="module")
def owned_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-owned-list", (
        "Rating agency lifts Shanxi aluminium maker\n\n"
        "Taiyuan, 3 May 2027 -- Ratings agency Lianhe upgraded Shanxi Fenhe Aluminium Co., Ltd. "
        "on Monday. The company owns a bauxite mine in Xiaoyi, an alumina refinery with an "
        "annual capacity of 1.8 million tonnes, and a smelter that turns out 300,000 tonnes of "
        "aluminium a year.\n\n"
        "Its rival, Henan Luohe Aluminium Co., Ltd., a smelter with a capacity of 200,000 "
        "tonnes, was not rated. Analysts visited a refinery with a capacity of 2 million "
        "tonnes, a smelter that turns out 100,000 tonnes and a port last year.\n"))


def _sites(draft):
    lab = {e.iri: e.label for e in draft.entities.values()}
    return {e.label: {lab.get(o) for p, o, _, _ in e.statements if p == NFO.ownedBy}
            for e in draft.entities.values() if str(e.cls).endswith("#Site")}


def test_facilities_listed_after_a_verb_of_having(owned_list):
    sites = _sites(owned_list)
    fenhe = {k for k, v in sites.items() if "Shanxi Fenhe Aluminium Co., Ltd." in v}
    assert any("refinery" in k for k in fenhe), sites
    assert any("smelter" in k for k in fenhe), sites
    assert not any("Luohe" in k or "Henan Luohe Aluminium Co., Ltd." in v
                   for k, v in sites.items()), sites     # an apposition, no verb of having
    assert len([k for k in sites if "smelter" in k]) == 1, sites   # (none for the analysts')


@pytest.fixture(scope="module")
def signing_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-signing-list", (
        "Antimony smelters promise cleaner furnaces\n\n"
        "Changsha, 6 May 2027 -- Four antimony smelters signed a green smelting pledge in "
        "Lengshuijiang on Tuesday, promising to cut sulphur dioxide by a fifth by 2029.\n\n"
        "The pledge was drawn up by the Hunan Nonferrous Metals Industry Association. The "
        "signing companies are:\n\n"
        "1. Hunan Xikuangshan Antimony Co., Ltd.;\n"
        "2. Lengshuijiang Zhongyuan Smelting Co., Ltd., which runs\n"
        "   two blast furnaces;\n"
        "3. Hunan Chenzhou Mining Group, through its subsidiary Chenzhou Jinhe\n"
        "   Antimony Co., Ltd.\n\n"
        "The association will check the furnaces every quarter. Its members are:\n\n"
        "1. Hunan Shuikoushan Lead Co., Ltd.;\n"
        "2. Hunan Huilong Zinc Co., Ltd.\n"))


@pytest.fixture(scope="module")
def signatories_dashes(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-signatories", (
        "Recyclers agree on scrap copper grading\n\n"
        "Ningbo, 12 June 2027 -- Three recyclers signed the Cooperation Agreement on Scrap "
        "Copper Grading in Ningbo on Monday.\n\n"
        "Signatories:\n"
        "- Ningbo Jintian Recycling Co., Ltd.\n"
        "- Zhejiang Hailiang Resources Co., Ltd.\n"
        "- Taizhou Yongtai Copper Co., Ltd.\n\n"
        "The winners of the grading contest are:\n"
        "- Ningbo Xingye Copper Co., Ltd.\n"))


@pytest.fixture(scope="module")
def no_document_list(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-no-document-list", (
        "Smelters meet in Kunming\n\n"
        "Kunming, 2 March 2027 -- Tin smelters met in Kunming on Friday. Those that signed the "
        "attendance book were:\n"
        "1. Yunnan Tin Co., Ltd.;\n"
        "2. Gejiu Zili Smelting Co., Ltd.\n"))


def _parties(draft):
    lab = {e.iri: e.label for e in draft.entities.values()}
    return {e.label: {lab.get(o) for p, o, _, r in e.statements
                      if p == NFO.party and r == "party:signatory-list"}
            for e in draft.entities.values()}


def test_numbered_signatories_of_a_pledge(signing_list):
    parties = {k: v for k, v in _parties(signing_list).items() if v}
    assert len(parties) == 1, parties
    (doc, who), = parties.items()
    assert "pledge" in doc.lower()
    assert {"Hunan Xikuangshan Antimony Co., Ltd.", "Lengshuijiang Zhongyuan Smelting Co., Ltd.",
            "Chenzhou Jinhe Antimony Co., Ltd."} <= who, who
    assert not any("Shuikoushan" in x or "Huilong" in x for x in who)   # "Its members are:"


def test_dashed_signatories_of_an_agreement(signatories_dashes):
    parties = {k: v for k, v in _parties(signatories_dashes).items() if v}
    assert len(parties) == 1, parties
    (doc, who), = parties.items()
    assert "Agreement" in doc
    assert {"Ningbo Jintian Recycling Co., Ltd.", "Zhejiang Hailiang Resources Co., Ltd.",
            "Taizhou Yongtai Copper Co., Ltd."} <= who, who
    assert not any("Xingye" in x for x in who)         # the winners' list


def test_no_signatories_without_a_document(no_document_list):
    assert not any(_parties(no_document_list).values())


@pytest.fixture(scope="module")
def union(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r18-union", (
        "Copper smelter's union names best furnace crews\n\n"
        "Chenzhou, 4 May 2027 -- The trade union of Hunan Jinlong Copper Co., Ltd. named six "
        "furnace crews as model teams at a meeting on Thursday. Hunan Jinlong Copper Co., "
        "Ltd.'s party committee sent a letter of thanks.\n\n"
        "Zhou Lanfang, chairman of the company's trade union, said the union would add a "
        "safety prize next year. Trade unions in the province have run such contests since "
        "2019, a trade union official in Changsha said.\n"))


def test_trade_union_and_party_committee_of_a_company(union):
    lab = {e.iri: e.label for e in union.entities.values()}
    bodies = {e.label: e for e in union.entities.values() if e.rule == "name:company-body"}
    assert set(bodies) == {"Trade union of Hunan Jinlong Copper Co., Ltd.",
                           "Party committee of Hunan Jinlong Copper Co., Ltd."}, set(bodies)
    tu = bodies["Trade union of Hunan Jinlong Copper Co., Ltd."]
    assert {lab.get(o) for p, o, _, _ in tu.statements if p == NFO.unitOf} == \
        {"Hunan Jinlong Copper Co., Ltd."}
    said = [union.text[m.start:m.end] for m in tu.mentions]
    assert said.count("trade union") == 2 and "union" in said, said   # not the two others
    assert str(bodies["Party committee of Hunan Jinlong Copper Co., Ltd."].cls).endswith(
        "#PartyOrganization")
    posts = {(lab.get(o)) for e in union.entities.values() if str(e.cls).endswith("#Post")
             for p, o, _, _ in e.statements if str(p).endswith("postIn")}
    assert "Trade union of Hunan Jinlong Copper Co., Ltd." in posts, posts
    assert "Hunan Jinlong Copper Co., Ltd." not in posts, posts  # the union's chairman only


def test_pledge_with_its_drafter(pledge):
    got = _introduced(pledge)
    assert "Export self-discipline pledge" in got, got
    cls, rel, aliases = got["Export self-discipline pledge"]
    assert cls == "Initiative"
    assert "pledge" in aliases
    assert "China Tungsten Industry Association" in rel.get("initiatedBy", set())
    ent = next(e for e in pledge.entities.values() if e.rule == RULE)
    assert len(ent.mentions) == 2       # the phrase and "The pledge"


def test_laboratory_of_its_founders_in_a_city(laboratory):
    got = _introduced(laboratory)
    assert "Copper recycling laboratory" in got, got
    cls, rel, _ = got["Copper recycling laboratory"]
    assert cls == "ResearchInstitute"
    assert {"Jiangxi Copper Co., Ltd.", "Central South University"} <= rel.get("initiatedBy",
                                                                               set()), rel
    assert "Copper" in rel.get("concernsMetal", set())


def test_line_that_belongs_to_a_company(line):
    got = _introduced(line)
    assert "Demonstration line" in got, got
    cls, rel, _ = got["Demonstration line"]
    assert cls == "Site"
    assert any("Qinfeng Magnesium" in x for x in rel.get("ownedBy", set())), rel


def test_fund_of_its_two_founders(fund):
    got = _introduced(fund)
    assert "Tin new materials fund" in got, got      # ("new" inside the phrase stays)
    cls, rel, _ = got["Tin new materials fund"]
    assert cls == "Fund"
    assert {"Yunnan Tin Group Co., Ltd.", "Yunnan Provincial Department of Finance"} <= \
        rel.get("initiatedBy", set()), rel
    assert "Tin" in rel.get("concernsMetal", set())


def test_workstation_unveiled_in_a_city(workstation):
    got = _introduced(workstation)
    assert "Innovation workstation" in got, got
    cls, rel, _ = got["Innovation workstation"]
    assert cls == "ResearchInstitute"
    assert rel.get("locatedIn") == {"Baotou"}, rel   # past "for rare earth magnets was unveiled"
    assert not rel.get("initiatedBy"), rel     # "approved by" an authority: not its maker


def test_nothing_introduced_without_a_mention_back_or_with_a_name(negatives):
    assert _introduced(negatives) == {}
