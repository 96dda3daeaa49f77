"""`kg ingest` attacked from the outside, as a careless user or an attacker would: files that are
not UTF-8 articles, options that would break a file name, an IRI or a page, outputs in the
wrong place, hostile characters in names, and ``--into`` runs that are refused or killed. Every
user-caused error is one line on stderr naming what and where, with a non-zero exit and nothing
written; what is written parses back and shows hostile text as text."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from rdflib import Graph, Literal, Namespace
from rdflib.namespace import DCTERMS, RDFS

OA = Namespace("http://www.w3.org/ns/oa#")
NFO = Namespace("https://w3id.org/nfkg/ontology#")
KG = Path(sys.executable).parent / "kg"

ARTICLE = ("\ufeffMinistry Notice \U0001F680\r\n\r\n"
           "\U0001F680\U0001F1E8\U0001F1F3 Baotai Group and Shenmu Hengda Metals Co., Ltd. signed "
           "in Fugu County on May 2, 2025.\r\n"
           'The Ministry issued the "Notice on <script>window.pwned=1</script> ]]> & '
           '\x1b[31m \u202e Policy Work" with Baotai Group.\r\n')


def _error(r, *where):
    """One clear line on stderr naming ``where``, a non-zero exit, no traceback."""
    lines = r.stderr.strip().splitlines()
    assert r.exit_code != 0 and len(lines) == 1 and lines[0].startswith("error: "), r.stderr
    assert "Traceback" not in r.stderr
    for w in where:
        assert str(w) in lines[0], (w, lines[0])
    return lines[0]


def _files(*folders):
    """Every file under ``folders`` (hidden ones too) with its bytes."""
    return {p: p.read_bytes() for f in folders for p in Path(f).rglob("*") if p.is_file()}


def _spans(g, node):
    for ev in g.objects(node, NFO.evidence):
        sel = g.value(ev, OA.hasSelector)
        yield int(g.value(sel, OA.start)), int(g.value(sel, OA.end))


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "in" / "notice.txt"
    path.parent.mkdir()
    path.write_bytes(ARTICLE.encode("utf-8"))
    return path


@pytest.fixture
def texts(tmp_path, sources_dir):
    import shutil
    dest = tmp_path / "texts"
    shutil.copytree(sources_dir, dest)
    return dest


BAD_FILES = {
    "empty": (b"", "empty"),
    "white space": (b" \r\n\t \n", "white space"),
    "binary": (bytes(range(256)) * 4, "NUL"),
    "UTF-16 with a byte-order mark": ("Baotai Group met.\n".encode("utf-16"), "UTF-16"),
    "UTF-16 without one": ("Baotai Group met in Fugu.\n".encode("utf-16-le"), "UTF-16"),
    "UTF-32": ("Baotai Group met.\n".encode("utf-32"), "UTF-32"),
    "Latin-1": ("Caf\u00e9 Baotai Group met.\n".encode("latin-1"), "0xE9"),
    "a NUL far in": (b"Baotai Group met in Fugu. " * 4000 + b"\x00 end.", "NUL"),
    "no word": ("\u200b\u200d\u0301\u0301 \u200f\n\u2060 \U0001F680 ...".encode(), "no word"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_a_file_that_is_no_utf8_article_is_a_one_line_error(run, tmp_path, name):
    data, said = BAD_FILES[name]
    path = tmp_path / "article.txt"
    path.write_bytes(data)
    r = run("ingest", path, "--id", "x-bad", "-o", tmp_path / "d.ttl", "--review",
            tmp_path / "r.html")
    _error(r, path, said)
    assert sorted(os.listdir(tmp_path)) == ["article.txt"]         # nothing written


def test_a_file_name_that_is_not_utf8_is_a_one_line_error(run, tmp_path):
    path = Path(os.fsdecode(bytes(tmp_path) + b"/\xff\xfe.txt"))
    path.write_text("Baotai Group met in Fugu County.\n", encoding="utf-8")
    _error(run("ingest", path, "--id", "x-name", "-o", tmp_path / "d.ttl"), "not UTF-8")
    assert not (tmp_path / "d.ttl").exists()


BAD_OPTIONS = [
    (["--id", "abc\n"], "--id"), (["--id", "a/b"], "--id"), (["--id", ".."], "--id"),
    (["--id", "a b"], "--id"), (["--id", "Upper"], "--id"), (["--id", "d\u00e9j\u00e0"], "--id"),
    (["--id", "a" * 300], "at most"),
    (["--date", "2026-02-30"], "--date"), (["--date", "tomorrow"], "--date"),
    (["--url", "javascript:alert(1)"], "http"), (["--url", 'https://x.org/a b"c'], "--url"),
    (["--url", "https://x.org/<script>"], "--url"), (["--url", "http://"], "http"),
    (["--title", "Red \x1b[31m title"], "--title"), (["--title", "A \u202e B"], "--title"),
    (["--publisher", "Bell\x07"], "--publisher"),
]


@pytest.mark.parametrize("args,said", BAD_OPTIONS, ids=[repr(a[1])[:20] for a, _ in BAD_OPTIONS])
def test_an_option_that_would_break_a_file_an_iri_or_a_page_is_refused(run, tmp_path, article,
                                                                         args, said):
    opts = dict(zip(args[::2], args[1::2]))
    opts.setdefault("--id", "x-opt")
    flat = [x for kv in opts.items() for x in kv]
    r = run("ingest", article, *flat, "-o", tmp_path / "d.ttl")
    _error(r, said)
    assert not (tmp_path / "d.ttl").exists()


def test_outputs_in_the_wrong_place_are_refused_and_nothing_not_ours_is_replaced(
        run, tmp_path, article):
    folder = tmp_path / "a-folder"
    folder.mkdir()
    victim = tmp_path / "victim.txt"
    victim.write_text("not ours\n", encoding="utf-8")
    link = tmp_path / "link.ttl"
    link.symlink_to(victim)
    before = _files(tmp_path)
    for args, said in [
            (["-o", folder], "is a folder"), (["-o", folder, "--force"], "is a folder"),
            (["-o", tmp_path / "missing" / "d.ttl"], "missing"),
            (["-o", tmp_path / "d.ttl", "--review", folder], "is a folder"),
            (["-o", tmp_path / "d.ttl", "--review", tmp_path / "missing" / "r.html"], "missing"),
            (["-o", victim], "--force"), (["-o", link], "--force"),
            (["-o", tmp_path / "d.ttl", "--review", link], "--force"),
            (["-o", tmp_path / "d.ttl", "--review", tmp_path / "d.ttl"], "same file"),
            (["-o", article, "--force"], "article being read")]:
        r = run("ingest", article, "--id", "x-out", *args)
        _error(r, said)
    assert _files(tmp_path) == before
    assert not (tmp_path / "d.ttl").exists() and os.listdir(folder) == []


def test_hostile_names_parse_back_keep_code_point_offsets_and_are_escaped(run, tmp_path,
                                                                          article):
    out = tmp_path / "d.ttl"
    r = run("ingest", article, "--id", "x-hostile", "-o", out, "--title", "Line one\nline two",
            "--url", "https://example.org/a?b=1&c=%22", "-f", "json")
    assert r.exit_code == 0, r.stderr
    payload = json.loads(r.stdout)                  # valid JSON, hostile names and all
    text = article.read_text(encoding="utf-8")      # what the evidence checks read: CRLF -> LF
    notice = next(e for e in payload["entities"] if e["label"].startswith("Notice on"))
    # (a terminal's colour code reads as nothing since round 53; the label keeps no ESC)
    assert "<script>" in notice["label"] and "]]>" in notice["label"] and "\x1b" not in notice["label"]
    g = Graph().parse(out, format="turtle")         # the draft parses back
    node = next(s for s, o in g.subject_objects(RDFS.label) if str(o).startswith("Notice on"))
    assert str(g.value(node, RDFS.label)) == notice["label"]
    for ent in payload["entities"]:                 # offsets are code points into the text
        if ent["known"] or ent["class"] == "Notice":
            spans = list(_spans(g, next(g.subjects(RDFS.label, Literal(ent["label"])))))
            assert spans and all(text[a:b].replace("\n", " ") for a, b in spans)
            if ent["label"] in ("Baotai Group", "Fugu County"):
                assert {text[a:b] for a, b in spans} == {ent["label"]}
    doc = next(g.subjects(DCTERMS.identifier, Literal("x-hostile")))
    assert str(g.value(doc, DCTERMS.title)) == "Line one line two"
    # the terminal table shows the escape and the override as escapes, not raw
    table = run("ingest", article, "--id", "x-hostile", "-o", out, "--force", "--rows", "100")
    assert table.exit_code == 0, table.stderr
    assert "\x1b" not in table.stdout and "\u202e" not in table.stdout
    # (the colour code and the override before "Policy Work" read as nothing since round 53:
    # the label holds no escape left to show)


def test_line_ends_are_counted_as_every_reader_counts_them(run, tmp_path, data_copy, texts):
    """CRLF and lone CR: offsets index the text as ``Path.read_text`` (the evidence checks,
    ``kg show --quote``) gives it, and the copy ``--into`` stores has the catalogue's sha256."""
    import hashlib
    for i, nl in enumerate(("\r\n", "\r")):
        path = tmp_path / f"line-ends-{i}.txt"
        body = nl.join([f"Baotai Group news {i}", "", "Baotai Group met Shenmu Hengda Metals Co., Ltd. "
                        "in Fugu County.", "China Nonferrous Metals Industry Association spoke.", ""])
        path.write_bytes(body.encode("utf-8"))
        out = tmp_path / f"d{i}.ttl"
        r = run("ingest", path, "--id", f"x-ends-{i}", "-o", out, "--into", data_copy,
                "--texts", texts)
        assert r.exit_code == 0, r.stderr
        stored = texts / path.name
        text = stored.read_text(encoding="utf-8")
        g = Graph().parse(out, format="turtle")
        for name in ("Baotai Group", "Fugu County", "China Nonferrous Metals Industry Association"):
            node = next(g.subjects(RDFS.label, Literal(name)))
            assert {text[a:b] for a, b in _spans(g, node)} <= {name, "Baotai"}, name
        doc = next(g.subjects(DCTERMS.identifier, Literal(f"x-ends-{i}")))
        assert str(g.value(doc, NFO.sha256)) == hashlib.sha256(stored.read_bytes()).hexdigest()
        # the headline is a line of its own, not part of the first sentence's event
        assert not any(f"news {i} Baotai" in str(o) for o in g.objects(None, RDFS.label))


def test_a_refused_into_changes_nothing_under_the_data_folder(run, tmp_path, data_copy, texts,
                                                             article):
    plain = tmp_path / "plain"
    plain.mkdir()
    odd = tmp_path / "in" / "odd\nname.txt"
    odd.write_bytes(ARTICLE.encode("utf-8"))
    before = _files(data_copy, texts)
    doc = "003-magnesium-industry-2024-major-events"
    for art, args, said in [
            (article, ["--id", doc, "--into", data_copy, "--texts", texts], "--replace"),
            (article, ["--id", "x-into", "--into", plain, "--texts", texts], "not a data folder"),
            (article, ["--id", "x-into", "--into", tmp_path / "nowhere", "--texts", texts],
             "nowhere"),
            (article, ["--id", "x-into", "--into", data_copy, "--texts", tmp_path / "none"],
             "none"),
            (odd, ["--id", "x-into", "--into", data_copy, "--texts", texts], "file name"),
            (article, ["--id", "x-into", "--into", data_copy, "--texts", data_copy / "triples",
                       "--replace"], "triples folder")]:
        r = run("ingest", art, *args, "-o", tmp_path / "d.ttl")
        _error(r, said)
    assert _files(data_copy, texts) == before           # not even a lock file
    assert os.listdir(plain) == [] and not (tmp_path / "d.ttl").exists()


def test_ctrl_c_while_the_outputs_are_written_waits_until_they_are_in_place(tmp_path):
    from kg.ingest.output.interrupts import held
    from kg.model.atomic import atomic_write_text

    # (as in a terminal: Ctrl-C raises KeyboardInterrupt, whatever an earlier test in this
    # worker left as the handler)
    before = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        with pytest.raises(KeyboardInterrupt):
            with held():
                os.kill(os.getpid(), signal.SIGINT)
                atomic_write_text(tmp_path / "a.ttl", "x" * 100_000)
                atomic_write_text(tmp_path / "b.html", "y" * 100_000)
    finally:
        signal.signal(signal.SIGINT, before)
    assert sorted(os.listdir(tmp_path)) == ["a.ttl", "b.html"]
    assert (tmp_path / "b.html").read_text() == "y" * 100_000


def _default_signals():
    """The child starts as from a terminal: SIGINT and SIGTERM at their defaults, whatever the
    test worker's handlers are (a worker that ignores SIGINT would pass that on)."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT])
def test_killed_mid_run_leaves_nothing_behind(tmp_path, data_copy, texts, sig):
    big = tmp_path / "big.txt"
    para = ("Baotai Group met Shenmu Hengda Metals Co., Ltd. in Fugu County on May 2, 2025, and "
            "Wang Lei, chairman of the Fugu County Magnesium Industry Association, spoke. ")
    big.write_text(para * 6000, encoding="utf-8")         # about 1 MB: drafting takes a while
    before = _files(data_copy, texts)
    out = tmp_path / "out"
    out.mkdir()
    proc = subprocess.Popen([str(KG), "ingest", str(big), "--id", "x-big", "-o", str(out / "d.ttl"),
                             "--review", str(out / "r.html"), "--into", str(data_copy),
                             "--texts", str(texts)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=_default_signals)
    time.sleep(2.5)
    assert proc.poll() is None, proc.communicate()       # still drafting
    proc.send_signal(sig)
    _out, err = proc.communicate(timeout=60)
    assert proc.returncode != 0 and "Traceback" not in err
    assert _files(data_copy, texts) == before
    assert os.listdir(out) == []


def test_review_page_of_a_hostile_article_in_chromium(run, tmp_path, article, chromium):
    page_file = tmp_path / "review.html"
    r = run("ingest", article, "--id", "x-page", "-o", tmp_path / "d.ttl", "--review", page_file,
            "--title", '</title><script>window.pwned=3</script><img src="https://x.org/p.png">')
    assert r.exit_code == 0, r.stderr
    remote, errors = [], []
    ctx = chromium.new_context()      # the session's Chromium (tests/conftest.py)
    try:
        ctx.route("**/*", lambda route: route.continue_() if route.request.url.startswith(
            ("file:", "data:", "about:")) else (remote.append(route.request.url), route.abort()))
        page = ctx.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(page_file.resolve().as_uri(), wait_until="load")
        assert page.evaluate("() => [window.pwned, document.scripts.length, "
                             "document.images.length]") == [None, 0, 0]
        assert "</title><script>window.pwned=3" in page.locator("body").inner_text()
        notice = page.locator("mark.new", has_text="Notice on").first
        shown = notice.inner_text()
        assert "<script>window.pwned=1</script> ]]> &" in shown
        assert "\u241b[31m" in shown and "\u202e" not in shown and "\ufffd" in shown
        assert "\u202e" not in page.locator("body").inner_text()
        baotai = page.locator("mark.known", has_text="Baotai Group").first
        assert "nf:baotai-group" in baotai.get_attribute("title")
        assert "<script>" in page.locator("#statements").inner_text()
    finally:
        ctx.close()
    assert remote == [] and errors == []
