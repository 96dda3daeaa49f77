"""`kg ingest` proposing new entities, on a short article written for this test: research teams
named by their leaders, two organisations joined by "and", a company with a parenthesised place,
a person after a capitalised title, concepts listed after "fields such as" / "processes such
as", and lower-case product and technology names ending in a head learned from the graph."""
from __future__ import annotations

import json
from decimal import Decimal

import pytest
from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS
from typer.testing import CliRunner

from kg.model.namespaces import NFO

ARTICLE = """Lakeside magnesium makers meet in Hanzhong

Hanzhong, May 6, 2024 -- Governor Zhao Pingchuan opened the meeting of light alloy makers.
Professor Sun Weiming's team at Qinling Polytechnic University and Huxi Casting Group (Xixiang) Co., Ltd. showed a rolled sheet.
A joint line was built by Qinling Polytechnic University and Hanjiang Light Metal Group.
Demand grows in fields such as marine robotics, the drone economy, and smart wearables.
The plant uses processes such as spray forming and vacuum die casting, which cut scrap.
Its new twin-roll magnesium alloy strip casting machine was shown beside an older press.
The team of Academician Ma Lianhe and Professor Ren Qiuyue tested it.
Baoji Ruifeng (controlled by Hanjiang Light Metal Group) signed a supply deal with Yulin Tianhe.
The deal was announced at the 12th Annual Meeting of the Hanzhong Alloy Society.
Samples went to the Hanzhong Innovation R&D Institute for tests.
The port then applied the import management announcement for recycled zinc raw materials.
Buyers fear a 15% export tariff and ask what measures will follow.
The 2023 Qinling Light Alloy Branch Annual Gathering Forum drew 300 guests.
Makers welcome policies such as the "Three Green Lines" and "Two Clean Ports," said the mayor.
The society also ran two international forums on slag reuse in May.
The plan backs the "Five Bright Valleys" of the province, said the Hanzhong News Agency.
Members also present at QBRA conferences abroad.
"""


@pytest.fixture(scope="module")
def draft(tmp_path_factory):
    from kg.cli import app
    tmp = tmp_path_factory.mktemp("entities")
    src = tmp / "lakeside.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp / "lakeside.ttl"
    r = CliRunner().invoke(app, ["ingest", str(src), "--id", "t-lakeside", "-o", str(out),
                                 "-f", "json"], catch_exceptions=False)
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout), Graph().parse(out, format="turtle")


def _labels(g, cls):
    return {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, cls)}


def _node(g, label):
    found = [s for s in g.subjects(RDFS.label, Literal(label))]
    assert len(found) == 1, (label, found)
    return found[0]


def test_research_teams_are_named_by_their_leaders(draft):
    _, g = draft
    teams = _labels(g, NFO.ResearchTeam)
    assert "Professor Sun Weiming's team" in teams
    assert "team of Academician Ma Lianhe and Professor Ren Qiuyue" in teams


def test_the_leaders_of_a_team_stay_people(draft):
    _, g = draft
    assert {"Sun Weiming", "Ma Lianhe", "Ren Qiuyue"} <= _labels(g, NFO.Person)


def test_slot_companies_may_start_with_a_known_place(draft):
    _, g = draft
    # Baoji and Yulin are places the graph knows; the names go on, so they are companies,
    # and a parenthesis between the name and its verb does not hide it
    assert {"Baoji Ruifeng", "Yulin Tianhe"} <= _labels(g, NFO.Company)


def test_an_ordinal_opens_a_name_and_rd_stays_in_one(draft):
    _, g = draft
    assert "12th Annual Meeting of the Hanzhong Alloy Society" in _labels(g, NFO.Meeting)
    assert "Hanzhong Innovation R&D Institute" in _labels(g, NFO.ResearchInstitute)


def test_names_joined_by_and_are_two_organisations(draft):
    _, g = draft
    assert "Qinling Polytechnic University" in _labels(g, NFO.University)
    companies = _labels(g, NFO.Company)
    assert "Huxi Casting Group (Xixiang) Co., Ltd." in companies
    assert "Hanjiang Light Metal Group" in companies
    assert not any(" and " in c for c in companies), companies


def test_a_surname_after_a_capitalised_title(draft):
    _, g = draft
    assert "Zhao Pingchuan" in _labels(g, NFO.Person)


def test_listed_fields_and_processes_are_low_confidence_concepts(draft):
    _, g = draft
    fields = _labels(g, NFO.Field)
    assert {"marine robotics", "drone economy", "smart wearables"} <= fields
    techs = _labels(g, NFO.Technology)
    assert {"spray forming", "vacuum die casting"} <= techs
    # the list stops where the sentence goes on ("which cut scrap" is not a process)
    assert not any("scrap" in t for t in techs)
    node = _node(g, "marine robotics")
    assert (node, NFO.proposedBy, Literal("concept:list")) in g
    assert Decimal(str(g.value(node, NFO.confidence))) < Decimal("0.5")


def test_product_names_end_in_a_learned_head(draft):
    _, g = draft
    # "machine" heads product names in the graph; the phrase holds "magnesium", a known concept
    products = _labels(g, NFO.Product)
    assert "twin-roll magnesium alloy strip casting machine" in products
    node = _node(g, "twin-roll magnesium alloy strip casting machine")
    assert (node, NFO.proposedBy, Literal("concept:head")) in g
    # "an older press": no concept word, no head -> nothing proposed
    assert not any("press" in p for p in products)


def test_lower_case_policies_with_their_complement(draft):
    _, g = draft
    assert "import management announcement for recycled zinc raw materials" in _labels(
        g, NFO.Notice)
    assert "15% export tariff" in _labels(g, NFO.Policy)
    node = _node(g, "15% export tariff")
    assert (node, NFO.proposedBy, Literal("lower-name")) in g
    # a question's "what measures" names nothing
    assert not _labels(g, NFO.Measures)


def test_the_organiser_named_inside_an_event_name(draft):
    _, g = draft
    assert "2023 Qinling Light Alloy Branch Annual Gathering Forum" in _labels(g, NFO.Forum)
    assert "Qinling Light Alloy Branch" in _labels(g, NFO.AssociationBranch)


def test_quoted_policies_in_a_list_and_lower_case_forums(draft):
    _, g = draft
    assert {"Three Green Lines", "Two Clean Ports"} <= _labels(g, NFO.Initiative)
    assert "international forums on slag reuse" in _labels(g, NFO.Forum)


def test_quoted_programmes_news_agencies_and_plural_conferences(draft):
    _, g = draft
    assert "Five Bright Valleys" in _labels(g, NFO.Initiative)
    node = _node(g, "Five Bright Valleys")
    assert (node, NFO.proposedBy, Literal("quoted-programme")) in g
    assert "Hanzhong News Agency" in _labels(g, NFO.MediaOutlet)
    assert "QBRA conferences" in _labels(g, NFO.Conference)
