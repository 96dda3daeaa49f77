"""Integrity of the shipped data: it parses everywhere, validates, and holds what we read."""
from __future__ import annotations

import csv
import subprocess
import sys

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import RDF

from kg.ask import names
from kg.model.namespaces import NFO
from kg.model.validate import validate

from conftest import DATA, EXPECTED, ROOT

TTL_FILES = sorted((ROOT / "ontology").glob("*.ttl")) + sorted((DATA / "triples").glob("*.ttl"))
DOC_IDS = sorted({p.name.split(".", 1)[0] for p in (DATA / "triples").glob("0*.ttl")})


@pytest.mark.parametrize("path", TTL_FILES, ids=lambda p: p.name)
def test_every_file_parses_in_rdflib_and_oxigraph(path):
    g = Graph().parse(path, format="turtle")
    assert len(g) > 0
    import pyoxigraph
    with open(path, "rb") as f:
        quads = list(pyoxigraph.parse(f, format=pyoxigraph.RdfFormat.TURTLE))
    assert len(quads) == len(g)


def test_validate_passes_on_shipped_data(kg, sources_dir):
    report = validate(kg, sources_dir)
    assert report.ok, "\n".join(f"{p.file}: {p.entity}: {p.message}" for p in report.problems[:20])
    assert any("evidence spans checked" in n for n in report.notes)


def test_every_document_has_a_graph_and_a_catalogue_entry(kg):
    graphs = {kg.doc_id(g) for g in kg.document_graphs()}
    assert graphs == set(DOC_IDS)
    assert len(graphs) == 5
    for d in DOC_IDS:
        assert (URIRef(f"https://w3id.org/nfkg/doc/{d}"), RDF.type, NFO.SourceDocument) in kg.union


def test_one_entity_for_every_spelling(kg):
    """The README of the corpus names spellings that are one entity."""
    same = [("Baotai Group", "Baoti Group"), ("Chalco", "Chinalco"), ("Chalco Group", "Chinalco"),
            ("China Nonferrous Metals Industry Association", "CNIA"),
            ("China Non-ferrous Metals Industry Association", "CNIA")]
    for a, b in same:
        ia = names.index(kg).resolve_one(a)
        ib = names.index(kg).resolve_one(b)
        assert ia == ib, (a, b)


def test_shared_entities_are_stated_by_several_documents(kg):
    cnia = names.index(kg).resolve_one("CNIA")
    assert len(kg.entity_sources(cnia)) >= 4
    chalco = names.index(kg).resolve_one("Chalco")
    assert len(kg.entity_sources(chalco)) >= 2


def test_evidence_spans_name_their_entity(kg, sources_dir):
    from kg.model.evidence import check_spans
    problems = check_spans(kg.union, sources_dir)
    assert problems == [], problems[:5]
    spans = list(kg.union.subject_objects(NFO.evidence))
    assert len(spans) > 300


def _expected_names():
    for f in sorted(EXPECTED.glob("*.tsv")):
        if f.name.endswith(".questions.tsv"):
            continue
        for row in csv.reader(f.open(encoding="utf-8"), delimiter="\t"):
            if row and not row[0].startswith("#"):
                yield pytest.param(row[0], row[1], id=f"{f.stem[:3]}:{row[0][:40]}")


@pytest.mark.parametrize("name,cls", list(_expected_names()))
def test_names_from_our_reading_resolve_to_the_right_class(kg, name, cls):
    matches = names.index(kg).candidates(name)
    assert matches, f"{name!r} resolves to nothing"
    best = [m for m in matches if m.tier == matches[0].tier]
    assert any(kg.is_a(m.iri, NFO[cls]) for m in best), \
        f"{name!r} -> {[(m.label, kg.class_name(m.iri)) for m in best]}, wanted {cls}"


def test_enough_names_per_document():
    for d in DOC_IDS:
        rows = [l for f in EXPECTED.glob(f"{d}*.tsv") if not f.name.endswith("questions.tsv")
                for l in f.read_text(encoding="utf-8").splitlines() if l.strip()]
        assert len(rows) >= 12, d


def test_no_running_text_copied_from_the_sources(sources_dir):
    tool = sources_dir.parent / "tools" / "copied-text.py"
    if not tool.is_file():
        pytest.skip(f"{tool} not found")
    out = subprocess.run([sys.executable, str(tool), str(ROOT)], capture_output=True, text=True)
    assert out.returncode == 0, out.stdout[-2000:]
