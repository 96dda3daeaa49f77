"""The CLI as a user sees it: output in table, JSON and CSV, and clean errors."""
from __future__ import annotations

import csv
import io
import json
import zipfile

import pytest
from rdflib import Dataset, Graph


def test_linked_fugu_names_people_and_organisations_with_relation_and_source(run):
    r = run("linked", "Fugu")
    assert r.exit_code == 0, r.output
    out = r.stdout
    assert "Wu Jing" in out and "County Mayor" in out
    assert "Fugu County People's Government" in out
    assert "003" in out                       # the source document
    assert "equally good matches" in out      # several entities are named Fugu


def test_linked_json_is_stable_and_complete(run):
    r = run("linked", "Fugu", "--format", "json")
    data = json.loads(r.stdout)
    assert set(data) >= {"query", "matches", "links", "documents"}
    labels = {m["label"] for m in data["matches"]}
    assert {"Fugu County", "Fugu County People's Government"} <= labels
    link = data["links"][0]
    assert set(link) == {"subject", "relation", "predicate", "object", "via", "with", "hop", "sources"}
    posts = [l for l in data["links"] if l["via"] and l["via"]["class"] == "Post"]
    assert any(l["subject"]["label"] == "Wu Jing" and l["relation"] == "County Mayor" for l in posts)
    assert all(l["sources"] for l in data["links"] if l["hop"] == 1 and l["predicate"] != "https://w3id.org/nfkg/ontology#locatedIn")
    assert any(d.startswith("003") for d in data["documents"])


def test_linked_through_an_event_names_the_other_parties(run):
    data = json.loads(run("linked", "Magnesium Branch", "--format", "json").stdout)
    seminar = [l for l in data["links"] if "Most Influential Magnesium Industry Cluster" in l["subject"]["label"]
               and l["subject"]["class"] in ("Seminar", "Symposium", "Conference", "Meeting", "Forum")]
    assert seminar, "the 30 May seminar is linked to the Magnesium Branch"
    others = {o["label"] for l in seminar for o in l["with"]}
    assert "Fugu County People's Government" in others


def test_linked_two_hops_and_type_filter(run):
    one = json.loads(run("linked", "Wu Jing", "--format", "json").stdout)
    two = json.loads(run("linked", "Wu Jing", "--hops", "2", "--format", "json").stdout)
    assert len(two["links"]) > len(one["links"])
    people = json.loads(run("linked", "Fugu", "--type", "Person", "--format", "json").stdout)
    assert people["links"]
    for l in people["links"]:
        ends = [l["subject"], l["object"]] + l["with"]
        assert any(e["class"] == "Person" for e in ends)


def test_linked_csv(run):
    r = run("linked", "Baotai Group", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert rows and {"subject", "relation", "object", "sources"} <= set(rows[0])


def test_linked_sources_lists_titles(run):
    r = run("linked", "Baotai Group", "--sources")
    assert "sources:" in r.stdout and "Titanium industry conference report" in r.stdout


def test_unknown_name_exits_non_zero_with_suggestions_and_no_traceback(run):
    r = run("linked", "Fugoo")
    assert r.exit_code == 1
    assert "no entity is named 'Fugoo'" in r.stderr
    assert "Fugu" in r.stderr
    assert "Traceback" not in r.output


def test_show_card(run):
    r = run("show", "Baoti Group", "--format", "json")
    card = json.loads(r.stdout)["entities"][0]
    assert card["label"] == "Baotai Group"
    assert "Baoti Group" in card["aliases"]
    assert "nfo:Company" in card["classes"]
    assert len(card["sources"]) >= 2
    t = run("show", "Ge Honglin")
    assert t.exit_code == 0 and "President" in t.stdout


def test_show_evidence_of_a_post(run):
    card = json.loads(run("show", "nf:post-ge-honglin-cnia-president".replace("nf:", "https://w3id.org/nfkg/id/"),
                          "--format", "json").stdout)["entities"][0]
    assert card["evidence"] and card["evidence"][0]["document"].startswith("000")


def test_search_ranks_exact_first(run):
    data = json.loads(run("search", "magnesium branch", "--format", "json").stdout)
    assert data["results"][0]["label"].startswith("Magnesium Branch")
    r = run("search", "Baowu", "--type", "Company", "--limit", "3")
    assert r.exit_code == 0 and "Baowu Magnesium" in r.stdout


def test_path_between_two_entities(run):
    data = json.loads(run("path", "Baowu Magnesium Technology Co., Ltd.", "Shaanxi Province",
                          "--format", "json").stdout)
    assert data["paths"]
    steps = data["paths"][0]
    assert steps[0]["from"]["label"].startswith("Baowu Magnesium")
    assert steps[-1]["to"]["label"] == "Shaanxi Province"
    assert all(s["relation"] for s in steps)


def test_path_ambiguous_name_is_an_error(run):
    r = run("path", "Baowu", "Shaanxi Province")
    assert r.exit_code == 1 and "be more specific" in r.stderr


def test_timeline_in_a_province_includes_its_counties(run):
    data = json.loads(run("timeline", "--in", "Shaanxi Province", "--from", "2024-01-01",
                          "--to", "2024-12-31", "--format", "json").stdout)
    places = {p for e in data["entries"] for p in e["places"]}
    assert "Fugu County" in places
    dates = [e["date"] for e in data["entries"]]
    assert dates == sorted(dates, key=lambda d: d[:10])
    assert all(d.startswith("2024") for d in dates)


def test_timeline_about_an_entity(run):
    data = json.loads(run("timeline", "--about", "Baowu Magnesium Technology Co., Ltd.", "--format", "json").stdout)
    assert len(data["entries"]) >= 3


def test_timeline_bad_date(run):
    r = run("timeline", "--from", "May 2024")
    assert r.exit_code == 1 and "not a date" in r.stderr


def test_sparql_named_query_with_params(run):
    r = run("sparql", "policies-by-issuer", "--param", "issuer=MIIT", "--param", "metal=Magnesium",
            "--param", "year=2024", "--format", "json")
    data = json.loads(r.stdout)
    assert data["rows"] and all(row["issued"].startswith("2024") for row in data["rows"])


def test_sparql_ad_hoc_and_file(run, tmp_path):
    q = "SELECT ?l WHERE { nf:cnia rdfs:label ?l FILTER(LANG(?l) = '') }"
    r = run("sparql", q, "--format", "csv")
    assert "China Nonferrous Metals Industry Association" in r.stdout
    f = tmp_path / "q.rq"
    f.write_text("ASK { nf:fugu-county nfo:locatedIn nf:yulin }")
    assert json.loads(run("sparql", f, "--format", "json").stdout) == {"boolean": True}


def test_sparql_parameters_are_bindings_not_text(run):
    # a hostile value is a literal, not query text
    r = run("sparql", "SELECT ?x WHERE { ?x rdfs:label ?name }", "--param", 'name=x" } ; DROP ALL ; #',
            "--format", "json")
    assert r.exit_code == 0 and json.loads(r.stdout)["rows"] == []


def test_bad_sparql_is_one_clear_line(run):
    r = run("sparql", "SELECT ?x WHERE { ?x ")
    assert r.exit_code == 1
    assert r.stderr.startswith("error: query: bad SPARQL") and "Traceback" not in r.output


def test_missing_param_and_unknown_query(run):
    r = run("sparql", "posts-at-organisation")
    assert r.exit_code == 1 and "--param org=" in r.stderr
    r = run("sparql", "nonexistent.rq")
    assert r.exit_code == 1 and "not found" in r.stderr


def test_queries_lists_at_least_ten(run):
    data = json.loads(run("queries", "--format", "json").stdout)
    assert len(data["queries"]) >= 10
    assert all(q["title"] and q["description"] for q in data["queries"])


@pytest.mark.parametrize("fmt", ["ttl", "trig", "nq", "jsonld", "nt"])
def test_export_rdf(run, tmp_path, fmt, kg):
    out = tmp_path / f"kg.{fmt}"
    r = run("export", "--format", fmt, "--output", out)
    assert r.exit_code == 0, r.output
    if fmt in ("trig", "nq", "jsonld"):
        ds = Dataset()
        ds.parse(out, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])
        graphs = {str(g.identifier) for g in ds.graphs() if len(g)}
        assert sum(g.startswith("https://w3id.org/nfkg/doc/") for g in graphs) == 5
    else:
        g = Graph().parse(out, format={"ttl": "turtle", "nt": "nt"}[fmt])
        assert len(g) > 1000


def test_export_network_formats(run, tmp_path):
    import networkx as nx
    run("export", "--format", "graphml", "--output", tmp_path / "kg.graphml")
    g = nx.read_graphml(tmp_path / "kg.graphml")
    assert g.number_of_nodes() > 100
    run("export", "--format", "gexf", "--output", tmp_path / "kg.gexf", "--collapse")
    assert nx.read_gexf(tmp_path / "kg.gexf").number_of_edges() > 100
    run("export", "--format", "csv", "--output", tmp_path / "csv")
    nodes = list(csv.DictReader((tmp_path / "csv" / "nodes.csv").open(encoding="utf-8")))
    edges = list(csv.DictReader((tmp_path / "csv" / "edges.csv").open(encoding="utf-8")))
    assert nodes and edges and {"source", "target", "label", "sources"} <= set(edges[0])
    run("export", "--format", "csv", "--output", tmp_path / "kg.zip")
    assert set(zipfile.ZipFile(tmp_path / "kg.zip").namelist()) == {"nodes.csv", "edges.csv"}


def test_export_unwritable_path(run, tmp_path):
    r = run("export", "--format", "ttl", "--output", tmp_path / "no" / "such" / "dir" / "kg.ttl")
    assert r.exit_code == 1 and "does not exist" in r.stderr
    assert not list(tmp_path.iterdir())


def test_export_unknown_format(run, tmp_path):
    r = run("export", "--format", "xml", "--output", tmp_path / "x")
    assert r.exit_code == 1 and "unknown export format" in r.stderr


def test_stats(run):
    data = json.loads(run("stats", "--format", "json").stdout)
    assert len(data["documents"]) == 5
    assert data["classes"]["Person"] >= 20
    assert data["most_connected"][0]["links"] > 10
    assert "By document" in run("stats").stdout


def test_validate_command(run, sources_dir):
    r = run("validate")
    assert r.exit_code == 0, r.stdout[-3000:]
    assert "ok: the graph conforms" in r.stdout


def test_data_folder_option_and_env(run, data_copy, monkeypatch):
    extra = data_copy / "triples" / "999-extra.ttl"
    (data_copy / "triples" / "sources.ttl").open("a").write(
        '\n<https://w3id.org/nfkg/doc/999-extra> a <https://w3id.org/nfkg/ontology#SourceDocument> ;'
        ' <http://www.w3.org/2000/01/rdf-schema#label> "Extra" .\n')
    extra.write_text('@prefix nf: <https://w3id.org/nfkg/id/> . @prefix nfo: <https://w3id.org/nfkg/ontology#> .\n'
                     '@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n'
                     'nf:acme a nfo:Company ; rdfs:label "Acme Titanium Works" ; nfo:locatedIn nf:fugu-county .\n')
    r = run("linked", "Acme Titanium", "--data", data_copy)
    assert r.exit_code == 0 and "Fugu County" in r.stdout and "999" in r.stdout
    monkeypatch.setenv("KG_DATA", str(data_copy))
    assert "Acme Titanium Works" in run("search", "acme").stdout


def test_malformed_turtle_names_file_and_line(run, data_copy):
    bad = data_copy / "triples" / "005-broken.ttl"
    bad.write_text("@prefix nf: <https://w3id.org/nfkg/id/> .\nnf:x a nf:Thing ;\n  rdfs:label \"unterminated .\n")
    r = run("linked", "Fugu", "--data", data_copy)
    assert r.exit_code == 1
    assert "005-broken.ttl" in r.stderr and "not valid Turtle" in r.stderr
    assert "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1


def test_missing_data_folder(run, tmp_path):
    r = run("stats", "--data", tmp_path / "nowhere")
    assert r.exit_code == 1 and "nowhere" in r.stderr


def test_unknown_class(run):
    r = run("linked", "Fugu", "--type", "Spaceship")
    assert r.exit_code == 1 and "unknown class" in r.stderr


def test_view_writes_a_self_contained_page(run, tmp_path):
    out = tmp_path / "fugu.html"
    r = run("view", "Fugu", "--hops", "2", "--output", out, "--format", "json")
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["output"] == str(out)
    html = out.read_text(encoding="utf-8")
    assert "Fugu County People" in html and "Wu Jing" in html
    assert "https://cdn" not in html and "<script src=" not in html


def test_view_unwritable_output(run, tmp_path):
    r = run("view", "Fugu", "--output", tmp_path / "missing" / "x.html")
    assert r.exit_code == 1 and "x.html" in r.stderr and "Traceback" not in r.output


def test_show_quote_prints_the_evidence_text(run, sources_dir, monkeypatch):
    monkeypatch.setenv("KG_SOURCES", str(sources_dir))
    data = json.loads(run("show", "Wu Jing, County Mayor, Fugu County People's Government",
                          "--quote", "--format", "json").stdout)
    ev = data["entities"][0]["evidence"]
    assert ev and "Wu Jing" in ev[0]["text"]
    r = run("show", "Baotai Group", "--quote")
    assert r.exit_code == 0


def test_long_table_is_cut_with_a_note_json_and_csv_are_whole(run, monkeypatch):
    from kg.render import output
    monkeypatch.setattr(output, "TABLE_ROWS", 5)
    full = json.loads(run("linked", "Fugu", "--format", "json").stdout)["links"]
    assert len(full) > 5
    r = run("linked", "Fugu")
    assert r.exit_code == 0
    assert f"{len(full) - 5:,} more rows not shown" in r.stdout and "--format json" in r.stdout
    csv_rows = run("linked", "Fugu", "--format", "csv").stdout.strip().splitlines()
    assert len(csv_rows) == len(full) + 1


def test_view_max_nodes_cuts_and_says_so(run, tmp_path):
    out = tmp_path / "v.html"
    r = run("view", "Fugu", "--hops", "2", "--max-nodes", "12", "-o", out)
    assert r.exit_code == 0, r.stderr
    assert "capped at 12 nodes" in out.read_text(encoding="utf-8")
    r = run("view", "--max-nodes", "10", "-o", tmp_path / "all.html")
    assert r.exit_code == 1 and "cap" in r.stderr and not (tmp_path / "all.html").exists()
