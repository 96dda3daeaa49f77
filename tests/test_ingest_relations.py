"""`kg ingest` relations learned from the graph it is given (kg/ingest/knowledge/prior.py, cooccur.py): a
pair of kinds the curated documents link when they name both in one sentence is proposed for a
new article, with the learned rate in its rule; a graph whose documents name the same pairs
without linking them teaches nothing, and a text the graph holds no statements of is never read.
The data folders and texts here are small ones written for the test."""
from __future__ import annotations

import re

import pytest

from rdflib import Graph
from rdflib.namespace import ORG, RDF, RDFS

from kg.model.namespaces import NF, NFO

PREFIXES = """@prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix nf: <https://w3id.org/nfkg/id/> .
@prefix doc: <https://w3id.org/nfkg/doc/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
"""
FIELDS = ["Aerospace", "Shipbuilding", "Rail Transit"]
COMPANIES = ["Northwind Alloys Co., Ltd.", "Copperleaf Forging Co., Ltd.",
             "Redstone Light Metals Co., Ltd.", "Bluefield Castings Co., Ltd."]
TEXTS = {
    "t-one": "Northwind Alloys Co., Ltd. makes light frames for aerospace.\n"
             "Copperleaf Forging Co., Ltd. ships hull plates to shipbuilding yards.\n",
    "t-two": "Redstone Light Metals Co., Ltd. sells extrusions to rail transit builders.\n"
             "Bluefield Castings Co., Ltd. also serves shipbuilding.\n",
}
LINKS = {"t-one": [(0, 0), (1, 1)], "t-two": [(2, 2), (3, 1)]}
ARTICLE = ("Harbour news\n\nA new plant opened in March.\n"
           "Greyfin Metals Co., Ltd. opened a plant that casts seat rails for aerospace.\n")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")


def _folder(tmp_path, linked: bool, only: tuple[str, ...] = ("t-one", "t-two")):
    data, src = tmp_path / "data", tmp_path / "sources"
    (data / "triples").mkdir(parents=True)
    src.mkdir()
    ref = PREFIXES + "".join(f'nf:field-{_slug(f)} a nfo:Field ; rdfs:label "{f}" ; '
                             f"skos:inScheme nf:fields .\n" for f in FIELDS)
    (data / "triples" / "reference.ttl").write_text(ref, encoding="utf-8")
    cat = PREFIXES
    for did, text in TEXTS.items():
        (src / f"{did}.txt").write_text(text, encoding="utf-8")
        cat += (f'doc:{did} a nfo:SourceDocument ; dcterms:identifier "{did}" ; '
                f'rdfs:label "{did}" ; nfo:fileName "{did}.txt" .\n')
        if did not in only:
            continue
        body = PREFIXES
        for c, f in LINKS[did]:
            body += f'nf:{_slug(COMPANIES[c])} a nfo:Company ; rdfs:label "{COMPANIES[c]}" .\n'
            if linked:
                body += f"nf:{_slug(COMPANIES[c])} nfo:concernsField nf:field-{_slug(FIELDS[f])} .\n"
        (data / "triples" / f"{did}.ttl").write_text(body, encoding="utf-8")
    (data / "triples" / "sources.ttl").write_text(cat, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    return data, src, article


def _ingest(run, monkeypatch, tmp_path, data, src, article):
    monkeypatch.setenv("KG_SOURCES", str(src))
    out = tmp_path / "draft.ttl"
    r = run("ingest", article, "--id", "t-article", "--data", data, "-o", out, "--force")
    assert r.exit_code == 0, r.stderr
    return Graph().parse(out, format="turtle")


def _greyfin(g):
    hits = [s for s, o in g.subject_objects(RDFS.label) if str(o).startswith("Greyfin Metals")]
    assert len(hits) == 1, sorted(str(o) for o in g.objects(None, RDFS.label))
    return hits[0]


def test_a_learned_pair_of_kinds_is_proposed_with_its_rate(run, monkeypatch, tmp_path):
    g = _ingest(run, monkeypatch, tmp_path, *_folder(tmp_path, linked=True))
    company = _greyfin(g)
    assert (company, RDF.type, NFO.Company) in g
    assert (company, NFO.concernsField, NF["field-aerospace"]) in g
    rules = [str(r) for r in g.objects(company, NFO.proposedBy) if str(r).startswith("prior:")]
    assert len(rules) == 1
    rate = float(rules[0].rsplit("@", 1)[1])
    assert rules[0].startswith("prior:cooccur-sentence@") and 0.4 <= rate < 1


def test_pairs_named_but_never_linked_teach_nothing(run, monkeypatch, tmp_path):
    g = _ingest(run, monkeypatch, tmp_path, *_folder(tmp_path, linked=False))
    company = _greyfin(g)
    assert (company, NFO.concernsField, NF["field-aerospace"]) not in g
    assert not [r for r in g.objects(None, NFO.proposedBy) if str(r).startswith("prior:")]


def test_few_pairs_teach_nothing(run, monkeypatch, tmp_path):
    # one document's two linked pairs are too few to learn from
    g = _ingest(run, monkeypatch, tmp_path, *_folder(tmp_path, linked=True, only=("t-one",)))
    assert (_greyfin(g), NFO.concernsField, NF["field-aerospace"]) not in g


def test_texts_the_graph_holds_nothing_of_are_not_read(monkeypatch, tmp_path):
    # the catalogue lists both texts; the graph holds the statements of one (as in the
    # leave-one-out evaluation, where the held-out document's file is removed)
    from kg.ingest.knowledge.gazetteer import Gazetteer
    from kg.ingest.knowledge.prior import learn
    from kg.ingest.relations.propose import kind_of
    from kg.model.graph import load

    data, src, _ = _folder(tmp_path, linked=True, only=("t-one",))
    monkeypatch.setenv("KG_SOURCES", str(src))
    kg = load(data, cache=False)
    prior = learn(kg, Gazetteer(kg), kind_of)
    assert prior.documents == 1
    st = prior.stats("sentence", "field", "org:Company+new")
    assert (st.co, st.linked) == (2, 2)


SHAPES = ("Harbour news\n\n"
          "The Alloy Testing Office of the China Nonferrous Metals Industry Association met in "
          "Xi'an, Shaanxi on May 3.\n"
          "Magnesium alloy is now widely used in aerospace, while copper demand was flat.\n"
          "The China Nonferrous Metals Industry Association named a new speaker; Liu Fang, "
          "Director of the Market Data Department, gave the figures.\n")


@pytest.fixture(scope="module")
def shapes(tmp_path_factory):
    from typer.testing import CliRunner

    from kg.cli import app

    d = tmp_path_factory.mktemp("shapes")
    (d / "article.txt").write_text(SHAPES, encoding="utf-8")
    r = CliRunner().invoke(app, ["ingest", str(d / "article.txt"), "--id", "t-shapes",
                                 "-o", str(d / "draft.ttl")])
    assert r.exit_code == 0, r.stderr
    return Graph().parse(d / "draft.ttl", format="turtle")


def _rules(g, s):
    return {str(r) for r in g.objects(s, NFO.proposedBy)}


def test_a_unit_named_of_a_known_organisation_is_its_unit(shapes):
    g = shapes
    office = next(s for s, o in g.subject_objects(RDFS.label)
                  if str(o).startswith("Alloy Testing Office"))
    assert list(g.objects(office, NFO.unitOf)) == [NF.cnia]
    assert "name:unit-of" in _rules(g, office)
    # a bare department is a unit of the organisation its paragraph named last before it
    dept = next(s for s, o in g.subject_objects(RDFS.label)
                if str(o) == "Market Data Department")
    assert list(g.objects(dept, NFO.unitOf)) == [NF.cnia]


def test_what_a_metal_is_used_in(shapes):
    g = shapes
    assert (NF["metal-magnesium-alloy"], NFO.appliedIn, NF["field-aerospace"]) in g
    assert "context:applied-in" in _rules(g, NF["metal-magnesium-alloy"])
    # copper is named after the cue: not what is used in aerospace
    assert (NF["metal-copper"], NFO.appliedIn, NF["field-aerospace"]) not in g


def test_places_named_side_by_side_restate_what_the_graph_knows(shapes):
    g = shapes
    assert (NF.xian, NFO.locatedIn, NF.shaanxi) in g
    assert "graph:located-in-restated" in _rules(g, NF.xian)
    assert (NF.shaanxi, NFO.locatedIn, NF.xian) not in g


ROUNDUP = ("Policy roundup\n\n"
           "The Ministry of Industry and Information Technology issued the Guide for Cleaner "
           "Casting Plants this week.\n"
           "The guide asks casting plants to cut magnesium losses.\n"
           "Ma Lin, Member of the Party Committee, Vice President, and Secretary General of the "
           "China Nonferrous Metals Industry Association, spoke about exports from China.\n"
           "Buyers in China and Vietnam were named.\n")


@pytest.fixture(scope="module")
def roundup(tmp_path_factory):
    from typer.testing import CliRunner

    from kg.cli import app

    d = tmp_path_factory.mktemp("roundup")
    (d / "article.txt").write_text(ROUNDUP, encoding="utf-8")
    r = CliRunner().invoke(app, ["ingest", str(d / "article.txt"), "--id", "t-roundup",
                                 "-o", str(d / "draft.ttl")])
    assert r.exit_code == 0, r.stderr
    return Graph().parse(d / "draft.ttl", format="turtle")


def test_a_sentence_that_goes_on_about_a_new_policy(roundup):
    g = roundup
    guide = next(s for s in g.subjects(RDF.type, None)
                 if str(g.value(s, RDFS.label, default="")).startswith("Guide for Cleaner"))
    assert (guide, NFO.concernsMetal, NF["metal-magnesium"]) in g
    assert "context:follow-up-sentence" in _rules(g, guide)
    # a national guide, its sentence naming no place: the country the article names most
    assert list(g.objects(guide, NFO.appliesTo)) == [NF.china]
    assert "context:document-country" in _rules(g, guide)


def test_each_organisation_of_a_list_of_roles_gets_its_post(roundup):
    g = roundup
    posts = {(str(g.value(p, NFO.roleName)), g.value(p, ORG.postIn))
             for p in g.subjects(RDF.type, NFO.Post)
             if str(g.value(p, RDFS.label)).startswith("Ma Lin")}
    assert ("Secretary General", NF.cnia) in posts


def test_people_who_attended_take_part_in_the_event_named_just_before(run, tmp_path):
    art = tmp_path / "article.txt"
    art.write_text("Plant news\n\nThe 2025 Lakeside Magnesium Forum was held in Hefei on May 9. "
                   "Mayor Qin Bo and Zhou Ning, general manager of Lakeside Magnesium Co., Ltd., "
                   "attended the forum.\n", encoding="utf-8")
    out = tmp_path / "draft.ttl"
    r = run("ingest", art, "--id", "t-attend", "-o", out)
    assert r.exit_code == 0, r.stderr
    g = Graph().parse(out, format="turtle")
    people = {str(g.value(o, RDFS.label)) for s, o in g.subject_objects(NFO.participant)
              if "context:attended" in _rules(g, s)}
    assert {"Qin Bo", "Zhou Ning"} <= people
    # a post names no metal, even when its organisation's name does
    assert not [p for p in g.subjects(RDF.type, NFO.Post) if (p, NFO.concernsMetal, None) in g]
