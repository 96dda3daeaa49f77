"""kg.render.view without a browser: the page is written atomically as UTF-8, is self-contained, and
escapes everything that comes from the data or the caller."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import networkx as nx
import pytest
from rdflib import URIRef

from kg.model.errors import KGError
from kg.model.graph import default_data_dir, load
from kg.ask.names import resolve
from kg.model.namespaces import NF, NFO
from kg.render.network import neighbourhood_graph, to_networkx
from kg.render.view import _vis_assets, build_network, render_view, script_json, write_view

HOSTILE_LABEL = '<script>window.__xss=1</script><img src=x onerror="window.__xss=2">'
HOSTILE_ALIAS = '<a href="javascript:window.__xss=3">href</a>'
HOSTILE_IRI = NF["xss-test-company"]

# src=/href= (or url()/@import) pointing at http(s) or a protocol-relative URL
REMOTE_REF = re.compile(r"""(?:\b(?:src|href|action|srcset)\s*=\s*["']?\s*|url\(\s*["']?|@import\s+["']?)"""
                        r"""(?:https?:)?//""", re.IGNORECASE)


def hostile_data(tmp_path: Path) -> Path:
    """The shipped data plus one document whose entity has a script/img label and an href alias."""
    src = default_data_dir() / "triples"
    dest = tmp_path / "data" / "triples"
    dest.mkdir(parents=True)
    for f in src.glob("*.ttl"):
        shutil.copy(f, dest / f.name)
    label = HOSTILE_LABEL.replace("\\", "\\\\").replace('"', '\\"')
    alias = HOSTILE_ALIAS.replace("\\", "\\\\").replace('"', '\\"')
    (dest / "999-xss-test.ttl").write_text(f"""
@prefix nf:   <https://w3id.org/nfkg/id/> .
@prefix nfo:  <https://w3id.org/nfkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<{HOSTILE_IRI}> a nfo:Company ;
    rdfs:label "{label}" ;
    skos:altLabel "{alias}" ;
    skos:altLabel "恶意公司" ;
    nfo:locatedIn nf:fugu-county .
""", encoding="utf-8")
    return tmp_path / "data"


@pytest.fixture(scope="module")
def kg():
    return load()


@pytest.fixture(scope="module")
def fugu(kg):
    return [m.iri for m in resolve(kg, "Fugu")]


def test_writes_self_contained_utf8_page(kg, fugu, tmp_path):
    out = write_view(kg, tmp_path / "fugu.html", centers=fugu)
    assert out == tmp_path / "fugu.html" and out.is_file()
    raw = out.read_bytes()
    html = raw.decode("utf-8")            # valid UTF-8
    assert html.lstrip().lower().startswith("<!doctype html>")
    assert '<meta charset="utf-8">' in html
    assert not REMOTE_REF.findall(html), REMOTE_REF.findall(html)[:5]
    assert not re.search(r"<script[^>]*\bsrc\s*=", html, re.I)
    assert not re.search(r"<link\b", html, re.I)
    assert "vis.Network" in html and "vis-network" in html     # vis inlined, not linked
    assert "Fugu County" in html
    # no temporary file is left beside the output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["fugu.html"]


def test_whole_graph_keeps_chinese_as_utf8(kg, tmp_path):
    out = write_view(kg, tmp_path / "all.html")
    html = out.read_text(encoding="utf-8")
    g = to_networkx(kg)
    zh = [a for _, d in g.nodes(data=True) for a in d["aliases"].split("; ")
          if re.search(r"[\u4e00-\u9fff]", a)]
    if zh:
        assert zh[0] in html                # stored as UTF-8 text, not \\u escapes
    assert not REMOTE_REF.findall(html)


def test_overwrites_atomically(kg, fugu, tmp_path):
    out = tmp_path / "v.html"
    out.write_text("old", encoding="utf-8")
    write_view(kg, out, centers=fugu, hops=0)
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in tmp_path.iterdir()] == ["v.html"]


def test_neighbourhood_matches_networkx(kg, fugu):
    g = to_networkx(kg)
    und = g.to_undirected(as_view=True)
    for hops in (0, 1, 2):
        expected = set()
        for c in fugu:
            expected |= set(nx.ego_graph(und, str(c), radius=hops)) if str(c) in g else {str(c)}
        net, info = build_network(kg, centers=fugu, hops=hops)
        assert {n["id"] for n in net.nodes} == expected
        centres = {n["id"] for n in net.nodes if n.get("center")}
        assert centres == {str(c) for c in fugu}
        assert all(n["size"] > 16 and n["borderWidth"] > 1 for n in net.nodes if n.get("center"))
        ids = {n["id"] for n in net.nodes}
        assert all(e["from"] in ids and e["to"] in ids for e in net.edges)


def test_collapse_folds_relation_nodes(kg, fugu):
    net, _ = build_network(kg, centers=fugu, hops=1, collapse=True)
    g = to_networkx(kg, collapse=True)
    ids = {n["id"] for n in net.nodes}
    assert ids <= set(g) | {str(c) for c in fugu}
    assert not any(n["cls"] in ("Post", "Membership") for n in net.nodes if not n.get("center"))


def test_whole_graph_has_every_node_with_class_colours_and_titles(kg):
    g = to_networkx(kg)
    net, info = build_network(kg)
    assert len(net.nodes) == g.number_of_nodes()
    assert len(net.edges) == g.number_of_edges()
    legend = {item["name"] for item in info["legend"]}
    assert legend == {d["class"] or "(no class)" for _, d in g.nodes(data=True)}
    assert len({item["colour"] for item in info["legend"]}) == len(info["legend"])
    groups = net.options["groups"]
    assert all(n["group"] in groups for n in net.nodes)
    n = next(n for n in net.nodes if n["id"] == str(NF["fugu-county"]))
    assert n["title"].startswith("Fugu County\nClass: ")
    assert all(e["label"] and "Sources:" in e["title"] for e in net.edges)
    assert net.options["physics"]["stabilization"]["enabled"]


def test_page_has_legend_search_and_physics_stop(kg, fugu):
    html = render_view(kg, centers=fugu)
    assert 'id="kg-legend"' in html and 'class="kg-swatch"' in html
    assert 'id="kg-search"' in html
    assert "stabilizationIterationsDone" in html and "physics: false" in html


def test_escapes_hostile_label_alias_and_title(tmp_path):
    kg = load(hostile_data(tmp_path))
    assert kg.label(HOSTILE_IRI) == HOSTILE_LABEL
    out = write_view(kg, tmp_path / "x.html", centers=[HOSTILE_IRI],
                     title='</title><script>window.__xss=4</script>')
    html = out.read_text(encoding="utf-8")
    for bad in ("<script>window.__xss", "<img src=x", "</title><script>", 'href="javascript:',
                "onerror=\"window"):
        assert bad not in html, bad
    # The only script elements are vis-network's and the page's own; the vis code holds the
    # text "<script>" once, in a JS string, where it cannot open an element.
    assert html.count("<script nonce=") == 2
    assert html.count("<script>") == _vis_assets()[0].count("<script>")
    assert "&lt;/title&gt;&lt;script&gt;window.__xss=4&lt;/script&gt;" in html
    assert "\\u003cscript\\u003ewindow.__xss=1\\u003c/script\\u003e" in html
    assert "恶意公司" in html
    # the JSON in the page still decodes to the exact text
    data = html.split("var DATA = ", 1)[1].split(";\n", 1)[0]
    parsed = json.loads(data)
    node = next(n for n in parsed["nodes"] if n["id"] == str(HOSTILE_IRI))
    assert node["label"] == HOSTILE_LABEL and HOSTILE_ALIAS in node["aliases"]
    assert node["title"].startswith(HOSTILE_LABEL)


def test_script_json_cannot_break_out():
    s = script_json({"a": "</script><!-- \u2028\u2029 & >"})
    assert "<" not in s and ">" not in s and "&" not in s
    assert "\u2028" not in s and "\u2029" not in s
    assert json.loads(s) == {"a": "</script><!-- \u2028\u2029 & >"}


def test_unwritable_output_raises_kgerror(kg, fugu, tmp_path):
    missing = tmp_path / "no-such-folder" / "v.html"
    with pytest.raises(KGError) as exc:
        write_view(kg, missing, centers=fugu)
    msg = str(exc.value)
    assert str(missing) in msg and "\n" not in msg
    with pytest.raises(KGError) as exc:
        write_view(kg, tmp_path, centers=fugu)            # a folder, not a file
    assert str(tmp_path) in str(exc.value)


def test_unknown_center_and_bad_hops(kg):
    with pytest.raises(KGError):
        render_view(kg, centers=[URIRef("https://w3id.org/nfkg/id/no-such-thing")])
    with pytest.raises(KGError):
        render_view(kg, centers=[NF["fugu-county"]], hops=-1)


# --- collapse and the border of a neighbourhood ------------------------------------------------
T = "https://w3id.org/nfkg/id/t-"


def relations_data(tmp_path: Path) -> Path:
    """The shipped data plus a small cluster: meetings 1 and 2 join the centre to A and to B,
    meeting 3 joins A and B (not the centre) and is part of a congress attended by Far only;
    a post joins a person to A."""
    data = tmp_path / "reldata"
    shutil.copytree(default_data_dir(), data)
    (data / "triples" / "998-view-relations.ttl").write_text("""
@prefix nf:   <https://w3id.org/nfkg/id/> .
@prefix nfo:  <https://w3id.org/nfkg/ontology#> .
@prefix org:  <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
nf:t-centre a nfo:Company ; rdfs:label "Test Centre" .
nf:t-a a nfo:Company ; rdfs:label "Test A" .
nf:t-b a nfo:Company ; rdfs:label "Test B" .
nf:t-far a nfo:Company ; rdfs:label "Test Far" .
nf:t-person a nfo:Person ; rdfs:label "Test Person" .
nf:t-e1 a nfo:Event ; rdfs:label "Test meeting 1" ; nfo:participant nf:t-centre , nf:t-a .
nf:t-e2 a nfo:Event ; rdfs:label "Test meeting 2" ; nfo:participant nf:t-centre , nf:t-b .
nf:t-e3 a nfo:Event ; rdfs:label "Test meeting 3" ; nfo:participant nf:t-a , nf:t-b ;
    nfo:partOfEvent nf:t-e4 .
nf:t-e4 a nfo:Event ; rdfs:label "Test congress" ; nfo:participant nf:t-far .
nf:t-post a nfo:Post ; rdfs:label "Test post" ; org:heldBy nf:t-person ; org:postIn nf:t-a ;
    nfo:roleName "Test chair" .
""", encoding="utf-8")
    return data


@pytest.fixture(scope="module")
def relkg(tmp_path_factory):
    return load(relations_data(tmp_path_factory.mktemp("rel")))


def _edges(g):
    return {(u[len(T):], v[len(T):], d.get("via", "")[len(T):] or d["label"])
            for u, v, d in g.edges(data=True)}


def test_collapse_border_and_relation_to_relation_links(relkg):
    centre = URIRef(T + "centre")
    g = neighbourhood_graph(relkg, [centre], 1, collapse=True)
    assert set(g) == {T + "centre", T + "a", T + "b"}
    # meeting 3 does not touch the centre, but joins two nodes that are shown: drawn, as an
    # edge between two shown nodes is without --collapse
    assert _edges(g) == {("a", "centre", "e1"), ("b", "centre", "e2"), ("a", "b", "e3")}
    g2 = neighbourhood_graph(relkg, [centre], 2, collapse=True)
    # the post is one hop from A (person -> A); the congress joins meeting 3 to Far, but a link
    # between two relation nodes has no edge once both are edges: Far stays out
    assert set(g2) == set(g) | {T + "person"}
    assert _edges(g2) == _edges(g) | {("person", "a", "post")}
    post = [d for u, v, d in g2.edges(data=True) if d.get("via") == T + "post"]
    assert [(d["label"], d["predicate"]) for d in post] == [("Test chair", str(NFO.Post))]
    whole = to_networkx(relkg, collapse=True)
    assert not any(d.get("via") == T + "e4" for *_, d in whole.edges(data=True))
    assert T + "far" in whole and whole.degree(T + "far") == 0
    # without collapse the relation nodes are nodes
    plain = neighbourhood_graph(relkg, [centre], 1)
    assert set(plain) == {T + "centre", T + "e1", T + "e2"}


def test_collapse_does_not_depend_on_triple_order(relkg):
    from rdflib import Graph

    from kg.model.graph import KG

    backwards = Graph()
    for t in reversed(list(relkg.union)):
        backwards.add(t)
    other = KG(dataset=relkg.dataset, union=backwards, provenance=relkg.provenance)
    sig = lambda g: (sorted(g.nodes(data=True)), sorted(  # noqa: E731
        (u, v, k, sorted(d.items())) for u, v, k, d in g.edges(keys=True, data=True)))
    assert sig(to_networkx(relkg, collapse=True)) == sig(to_networkx(other, collapse=True))


def test_relation_centre_is_drawn_alone_when_collapsed(relkg):
    g = neighbourhood_graph(relkg, [URIRef(T + "e3")], 2, collapse=True)
    assert list(g) == [T + "e3"] and g.number_of_edges() == 0
    assert g.nodes[T + "e3"]["label"] == "Test meeting 3"


# --- the node cap -------------------------------------------------------------------------------
def test_node_cap_keeps_the_most_connected_and_says_so(kg, fugu):
    full1 = neighbourhood_graph(kg, fugu, 1)
    full2 = neighbourhood_graph(kg, fugu, 2)
    assert "cut" not in full2.graph
    cap = full1.number_of_nodes() + 10
    g = neighbourhood_graph(kg, fugu, 2, max_nodes=cap)
    assert g.number_of_nodes() == cap
    assert set(full1) <= set(g) <= set(full2)
    cut = g.graph["cut"]
    assert cut == {"max_nodes": cap, "hop": 2, "hops": 2, "shown": 10,
                   "ring": full2.number_of_nodes() - full1.number_of_nodes(),
                   "within": full2.number_of_nodes()}
    # the ring's nodes kept are those with the most links to the inner nodes
    def links_in(n):
        return sum(full2.number_of_edges(n, m) + full2.number_of_edges(m, n) for m in full1)
    kept = set(g) - set(full1)
    dropped = set(full2) - set(g)
    assert min(map(links_in, kept)) >= max(map(links_in, dropped))
    # edges are all those between the nodes kept
    assert g.number_of_edges() == full2.subgraph(g.nodes).number_of_edges()

    # the page says what was cut, in the default heading and after a title of one's own
    html = render_view(kg, centers=fugu, hops=2, max_nodes=cap)
    msg = f"capped at {cap} nodes: 10 of the {cut['ring']} nodes 2 hops away are shown"
    assert msg in html
    assert msg in render_view(kg, centers=fugu, hops=2, max_nodes=cap, title="Mine")
    net, info = build_network(kg, centers=fugu, hops=2, max_nodes=cap)
    assert info["cut"] == cut and len(net.nodes) == cap

    # a cap inside the first ring: the centres are kept, no farther ring is explored
    g = neighbourhood_graph(kg, fugu, 2, max_nodes=len(fugu) + 1)
    assert set(map(str, fugu)) <= set(g) and g.number_of_nodes() == len(fugu) + 1
    assert g.graph["cut"]["hop"] == 1
    assert "nothing farther than 1 hop" in render_view(kg, centers=fugu, hops=2,
                                                        max_nodes=len(fugu) + 1)
    # no cut: no message
    assert "capped" not in render_view(kg, centers=fugu, hops=1, max_nodes=10_000)


def test_node_cap_refuses_the_whole_graph(kg):
    with pytest.raises(KGError, match="more than the cap of 10"):
        render_view(kg, max_nodes=10)
