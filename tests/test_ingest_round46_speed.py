"""Round 46, speed: the tables the rules build from their word lists are kept between runs of
`kg ingest` (kg/ingest/kept_tables.py). A draft is the same byte for byte whether its tables were
built in the run or read back; an edited word list or module makes another entry (built
afresh); an entry that cannot be read is built again, never fatal. No timing is asserted
(callgrind in bench/INGEST.md)."""
from __future__ import annotations

import functools
import os
import pickle
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from kg.ingest import ahead, kept_tables
from kg.ingest.knowledge import code_stamps
from kg.model import cache

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """Quillmere Tin opens its Dunhollow smelter
Dunhollow, 9 June 2027 -- Quillmere Tin Co., Ltd. said on Tuesday that its new smelter at
Dunhollow had poured its first tin. Chairman Osric Vantley told reporters that the works,
built with Larkspire Metallurgical Design Institute, can treat 30,000 tonnes of concentrate a
year. The company signed a supply agreement with Brindle Ore Trading Ltd. on 2 June 2027.
Ms. Tamsin Orrel, general manager of the smelter, said a second furnace is due in 2028.
"""


def _ingest(tmp_path, cache_dir, out_name, ahead_mode="0"):
    art = tmp_path / "smelter.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / out_name
    env = dict(os.environ, KG_INGEST_AHEAD=ahead_mode, KG_CACHE_DIR=str(cache_dir))
    r = subprocess.run([sys.executable, "-m", "kg", "ingest", str(art), "--id", "quillmere-2027",
                        "-o", str(out)], capture_output=True, text=True, env=env, timeout=300,
                       cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return out.read_text(encoding="utf-8")


def _entries(cache_dir: Path) -> list[Path]:
    return sorted(cache_dir.glob("tables-*.bin"))


def test_the_command_drafts_the_same_with_its_tables_read_back(tmp_path):
    cache_dir = tmp_path / "cache"
    built = _ingest(tmp_path, cache_dir, "built.ttl")       # tables built, then kept
    assert len(_entries(cache_dir)) == 1
    kept_at = _entries(cache_dir)[0].stat().st_mtime_ns
    read_back = _ingest(tmp_path, cache_dir, "read.ttl")    # tables read back
    assert read_back == built
    assert _entries(cache_dir)[0].stat().st_mtime_ns == kept_at     # (nothing new to keep)
    assert "Quillmere Tin Co., Ltd." in built and "Tamsin Orrel" in built
    assert "Brindle Ore Trading Ltd." in built
    # a corrupt entry is built again, the draft unchanged
    _entries(cache_dir)[0].write_bytes(b"crc32:0 0\nnot a pickle at all")
    assert _ingest(tmp_path, cache_dir, "again.ttl") == built
    assert _entries(cache_dir)[0].read_bytes()[:6] == b"crc32:"
    assert b"not a pickle" not in _entries(cache_dir)[0].read_bytes()


def test_a_table_a_second_process_built_is_kept_too(tmp_path):
    cache_dir = tmp_path / "cache"
    first = _ingest(tmp_path, cache_dir, "ahead.ttl", ahead_mode="1")
    assert _ingest(tmp_path, cache_dir, "here.ttl", ahead_mode="0") == first


# --- the mechanism, on builders of a pretend module of the package -----------------------------

def _builder(body: str, module: str = "kg.ingest.pretend_rules", built=None):
    """A function of no arguments defined as if in ``module`` (the kept tables take only the
    package's functions); ``built`` (a list) is in its namespace."""
    space: dict = {"__name__": module, "re": re, "built": built}
    exec(body, space)       # noqa: S102 (the test's own source)
    return next(v for k, v in space.items() if isinstance(v, types.FunctionType))


@pytest.fixture
def own_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    version = {"stamps": "lists v1"}
    monkeypatch.setattr(kept_tables, "_stamps", lambda: version["stamps"])
    return version


def _words_file(tmp_path, words):
    path = tmp_path / "pretend-words.txt"
    path.write_text("\n".join(words), encoding="utf-8")
    return path


def _run_block(path, built):
    """One run: the builder decorated within the block (as a module imported in it is), asked
    twice; its answer."""
    with kept_tables.installed():
        table = functools.lru_cache(maxsize=1)(_builder(
            f"def table():\n"
            f"    built.append(1)\n"
            f"    words = open({str(path)!r}, encoding='utf-8').read().split()\n"
            f"    alt = '|'.join(sorted(words, key=lambda w: (-len(w), w)))\n"
            f"    return frozenset(words), re.compile(r'\\b(?:' + alt + r')\\b', re.I), "
            f"{{w: len(w) for w in words}}\n", built=built))
        first = table()
        assert table() is first           # (once a run, as lru_cache gives it)
        return first


def test_a_table_is_built_once_then_read_back_until_its_lists_change(tmp_path, own_cache):
    path = _words_file(tmp_path, ["quernstone", "millrace", "tailrace"])
    built: list = []
    words, rx, lengths = _run_block(path, built)
    assert len(built) == 1
    assert words == {"quernstone", "millrace", "tailrace"}
    assert rx.search("the old MILLRACE gate").group(0) == "MILLRACE"
    assert lengths == {"quernstone": 10, "millrace": 8, "tailrace": 8}
    assert len(_entries(tmp_path / "cache")) == 1

    # the next run reads it back (the stamps unchanged: the builder is not called)
    again = _run_block(path, built)
    assert len(built) == 1
    assert again[0] == words and again[2] == lengths
    assert again[1].pattern == rx.pattern and again[1].flags == rx.flags
    assert again[1].search("a tailrace and a millrace").group(0) == "tailrace"

    # an edited list changes the stamps (its size and time): built afresh, kept anew
    path.write_text("quernstone\nmillpond\n", encoding="utf-8")
    own_cache["stamps"] = "lists v2"
    changed = _run_block(path, built)
    assert len(built) == 2
    assert changed[0] == {"quernstone", "millpond"}
    assert changed[1].search("the millrace") is None
    assert changed[1].search("by the MILLPOND") is not None
    assert _run_block(path, built)[0] == changed[0] and len(built) == 2
    # outside a block the function is worked out as lru_cache does
    plain = functools.lru_cache(maxsize=1)(_builder(
        "def table():\n    built.append(1)\n    return (1, 2)\n", built=built))
    assert plain() == (1, 2) and len(built) == 3


def test_an_answer_that_cannot_be_read_back_is_built_again(tmp_path, own_cache):
    path = _words_file(tmp_path, ["sluice", "weir"])
    built: list = []
    first = _run_block(path, built)
    (entry,) = _entries(tmp_path / "cache")
    name = entry.name
    # an entry that passes its checks but holds a broken answer
    cache.write_bytes(name, pickle.dumps({"format": kept_tables.FORMAT, "tables": {
        "kg.ingest.pretend_rules:table": b"\x80\x05broken"}}), checked=True, digest="crc32")
    second = _run_block(path, built)
    assert len(built) == 2                  # (built again)
    assert second[0] == first[0] and second[2] == first[2]
    stored = kept_tables._read(name)
    assert pickle.loads(stored["kg.ingest.pretend_rules:table"])[0] == first[0]
    # a file that is no entry at all: read as none
    entry.write_bytes(b"garbage without a digest line")
    assert kept_tables._read(name) == {}
    third = _run_block(path, built)
    assert third[0] == first[0] and len(built) == 3
    assert _run_block(path, built)[0] == first[0] and len(built) == 3     # (kept anew)


def test_only_plain_functions_of_the_package_of_no_arguments_are_kept(tmp_path, own_cache):
    with kept_tables.installed():
        assert functools.lru_cache is kept_tables.lru_cache
        elsewhere = _builder("def table():\n    return [1]\n", module="pretend_library")
        takes = _builder("def table(x=1):\n    return [x]\n")
        gen = _builder("def table():\n    yield 1\n")
        for fn in (elsewhere, takes, gen):
            assert not kept_tables._keepable(fn)
        assert kept_tables._keepable(_builder("def table():\n    return [2]\n"))

        def outer():
            y = 3

            def inner():
                return y
            return inner
        assert not kept_tables._keepable(outer())
        # a table that cannot be pickled is worked out on every run, and given as it is
        lam = functools.lru_cache(maxsize=None)(_builder(
            "def table():\n    return lambda: 5\n"))
        assert lam()() == 5
        bare = functools.lru_cache(_builder("def table():\n    return {'a': 1}\n"))
        assert bare() == {"a": 1} and bare.cache_info().maxsize == 128
    assert functools.lru_cache is kept_tables._REAL
    # outside a block a kept function is worked out as lru_cache does
    assert kept_tables.notes() == {}
    kept_tables.absorb({"x": b"y"})         # (outside a run: nothing happens)


def test_the_second_process_sends_the_tables_it_built(tmp_path, own_cache):
    with kept_tables.installed():
        kept_tables._run["new"]["kg.ingest.pretend_rules:child"] = pickle.dumps({"w": 1})
        noted = ahead._notes({})
        assert noted[1] == {"kg.ingest.pretend_rules:child": pickle.dumps({"w": 1})}
        assert ahead._notes({})[1] == {}            # (each sent once)
        kept_tables._run["new"].clear()
        ahead._absorb(noted)
        assert "kg.ingest.pretend_rules:child" in kept_tables._run["new"]
        ahead._absorb(("not", "notes", "at all"))   # (anything else: nothing happens)


def test_the_code_stamps_cover_the_word_lists_and_are_worked_out_once_a_run(tmp_path,
                                                                           monkeypatch):
    pkg = tmp_path / "kg"
    (pkg / "ingest" / "data").mkdir(parents=True)
    (pkg / "model").mkdir()
    (pkg / "ingest" / "rules.py").write_text("X = 1\n", encoding="utf-8")
    lst = pkg / "ingest" / "data" / "pretend-words.txt"
    lst.write_text("sluice\n", encoding="utf-8")
    monkeypatch.setattr(code_stamps, "_PKG", str(pkg))
    before = code_stamps.code_stamps()
    assert "ingest/data/pretend-words.txt" in before and "ingest/rules.py" in before
    lst.write_text("sluice\nweir\n", encoding="utf-8")
    after = code_stamps.code_stamps()
    assert after != before
    assert kept_tables.entry_name(after) != kept_tables.entry_name(before)
    code_stamps.remember(True)
    try:
        once = code_stamps.code_stamps()
        lst.write_text("sluice\nweir\nleat\n", encoding="utf-8")
        assert code_stamps.code_stamps() == once        # (within a run: once)
    finally:
        code_stamps.remember(False)
    assert code_stamps.code_stamps() != once
