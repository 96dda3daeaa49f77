"""The faults a first-time user hit, each checked through the CLI; safe writes and builds."""
from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from kg.cli import app

KG = [sys.executable, "-m", "kg"]


def test_linked_type_keeps_only_that_type(runner, kg):
    r = runner.invoke(app, ["linked", "Magnesium", "--type", "Policy", "--format", "json"])
    assert r.exit_code == 0, r.stderr
    links = json.loads(r.stdout)["links"]
    assert links
    policy = kg.resolve_class("Policy")
    starts = {m["iri"] for m in json.loads(r.stdout)["matches"]}
    for link in links:
        far = [e for e in (link["subject"]["iri"], link["object"]["iri"]) if e not in starts]
        assert any(kg.is_a(__import__("rdflib").URIRef(e), policy) for e in far), link


def test_path_avoids_country_hubs_and_reads_inverse(runner):
    r = runner.invoke(app, ["path", "Baowu Magnesium", "Shaanxi", "--format", "json"])
    assert r.exit_code == 0, r.stderr
    paths = json.loads(r.stdout)["paths"]
    assert paths
    for p in paths:
        assert all(s["to"]["class"] != "Country" for s in p[:-1]), p
    r = runner.invoke(app, ["path", "Baowu Magnesium", "Chongqing Boao Magnesium-Aluminum Metal Manufacturing Co., Ltd."])
    assert r.exit_code == 0, r.stderr
    # the text: Chongqing Boao is a subsidiary of Baowu Magnesium; read from Baowu's side
    assert "→ has subsidiary" in r.stdout and "subsidiary of" not in r.stdout


def test_version(runner):
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.stdout.startswith("kg ")


def test_view_empty_name_is_an_error(runner, tmp_path):
    r = runner.invoke(app, ["view", "", "-o", str(tmp_path / "v.html")])
    assert r.exit_code == 1 and "empty" in r.stderr and not (tmp_path / "v.html").exists()


def test_quote_without_texts_says_so(tmp_path):
    env = {**os.environ, "KG_SOURCES": str(tmp_path)}
    r = subprocess.run([*KG, "show", "Fugu", "--quote"], capture_output=True, text=True, env=env)
    assert r.returncode == 0 and "lacks the text" in r.stderr


def test_build_force_only_replaces_our_store(tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "thesis.txt").write_text("precious")
    r = subprocess.run([*KG, "build", "--store", f"oxigraph:{docs}", "--force"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "not part of a store" in r.stderr and "thesis.txt" in r.stderr
    assert (docs / "thesis.txt").read_text() == "precious"
    deep = tmp_path / "a" / "b" / "kg"
    for extra in ([], ["--force"]):
        r = subprocess.run([*KG, "build", "--store", f"oxigraph:{deep}", *extra],
                           capture_output=True, text=True)
        assert r.returncode == 0, r.stderr
    assert json.loads((deep / "kg-store.json").read_text())["marker"]
    # a folder with our marker copied into it, beside someone's files, is not ours either
    (docs / "kg-store.json").write_bytes((deep / "kg-store.json").read_bytes())
    (docs / "photos").mkdir()
    (docs / "photos" / "a.jpg").write_bytes(b"img")
    r = subprocess.run([*KG, "build", "--store", f"oxigraph:{docs}", "--force"],
                       capture_output=True, text=True)
    assert r.returncode == 1 and "not part of a store" in r.stderr
    assert (docs / "thesis.txt").read_text() == "precious" and (docs / "photos" / "a.jpg").exists()


def test_huge_literal_builds_or_fails_cleanly(tmp_path):
    data = tmp_path / "big.ttl"
    data.write_text('<urn:x:a> <http://www.w3.org/2000/01/rdf-schema#comment> "'
                    + "x" * 50_000_000 + '" .\n', encoding="utf-8")
    r = subprocess.run([*KG, "build", str(data), "--store", f"oxigraph:{tmp_path / 'kg'}"],
                       capture_output=True, text=True)
    assert "Traceback" not in r.stderr
    assert r.returncode == 0 or len(r.stderr.strip().splitlines()) == 1


def test_devices_never_replaced(runner):
    r = runner.invoke(app, ["view", "Fugu", "-o", "/dev/full"])
    assert r.exit_code == 1 and "No space" in r.stderr
    r = runner.invoke(app, ["view", "Fugu", "-o", "/dev/null"])
    assert r.exit_code == 0
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISCHR(os.stat("/dev/full").st_mode)


def test_cache_in_a_shared_folder_is_not_used(tmp_path):
    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    planted = shared / "planted.pickle"
    env = {**os.environ, "KG_CACHE_DIR": str(shared)}
    r = subprocess.run([*KG, "linked", "Fugu", "--format", "json"], capture_output=True,
                       text=True, env=env)
    assert r.returncode == 0 and list(shared.iterdir()) == []      # nothing written there
    assert not planted.exists()
    own = tmp_path / "own"
    env = {**os.environ, "KG_CACHE_DIR": str(own)}
    r = subprocess.run([*KG, "linked", "Fugu", "--format", "json"], capture_output=True,
                       text=True, env=env)
    assert r.returncode == 0 and stat.S_IMODE(own.stat().st_mode) == 0o700
    entry = next(own.glob("*.pickle"))
    entry.chmod(0o666)                  # writable by others: not read (parsed afresh instead)
    r2 = subprocess.run([*KG, "linked", "Fugu", "--format", "json"], capture_output=True,
                        text=True, env=env)
    assert r2.returncode == 0 and r2.stdout == r.stdout
