"""Round 30, speed: `kg ingest` works out the names of the text alone (kg/ingest/ahead.py
TEXT_ALONE) in a second process while it imports its rules and opens the graph; the draft is
the same byte for byte, and the second process never outlives the run."""
from __future__ import annotations

import ast
import importlib
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.ahead_runs import FORKS, python_out as _python

from kg.ingest import ahead, pipeline, regex_cache

ROOT = Path(__file__).resolve().parent.parent

ARTICLE = """Qinghai Salt Lake Magnesium Co., Ltd. starts its second potline
Golmud, 14 March 2027 -- Qinghai Salt Lake Magnesium Co., Ltd. said on Monday that the second
potline of its Golmud magnesium plant had started production. Chairman Li Wenbo told reporters
that the line, built with Shenyang Aluminium and Magnesium Engineering & Research Institute
Co., Ltd. (SAMI), can make 100,000 tonnes a year. The company follows the standard GB/T 5153-2016
and the "Green Smelter Initiative" launched by the China Magnesium Association (CMA).
Mr. Zhou Ping, general manager of the plant, said a third line is due in 2028.
"""



@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_command_drafts_the_same_with_the_names_worked_out_ahead(tmp_path):
    art = tmp_path / "potline.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    drafts = []
    for mode in ("1", "0"):
        env = dict(os.environ, KG_INGEST_AHEAD=mode, KG_CACHE_DIR=str(tmp_path / "cache"))
        out = tmp_path / f"draft-{mode}.ttl"
        r = subprocess.run([sys.executable, "-m", "kg", "ingest", str(art), "--id", "potline-2027",
                            "-o", str(out)], capture_output=True, text=True, env=env, timeout=300)
        assert r.returncode == 0, r.stderr
        drafts.append(out.read_text(encoding="utf-8"))
    assert drafts[0] == drafts[1]
    assert "Qinghai Salt Lake Magnesium Co., Ltd." in drafts[0]
    assert "Zhou Ping" in drafts[0]


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_the_second_process_answers_what_the_readers_give_and_is_reaped(tmp_path):
    art = tmp_path / "potline.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    got = _python("""
        import importlib, os, sys
        from pathlib import Path
        from kg.ingest import ahead
        from kg.ingest.reading.folded import reading_copy
        from kg.ingest.reading.text import read_article
        path = Path(sys.argv[1])
        with ahead.started(path):
            pid = ahead._pending["pid"]
            text = reading_copy(read_article(path).text)
            answers = ahead._take(text)
        assert answers is not None
        assert set(answers) == set(ahead.TEXT_ALONE)
        for (module, name), value in answers.items():
            assert value == getattr(importlib.import_module(module), name)(text), name
        try:
            os.waitpid(pid, os.WNOHANG)
            print("not reaped")
        except ChildProcessError:
            print("reaped", sum(len(v) for v in answers.values()) > 0)
    """, str(art))
    assert got.split() == ["reaped", "True"]


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_an_unused_second_process_is_ended_and_another_text_worked_out_here(tmp_path):
    art = tmp_path / "potline.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    got = _python("""
        import importlib, os, sys
        from kg.ingest import ahead
        other = "Zhou Ping, chairman of Hebei Tiexi Mining Co., Ltd., visited Tangshan."
        with ahead.started(sys.argv[1]):
            pid = ahead._pending["pid"]
            answers = ahead._take(other)    # (not the text the child read: worked out here)
            print(all(answers[(m, n)] == getattr(importlib.import_module(m), n)(other)
                      for m, n in ahead.TEXT_ALONE) and len(answers) == len(ahead.TEXT_ALONE))
        with ahead.started(sys.argv[1]):
            second = ahead._pending["pid"]     # (an error, a refused option: never asked)
        for p in (pid, second):
            try:
                os.kill(p, 0)
                print("alive")
            except ProcessLookupError:
                print("gone")
        print(ahead._pending == {})
    """, str(art))
    assert got.split() == ["True", "gone", "gone", "True"]


def test_no_second_process_when_turned_off_or_threaded(tmp_path, monkeypatch):
    monkeypatch.setenv(ahead.ENV, "0")
    assert not ahead._wanted()
    monkeypatch.delenv(ahead.ENV)
    import threading
    if threading.active_count() > 1:        # (a test worker runs threads of its own)
        assert not ahead._wanted()
    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    monkeypatch.setenv(ahead.ENV, "0")
    with ahead.started(art):
        assert ahead._pending == {}


def test_a_child_only_when_a_core_is_idle(tmp_path, monkeypatch):
    loadavg = tmp_path / "loadavg"
    real_open = open

    def fake_open(path, *a, **k):
        return real_open(loadavg if path == "/proc/loadavg" else path, *a, **k)
    monkeypatch.setattr("builtins.open", fake_open)
    for line, cores, idle in (("0.31 0.40 0.52 1/812 4242", 2, True),
                              ("0.31 0.40 0.52 2/812 4242", 2, False),    # another task running
                              ("10.5 9.9 9.7 1/812 4242", 2, False),      # a busy minute
                              ("3.10 3.00 2.90 3/812 4242", 8, True),
                              ("garbled", 2, False)):
        loadavg.write_text(line, encoding="ascii")
        assert ahead._idle_core(cores) is idle, line


def test_without_a_second_process_the_readers_run_here():
    read = ahead.reader("Zhou Ping met Li Wenbo.")
    assert read(lambda text: [text.split()[0]]) == ["Zhou"]
    from kg.ingest.names.person_names import people
    assert read(people) == people("Zhou Ping met Li Wenbo.")


def test_the_pipeline_reads_every_reader_of_the_text_alone_through_read():
    """Each reader of TEXT_ALONE is called in the pipeline as ``read(name)`` (so the second
    process's answer is used, and the reader's module imported only to run it here), and
    ``read`` is given nothing else (round 32: by name, no longer the function itself)."""
    tree = ast.parse(Path(pipeline.__file__).read_text(encoding="utf-8"))
    read_args = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "read":
            (arg,) = node.args
            assert isinstance(arg, ast.Constant) and isinstance(arg.value, str), ast.unparse(arg)
            read_args.append(arg.value)
    assert {n for _, n in ahead.TEXT_ALONE} == set(read_args)
    assert len(read_args) == len(ahead.TEXT_ALONE) == len(set(read_args))
    for module, name in ahead.TEXT_ALONE:      # each name is a reader of its module
        assert callable(getattr(importlib.import_module(module), name))


def test_the_pattern_cache_notes_only_within_a_run(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_CACHE_DIR", str(tmp_path / "cache"))
    assert regex_cache.notes() is None
    regex_cache.absorb(("not", "notes"))          # (outside a run: nothing happens)
    with regex_cache.installed("token"):
        import re
        re.compile(r"ahead-round30-(\d+)x")
        noted = regex_cache.notes()
        assert noted is not None
        assert any(p == r"ahead-round30-(\d+)x" for p, _ in noted[1])
        regex_cache.absorb(noted)                 # (the same notes again: no change)
        assert regex_cache.notes()[1].keys() == noted[1].keys()
    assert regex_cache.notes() is None


@pytest.mark.skipif(not FORKS, reason="no second core: nothing is worked out ahead")
def test_a_pattern_first_compiled_by_the_second_process_is_noted_for_the_cache(tmp_path):
    art = tmp_path / "potline.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "round30_reader.py").write_text(textwrap.dedent('''
        import re
        def names(text):
            re.compile(r"round30-child-only-(\\d+)")
            return [len(text)]
    '''), encoding="utf-8")
    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"),
               PYTHONPATH=os.pathsep.join([str(tmp_path), os.environ.get("PYTHONPATH", "")]))
    got = _python("""
        import os, sys
        from kg.ingest import ahead, regex_cache
        ahead.TEXT_ALONE = (("round30_reader", "names"),)
        ahead.LATER = ()        # (the child ends once it has answered the reader)
        with regex_cache.installed("token"):
            with ahead.started(sys.argv[1]):
                pid = ahead._pending["pid"]
                os.waitid(os.P_PID, pid, os.WEXITED | os.WNOWAIT)    # (done, not reaped)
                text = open(sys.argv[1], encoding="utf-8").read()
                answers = ahead._take(text)
            print(answers[("round30_reader", "names")] == [len(text)])
            print(any(p == r"round30-child-only-(\\d+)" for p, _ in regex_cache._run["new"]))
            print("round30_reader" in sys.modules)       # (the reader ran in the child only)
    """, str(art), env=env)
    assert got.split() == ["True", "True", "False"]
