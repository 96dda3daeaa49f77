"""`kg ingest` round 14, topics: what an event, a document or an agreement is about, read from
short articles written for these tests (own words; invented companies, works and figures).

* The words right after a name (relations/head_objects.py): "a press briefing on the X Plan",
  "an investigation into A Co., Ltd.", "a supply contract for the Y Project", "a cooperation
  agreement on the Z Project": about X, A, Y, Z.
* Not: "the annual meeting of the B Association" (its organiser), "on the sidelines of the
  meeting" (a venue, not a topic), a clause's last words read into the next sentence."""
from __future__ import annotations

import pytest

from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO


def _article(kg, tmp_path_factory, name, text):
    path = tmp_path_factory.mktemp("r14to") / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    return ingest(kg, read_article(path), name)


def _links(draft, words, pred=NFO.about):
    """{object label: rule} of the ``pred`` links of the new entities whose label holds
    ``words``."""
    out = {}
    for e in draft.entities.values():
        if e.known or words.lower() not in e.label.lower():
            continue
        for p, o, _, rule in e.statements:
            if p == pred and o in draft.entities:
                out[draft.entities[o].label] = rule
    return out


@pytest.fixture(scope="module")
def heads(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-head-objects", (
        "Antimony plan and tin tailings deal\n"
        "\n"
        "CHANGSHA, March 3 -- The Hunan Provincial Development and Reform Commission held a press\n"
        "briefing on the Hunan Antimony Industry Action Plan (2026-2028) on Tuesday.\n"
        "\n"
        "The State Administration for Market Regulation opened an investigation into Huachen\n"
        "Tungsten Co., Ltd. over suspected price fixing.\n"
        "\n"
        "Baiyin Nonferrous Group Co., Ltd. signed a supply contract for the Qingshui Copper Smelter\n"
        "Expansion Project with Gansu Construction Group Co., Ltd.\n"
        "\n"
        "The annual meeting of the Yunnan Tin Industry Association was held in Gejiu on Tuesday. On\n"
        "the sidelines of the meeting, Honghe Tin Smelting Co., Ltd. and Kaiyuan Solder Co., Ltd.\n"
        "signed a cooperation agreement on the Gejiu Tin Tailings Recycling Project.\n"
        "\n"
        "The Yunnan Provincial Department of Industry held a press conference in Kunming on\n"
        "Wednesday to explain the Measures for Supporting the Yunnan Tin Industry (2026-2028). The\n"
        "Guangxi Nonferrous Metals Association organised a seminar last week to discuss the Guangxi\n"
        "Aluminium Industry Plan.\n"))


def test_a_briefing_on_a_plan_is_about_the_plan(heads):
    got = _links(heads, "briefing")
    assert any("Antimony Industry Action Plan" in k for k in got), got


def test_an_investigation_into_a_company_is_about_it(heads):
    got = _links(heads, "investigation")
    assert any(k.startswith("Huachen Tungsten") for k in got), got


def test_a_contract_and_an_agreement_are_about_their_projects(heads):
    contract = _links(heads, "supply contract")
    assert any("Qingshui Copper Smelter" in k for k in contract), contract
    agreement = _links(heads, "cooperation agreement")
    assert any("Tailings Recycling Project" in k for k in agreement), agreement


def test_what_a_gathering_is_held_for_after_when_and_where(heads):
    got = _links(heads, "press conference")
    assert any("Supporting the Yunnan Tin Industry" in k for k in got), got
    got = _links(heads, "seminar")
    assert any("Guangxi Aluminium Industry Plan" in k for k in got), got


def test_a_meeting_of_an_association_is_not_about_it(heads):
    got = _links(heads, "annual meeting")
    assert not any("Association" in k for k in got), got
    assert not any(r == "topic:head-object" for r in got.values()), got


@pytest.fixture(scope="module")
def made_under(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-made-under", (
        "Ministry tightens gallium export rules\n"
        "\n"
        "BEIJING, June 2 -- The Ministry of Commerce on Monday released the Announcement on Export\n"
        "Controls on Gallium-Related Items. The announcement was issued in accordance with the\n"
        "Export Control Law of the People's Republic of China and takes effect on July 1.\n"
        "\n"
        "Separately, the Guangxi Department of Industry published the Measures for Promoting the\n"
        "Recycled Aluminium Industry, formulated pursuant to the Guangxi Industrial Development Plan\n"
        "(2026-2030).\n"
        "\n"
        "The Yunnan Provincial Government issued new tin rules on Friday. These rules were drawn up\n"
        "to implement the National Strategic Minerals Security Plan.\n"))


def test_a_document_issued_in_accordance_with_a_law_implements_it(made_under):
    got = _links(made_under, "Announcement on Export", NFO.implements)
    assert any(k.startswith("Export Control Law") for k in got), got
    got = _links(made_under, "Measures for Promoting", NFO.implements)
    assert any("Guangxi Industrial Development Plan" in k for k in got), got


def test_a_referring_noun_needs_a_fitting_document_of_its_paragraph(made_under):
    # "These rules" name no document of their paragraph: the plan of the paragraph before is
    # not the one that implements the national plan
    got = _links(made_under, "Guangxi Industrial Development Plan", NFO.implements)
    assert not any("National Strategic" in k for k in got), got


@pytest.fixture(scope="module")
def scopes(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-scopes", (
        "Quotas, measures and power prices\n"
        "\n"
        "HOHHOT, April 8 -- The Inner Mongolia Department of Industry and Information Technology on\n"
        "Tuesday issued the Notice on the 2026 Rare Earth Smelting and Separation Quotas. The\n"
        "notice applies to all rare earth smelters in Baotou and Chifeng.\n"
        "\n"
        "The Qinghai Provincial Government released the Measures for Supporting Salt Lake Lithium\n"
        "Extraction (2026-2028) on Friday. The measures are aimed at lithium producers in Haixi\n"
        "Prefecture and Golmud.\n"
        "\n"
        "The Yunnan Development and Reform Commission issued the Circular on Electricity Prices for\n"
        "Aluminium Smelters, which shall apply to Yunnan Aluminium Co., Ltd. and Yunnan Shenhuo\n"
        "Aluminium Co., Ltd.\n"
        "\n"
        "Baotou Huamei Rare Earth Co., Ltd. said its output covers magnet makers in Ningbo.\n"))


def test_the_places_and_companies_after_a_scope_verb(scopes):
    notice = _links(scopes, "Notice on the 2026 Rare Earth", NFO.appliesTo)
    assert {"Baotou", "Chifeng"} <= set(notice), notice
    measures = _links(scopes, "Measures for Supporting", NFO.appliesTo)
    assert any(k.startswith("Golmud") for k in measures), measures
    circular = _links(scopes, "Circular on Electricity", NFO.appliesTo)
    assert any(k.startswith("Yunnan Shenhuo") for k in circular), circular


def test_a_company_s_output_is_no_document_scope(scopes):
    for e in scopes.entities.values():
        assert not any(o.endswith("ningbo") and r == "document:scope"
                       for p, o, _, r in e.statements), e.label


@pytest.fixture(scope="module")
def addresses(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-addresses", (
        "Smelter notes\n"
        "\n"
        "Rongxin bought the ore from Dajiang's bauxite mines near Baise, Guangxi.\n"
        "\n"
        "Germanium output is concentrated in Lincang, where most mines are.\n"
        "\n"
        "Tin is mainly produced in Gejiu.\n"))


def _guessed_metals(draft, place):
    return {draft.entities[o].label for e in draft.entities.values() if e.label == place
            for p, o, _, r in e.statements
            if p == NFO.concernsMetal and r.startswith("prior:") and o in draft.entities}


def test_the_place_of_a_works_is_not_given_the_works_metal(addresses):
    # (without the check, the relation prior gives both places bauxite)
    assert not _guessed_metals(addresses, "Baise")
    assert not _guessed_metals(addresses, "Guangxi Zhuang Autonomous Region")


def test_a_place_that_produces_a_metal_keeps_the_guess(addresses):
    assert _guessed_metals(addresses, "Lincang") or _guessed_metals(addresses, "Gejiu")


@pytest.fixture(scope="module")
def markets(kg, tmp_path_factory):
    return _article(kg, tmp_path_factory, "r14-markets", (
        "Metals markets\n"
        "\n"
        "SHANGHAI, Oct. 9 -- Lithium carbonate futures on the Guangzhou Futures Exchange rose 4% on\n"
        "Thursday. The Shanghai Futures Exchange's most-traded aluminium contract closed at 20,500\n"
        "yuan a tonne. The Dalian Commodity Exchange launched alumina options on Monday.\n"
        "\n"
        "Zinc smelters in Yunnan cut output. The Shanghai Stock Exchange listed Yunnan Tin Co.,\n"
        "Ltd. in 2007.\n"))


def _metals_of(draft, label):
    return {draft.entities[o].label.lower() for e in draft.entities.values() if e.label == label
            for p, o, _, r in e.statements
            if p == NFO.concernsMetal and r == "topic:exchange-metal" and o in draft.entities}


def test_an_exchange_trades_the_metals_of_its_contracts(markets):
    assert "lithium carbonate" in _metals_of(markets, "Guangzhou Futures Exchange")
    assert "aluminium" in _metals_of(markets, "Shanghai Futures Exchange")
    assert "alumina" in _metals_of(markets, "Dalian Commodity Exchange")


def test_a_stock_exchange_and_a_place_are_no_metal_market(markets):
    assert not _metals_of(markets, "Shanghai Stock Exchange")
    assert not _metals_of(markets, "Yunnan")
