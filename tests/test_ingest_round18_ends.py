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
