"""The explorer pages (kg.web.explorer) through Starlette's test client: what a reader sees on
the home, entity, document, timeline and query pages, their JSON, linked data by content
negotiation, and that no URL reads outside the data and source folders or runs hostile labels."""
from __future__ import annotations

import re

import pytest
from rdflib import Graph, URIRef

starlette = pytest.importorskip("starlette")
from starlette.applications import Starlette  # noqa: E402
from starlette.testclient import TestClient  # noqa: E402

from kg.ask import names  # noqa: E402
from kg.ask.links import linked  # noqa: E402
from kg.model.evidence import find_sources_dir  # noqa: E402
from kg.model.graph import load  # noqa: E402
from kg.model.namespaces import NF  # noqa: E402
from kg.web.explorer import routes  # noqa: E402
from test_view import HOSTILE_IRI, HOSTILE_LABEL, hostile_data  # noqa: E402

SOURCES = find_sources_dir()


@pytest.fixture(scope="module")
def kg():
    return load()


@pytest.fixture(scope="module")
def client(kg):
    return TestClient(Starlette(routes=routes(kg, SOURCES)))


def text(html: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("&#39;", "'").replace("&amp;", "&").split())


def test_home_lists_classes_documents_and_type_ahead(client, kg):
    r = client.get("/")
    assert r.status_code == 200 and "script-src 'self'" in r.headers["content-security-policy"]
    page = text(r.text)
    for g in kg.document_graphs():
        assert kg.document_title(kg.doc_id(g)) in page
    assert "County" in page and "Person" in page
    got = client.get("/api/names?q=Fugu").json()["results"]
    assert got[0]["label"] == "Fugu County" and got[0]["href"] == "/id/fugu-county"
    zh = client.get("/api/names", params={"q": "府谷"}).json()["results"]
    assert zh and zh[0]["href"].startswith("/id/")


def test_entity_page_relations_sources_and_quotes(client, kg):
    iri = names.resolve(kg, "Wu Jing")[0].iri
    r = client.get("/id/" + str(iri)[len(str(NF)):])
    assert r.status_code == 200
    page = text(r.text)
    # every link of the CLI's `kg linked` is on the page, in plain language
    for l in linked(kg, [iri]):
        assert f"{l.subject.label} — {l.relation} — {l.object.label}" in page
    assert "Wu Jing — County Mayor — Fugu County People's Government" in page
    if SOURCES is not None:
        assert 'class="quote"' in r.text and "County Mayor" in page
    # every neighbour is a link to its own page
    assert 'href="/id/fugu-county-peoples-government"' in r.text


def test_entity_page_figures_inferred_and_events(client):
    data = client.get("/id/shaanxi?format=json").json()
    assert data["figures"] and all(f["value"] != "" for f in data["figures"])
    assert any(f["unit"] == "%" for f in data["figures"])
    fugu = client.get("/id/fugu-county.json").json()
    rows = [l for g in fugu["relations"] for l in g["links"]]
    assert any(l["inferred"] for l in rows)
    dates = [e["date"] for e in fugu["events"]]
    assert dates and dates == sorted(dates, key=lambda d: d[:4])
    html = client.get("/id/fugu-county").text
    assert 'class="inferred-tag">inferred<' in html and "<iframe" in html


def test_linked_data_content_negotiation(client, kg):
    ttl = client.get("/id/fugu-county", headers={"Accept": "text/turtle"})
    assert ttl.headers["content-type"].startswith("text/turtle")
    g = Graph().parse(data=ttl.text, format="turtle")
    assert (NF["fugu-county"], None, None) in g
    jl = client.get("/id/fugu-county", headers={"Accept": "application/ld+json"})
    assert jl.headers["content-type"].startswith("application/ld+json")
    assert len(Graph().parse(data=jl.text, format="json-ld")) == len(g)
    html = client.get("/id/fugu-county", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"})
    assert html.headers["content-type"].startswith("text/html")
    assert client.get("/id/no-such-thing").status_code == 404


def test_document_page_text_mentions_and_statements(client, kg):
    doc = kg.doc_id(kg.document_graphs()[3])
    r = client.get(f"/doc/{doc}")
    assert r.status_code == 200
    assert kg.document_title(doc) in text(r.text)
    data = client.get(f"/doc/{doc}?format=json").json()
    assert data["statements"]
    if SOURCES is not None:
        mentions = [s for s in data["text"] if "iri" in s]
        assert mentions and 'class="mention' in r.text
        assert "".join(s["text"] for s in data["text"]) == (SOURCES / f"{doc}.txt").read_text(encoding="utf-8")


def test_timeline_filters_like_the_cli(client, kg):
    from kg.ask.timeline import timeline
    want = timeline(kg, [m.iri for m in names.resolve(kg, "Shaanxi")], [], "2024", None, None)
    got = client.get("/timeline", params={"in": "Shaanxi", "from": "2024", "format": "json"}).json()
    assert [e["iri"] for e in got["entries"]] == [str(e.iri) for e in want] and want
    bad = client.get("/timeline", params={"from": "May"})
    assert bad.status_code == 400 and "not a date" in bad.text


def test_query_page_lists_named_queries(client):
    from kg.ask.sparql import named_queries
    r = client.get("/query")
    for q in named_queries().values():
        assert f'data-name="{q.name}"' in r.text
    assert "/static/sparql-editor.js" in r.text and client.get("/static/sparql-editor.js").status_code == 200


@pytest.mark.parametrize("url", ["/doc/..%2f..%2fetc%2fpasswd", "/static/../../x", "/static/..%2f..%2fexplorer.py",
                                 "/doc/%2e%2e", "/id/..%2fx", "/entity?iri=file:///etc/passwd",
                                 "/static/%2e%2e/%2e%2e/pyproject.toml"])
def test_no_path_traversal(client, url):
    r = client.get(url)
    assert r.status_code in (404, 400) and "root:" not in r.text and "import" not in r.text


def test_hostile_labels_are_escaped(tmp_path):
    kg = load(hostile_data(tmp_path))
    c = TestClient(Starlette(routes=routes(kg, None)))
    slug = str(HOSTILE_IRI)[len(str(NF)):]
    for url in (f"/id/{slug}", "/id/fugu-county", f"/search?q=xss"):
        html = c.get(url).text
        assert HOSTILE_LABEL not in html and "<script>window" not in html
        assert 'href="javascript:' not in html and "<img src=x" not in html
    assert "&lt;script&gt;" in c.get(f"/id/{slug}").text


def test_a_hub_page_lists_a_bounded_number_of_links_and_counts_the_rest(client, kg, monkeypatch):
    from kg.web import pages_entity
    full = pages_entity.entity(kg, URIRef("https://w3id.org/nfkg/id/cnia"))
    biggest = max(full["relations"], key=lambda g: len(g["links"]))
    assert len(biggest["links"]) >= 3
    monkeypatch.setattr(pages_entity, "LINKS_PER_RELATION", 2)
    r = client.get("/id/cnia")
    assert r.status_code == 200
    page = text(r.text)
    assert f"{biggest['total'] - 2} more not listed here" in page
    data = client.get("/id/cnia", params={"format": "json"}).json()
    group = next(g for g in data["relations"] if g["relation"] == biggest["relation"])
    assert len(group["links"]) == 2 and group["total"] == biggest["total"]
