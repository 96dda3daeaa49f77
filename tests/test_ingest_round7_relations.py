"""`kg ingest` relations read from constructions of company news (round 7), on an article written
for this test (tests/articles/rel7-zinc-group-results.txt) and a short one written in the test:
who owns whom when the owner is "the group", "the company" or "its" ("its wholly owned
subsidiary Y", "Y, the group's copper subsidiary in Dali", "a listed subsidiary of the group
that mines tungsten in X"), which mines a company operates or holds a stake in, the metals an
owner's business names ("the group's lead and germanium business", "Its copper output", "X, a
germanium trader", "Yunnan is one of China's main bases for zinc"), where a company is based,
and what is NOT enough: a metal merely named in the company's sentence ("Prices of copper
rose, X said"), a share price."""
from __future__ import annotations

from pathlib import Path

import pytest

from draft_lookup import links, one
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.model.namespaces import NFO

ARTICLES = Path(__file__).resolve().parent / "articles"


def _ingest(kg, name):
    return ingest(kg, read_article(ARTICLES / f"{name}.txt"), name)


@pytest.fixture(scope="module")
def draft(kg):
    return _ingest(kg, "rel7-zinc-group-results")


@pytest.fixture(scope="module")
def two_groups(kg, tmp_path_factory):
    path = tmp_path_factory.mktemp("rel7") / "two-groups.txt"
    path.write_text(
        "Alpha Metals Group Holds Annual Meeting\n\n"
        "Chengdu, May 3 -- Alpha Metals Group held its annual meeting in Chengdu on May 2. "
        "Alpha Metals Group said demand was steady.\n\n"
        "Beta Materials Group, the group's nickel subsidiary in Mianyang, opened a new line. "
        "Prices of copper and cobalt rose, Jinsha Mining Co., Ltd. said, and its share price "
        "fell.\n", encoding="utf-8")
    return ingest(kg, read_article(path), "rel7-two-groups")


def _rules(draft, ent, pred):
    return {label: rule for label, (rule, _) in links(draft, ent, pred).items()}


def test_subsidiaries_of_the_group(draft):
    group = "Hongling Zinc Group"
    gejiu = _rules(draft, one(draft, "Gejiu Hongling Smelting"), NFO.subsidiaryOf)
    assert gejiu == {group: "org:referent-subsidiary@0.5"}      # "its ... subsidiary Y": a guess
    wenshan = one(draft, "Wenshan Hongling Tungsten")
    assert set(_rules(draft, wenshan, NFO.subsidiaryOf)) == {group}
    assert _rules(draft, wenshan, NFO.concernsMetal).get("Tungsten") == "org:clause-metal"
    assert _rules(draft, wenshan, NFO.locatedIn) == {"Malipo County": "org:clause-place@0.5"}
    dali = one(draft, "Dali Hongling Materials")
    assert _rules(draft, dali, NFO.subsidiaryOf) == {group: "org:appositive-subsidiary@0.5"}
    rule, said = links(draft, dali, NFO.concernsMetal)["Copper"]
    assert rule == "org:unit-metal" and said.endswith("the group's copper subsidiary")


def test_the_group_is_the_one_named_most(two_groups):
    beta = one(two_groups, "Beta Materials Group")
    assert set(_rules(two_groups, beta, NFO.subsidiaryOf)) == {"Alpha Metals Group"}
    assert _rules(two_groups, beta, NFO.locatedIn) == {"Mianyang": "org:unit-in-place"}
    assert set(_rules(two_groups, beta, NFO.concernsMetal)) == {"Nickel"}


def test_mines_owned_and_where(draft):
    laochang = one(draft, "Laochang Lead Mine")
    assert _rules(draft, laochang, NFO.ownedBy) == {
        "Gejiu Hongling Smelting Co., Ltd.": "site:operated-by"}
    sanhe = one(draft, "Sanhe Zinc-Copper Mine")
    assert _rules(draft, sanhe, NFO.ownedBy) == {"Hongling Zinc Group": "site:stake-in"}
    # the metals printed inside its name do not hide the place after it
    assert set(_rules(draft, sanhe, NFO.locatedIn)) == {"Phongsaly Province"}
    assert _rules(draft, sanhe, NFO.concernsMetal) == {"Zinc": "name:metal-in-name",
                                                        "Copper": "name:metal-in-name"}


def test_metals_of_a_business(draft):
    group = _rules(draft, one(draft, "Hongling Zinc Group"), NFO.concernsMetal)
    for metal in ("Lead", "Germanium", "Copper"):
        assert group.get(metal) == "org:possessive-metal@0.5", group
    trader = one(draft, "Qujing Qiaotou Trading")
    assert _rules(draft, trader, NFO.concernsMetal)["Germanium"] == "org:described-metal"
    yunnan = _rules(draft, one(draft, "Yunnan"), NFO.concernsMetal)
    assert yunnan == {"Zinc": "context:described-base-metal",
                      "Germanium": "context:described-base-metal"}


def test_where_the_company_is_based(draft):
    yuxi = one(draft, "Yuxi Jinhe Alloy")
    rule, said = links(draft, yuxi, NFO.locatedIn)["Chuxiong"]
    assert rule == "org:based-in" and said.startswith("company, which is based in")


def test_a_metal_in_the_sentence_is_not_a_business(two_groups):
    jinsha = one(two_groups, "Jinsha Mining")
    ruled = {m: r for m, r in _rules(two_groups, jinsha, NFO.concernsMetal).items()
             if r.startswith(("org:", "site:", "context:described"))}
    assert ruled == {}
    alpha = one(two_groups, "Alpha Metals Group")
    assert not any(r.startswith("org:") for r in _rules(two_groups, alpha,
                                                        NFO.concernsMetal).values())


@pytest.fixture(scope="module")
def forum(kg):
    return _ingest(kg, "rel7-nickel-forum")


def test_reported_speech_at_the_forum(forum):
    event = one(forum, "2026 Jinchuan Nickel Industry Forum")
    speakers = links(forum, event, NFO.speaker)
    # a title before the name, an apposition or "of X" after it, a lead-in clause
    assert set(speakers) == {"Gao Wenbo", "Lu Shaoqing", "Tian Haiyan", "Bai Xiaodong"}, speakers
    assert {rule for rule, _ in speakers.values()} == {"event:reported-speech@0.5"}
    assert speakers["Tian Haiyan"][1] == "Tian Haiyan of Jinchang said"
    # the chair who also said something keeps the one role; a trader the reporter asked is none
    assert set(links(forum, event, NFO.presidedBy)) == {"Ren Qiuping"}
    assert "Hu Dengke" not in speakers


def test_a_plan_drafted_by_two_bodies(forum):
    plan = one(forum, "Gansu Nickel Industry Development Plan")
    drafters = links(forum, plan, NFO.draftedBy)
    assert set(drafters) == {
        "Gansu Provincial Department of Industry and Information Technology",
        "Gansu Provincial Development and Reform Commission"}
    assert {rule for rule, _ in drafters.values()} == {"standard:drafted-by"}


@pytest.fixture(scope="module")
def report(kg):
    return _ingest(kg, "rel7-alumina-company-report")


def test_the_company_is_the_one_the_report_is_about(report):
    """No company in the sentence or the one before: "the company" is the article's own."""
    company = one(report, "Hexi Alumina Co., Ltd.")
    metals = _rules(report, company, NFO.concernsMetal)
    assert metals.get("Primary aluminium") == "org:referent-producer-metal@0.5", metals
    subs = {e.label: _rules(report, e, NFO.subsidiaryOf).get(company.label)
            for e in report.entities.values() if company.label in _rules(report, e,
                                                                         NFO.subsidiaryOf)}
    assert subs == {"Wuwei Hexi Refining Co., Ltd.": "org:listed-subsidiary@0.5",
                    "Hexi Guinea Bauxite SA": "org:listed-subsidiary@0.5"}


def test_shareholders_of_its_and_of_a_joint_venture(report):
    company = "Hexi Alumina Co., Ltd."
    longxi = _rules(report, one(report, "Longxi Resources Holding"), NFO.shareholderOf)
    assert longxi == {company: "org:possessive-shareholder@0.5"}
    tianshui = _rules(report, one(report, "Tianshui Energy Investment"), NFO.shareholderOf)
    assert tianshui == {company: "org:holds-percent-of-referent@0.5"}
    venture = "Hexi Boffa Mining SA"
    for holder in (company, "Conakry Minerals SA"):
        assert _rules(report, one(report, holder), NFO.shareholderOf).get(venture) == \
            "org:holds-percent-in-which"


def test_a_place_described_as_under_another(draft):
    gejiu = [e for e in draft.entities.values() if e.label == "Gejiu"]
    assert len(gejiu) == 1
    assert links(draft, gejiu[0], NFO.locatedIn)["Honghe"] == (
        "place:described-under", "Gejiu, a county-level city under Honghe")


def test_posts_of_appointments_and_of_the_group(draft):
    posts = {e.label: (e.rule, e.confidence) for e in draft.entities.values()
             if e.cls == NFO.Post}
    assert posts["Liu Changqing, President, Hongling Zinc Group"] == (
        "post:appointed-role-of@0.5", 0.5)
    assert posts["Zhao Yifan, Chairman, Hongling Zinc Group"] == (
        "post:referent-role-name@0.5", 0.5)


def test_the_group_is_a_party_to_the_agreement_it_signed(draft):
    agreement = one(draft, "Five-year supply agreement", NFO.Agreement)
    parties = _rules(draft, agreement, NFO.party)
    assert parties["Hongling Zinc Group"] == "context:party-referent@0.5"
    assert "Vientiane Lanxang Metals Co., Ltd." in parties


def test_an_event_held_in_a_list_of_places(forum):
    seminar = one(forum, "Hexi Corridor Nickel Recycling Seminar")
    assert set(links(forum, seminar, NFO.heldIn)) == {"Jinchang", "Zhangye", "Wuwei"}
    # "in Yongchang County, Jinchang": a county and its city, not two venues
    other = one(forum, "Longshou Nickel Technology Seminar")
    assert not any(rule == "context:in-places"
                   for rule, _ in links(forum, other, NFO.heldIn).values())


def test_elected_as_chairman_of_the_company_reported_on(report):
    posts = {e.label: e.rule for e in report.entities.values() if e.cls == NFO.Post}
    assert posts == {"Zhou Minghe, Chairman, Hexi Alumina Co., Ltd.": "post:elected-as-role@0.5"}
