"""A draft depends on its article and the graph only: an article drafted alone by `kg ingest` in
a fresh process, drafted in one process after articles of other genres, and drafted again after
them, gives the same Turtle byte for byte. (Rules keep caches between articles, for speed: a
cache keyed too loosely would make a draft depend on what was drafted before it.) The articles
are the development sets' (bench/unseen*/articles), of different genres."""
from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from hostile_drafts import snapshot_kg  # noqa: F401
from kg.ingest.output.draft import to_turtle
from kg.ingest.pipeline import ingest
from kg.ingest.reading.text import Article

ROOT = Path(__file__).resolve().parent.parent
SETS = ("unseen2", "unseen20", "unseen32", "unseen44", "unseen52", "unseen56")


def _articles() -> list[Path]:
    return [sorted((ROOT / "bench" / s / "articles").glob("*.txt"))[0] for s in SETS]


def _article(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    return Article(path, text, hashlib.sha256(text.encode("utf-8")).hexdigest())


def _doc_id(path: Path) -> str:
    return path.name.split("-", 1)[0]


@pytest.fixture(scope="module")
def in_one_process(snapshot_kg):  # noqa: F811
    """Each article's draft made in this process after all the others, and the first one's
    made again at the end."""
    paths = _articles()
    drafts = {p: to_turtle(ingest(snapshot_kg, _article(p), _doc_id(p))) for p in paths}
    again = to_turtle(ingest(snapshot_kg, _article(paths[0]), _doc_id(paths[0])))
    return drafts, again


def test_the_same_article_again_after_others_gives_the_same_draft(in_one_process):
    drafts, again = in_one_process
    first = drafts[_articles()[0]]
    assert "# DRAFT" in first
    assert again == first


@pytest.mark.parametrize("index", [1, 3, 5])
def test_a_draft_after_other_articles_is_the_draft_of_the_article_alone(in_one_process, tmp_path,
                                                                       index):
    drafts, _ = in_one_process
    path = _articles()[index]
    out = tmp_path / "alone.ttl"
    r = subprocess.run([sys.executable, "-m", "kg.cli", "ingest", str(path), "--id", _doc_id(path),
                        "--output", str(out)], capture_output=True, text=True, cwd=str(ROOT),
                       timeout=300)
    assert r.returncode == 0, r.stderr
    assert out.read_text(encoding="utf-8") == drafts[path]
