"""`kg ingest` attacked a twenty-sixth time (after test_ingest_hostile.py .. hostile25.py), with
short texts written for this file: a correction of an earlier version, a notice that cites an
older announcement's date, a book launched under a title that names an exchange, a name split
by a zero-width joiner or hyphenated across a line break, a subject set off by an address, a
passive with an adverb, "signed" as a second verb of its subject, a brand that starts with a
province's name, "respectively"; and the command's writes when --review cannot be written. A
fault's test is marked ``fault(...)`` (strict xfail) while it is not fixed; the fixed ones guard
their fixes."""
from __future__ import annotations

from pathlib import Path

import pytest


# --- 8. the command: a --review that cannot be written leaves no draft ---------------------------
def _article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text("Deal\n\nLima, 5 May 2026\n\nOruro Zinc S.A. signed a supply agreement with "
                    "Potosi Lead S.A. on 4 May 2026.\n", encoding="utf-8")
    return path


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_a_review_page_that_cannot_be_written_leaves_no_draft(run, tmp_path):
    """-o was written, then --review failed: the command said "cannot write" and exited 1 with
    the draft left behind (run._write wrote one file after the other; now they are one change,
    model/atomic.replace_files)."""
    out = tmp_path / "d.ttl"
    r = run("ingest", _article(tmp_path), "--id", "h26-a", "-o", out, "--review",
            "/proc/h26-no-such.html")
    assert r.exit_code == 1 and r.stderr.count("\n") == 1 and "cannot write" in r.stderr, r.stderr
    assert "Traceback" not in r.stderr
    assert not out.exists() and not list(tmp_path.glob(".d.ttl.*"))


@pytest.mark.skipif(not Path("/proc/self").is_dir(), reason="needs /proc (Linux)")
def test_a_forced_draft_is_kept_when_its_review_cannot_be_written(run, tmp_path):
    out = tmp_path / "d.ttl"
    out.write_text("old draft\n", encoding="utf-8")
    r = run("ingest", _article(tmp_path), "--id", "h26-a", "-o", out, "--review",
            "/proc/h26-no-such.html", "--force")
    assert r.exit_code == 1 and "cannot write" in r.stderr, r.stderr
    assert out.read_text(encoding="utf-8") == "old draft\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.txt", "d.ttl"]


def test_a_draft_through_a_link_keeps_the_link(run, tmp_path):
    """-o names a link to a file: the file it points to is replaced, the link stays (as
    atomic_write did before the outputs were written as one change)."""
    real = tmp_path / "real.ttl"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.ttl"
    link.symlink_to(real)
    r = run("ingest", _article(tmp_path), "--id", "h26-a", "-o", link, "--review",
            tmp_path / "r.html", "--force")
    assert r.exit_code == 0, r.stderr
    assert link.is_symlink() and real.read_text(encoding="utf-8").startswith("# Draft")
    assert (tmp_path / "r.html").read_text(encoding="utf-8").lstrip().startswith("<")
