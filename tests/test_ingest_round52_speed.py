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


def test_a_run_builds_only_its_own_command():
    one = cli._app_run(["kg", "ingest", "a.txt"])
    assert [c.callback.__name__ for c in one.registered_commands] == ["ingest"]
    assert len(cli.app.registered_commands) > 1            # (the app itself untouched)
    linked = cli._app_run(["kg", "linked", "Fugu"])
    assert [c.callback.__name__ for c in linked.registered_commands] == ["linked"]
    assert cli._app_run(["kg", "--version"]) is cli.app
    assert cli._app_run(["kg", "--help"]) is cli.app
    assert cli._app_run(["kg", "no-such"]) is cli.app
    assert cli._app_run(["kg"]) is cli.app


def test_every_command_still_runs_alone():
    for c in cli.app.registered_commands:
        name = c.name or c.callback.__name__.replace("_", "-")
        shown = _kg(name, "--help")
        assert shown.returncode == 0 and f"Usage: kg {name}" in shown.stdout, name


def test_other_commands_answer_as_before():
    linked = _kg("linked", "Fugu")
    assert linked.returncode == 0 and "Fugu" in linked.stdout
    listed = _kg("--help")
    assert listed.returncode == 0 and "ingest" in listed.stdout and "linked" in listed.stdout


def test_ingest_help_and_errors_as_before():
    shown = _kg("ingest", "--help")
    assert shown.returncode == 0
    assert "Usage: kg ingest" in shown.stdout and "--output" in shown.stdout
    missing = _kg("ingest", "no-such-file.txt", "--id", "x-1", "-o", "out.ttl")
    assert missing.returncode == 1 and "file not found" in missing.stderr
    other = _kg("ingestx")
    assert other.returncode == 2 and "No such command" in other.stderr
