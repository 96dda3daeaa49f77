"""Shared fixtures: the shipped graph (loaded once), a CLI runner, paths."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kg.evidence import find_sources_dir
from kg.graph import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EXPECTED = Path(__file__).resolve().parent / "expected"


@pytest.fixture(scope="session")
def kg():
    return load(DATA)


@pytest.fixture(scope="session")
def sources_dir():
    d = find_sources_dir(ROOT)
    if d is None:
        pytest.skip("source texts not found: put the corpus at ../shared/sources or set KG_SOURCES")
    return d


@pytest.fixture
def runner():
    return CliRunner()


@pytest.fixture
def run(runner):
    """Invoke the CLI; returns the Result (stdout and stderr kept apart)."""
    from kg.cli import app

    def _run(*args, **kw):
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False, **kw)
    return _run


@pytest.fixture
def data_copy(tmp_path):
    """A writable copy of the shipped data folder."""
    dest = tmp_path / "data"
    shutil.copytree(DATA, dest)
    return dest


@pytest.fixture(autouse=True, scope="session")
def _private_cache(tmp_path_factory):
    """Tests use a cache folder of their own, never the user's."""
    import os
    old = os.environ.get("KG_CACHE_DIR")
    os.environ["KG_CACHE_DIR"] = str(tmp_path_factory.mktemp("kg-cache"))
    yield
    if old is None:
        os.environ.pop("KG_CACHE_DIR", None)
    else:
        os.environ["KG_CACHE_DIR"] = old
