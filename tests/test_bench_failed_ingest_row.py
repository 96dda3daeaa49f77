"""A held-out set whose article `kg ingest` refuses (here an id over the 120 characters the
command allows) is scored as a failed row, and the set's totals still add up: round 57's
start measurement stopped with a KeyError ('inside_names') on three such articles."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import ingest_eval as ev  # noqa: E402
import ingest_unseen  # noqa: E402

GOLD = """@prefix nfo: <https://w3id.org/nfkg/ontology#> .
@prefix nf: <https://w3id.org/nfkg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
nf:qinling-alloy-works a nfo:Company ; rdfs:label "Qinling Alloy Works" .
"""


def _set(tmp_path: Path, doc_id: str) -> tuple[Path, Path]:
    arts, gold = tmp_path / "articles", tmp_path / "gold"
    arts.mkdir()
    gold.mkdir()
    (arts / f"{doc_id}.txt").write_text(
        "Qinling Alloy Works opened a magnesium alloy line in Fugu on 3 May 2026.\n",
        encoding="utf-8")
    (gold / f"{doc_id}.ttl").write_text(GOLD, encoding="utf-8")
    return arts, gold


def test_a_refused_article_is_a_failed_row_and_the_totals_add_up(tmp_path, kg):
    doc_id = "u999-" + "very-long-slug-" * 9
    assert len(doc_id) > 120
    arts, gold = _set(tmp_path, doc_id)
    rows = ingest_unseen.evaluate_all(arts, gold, kg=kg)
    assert [r["doc"] for r in rows] == [f"{doc_id} (ingest failed)"]
    assert "120" in rows[0]["error"]
    total = ev.micro(rows)
    assert total["new_core"] == 1 and total["inside_names"] == 0
    assert total["new_recall"] == 0.0


def test_the_script_prints_the_failed_row(tmp_path):
    doc_id = "u999-" + "very-long-slug-" * 9
    arts, gold = _set(tmp_path, doc_id)
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_unseen.py"),
                          "--articles", str(arts), "--gold", str(gold)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    assert f"{doc_id} (ingest failed)" in out.stdout
    assert "all (micro)" in out.stdout
