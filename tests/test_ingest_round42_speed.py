"""Round 42, speed: the ingest snapshot and the word lists' entry are read with their digest
checked once per version of their file (``read_checked_view(..., stamped=True)``), not on
every run; a snapshot read so drafts what the snapshot read in full drafts, an edited one is
still refused, and marking the snapshot as used (which changes the file's times) happens at most
once an hour; a kept pattern's code is read back through an array, the same list. No timing
is asserted here (bench/ingest_speed.py)."""
from __future__ import annotations

import os
import re
import time

import pytest

from kg.ingest.output.draft import to_turtle

from hostile_drafts import draft_of, snapshot_kg  # noqa: F401 (a fixture)

TEXTS = (
    ("Corvane Alloys Co., Ltd. signed a supply agreement with Dunmere Metals Group in Ningbo, "
     "Zhejiang Province on 14 March 2025. Chairman Liu Haoran said the plant would roll 40,000 "
     "tonnes of aluminium sheet a year.", "r42-speed-a"),
    ("The Brightwater Copper Forum 2025 opened in Kunming on June 3, 2025, hosted by the China "
     "Nonferrous Metals Industry Association. Pellham Mining Company presented its new cathode "
     "line.", "r42-speed-b"),
)


def _drafts(kg) -> list[str]:
    return [to_turtle(draft_of(kg, text, doc_id)) for text, doc_id in TEXTS]


@pytest.fixture
def own_cache(tmp_path, monkeypatch, snapshot_kg):  # noqa: F811 (the fixture above)
    """A cache folder of the test's own holding the shipped snapshot, and the snapshot's
    knowledge and input files."""
    from kg.ingest.knowledge import snapshot
    from kg.model import cache

    knowledge, files = snapshot_kg.knowledge, snapshot_kg.files
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    snapshot.write(files, knowledge)
    name = snapshot.entry_name(files)
    assert (cache.cache_dir() / name).is_file()
    return files, cache.cache_dir() / name


def _counting(monkeypatch) -> list:
    from kg.model import cache

    digests = []
    real = cache._digest
    monkeypatch.setattr(cache, "_digest", lambda b, k="sha256": digests.append(k) or real(b, k))
    return digests


def test_a_snapshot_read_without_its_digest_drafts_what_a_checked_one_drafts(own_cache,
                                                                             monkeypatch):
    from kg.ingest.knowledge import snapshot
    from kg.ingest.knowledge.snapshot import SnapshotKG
    from kg.model import cache

    files, _path = own_cache
    digests = _counting(monkeypatch)
    monkeypatch.setattr(cache, "STAMP_AGE_NS", 20_000_000)     # (20 ms: then left alone)
    time.sleep(0.05)
    first = snapshot.read(files)                  # read through, its digest matched: noted
    assert first is not None and len(digests) == 1
    second = snapshot.read(files)                 # the same file: not read through again
    assert second is not None and len(digests) == 1

    def unloadable():
        raise AssertionError("the graph was loaded")

    before = _drafts(SnapshotKG(first, files, unloadable))
    after = _drafts(SnapshotKG(second, files, unloadable))
    assert before == after
    assert all("Corvane Alloys" in t or "Brightwater Copper Forum" in t for t in after)


def test_an_edited_snapshot_is_still_refused_after_a_read_that_skipped_its_digest(own_cache,
                                                                                  monkeypatch):
    from kg.ingest.knowledge import snapshot
    from kg.model import cache

    files, path = own_cache
    digests = _counting(monkeypatch)
    monkeypatch.setattr(cache, "STAMP_AGE_NS", 20_000_000)
    time.sleep(0.05)
    assert snapshot.read(files) is not None and snapshot.read(files) is not None
    assert len(digests) == 1
    raw = path.read_bytes()
    st = os.stat(path)
    with open(path, "r+b") as fh:             # one byte changed in place, its time put back
        fh.seek(len(raw) - 2)
        fh.write(bytes([raw[-2] ^ 1]))
    os.utime(path, ns=(st.st_atime_ns, st.st_mtime_ns))
    assert snapshot.read(files) is None and len(digests) == 2


def test_a_snapshot_in_use_is_marked_at_most_once_an_hour(own_cache):
    from kg.ingest.knowledge import snapshot

    files, path = own_cache
    hours_ago = time.time_ns() - 2 * 3600 * 1_000_000_000
    os.utime(path, ns=(hours_ago, hours_ago))
    assert snapshot.read(files) is not None
    marked = os.stat(path).st_mtime_ns
    assert marked > hours_ago                 # used: marked as the most recently used
    assert snapshot.read(files) is not None
    assert os.stat(path).st_mtime_ns == marked    # marked within the hour: left as it is


def test_the_word_lists_entry_is_read_through_once_and_gives_the_same_lists(tmp_path,
                                                                           monkeypatch):
    from kg.ingest import lexicon
    from kg.model import cache

    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    if not cache.safe_dir(cache.cache_dir(), create=True):
        pytest.skip("no usable cache folder")
    lexicon._write_entry()
    if not (cache.cache_dir() / lexicon._entry_name()).is_file():
        pytest.skip("the lists' entry was not written")
    digests = _counting(monkeypatch)
    monkeypatch.setattr(cache, "STAMP_AGE_NS", 20_000_000)
    time.sleep(0.05)
    first = lexicon._read_entry()
    second = lexicon._read_entry()
    assert first and first == second and len(digests) == 1
    assert any(name.startswith("metal") for name in first)


def test_a_kept_forms_code_is_the_code_it_was_kept_from():
    """regex_cache._code (the kept bytes back to the list of integers _sre.compile takes, now
    through an array): the same list as the view's own reading, for patterns of every kind of
    word (small, large, the engine's largest repeat count), and a pattern compiled from it
    matches as the pattern compiled from its source."""
    from array import array

    from kg.ingest import regex_cache

    internals = regex_cache._internals()
    if internals is None:
        pytest.skip("not a Python whose compiled patterns the cache keeps")
    _sre = internals[0]
    samples = [(r"(?<![\w-])(?:Corvane|Dunmere)\s+(?:Alloys|Metals)\b", 0),
               (r"\d{1,4}(?:,\d{3})*\s*tonnes?", re.I), (r"[一-龥]{2,}|\u2014+", 0),
               (r"(?P<a>x)(?P<b>y)*?z{2,}", 0), (r"a" * 300, 0)]
    text = "Corvane  Alloys rolled 40,000 tonnes; xyyzz — 中国铝业 " + "a" * 310
    for pattern, flags in samples:
        form = regex_cache._compiled_form(internals, pattern, flags)
        stored = regex_cache._stored(form)
        code = regex_cache._code(memoryview(stored[1]))
        assert code == form[1] == memoryview(stored[1]).cast(regex_cache._WORD).tolist()
        assert code == array(regex_cache._WORD, form[1]).tolist()
        kept = _sre.compile(pattern, stored[0], code, stored[2], stored[3], stored[4])
        plain = re.compile(pattern, flags)
        assert [(m.span(), m.groups()) for m in kept.finditer(text)] == \
            [(m.span(), m.groups()) for m in plain.finditer(text)]
