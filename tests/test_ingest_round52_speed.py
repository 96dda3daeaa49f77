"""Round 52, speed: what ``kg ingest`` skips that it never needs, with the same answers."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from kg import cli

ROOT = Path(__file__).resolve().parents[1]


def _kg(*args: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "kg", *args], capture_output=True, text=True,
                          env=env, cwd=str(ROOT), timeout=120)


def test_ingest_run_builds_only_its_own_command():
    one = cli._app_run(["kg", "ingest", "a.txt"])
    assert [c.callback.__name__ for c in one.registered_commands] == ["ingest"]
    assert len(cli.app.registered_commands) > 1            # (the app itself untouched)
    assert cli._app_run(["kg", "linked", "Fugu"]) is cli.app
    assert cli._app_run(["kg", "--version"]) is cli.app
    assert cli._app_run(["kg"]) is cli.app


def test_ingest_help_and_errors_as_before():
    shown = _kg("ingest", "--help")
    assert shown.returncode == 0
    assert "Usage: kg ingest" in shown.stdout and "--output" in shown.stdout
    missing = _kg("ingest", "no-such-file.txt", "--id", "x-1", "-o", "out.ttl")
    assert missing.returncode == 1 and "file not found" in missing.stderr
    other = _kg("ingestx")
    assert other.returncode == 2 and "No such command" in other.stderr
