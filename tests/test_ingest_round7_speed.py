"""`kg ingest` without rdflib (issue 10, speed): a warm run never imports it, its draft is the one
the library writes from the loaded graph, the light terms (kg.ingest.terms) behave as rdflib's
where the two meet, and no rule module brings rdflib back at import."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Literal as RLiteral, URIRef as RURIRef

from kg.ingest import terms
from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import read_article
from kg.ingest.terms import NF, NFO, Literal, URIRef, from_rdflib, to_rdflib

ROOT = Path(__file__).resolve().parent.parent
INGEST = ROOT / "kg" / "ingest"
# where the ingest meets rdflib on purpose (lazily, inside functions, or on the --into path)
BOUNDARY = {"terms.py", "knowledge/light_graph.py", "output/into.py"}

_PROBE = """
import sys
from kg.cli import main
sys.argv = ["kg"] + sys.argv[1:]
try:
    main()
except SystemExit as exc:
    code = exc.code
else:
    code = 0
print("RDFLIB-IMPORTED" if "rdflib" in sys.modules else "RDFLIB-ABSENT", file=sys.stderr)
sys.exit(code)
"""


def _kg_process(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", _PROBE, *args], env=env, cwd=str(ROOT),
                          capture_output=True, text=True, timeout=300)


def test_a_warm_ingest_imports_no_rdflib_and_writes_the_graphs_draft(kg, sources_dir, tmp_path):
    article = next(sources_dir.glob("003-*.txt"))
    out = tmp_path / "draft.ttl"
    args = ("ingest", str(article), "--id", "speed-probe", "-o", str(out), "--force")
    first = _kg_process(*args)                  # writes the snapshot if it was stale
    assert first.returncode == 0, first.stderr
    for fmt in ("table", "json"):
        warm = _kg_process(*args, "--format", fmt)
        assert warm.returncode == 0, warm.stderr
        assert "RDFLIB-ABSENT" in warm.stderr, "a warm `kg ingest` imported rdflib"
        assert "speed-probe" in warm.stdout
    # the same bytes as the library writes from the loaded (rdflib) graph
    assert out.read_text(encoding="utf-8") == to_turtle(ingest(kg, read_article(article),
                                                                "speed-probe"))


def _top_level_imports(path: Path) -> list[str]:
    found = []
    for node in ast.parse(path.read_text(encoding="utf-8")).body:   # module level only
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append(node.module)
    return found


def test_no_rule_module_imports_rdflib_at_its_top():
    """Rules name terms from kg.ingest.terms; kg.model.namespaces, kg.model.evidence,
    kg.model.layout, kg.model.graph and kg.stores import rdflib."""
    heavy = ("rdflib", "kg.model.namespaces", "kg.model.evidence", "kg.model.layout",
             "kg.model.graph", "kg.model.validate", "kg.stores")
    bad = []
    for path in sorted(INGEST.rglob("*.py")):
        rel = path.relative_to(INGEST).as_posix()
        if rel in BOUNDARY:
            continue
        for mod in _top_level_imports(path):
            if mod == heavy[0] or mod.startswith("rdflib.") or any(
                    mod == h or mod.startswith(h + ".") for h in heavy[1:]):
                bad.append(f"kg/ingest/{rel} imports {mod}")
    assert not bad, ("import the terms from kg.ingest.terms (or import lazily inside the "
                     "function that needs the graph): " + "; ".join(bad))


# --- the light terms where they meet rdflib's ------------------------------------------------
def test_light_iris_equal_and_hash_as_rdflibs():
    a, r = NF["jiangxi-copper"], RURIRef("https://w3id.org/nfkg/id/jiangxi-copper")
    assert a == r and hash(a) == hash(r) and r in {a}        # (rdflib's own == takes only its own)
    assert {a: 1}.get(r) == 1 and a != str(r) and a != Literal(str(r))
    assert to_rdflib(a) == r and type(to_rdflib(a)) is RURIRef
    assert type(from_rdflib(r)) is URIRef and from_rdflib(r) == a
    assert NFO.Person is NFO.Person and NFO["Person"] == NFO.Person
    assert terms.DCTERMS.title == URIRef("http://purl.org/dc/terms/title")   # not str.title


@pytest.mark.parametrize("light,heavy", [
    (Literal("2025-03-14", datatype=terms.XSD.date), RLiteral("2025-03-14", datatype=RURIRef(terms.XSD_NS + "date"))),
    (Literal("2024-11", datatype=terms.XSD.gYearMonth), RLiteral("2024-11",
                                                                datatype=RURIRef(terms.XSD_NS + "gYearMonth"))),
    (Literal("Copper smelter"), RLiteral("Copper smelter")),
    (Literal("铜冶炼厂", lang="zh"), RLiteral("铜冶炼厂", lang="zh")),
    (Literal(True), RLiteral(True)),
    (Literal(42), RLiteral(42)),
])
def test_light_literals_equal_and_hash_as_rdflibs(light, heavy):
    assert light == heavy and hash(light) == hash(heavy) and str(light) == str(heavy)
    assert light.datatype == heavy.datatype and light.language == heavy.language
    assert to_rdflib(light) == heavy and from_rdflib(heavy) == light
    assert light != URIRef(str(light))


def test_literals_differ_by_datatype_and_language():
    assert Literal("2025", datatype=terms.XSD.gYear) != Literal("2025")
    assert Literal("Fugu", lang="en") != Literal("Fugu") and Literal("x", lang="EN") == Literal("x", lang="en")


def test_light_namespaces_agree_with_the_models():
    from kg.model import namespaces

    assert {p: str(ns) for p, ns in terms.PREFIXES.items()} == \
        {p: str(ns) for p, ns in namespaces.PREFIXES.items()}
    assert str(terms.GRAPH) == str(namespaces.GRAPH)


def test_fast_path_answers_agree_with_kg_model_and_stores():
    from kg.ingest.knowledge import paths
    from kg.model import evidence, layout
    from kg.stores import spec

    assert paths.find_sources_dir() == evidence.find_sources_dir()
    assert set(paths.SPECIAL_FILES) == set(layout.SPECIAL_FILES)
    assert (paths.INFERRED, paths.DRAFT, paths.SOURCES_ENV, paths.STORE_ENV) == \
        (layout.INFERRED, layout.DRAFT, evidence.SOURCES_ENV, spec.STORE_ENV)
    for s in (None, "", " memory ", "memory", "oxigraph:/tmp/x", "sparql:http://h/q"):
        assert paths.is_memory_store(s) == (spec.parse_spec(s)[0] == "memory"), s


# --- the library: rdflib terms for an rdflib graph, light ones from the snapshot ---------------
def test_library_draft_terms_follow_the_graph_given(kg, sources_dir):
    from kg.ingest.knowledge import snapshot
    from kg.model.namespaces import NFO as RNFO

    article = read_article(next(sources_dir.glob("001-*.txt")))
    heavy = ingest(kg, article, "terms-probe")
    ents = list(heavy.entities.values())
    assert all(type(e.iri) is RURIRef and type(e.cls) is RURIRef for e in ents)
    assert all(type(o).__module__ == "rdflib.term" for e in ents for _p, o, *_ in e.statements)
    # as before: rdflib's terms on either side of == and in sets
    named = RNFO[str(ents[0].cls).rsplit("#", 1)[-1]]
    assert named == ents[0].cls and ents[0].cls in (named,) and ents[0].cls in {named}
    light = ingest(snapshot.open_for_ingest(None, None), article, "terms-probe")
    assert all(type(e.iri) is URIRef for e in light.entities.values())
    assert to_turtle(light) == to_turtle(heavy)


# --- -o / --review naming a file --into writes ------------------------------------------------
_NOTE = ("Qinling Rare Metals Co., Ltd. said on 2 March 2026 that its new germanium refining "
         "line in Hanzhong had started trial runs, two months ahead of plan.\n")


@pytest.mark.parametrize("where", ["draft-as-document", "review-as-catalogue", "draft-as-text"])
def test_an_output_that_into_also_writes_is_refused(run, tmp_path, data_copy, where):
    texts = tmp_path / "texts"
    texts.mkdir()
    article = tmp_path / "qinling-germanium-line.txt"
    article.write_text(_NOTE, encoding="utf-8")
    doc = "900-qinling-germanium-line"
    target = {"draft-as-document": data_copy / "triples" / f"{doc}.ttl",
              "review-as-catalogue": data_copy / "triples" / "sources.ttl",
              "draft-as-text": texts / article.name}[where]
    out, review = (tmp_path / "d.ttl", target) if where.startswith("review") else (target, None)
    before = {p: p.read_bytes() for f in (data_copy, texts) for p in f.rglob("*") if p.is_file()}
    args = ["ingest", article, "--id", doc, "-o", out, "--data", data_copy, "--into", data_copy,
            "--texts", texts, "--force"] + (["--review", review] if review else [])
    r = run(*args)
    assert r.exit_code != 0
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and str(target) in lines[0] and "--into also writes" in lines[0]
    after = {p: p.read_bytes() for f in (data_copy, texts) for p in f.rglob("*") if p.is_file()
             and p.name != ".kg-write.lock"}
    assert after == {p: b for p, b in before.items() if p.name != ".kg-write.lock"}
    assert not (tmp_path / "d.ttl").exists()
