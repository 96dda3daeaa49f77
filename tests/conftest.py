"""Shared fixtures: the shipped graph (loaded once), a CLI runner, paths."""
from __future__ import annotations

import gc
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

# a rule of `kg ingest` that fails on a test's text is a bug the test must see, not a group of
# rules skipped with a warning (kg/ingest/stages.py); subprocesses inherit it
os.environ.setdefault("KG_INGEST_STRICT", "1")

# A test worker holds many earlier tests' graphs, stores and drafts (module fixtures) and
# makes thousands of drafts: with the default thresholds the collector's passes went over all
# of them again and again, about 12% of the suite's CPU (the linear-time checks pause it
# anyway, hostile_drafts.cpu_seconds). Collections are made rarer, not stopped.
gc.set_threshold(100_000, 50, 100)

# The ingest rules compile some 2,000 patterns, more than `re` keeps (512, the oldest out
# first): a test drafting article after article recompiled 15-20 of them an article, parsed
# afresh (`kg ingest` keeps their compiled forms itself, kg/ingest/regex_cache.py, but the tests
# call the pipeline): 5-10% of a short article's ingest. A larger cache; the same patterns.
if isinstance(getattr(re, "_MAXCACHE", None), int):
    re._MAXCACHE = max(re._MAXCACHE, 8192)

from kg.model.evidence import find_sources_dir
from kg import stores as store_mod
from kg.model.graph import load

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
EXPECTED = Path(__file__).resolve().parent / "expected"
OXIGRAPH = Path(sys.executable).parent / "oxigraph"


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


# the shipped graph as the in-process CLI runs (`run`) load it, by the content key of its files
# and the cache folder: {key: KG}
_SHIPPED: dict = {}


def _shipped_key() -> tuple | None:
    """(cache folder, content key of the shipped graph's files) when a command given no --data
    nor --store reads the shipped graph from the cache as `kg` does (no $KG_DATA, $KG_STORE or
    KG_CACHE=0 set by the test), else None."""
    from kg.model import cache as cache_mod
    from kg.model.layout import data_files, default_data_dir, default_ontology_dir, ontology_files

    if any(os.environ.get(v) for v in ("KG_DATA", "KG_STORE")) or \
            os.environ.get("KG_CACHE", "1") == "0":
        return None
    try:
        files = ontology_files(default_ontology_dir()) + data_files(default_data_dir())
        return str(cache_mod.cache_dir()), cache_mod._key(files)
    except Exception:   # noqa: BLE001 - the command's own load says what is wrong
        return None


def _shipped_load(real):
    """The commands' loader ``real`` (kg.cli._load), keeping the shipped graph it loaded for the
    next in-process run in this worker: a test's command reads the same graph a real `kg`
    would load from the cache (keyed by the same content), without unpickling it again; a
    --data folder, a --store, $KG_DATA, $KG_STORE or KG_CACHE=0 load as the command does."""
    def load(data, store=None):
        key = _shipped_key() if data is None and store is None else None
        if key is None:
            return real(data, store)
        if key not in _SHIPPED:
            _SHIPPED.clear()
            _SHIPPED[key] = real(data, store)
        return _SHIPPED[key]
    return load


@pytest.fixture(scope="session")
def _cli():
    """The Click command of `kg`, built once (Typer builds it anew from the functions on every
    invoke, most of a short in-process call's time)."""
    import typer

    from kg.cli import app
    return typer.main.get_command(app)


@pytest.fixture
def run(runner, _cli):
    """Invoke the CLI; returns the Result (stdout and stderr kept apart)."""
    import typer.testing

    import kg.cli as cli
    from kg.cli import app

    def _run(*args, **kw):
        kw.setdefault("catch_exceptions", False)
        # typer.testing builds the command through its module's _get_command (typer 0.12-0.28);
        # where a typer has none, the runner builds it as before
        get_command, prev = getattr(typer.testing, "_get_command", None), cli._load
        if get_command is not None:
            typer.testing._get_command = lambda a: _cli if a is app else get_command(a)
        if getattr(prev, "__module__", None) == "kg.cli":      # not a test's own stand-in
            cli._load = _shipped_load(prev)
        try:
            return runner.invoke(app, [str(a) for a in args], **kw)
        finally:
            cli._load = prev
            if get_command is not None:
                typer.testing._get_command = get_command
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


# --- the browser: one headless Chromium for every browser test -----------------------------
@pytest.fixture(scope="session")
def chromium():
    """Debian's Chromium under Playwright, launched on first use and shared by the whole session
    (one sync driver per process: a second, nested one fails); the test is skipped without
    /usr/bin/chromium or Playwright. Tests open their own contexts and close them."""
    from browser import ARGS, CHROMIUM, sync_api     # skips without Chromium or Playwright

    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, timeout=30_000)
        try:
            yield b
        finally:
            b.close()


# --- stores: a store built by `kg build`, endpoints over it (shared by the store tests) -------
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("stores") / "kgstore"
    store_mod.build(path, data_dir=DATA)
    return path


def _serve(location: Path):
    """An `oxigraph serve-read-only` process over ``location`` on 127.0.0.1: (url, process)."""
    if not OXIGRAPH.exists() and shutil.which("oxigraph") is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    exe = str(OXIGRAPH) if OXIGRAPH.exists() else shutil.which("oxigraph")
    port = free_port()
    proc = subprocess.Popen([exe, "serve-read-only", "--location", str(location),
                             "--bind", f"127.0.0.1:{port}"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}/query"
    deadline = time.monotonic() + 20
    while True:
        try:
            urllib.request.urlopen(url + "?query=ASK%7B%7D", timeout=1).read()
            return url, proc
        except OSError:
            if proc.poll() is not None or time.monotonic() > deadline:
                proc.kill()
                pytest.fail("oxigraph serve did not start: " + proc.stderr.read().decode()[:500])
            time.sleep(0.1)


def _stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="session")
def endpoint(built):
    url, proc = _serve(built / "oxigraph")
    yield url
    _stop(proc)


@pytest.fixture(scope="session")
def named_only_endpoint(kg, tmp_path_factory):
    """An endpoint whose default graph is empty: every triple only in its named graph (as a
    Fuseki or GraphDB dataset without a union default graph)."""
    import pyoxigraph as ox

    folder = tmp_path_factory.mktemp("named-only")
    nq = folder / "all.nq"
    kg.dataset.serialize(destination=str(nq), format="nquads")
    s = ox.Store(str(folder / "db"))
    s.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    s.flush()
    del s
    url, proc = _serve(folder / "db")
    yield url
    _stop(proc)


@pytest.fixture(scope="session")
def kgs(kg, built, endpoint):
    return {"memory": kg,
            "oxigraph": store_mod.open_kg(f"oxigraph:{built}"),
            "sparql": store_mod.open_kg(f"sparql:{endpoint}")}


