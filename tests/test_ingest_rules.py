"""`kg ingest` rules seen on an article written for this test (tests/articles/product-roundup.txt):
an event clause takes the heading above it as its name, "At 10:15 on June 8" opens a dated
clause, an expo named after "at" is where the release happened (not the release itself),
companies printed without a suffix are proposed from the slot they fill, and what a new event's
sentence names becomes a low-confidence candidate relation."""
from __future__ import annotations

import json
from pathlib import Path

from rdflib import Graph, Literal
from rdflib.namespace import RDF, RDFS, XSD

from kg.model.namespaces import NF, NFO

ARTICLES = Path(__file__).resolve().parent / "articles"


def _draft(run, tmp_path):
    out = tmp_path / "roundup.ttl"
    r = run("ingest", ARTICLES / "product-roundup.txt", "--id", "t-roundup", "-o", out,
            "-f", "json")
    assert r.exit_code == 0, r.stderr
    return json.loads(r.stdout), Graph().parse(out, format="turtle")


def _by_label(g, label):
    return [s for s in g.subjects(RDFS.label, None) if str(g.value(s, RDFS.label)) == label]


def test_events_from_dated_clauses_take_their_heading(run, tmp_path):
    _, g = _draft(run, tmp_path)
    release = _by_label(g, "Kestrel Forge Unveils a Magnesium Alloy Bicycle Frame")
    assert len(release) == 1
    ev = release[0]
    assert (ev, NFO.startDate, Literal("2024-03-12", datatype=XSD.date)) in g
    assert (ev, RDF.type, NFO.Launch) in g
    # the expo is where it happened: its own node, the release is part of it
    expo = next(s for s in g.subjects(RDF.type, NFO.Exhibition))
    assert (ev, NFO.partOfEvent, expo) in g
    # "At 10:15 on June 8" opens a dated clause, in the headline's year
    start = _by_label(g, "Titanium Valve Line Starts Production in Baoji")
    assert len(start) == 1
    assert (start[0], NFO.startDate, Literal("2024-06-08", datatype=XSD.date)) in g
    assert (start[0], NFO.heldIn, NF.baoji) in g


def test_companies_without_a_suffix_come_from_their_slot(run, tmp_path):
    _, g = _draft(run, tmp_path)
    companies = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, NFO.Company)}
    assert {"Kestrel Forge", "Lanmo Precision", "Qiyun Motion"} <= companies
    # ordinary capitalised words at a sentence start are not companies
    assert not companies & {"The", "The wheels", "On March", "A Frame"}
    ev = _by_label(g, "Kestrel Forge Unveils a Magnesium Alloy Bicycle Frame")[0]
    kestrel = _by_label(g, "Kestrel Forge")[0]
    assert (ev, NFO.participant, kestrel) in g
    # the proposing rule is on the node, for the reviewer
    assert (kestrel, NFO.proposedBy, Literal("company-slot")) in g or any(
        "company-slot" in str(o) for o in g.objects(kestrel, NFO.proposedBy))


def test_a_place_that_opens_a_clause_in_a_short_article_holds_no_metal(run, tmp_path):
    """tests/articles/producers.txt: "Yunnan currently has ... primary aluminum", "..., Guinea
    supplies bauxite": a short article that names four metals gives the places no metal (round
    60: a place's metals are read only in a survey of the industry, an article naming metals 20
    times or more, as tests/test_ingest_round60_place_metals.py checks); "traders in Shanghai
    discussed copper" never did."""
    out = tmp_path / "producers.ttl"
    r = run("ingest", ARTICLES / "producers.txt", "--id", "t-producers", "-o", out)
    assert r.exit_code == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    for place in (NF.yunnan, NF.guinea, NF.shanghai, NF.shandong):
        assert (place, NFO.concernsMetal, None) not in g, place
    # "enterprises—including A, B and C": a list introduced as companies, after a dash too
    companies = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, NFO.Company)}
    assert {"Qiantang", "Yunfeng Jinlu"} <= companies


def test_a_short_quoted_phrase_named_by_the_word_after_it(run, tmp_path):
    """tests/articles/quoted-goals.txt: the "green smelting" goals and the "Clean Furnace"
    upgrading campaign are initiatives; a quoted "zero waste" label is not proposed."""
    out = tmp_path / "goals.ttl"
    r = run("ingest", ARTICLES / "quoted-goals.txt", "--id", "t-goals", "-o", out)
    assert r.exit_code == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    initiatives = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, NFO.Initiative)}
    assert initiatives == {"green smelting goals", "Clean Furnace upgrading campaign"}
    labels = {str(o) for o in g.objects(None, RDFS.label)}
    assert not any("zero waste" in x for x in labels)


def test_the_speakers_of_a_transcript_take_part_in_its_event(run, tmp_path):
    """tests/articles/transcript.txt: "➤ Xinhua News Agency: ..." and "Zhang Weiming: ..." lines
    name participants of the symposium the article opens with."""
    out = tmp_path / "transcript.ttl"
    r = run("ingest", ARTICLES / "transcript.txt", "--id", "t-transcript", "-o", out)
    assert r.exit_code == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    events = list({s for s in g.subjects(NFO.participant, None)
                   if Literal("context:speaker-line") in set(g.objects(s, NFO.proposedBy))})
    assert len(events) == 1
    assert "Symposium on Copper Recycling" in str(g.value(events[0], RDFS.label))
    who = {str(g.value(o, RDFS.label)) for o in g.objects(events[0], NFO.participant)}
    assert {"Xinhua News Agency", "Economic Daily", "Zhang Weiming"} <= who


def test_noun_phrases_before_project_or_production_line_are_projects(run, tmp_path):
    """tests/articles/projects.txt: "its Luoyang Phase II project" and "The 50,000 mt aluminum
    alloy wheel production line" are projects; "The supporting project" is too generic."""
    out = tmp_path / "projects.ttl"
    r = run("ingest", ARTICLES / "projects.txt", "--id", "t-projects", "-o", out)
    assert r.exit_code == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    projects = {str(g.value(s, RDFS.label)) for s in g.subjects(RDF.type, NFO.Project)}
    assert projects == {"Luoyang Phase II project",
                        "50,000 mt aluminum alloy wheel production line"}


def test_a_headline_event_named_again_in_lower_case_takes_the_date_of_that_clause(run, tmp_path):
    """tests/articles/briefing.txt (blank lines before the headline): the headline's "Press
    Conference on Zinc Market Conditions in Q2 2026" is named again in lower case after "On July
    15,": that span is a mention, and its date (in the headline's year) is sharper than 2026."""
    out = tmp_path / "briefing.ttl"
    r = run("ingest", ARTICLES / "briefing.txt", "--id", "t-briefing", "-o", out)
    assert r.exit_code == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    conf = _by_label(g, "Press Conference on Zinc Market Conditions in Q2 2026")
    assert len(conf) == 1
    assert list(g.objects(conf[0], NFO.startDate)) == [Literal("2026-07-15", datatype=XSD.date)]
    assert len(list(g.objects(conf[0], NFO.evidence))) == 2
