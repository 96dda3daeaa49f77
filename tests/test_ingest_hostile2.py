"""`kg ingest` attacked a second time (the first pass: test_ingest_hostile.py): the library and
the command sharing one check of the id and the date, ids that name the data folder's own files,
catalogues laid out otherwise than ours, broken catalogues, CSV cells a spreadsheet would run,
and files whose size says nothing. Every user-caused error is one line on stderr naming what and
where, a non-zero exit, nothing written; what is written parses back."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import RDF

from kg.model.errors import KGError

from hostile_drafts import snapshot_kg  # noqa: F401  (a module fixture)

NFO = Namespace("https://w3id.org/nfkg/ontology#")
DOC = Namespace("https://w3id.org/nfkg/doc/")
ARTICLE = ("Hostile test notice\n\nBaotai Group and Shenmu Hengda Metals Co., Ltd. met in Fugu "
           "County on June 3, 2025.\n")


def _error(r, *where):
    """One clear line on stderr naming ``where``, a non-zero exit, no traceback."""
    lines = r.stderr.strip().splitlines()
    assert r.exit_code != 0 and len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    for w in where:
        assert str(w) in lines[0], (w, lines[0])
    return lines[0]


def _files(*folders):
    return {p: p.read_bytes() for f in folders for p in Path(f).rglob("*") if p.is_file()}


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "in" / "hostile-notice.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def texts(tmp_path):
    dest = tmp_path / "texts"
    dest.mkdir()
    return dest


# --- one check of the id and the date, in the library and the command ------------------------
BAD_IDS = ["abc\n", "abc\r", "a/b", "", "-x", "sources", "inferred", "reference", "names-zh",
           "draft", "ontology"]


def test_the_library_refuses_every_id_and_date_the_command_refuses(run, tmp_path, article,
                                                                    snapshot_kg):
    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article

    art = read_article(article)
    for bad in BAD_IDS + [None, 7]:
        with pytest.raises(KGError) as exc:
            ingest(snapshot_kg, art, bad)
        assert repr(bad) in str(exc.value) and "\n" not in str(exc.value)
        if isinstance(bad, str) and bad:
            _error(run("ingest", article, "--id", bad, "-o", tmp_path / "d.ttl"), "--id")
    # digits of other scripts pass \d but make an invalid xsd:gYear; impossible days too
    for bad in ["\uff12\uff10\uff12\uff15", "\u0662\u0660\u0662\u0665-\u0660\u0665",
                "2025-02-29", "2025-00"]:
        with pytest.raises(KGError, match="--date"):
            ingest(snapshot_kg, art, "x-date", date=bad)
        _error(run("ingest", article, "--id", "x-date", "--date", bad, "-o", tmp_path / "d.ttl"),
               "--date")
    assert not (tmp_path / "d.ttl").exists()
    draft = ingest(snapshot_kg, art, "x-date", date="2024-02-29")       # a real leap day
    assert str(draft.date) == "2024-02-29"


def test_the_library_checks_title_publisher_and_url_and_a_default_title_is_plain_text(
        run, tmp_path, snapshot_kg):
    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article

    path = tmp_path / "headline.txt"
    path.write_text("\ufeff\u202e\x1b[31mRed\theadline \u2066over\u2069 ride\n"
                    "Baotai Group met in Fugu County.\n", encoding="utf-8")
    art = read_article(path)
    for option, value in [("title", "A \u202e B"), ("title", "Red \x1b[31m"),
                          ("publisher", "Bell\x07"), ("url", "javascript:alert(1)"),
                          ("title", 5)]:
        with pytest.raises(KGError, match=f"--{option}"):
            ingest(snapshot_kg, art, "x-opt", **{option: value})
    assert ingest(snapshot_kg, art, "x-opt", title="One\ntwo").title == "One two"
    # the first line as the title: what --title would accept (no override, no escape, no tab;
    # since round 53 a terminal colour code reads as nothing, "[31m" included)
    r = run("ingest", path, "--id", "x-headline", "-o", tmp_path / "d.ttl", "-f", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["title"] == "Red headline over ride"
    g = Graph().parse(tmp_path / "d.ttl", format="turtle")
    from rdflib.namespace import DCTERMS
    assert str(g.value(DOC["x-headline"], DCTERMS.title)) == "Red headline over ride"


def test_an_id_that_names_a_file_of_the_data_folder_changes_nothing(run, tmp_path, article,
                                                                   data_copy, texts):
    """``--id inferred --replace`` removed every ``inferred.*.ttl`` and put the draft in the
    inferred graph; ``--id sources`` replaced the catalogue."""
    before = _files(data_copy, texts)
    for doc_id in ("inferred", "sources", "reference", "names-zh"):
        r = run("ingest", article, "--id", doc_id, "-o", tmp_path / "d.ttl", "--into", data_copy,
                "--texts", texts, "--replace")
        _error(r, "--id", "reserved")
    assert _files(data_copy, texts) == before and not (tmp_path / "d.ttl").exists()


# --- --into a catalogue laid out otherwise, or broken -------------------------------------------
def test_into_a_catalogue_without_blank_lines_or_our_prefixes_keeps_every_other_entry(
        run, tmp_path, article, data_copy, texts):
    sources = data_copy / "triples" / "sources.ttl"
    original = Graph().parse(sources, format="turtle")
    text = sources.read_text(encoding="utf-8")
    text = re.sub(r"\n\s*\n(?=doc:)", "\n", text)          # entries one after the other
    text = re.sub(r"^@prefix dcterms:.*\n", "", text, flags=re.M)     # full IRIs instead
    text = re.sub(r"\bdcterms:(\w+)", r"<http://purl.org/dc/terms/\1>", text)
    sources.write_text(text, encoding="utf-8")
    assert set(Graph().parse(sources, format="turtle")) == set(original)
    old = "000-titanium-industry-conference-2025"
    r = run("ingest", article, "--id", old, "-o", tmp_path / "d.ttl", "--into", data_copy,
            "--texts", texts, "--replace")
    assert r.exit_code == 0, r.stderr
    second = article.with_name("hostile-second.txt")
    second.write_text(ARTICLE.replace("June 3", "June 4"), encoding="utf-8")
    r = run("ingest", second, "--id", "x-added", "-o", tmp_path / "d2.ttl", "--into", data_copy,
            "--texts", texts)
    assert r.exit_code == 0, r.stderr
    after = Graph().parse(sources, format="turtle")        # still Turtle
    docs = set(after.subjects(RDF.type, NFO.SourceDocument))
    assert docs == set(original.subjects(RDF.type, NFO.SourceDocument)) | {DOC["x-added"]}
    for doc in docs - {DOC[old], DOC["x-added"]}:           # the others exactly as they were
        assert set(after.triples((doc, None, None))) == set(original.triples((doc, None, None)))
    assert after.value(DOC[old], NFO.fileName) == Literal("hostile-notice.txt")


def test_replace_replaces_the_documents_text_and_no_other_file(run, tmp_path, article,
                                                                data_copy, texts):
    """A file of the text folder that no document of the catalogue has is not ours: --replace
    (which replaces the document with the id) does not overwrite it either."""
    theirs = texts / article.name
    theirs.write_text("Someone's own notes, kept beside the texts.\n", encoding="utf-8")
    before = _files(data_copy, texts)
    for extra in ([], ["--replace"]):
        r = run("ingest", article, "--id", "x-notes", "-o", tmp_path / "d.ttl", "--into",
                data_copy, "--texts", texts, *extra)
        _error(r, theirs, "different text")
    assert _files(data_copy, texts) == before and not (tmp_path / "d.ttl").exists()


@pytest.mark.parametrize("damage,said", [
    (b'\ndoc:broken a nfo:SourceDocument ; ;; "\n', "not valid Turtle"),
    (b"\n# caf\xe9\n", "not UTF-8")])
def test_a_broken_catalogue_is_a_one_line_error(run, tmp_path, article, data_copy, texts,
                                                damage, said):
    sources = data_copy / "triples" / "sources.ttl"
    sources.write_bytes(sources.read_bytes() + damage)
    before = _files(data_copy, texts)
    r = run("ingest", article, "--id", "x-broken", "-o", tmp_path / "d.ttl", "--into", data_copy,
            "--texts", texts)
    _error(r, sources, said)
    assert _files(data_copy, texts) == before and not (tmp_path / "d.ttl").exists()


# --- CSV that a spreadsheet opens ---------------------------------------------------------------
def test_csv_cells_a_spreadsheet_would_run_as_formulas_are_quoted(run):
    values = ['=HYPERLINK("http://x.example/","open")', "@SUM(A1:A9)", "+1-1",
              "-2+3 cmd|' /C calc'!A0", "\tTAB", "=", "plain", "-2", "-1.5", "+3"]
    rows = " ".join(f'("{v}" {i})' for i, v in
                    enumerate(v.replace("\\", "\\\\").replace('"', '\\"').replace("\t", "\\t")
                              for v in values))
    query = f"SELECT ?v ?i WHERE {{ VALUES (?v ?i) {{ {rows} }} }} ORDER BY ?i"
    r = run("sparql", query, "-f", "csv")
    assert r.exit_code == 0, r.stderr
    cells = [row[0] for row in csv.reader(io.StringIO(r.stdout))][1:]
    assert cells == ["'" + v for v in values[:6]] + values[6:]        # numbers stay numbers
    r = run("sparql", query, "-f", "json")                 # JSON keeps the data exact
    assert [row["v"] for row in json.loads(r.stdout)["rows"]] == values


TINY = {"sources.ttl": """@prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix doc: <https://w3id.org/nfkg/doc/> .
doc:x-tiny a nfo:SourceDocument .
""", "x-tiny.ttl": """@prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix nf: <https://w3id.org/nfkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
nf:a a nfo:Company ; rdfs:label "=HYPERLINK(\\"http://x.example/\\",\\"open\\")" ;
    nfo:subsidiaryOf nf:b .
nf:b a nfo:Company ; rdfs:label "@SUM(1+1)" .
"""}


def test_exported_csv_quotes_cells_a_spreadsheet_would_run(run, tmp_path):
    (tmp_path / "data" / "triples").mkdir(parents=True)
    for name, body in TINY.items():
        (tmp_path / "data" / "triples" / name).write_text(body, encoding="utf-8")
    r = run("export", "-f", "csv", "-o", tmp_path / "out", "--data", tmp_path / "data")
    assert r.exit_code == 0, r.stderr
    with open(tmp_path / "out" / "nodes.csv", encoding="utf-8", newline="") as fh:
        labels = {row["id"].rsplit("/", 1)[-1]: row["label"] for row in csv.DictReader(fh)}
    assert labels["a"] == "'=HYPERLINK(\"http://x.example/\",\"open\")"
    assert labels["b"] == "'@SUM(1+1)"


FIGURE = """@prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix nf: <https://w3id.org/nfkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
nf:china a nfo:Country ; rdfs:label "China" .
nf:fig-a a nfo:Observation ; rdfs:label "A figure" ; nfo:observationAbout nf:china ;
    nfo:value "{value}"^^xsd:double ; nfo:valueText "a value" ; nfo:periodStart "2025"^^xsd:gYear .
"""


def _figure_data(folder: Path, value: str) -> Path:
    (folder / "triples").mkdir(parents=True)
    (folder / "triples" / "sources.ttl").write_text(TINY["sources.ttl"], encoding="utf-8")
    (folder / "triples" / "x-tiny.ttl").write_text(FIGURE.replace("{value}", value),
                                                   encoding="utf-8")
    return folder


def _strict_json(text: str):
    def refuse(name):
        raise ValueError(f"not JSON: {name}")
    return json.loads(text, parse_constant=refuse)


def test_json_output_is_valid_json_even_for_a_value_that_is_not_a_number(run, tmp_path):
    data = _figure_data(tmp_path / "data", "NaN")
    r = run("figures", "China", "--data", data, "-f", "json")
    assert r.exit_code == 0, r.stderr
    payload = _strict_json(r.stdout)        # Python would write NaN, which JSON has not
    assert [f["value"] for f in payload["figures"]] == [None]


def test_a_figure_valued_infinity_is_shown_not_a_traceback(run, tmp_path):
    data = _figure_data(tmp_path / "data", "INF")
    r = run("figures", "China", "--data", data, "-f", "json", catch_exceptions=True)
    assert r.exit_code == 0 and _strict_json(r.stdout)["figures"], r.stderr


# --- files whose size says nothing --------------------------------------------------------------
def test_a_file_whose_size_says_zero_is_read_for_what_it_holds(run, tmp_path):
    proc = Path("/proc/self/status")            # size 0 in stat, text when read
    if not proc.is_file():
        pytest.skip("no /proc")
    r = run("ingest", proc, "--id", "x-proc", "-o", tmp_path / "d.ttl", "-f", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["title"].startswith("Name:")


# --- the terminal closing while the outputs are written ------------------------------------------
HANGUP = """
import os, signal, sys
from pathlib import Path
from kg.ingest.output.interrupts import held
from kg.model.atomic import atomic_write_text
signal.signal(signal.SIGHUP, signal.SIG_DFL)     # as in a terminal (not inherited from nohup)
with held():
    atomic_write_text(Path(sys.argv[1]) / "d.ttl", "x" * 100_000)
    os.kill(os.getpid(), signal.SIGHUP)          # the terminal closes: SSH dropped
    atomic_write_text(Path(sys.argv[1]) / "r.html", "y" * 100_000)
print("not reached")
"""


def test_a_hangup_while_the_outputs_are_written_waits_until_they_are_in_place(tmp_path):
    import signal
    import subprocess
    import sys

    if not hasattr(signal, "SIGHUP"):
        pytest.skip("no SIGHUP here")
    p = subprocess.run([sys.executable, "-c", HANGUP, str(tmp_path)], capture_output=True,
                       text=True, timeout=60)
    assert p.returncode == -signal.SIGHUP and "not reached" not in p.stdout, p.stderr
    assert sorted(x.name for x in tmp_path.iterdir()) == ["d.ttl", "r.html"]    # no temp files
    assert (tmp_path / "r.html").read_text() == "y" * 100_000


# --- paths that cannot even be looked at -------------------------------------------------------
def test_a_path_too_long_to_look_at_is_a_one_line_error(run, tmp_path, article, data_copy):
    long_name = tmp_path / ("a" * 300 + ".txt")         # over the 255 bytes a name may have
    before = _files(data_copy)
    for args, said in [([long_name], "cannot read it"),
                       ([article, "--into", data_copy, "--texts", long_name], "cannot use it"),
                       ([article, "--into", long_name], "cannot use it")]:
        r = run("ingest", *args[:1], "--id", "x-long", "-o", tmp_path / "d.ttl", *args[1:])
        _error(r, "aaaa", said)
    assert _files(data_copy) == before and not (tmp_path / "d.ttl").exists()


def test_an_output_path_too_long_or_looping_is_a_one_line_error(run, tmp_path, article):
    loop = tmp_path / "loop-a"
    loop.symlink_to(tmp_path / "loop-b")
    (tmp_path / "loop-b").symlink_to(loop)
    for art, out in ((article, tmp_path / ("a" * 300 + ".ttl")), (article, loop),
                     (loop, tmp_path / "d.ttl")):
        r = run("ingest", art, "--id", "x-long", "-o", out, catch_exceptions=True)
        assert r.exception is None or isinstance(r.exception, SystemExit)
        _error(r)


# --- faults found in files this pass does not own (reported; fixed elsewhere) ---------------------
def test_an_impossible_day_in_the_text_becomes_no_date(tmp_path, snapshot_kg):
    import datetime

    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article

    path = tmp_path / "impossible-day.txt"
    path.write_text("2025-02-30\nBaotai Group held the Fugu Magnesium Forum in Fugu County on "
                    "February 30, 2025.\n", encoding="utf-8")
    draft = ingest(snapshot_kg, read_article(path), "x-impossible")
    dates = [o for e in draft.entities.values() for _p, o, _s, _r in e.statements
             if getattr(o, "datatype", None) is not None and str(o.datatype).endswith("#date")]
    dates += [draft.date] if draft.date is not None else []
    for d in dates:
        datetime.date.fromisoformat(str(d))         # ValueError: day is out of range for month
