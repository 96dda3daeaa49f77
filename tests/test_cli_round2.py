"""Hardening, round 2, as a user of the CLI sees it (real `kg` subprocesses):

* Ctrl-C (SIGINT) or SIGTERM stops a long `kg sparql` at once: its query process is killed,
  the command exits 130 / 143 with one line on stderr;
* `kg export` and `kg view` never replace an existing file without --force (a csv folder's
  nodes.csv / edges.csv included), and still write into device files without it."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

KG = [sys.executable, "-m", "kg"]
CROSS = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"     # minutes of work


def children(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def ignore_sigint():
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@pytest.mark.parametrize("sig, code, name, started", [
    (signal.SIGINT, 130, "SIGINT", None),
    (signal.SIGINT, 130, "SIGINT", ignore_sigint),     # as `kg sparql ... &` in a script starts it
    (signal.SIGTERM, 143, "SIGTERM", None)], ids=["sigint", "sigint-background", "sigterm"])
def test_signal_stops_a_long_query_at_once(sig, code, name, started):
    proc = subprocess.Popen(KG + ["sparql", "--timeout", "60", CROSS], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=started)
    try:
        deadline = time.monotonic() + 30
        workers = []
        while not workers and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.2)
            workers = children(proc.pid)       # the query's process, once the graph is loaded
        assert workers, "kg sparql did not start a query process"
        time.sleep(2)
        assert proc.poll() is None             # still working on the query
        sent = time.monotonic()
        proc.send_signal(sig)
        out, err = proc.communicate(timeout=15)
        took = time.monotonic() - sent
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == code, err
    assert took < 3, f"took {took:.1f} s to stop"
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: interrupted") and name in lines[0], err
    assert "Traceback" not in err and out == ""
    time.sleep(0.2)
    assert not [w for w in workers if alive(w)], "the query process outlived kg sparql"


def kg(*args, cwd=None):
    return subprocess.run(KG + list(args), capture_output=True, text=True, cwd=cwd, timeout=300)


def test_export_and_view_refuse_to_replace_without_force(tmp_path):
    mine = tmp_path / "mine.nt"
    mine.write_text("my notes\n")
    r = kg("export", "-f", "nt", "-o", str(mine))
    assert r.returncode == 1 and mine.read_text() == "my notes\n"
    assert r.stderr.strip() == f"error: {mine} exists: pass --force to replace it"

    link = tmp_path / "link.nt"                 # through a link onto someone's file: refused too
    link.symlink_to(mine)
    r = kg("export", "-f", "nt", "-o", str(link))
    assert r.returncode == 1 and "--force" in r.stderr and mine.read_text() == "my notes\n"

    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "thesis.txt").write_text("thesis")
    (folder / "edges.csv").write_text("my edges")
    r = kg("export", "-f", "csv", "-o", str(folder))
    assert r.returncode == 1 and r.stderr.strip() == f"error: {folder / 'edges.csv'} exists: pass --force to replace it"
    assert (folder / "edges.csv").read_text() == "my edges" and not (folder / "nodes.csv").exists()

    page = tmp_path / "page.html"
    page.write_text("<p>mine</p>")
    r = kg("view", "Fugu County", "-o", str(page))
    assert r.returncode == 1 and r.stderr.strip() == f"error: {page} exists: pass --force to replace it"
    assert page.read_text() == "<p>mine</p>"

    # with --force they replace (and a new folder / file needs no --force)
    assert kg("export", "-f", "nt", "-o", str(mine), "--force").returncode == 0
    assert "<https://w3id.org/nfkg/" in mine.read_text()
    assert kg("export", "-f", "csv", "-o", str(folder), "--force").returncode == 0
    assert (folder / "edges.csv").read_text().startswith("source,target")
    assert (folder / "thesis.txt").read_text() == "thesis"
    assert kg("view", "Fugu County", "-o", str(page), "--force").returncode == 0
    assert page.read_text().startswith("<!DOCTYPE html>")
    fresh = tmp_path / "new" / "out"
    assert kg("export", "-f", "csv", "-o", str(fresh)).returncode == 0
    assert (fresh / "nodes.csv").exists()


def test_device_files_need_no_force(tmp_path):
    r = kg("export", "-f", "nt", "-o", "/dev/null")
    assert r.returncode == 0, r.stderr
    r = kg("view", "Fugu County", "-o", "/dev/stdout", "--format", "json")
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("<!DOCTYPE html>")
    assert os.path.exists("/dev/null") and not os.path.isfile("/dev/null")
