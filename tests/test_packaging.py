"""The wheel carries everything an installed `kg` needs: the graph, queries and templates."""
from __future__ import annotations

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory):
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(out),
                        str(ROOT)], capture_output=True, text=True, timeout=600)
    if r.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {r.stderr.strip().splitlines()[-1:]}")
    return next(out.glob("*.whl"))


def test_wheel_ships_data_queries_and_templates(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    triples = sorted(p.name for p in (ROOT / "data" / "triples").glob("*.ttl"))
    for t in triples:
        assert f"kg/_data/data/triples/{t}" in names
    assert "kg/_data/ontology/nfkg.ttl" in names and "kg/_data/ontology/shapes.ttl" in names
    assert "kg/render/templates/view.html" in names
    queries = sorted(p.name for p in (ROOT / "kg" / "ask" / "queries").glob("*.rq"))
    assert queries and all(f"kg/ask/queries/{q}" in names for q in queries)


def test_wheel_ships_the_web_and_ingest_files(wheel):
    """The explorer's templates and static files, the view palette, and the ingest word lists,
    shipped relation prior and review template are inside the wheel (an installed `kg serve` / `kg ingest` needs them)."""
    names = set(zipfile.ZipFile(wheel).namelist())
    for folder, pattern in (("kg/web/templates", "*.html"), ("kg/web/static", "*.*"),
                            ("kg/ingest/output/templates", "*.html"), ("kg/ingest/data", "*.txt"),
                            ("kg/ingest/data", "*.json")):
        files = sorted(p.name for p in (ROOT / folder).glob(pattern))
        assert files, folder
        missing = [f for f in files if f"{folder}/{f}" not in names]
        assert not missing, f"{folder}: {missing}"
    assert "kg/render/palette.json" in names
