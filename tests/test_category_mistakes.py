"""Questions that cannot be answered as asked get one clear line and a non-zero exit, never a
silent empty answer: impossible dates for `kg figures`, a non-place for `timeline --in`, the
same entity at both ends of `kg path`."""
from __future__ import annotations

import pytest


def _one_line_error(r, *words):
    assert r.exit_code == 1, r.stdout
    assert len(r.stderr.strip().splitlines()) == 1 and "Traceback" not in r.stderr
    for w in words:
        assert w in r.stderr, r.stderr


@pytest.mark.parametrize("option", ["--from", "--to"])
@pytest.mark.parametrize("value", ["2024-13", "2024-02-30", "1999-99", "2023-02-29"])
def test_figures_refuses_impossible_dates(run, option, value):
    _one_line_error(run("figures", option, value), "not a valid date", value)


def test_figures_accepts_real_dates(run):
    r = run("figures", "--from", "2024-02-29", "--to", "2024-12", "--format", "json")
    assert r.exit_code == 0, r.stderr


def test_timeline_in_a_non_place(run):
    _one_line_error(run("timeline", "--in", "Baotai Group"), "not a place", "--about")
    r = run("timeline", "--in", "Fugu", "--format", "json")
    assert r.exit_code == 0 and '"entries": [' in r.stdout


def test_path_between_one_entity_and_itself(run):
    _one_line_error(run("path", "Fugu County", "Fugu"), "same entity")
