"""Round 7 small fixes a user sees: `kg export -f csv` writes its rows in the same order on every
run, and `kg ingest --into` leaves no `.kg-write.lock` behind in the data folder (while a lock
another run holds is never removed, and writers still take turns)."""
from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.model.atomic import folder_lock
from kg.model.errors import KGError

ARTICLES = Path(__file__).resolve().parent / "articles"


def _export_csv(folder: Path, seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    r = subprocess.run([sys.executable, "-m", "kg.cli", "export", "-f", "csv", "-o", str(folder)],
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 0, r.stderr
    return {name: (folder / name).read_bytes() for name in ("nodes.csv", "edges.csv")}


def test_csv_export_is_byte_identical_across_runs_and_sorted(tmp_path):
    # set and dict orders change with the hash seed: two seeds stand for two runs
    first = _export_csv(tmp_path / "a", "1")
    second = _export_csv(tmp_path / "b", "2")
    assert first == second
    for name, data in first.items():
        rows = list(csv.reader(data.decode("utf-8").splitlines()))
        body = rows[1:]
        assert len(body) > 100, name
        assert body == sorted(body), name


@pytest.fixture
def texts(tmp_path, sources_dir):
    dest = tmp_path / "texts"
    shutil.copytree(sources_dir, dest)
    return dest


def test_ingest_into_leaves_no_lock_file(run, tmp_path, data_copy, texts):
    r = run("ingest", ARTICLES / "county-signing.txt", "--id", "951-lockless", "-o",
            tmp_path / "d.ttl", "--data", data_copy, "--into", data_copy, "--texts", texts)
    assert r.exit_code == 0, r.stderr
    assert "doc:951-lockless" in (data_copy / "triples" / "sources.ttl").read_text(encoding="utf-8")
    assert not (data_copy / folder_lock.NAME).exists()
    assert not list(data_copy.rglob(folder_lock.NAME))


def test_a_lock_another_writer_holds_is_waited_for_and_never_removed(tmp_path):
    import fcntl
    lock_file = tmp_path / folder_lock.NAME
    fd = os.open(lock_file, os.O_RDWR | os.O_CREAT)         # another writer holds the folder
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        with pytest.raises(KGError, match="another kg command is writing there"):
            with folder_lock(tmp_path, timeout=0.3):
                pass
        assert lock_file.exists()
        assert os.fstat(fd).st_ino == os.stat(lock_file).st_ino
    finally:
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
    with folder_lock(tmp_path):         # free now: taken, and the file goes with it
        assert lock_file.exists()
    assert not lock_file.exists()


def test_a_lock_file_replaced_while_held_is_left_to_its_new_owner(tmp_path):
    lock_file = tmp_path / folder_lock.NAME
    with folder_lock(tmp_path):
        lock_file.unlink()                     # someone else's run made a lock file of its own
        lock_file.write_text("")
        theirs = os.stat(lock_file).st_ino
    assert lock_file.exists() and os.stat(lock_file).st_ino == theirs


def test_writers_still_take_turns_when_the_lock_file_is_removed(tmp_path):
    counter = tmp_path / "count.txt"
    counter.write_text("0")
    inside = []
    errors = []

    def writer():
        try:
            for _ in range(15):
                with folder_lock(tmp_path, timeout=30):
                    inside.append(1)
                    assert len(inside) == 1, "two writers hold the folder at once"
                    n = int(counter.read_text())
                    time.sleep(0.001)
                    counter.write_text(str(n + 1))
                    inside.pop()
        except BaseException as exc:          # reported by the main thread
            errors.append(exc)

    threads = [threading.Thread(target=writer) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors, errors
    assert counter.read_text() == "60"
    assert not (tmp_path / folder_lock.NAME).exists()
