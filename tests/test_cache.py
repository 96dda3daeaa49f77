"""The loader's parse cache: a second load comes from it, a changed file means a fresh parse,
a broken entry is ignored, and the folder keeps only the most recently used entries."""
from __future__ import annotations

import os
import time

import pytest

from kg.model import cache as cache_mod
from kg.model.graph import load


@pytest.fixture
def cache_folder(tmp_path, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("KG_CACHE_DIR", str(folder))
    monkeypatch.delenv("KG_CACHE", raising=False)
    return folder


def test_second_load_is_from_the_cache_and_a_change_parses_again(cache_folder, data_copy,
                                                                 monkeypatch):
    import kg.model.graph as graph_mod

    first = load(data_copy)
    entries = list(cache_folder.glob("*.pickle"))
    assert len(entries) == 1
    parse = graph_mod._parse

    def no_parse(*a, **k):
        raise AssertionError("parsed again although the cache holds the graph")
    monkeypatch.setattr(graph_mod, "_parse", no_parse)
    again = load(data_copy)
    assert len(again.union) == len(first.union)
    monkeypatch.setattr(graph_mod, "_parse", parse)
    f = data_copy / "triples" / "reference.ttl"
    f.write_text(f.read_text(encoding="utf-8") + "\n# a comment changes the key\n", encoding="utf-8")
    load(data_copy)
    assert len(list(cache_folder.glob("*.pickle"))) == 2


def test_a_broken_entry_is_ignored(cache_folder, data_copy):
    n = len(load(data_copy).union)
    [entry] = cache_folder.glob("*.pickle")
    entry.write_bytes(b"not a pickle")
    assert len(load(data_copy).union) == n


def test_only_the_most_recently_used_entries_are_kept(cache_folder, data_copy):
    cache_folder.mkdir()
    old = time.time() - 10_000
    for i in range(cache_mod.KEEP + 3):
        f = cache_folder / f"old-{i:02d}.pickle"
        f.write_bytes(b"x")
        os.utime(f, (old + i, old + i))        # old-00 is the least recently used
    load(data_copy)
    left = sorted(f.name for f in cache_folder.glob("*.pickle"))
    assert len(left) == cache_mod.KEEP
    assert [n for n in left if n.startswith("old-")] == \
        [f"old-{i:02d}.pickle" for i in range(4, cache_mod.KEEP + 3)]
