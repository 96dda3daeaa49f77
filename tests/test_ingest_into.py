"""`kg ingest --into`: the files of a document are written as one change (all or none), and
`--replace` replaces the whole document (its part, figures and inferred files too), so the data
folder validates afterwards; plus the input errors a user can cause (an impossible --date, a
folder or a device as the article)."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from kg.model import atomic

ARTICLES = Path(__file__).resolve().parent / "articles"
DOC = "003-magnesium-industry-2024-major-events"


def _snapshot(*folders):
    """Every file's bytes (the empty lock file a writer leaves, .kg-write.lock, aside)."""
    return {p: p.read_bytes() for f in folders for p in Path(f).rglob("*")
            if p.is_file() and p.name != atomic.folder_lock.NAME}


@pytest.fixture
def texts(tmp_path, sources_dir):
    dest = tmp_path / "texts"
    shutil.copytree(sources_dir, dest)
    return dest


def test_replace_takes_out_the_old_documents_other_files(run, tmp_path, data_copy, texts):
    triples = data_copy / "triples"
    old = sorted(p.name for p in triples.glob(f"*{DOC}*"))
    assert len(old) == 4          # the document, its part 2, its figures, its inferred file
    article = next(texts.glob(f"{DOC}.*"))        # the article drafted again, from scratch
    r = run("ingest", article, "--id", DOC, "-o", tmp_path / "d.ttl",
            "--data", data_copy, "--into", data_copy, "--texts", texts, "--replace")
    assert r.exit_code == 0, r.stderr
    assert sorted(p.name for p in triples.glob(f"*{DOC}*")) == [f"{DOC}.ttl"]
    assert "replaced the old document's files" in r.stdout and "part2" in r.stdout
    v = run("validate", "--data", data_copy, "--texts", texts, "-f", "json")
    payload = json.loads(v.stdout)
    assert v.exit_code == 0, [p for p in payload["problems"] if p["severity"] == "error"]
    assert all(p["severity"] in ("to review", "warning") for p in payload["problems"])


def test_a_failed_write_leaves_the_data_folder_as_it_was(run, tmp_path, data_copy, texts,
                                                        monkeypatch):
    before = _snapshot(data_copy, texts)
    real = os.replace
    calls = []

    def failing(src, dst):          # the third file to be swapped in fails (the catalogue)
        calls.append(dst)
        if str(dst).endswith("sources.ttl") and not str(src).endswith(".bak"):
            raise PermissionError(13, "Operation not permitted")
        return real(src, dst)
    monkeypatch.setattr(atomic.os, "replace", failing)
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", "901-x", "-o", tmp_path / "d.ttl",
            "--data", data_copy, "--into", data_copy, "--texts", texts)
    monkeypatch.setattr(atomic.os, "replace", real)
    assert r.exit_code == 1 and "sources.ttl" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
    assert _snapshot(data_copy, texts) == before          # nothing half-written, no temp files
    again = run("ingest", ARTICLES / "county-signing.txt", "--id", "901-x", "-o",
                tmp_path / "d2.ttl", "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert again.exit_code == 0, again.stderr            # the retry is not refused


def test_an_into_refusal_writes_no_output(run, tmp_path, data_copy, texts):
    out = tmp_path / "d.ttl"
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", DOC, "-o", out,
            "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert r.exit_code == 1 and "--replace" in r.stderr
    assert not out.exists()


def test_replace_files_rolls_back_and_keeps_modes(tmp_path):
    a, b, gone = tmp_path / "a", tmp_path / "b", tmp_path / "gone"
    a.write_text("old a")
    os.chmod(a, 0o600)
    gone.write_text("bye")
    atomic.replace_files({a: b"new a", b: b"new b"}, remove=[gone])
    assert a.read_text() == "new a" and b.read_text() == "new b" and not gone.exists()
    assert a.stat().st_mode & 0o777 == 0o600
    folder = tmp_path / "sub"
    folder.mkdir()
    with pytest.raises(atomic.KGError, match="not a regular file"):
        atomic.replace_files({a: b"x", folder: b"y"})
    assert a.read_text() == "new a" and sorted(p.name for p in tmp_path.iterdir()) == ["a", "b", "sub"]


@pytest.mark.parametrize("date", ["2025-13-45", "2025-02-30", "2025-00"])
def test_impossible_date_is_one_line_error(run, tmp_path, date):
    out = tmp_path / "d.ttl"
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", "x-1", "-o", out, "--date", date)
    assert r.exit_code == 1 and "not a valid date" in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not out.exists()


@pytest.mark.parametrize("what, word", [("folder", "folder"), ("device", "not a regular file")])
def test_folder_or_device_as_article(run, tmp_path, what, word):
    path = tmp_path if what == "folder" else Path("/dev/zero")
    r = run("ingest", path, "--id", "x-1", "-o", tmp_path / "d.ttl")
    assert r.exit_code == 1 and word in r.stderr and "not found" not in r.stderr


def test_review_page_of_a_long_article_is_cut_with_a_note(run, tmp_path, monkeypatch):
    from kg.ingest.output import review
    monkeypatch.setattr(review, "MAX_TEXT", 3_000)
    monkeypatch.setattr(review, "MAX_ROWS", 5)
    one = (ARTICLES / "county-signing.txt").read_text(encoding="utf-8")
    art = tmp_path / "long.txt"
    art.write_text("Bell\x07 and escape\x1b[31m here.\n" + (one + "\n") * 120, encoding="utf-8")
    page = tmp_path / "r.html"
    r = run("ingest", art, "--id", "x-long", "-o", tmp_path / "d.ttl", "--review", page)
    assert r.exit_code == 0, r.stderr
    html = page.read_text(encoding="utf-8")
    assert 'id="text-cut"' in html and f"of {len(art.read_text(encoding='utf-8'))} characters" in html
    assert 'id="rows-cut"' in html and html.count("<tr class=") == 5
    text_part = html.split('<div class="text" id="text">', 1)[1].split("</div>", 1)[0]
    # (highlights nest since round 30: an event's clause around the names in it)
    assert len(text_part) < 3_000 * 8 < len(one) * 120 // 2
    assert "\x07" not in html and "\x1b" not in html and "\u2407" in html and "\u241b" in html
    # every anchor left points at a highlight on the page
    import re
    ids = set(re.findall(r'id="(m-\d+(?:-\d+)?)"', html))
    assert ids and all(a in ids for a in re.findall(r'href="#(m-[\d-]+)"', html))


def test_a_draft_sharing_a_name_is_to_review_not_an_error(run, data_copy, sources_dir):
    """A proposed node named like a curated entity (or like the document's title) is a question
    for the reviewer (merge, or mark distinct), whichever of the two sorts first."""
    (data_copy / "triples" / "000-titanium-industry-conference-2025.part9.ttl").write_text(
        "@prefix nf: <https://w3id.org/nfkg/id/> .\n"
        "@prefix nfo: <https://w3id.org/nfkg/ontology#> .\n"
        "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
        "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n"
        "nf:a-baotai-group-2 a nfo:Company ; rdfs:label \"Baotai Group\" ;\n"
        "    nfo:draft true ; nfo:proposedBy \"name:group\" ; nfo:confidence 0.5 .\n"
        "nf:zz-baotai-group-3 a nfo:Company ; rdfs:label \"Baotai Group\" ;\n"
        "    nfo:draft true ; nfo:proposedBy \"name:group\" ; nfo:confidence 0.5 .\n",
        encoding="utf-8")
    v = run("validate", "--data", data_copy, "--texts", sources_dir, "-f", "json")
    payload = json.loads(v.stdout)
    names = [p for p in payload["problems"] if p["check"] == "names"]
    assert len(names) >= 3 and all(p["severity"] == "to review" for p in names), names
    assert v.exit_code == 0, [p for p in payload["problems"] if p["severity"] == "error"]


def test_a_new_id_never_overwrites_another_documents_text(run, tmp_path, data_copy, texts):
    """An article whose file name is that of a catalogued text is refused, --replace or not."""
    clash = tmp_path / f"{DOC}.txt"
    clash.write_text((ARTICLES / "county-signing.txt").read_text(encoding="utf-8"), encoding="utf-8")
    before = _snapshot(data_copy, texts)
    for extra in ((), ("--replace",)):
        r = run("ingest", clash, "--id", "920-clash", "-o", tmp_path / "d.ttl", "--force",
                "--data", data_copy, "--into", data_copy, "--texts", texts, *extra)
        assert r.exit_code == 1 and DOC in r.stderr and "Traceback" not in r.stderr
    assert _snapshot(data_copy, texts) == before


@pytest.mark.parametrize("where", ["output", "review", "both"])
def test_outputs_may_not_overwrite_the_article_or_each_other(run, tmp_path, where):
    art = tmp_path / "a.txt"
    text = (ARTICLES / "county-signing.txt").read_text(encoding="utf-8")
    art.write_text(text, encoding="utf-8")
    out, page = tmp_path / "d.ttl", tmp_path / "r.html"
    if where == "output":
        out = art
    elif where == "review":
        page = art
    else:
        page = out
    r = run("ingest", art, "--id", "x-1", "-o", out, "--review", page, "--force")
    assert r.exit_code == 1 and len(r.stderr.strip().splitlines()) == 1
    assert art.read_text(encoding="utf-8") == text


def test_concurrent_into_runs_keep_every_catalogue_entry(run, tmp_path, data_copy, texts):
    """Three `kg ingest --into` processes at once on one data folder: each waits for the
    folder's lock, so every document ends up catalogued."""
    import subprocess
    import sys
    # (a user's earlier run on this folder, without --into: its caches, the ingest snapshot of
    # the folder first, are there when the three start, so they race for the lock rather than
    # each load the graph and build the snapshot, some 5 s of CPU each)
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", "939-warm", "-o",
            tmp_path / "warm.ttl", "--data", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    procs = []
    for i in range(3):
        art = tmp_path / f"race{i}.txt"
        art.write_text((ARTICLES / "county-signing.txt").read_text(encoding="utf-8")
                       + f"\nNote {i}.\n", encoding="utf-8")
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "kg.cli", "ingest", str(art), "--id", f"93{i}-race", "-o",
             str(tmp_path / f"d{i}.ttl"), "--data", str(data_copy), "--into", str(data_copy),
             "--texts", str(texts)], stdout=subprocess.PIPE, stderr=subprocess.PIPE))
    for p in procs:
        _, err = p.communicate(timeout=300)
        assert p.returncode == 0, err.decode()
    catalogue = (data_copy / "triples" / "sources.ttl").read_text(encoding="utf-8")
    assert all(f"doc:93{i}-race" in catalogue for i in range(3))


def test_keeping_a_node_is_deleting_its_one_marker_line(run, tmp_path):
    """The draft's own instruction works on the text: deleting every '# DRAFT' line leaves valid
    Turtle without a marker, and nothing else is lost."""
    from rdflib import Graph
    from rdflib.compare import isomorphic
    from kg.model.namespaces import NFO
    out = tmp_path / "d.ttl"
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", "x-1", "-o", out)
    assert r.exit_code == 0, r.stderr
    text = out.read_text(encoding="utf-8")
    full = Graph().parse(data=text, format="turtle")
    drafts = set(full.subjects(NFO.draft, None))
    marker_lines = [ln for ln in text.splitlines() if ln.endswith("# DRAFT")]
    assert drafts and len(marker_lines) == len(drafts)
    kept = "\n".join(ln for ln in text.splitlines() if not ln.endswith("# DRAFT"))
    g = Graph().parse(data=kept, format="turtle")
    assert not set(g.subjects(NFO.draft, None))
    for p in (NFO.draft, NFO.proposedBy, NFO.confidence):
        full.remove((None, p, None))
    assert isomorphic(g, full)


def test_drafts_in_a_data_folder_are_answered_as_drafts(run, tmp_path, data_copy, texts):
    """Before review, what only a draft states carries the source "draft" in `kg linked`
    (table legend and JSON) and on the memory and Oxigraph stores alike; after review (marker
    lines deleted) the same links are plain sourced facts."""
    out = tmp_path / "d.ttl"
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", "940-fugu", "-o", out,
            "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    links = json.loads(run("linked", "Chen Lijun", "--data", data_copy, "-f", "json").stdout)["links"]
    assert links and all("draft" in l["sources"] and "940-fugu" in l["sources"] for l in links)
    table = run("linked", "Chen Lijun", "--data", data_copy, "--sources")
    assert "940 draft" in table.stdout and "draft: proposed by kg ingest" in table.stdout
    store = tmp_path / "kg"
    assert run("build", "--data", data_copy, "--store", f"oxigraph:{store}").exit_code == 0
    ox = json.loads(run("linked", "Chen Lijun", "--store", f"oxigraph:{store}", "-f", "json").stdout)
    assert [l["sources"] for l in ox["links"]] == [l["sources"] for l in links]
    # a curated entity the draft also names keeps its curated sources without "draft"
    fugu = json.loads(run("linked", "Fugu County", "--data", data_copy, "-f", "json").stdout)["links"]
    assert any("draft" not in l["sources"] for l in fugu)
    target = data_copy / "triples" / "940-fugu.ttl"
    target.write_text("\n".join(ln for ln in target.read_text(encoding="utf-8").splitlines()
                                if not ln.endswith("# DRAFT")) + "\n", encoding="utf-8")
    after = json.loads(run("linked", "Chen Lijun", "--data", data_copy, "-f", "json").stdout)["links"]
    assert after and all("draft" not in l["sources"] for l in after)


@pytest.mark.parametrize("name", ["county-signing", "association-meeting", "standard-release"])
def test_draft_turtle_is_the_draft_graph(name, kg):
    """The draft file (written by kg.model.turtle_out, not rdflib's serializer) parses back to
    exactly the draft's graph: every triple, blank-node evidence included."""
    from rdflib import Graph
    from rdflib.compare import isomorphic
    from kg.ingest.output.draft import to_graph, to_turtle
    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article
    draft = ingest(kg, read_article(ARTICLES / f"{name}.txt"), "x-1")
    g = Graph().parse(data=to_turtle(draft), format="turtle")
    assert len(g) > 20 and isomorphic(g, to_graph(draft))


def test_ingest_of_a_long_text_is_the_same_whatever_the_hash_seed(tmp_path, sources_dir):
    """Two fresh processes with different hash seeds and fresh caches (the learned relation
    prior included) write byte-identical drafts of the largest source text."""
    import os
    import subprocess
    import sys
    text = next(sources_dir.glob("003-*.txt"))
    outs = []
    for seed in ("11", "12"):
        cache = tmp_path / f"cache{seed}"
        cache.mkdir(mode=0o700)
        out = tmp_path / f"d{seed}.ttl"
        env = {**os.environ, "PYTHONHASHSEED": seed, "KG_CACHE_DIR": str(cache)}
        r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(text), "--id", "x-1",
                            "-o", str(out), "--format", "json"], capture_output=True, env=env)
        assert r.returncode == 0, r.stderr.decode()
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]


def test_a_byte_order_mark_is_not_part_of_the_title(run, tmp_path):
    art = tmp_path / "bom.txt"
    art.write_bytes("\ufeffCounty Signs Deal\n\n".encode("utf-8")
                    + (ARTICLES / "county-signing.txt").read_bytes())
    r = run("ingest", art, "--id", "x-bom", "-o", tmp_path / "d.ttl", "--format", "json")
    assert r.exit_code == 0, r.stderr
    assert json.loads(r.stdout)["title"] == "County Signs Deal"
