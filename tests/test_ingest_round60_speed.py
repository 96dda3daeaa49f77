"""Round 60, speed: bench/ingest_profile.py, a profile of whole `kg ingest` processes by Python
function that a busy machine does not blur. It samples the command's own CPU time
(``ITIMER_PROF``), not the wall clock, so other jobs' load moves where the samples fall only as
much as it moves the process's own work; time in C (a pattern's scan, ``marshal``) is charged
to the Python function that called it. These tests check what it reports (the pipeline's
functions, each stack counted once per function, the functions a named one calls), not
timings."""
from __future__ import annotations

import collections
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# (invented firms, places and people)
ARTICLE = """Brackenfold Zinc opens a second roasting line

Brackenfold Zinc Co., Ltd. started its second roasting line in Coldharbour County on 3 March
2026, the company said. Ms. Ilse Marrow, general manager of Brackenfold Zinc Co., Ltd., said
the line would raise the smelter's output of zinc ingots by a third this year.
"""


def _tool():
    spec = importlib.util.spec_from_file_location("ingest_profile", ROOT / "bench" / "ingest_profile.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_shares_count_each_function_once_per_sample():
    tool = _tool()
    sep = "\x1f"
    stacks = collections.Counter({
        sep.join(["main:1:run", "a.py:3:read", "a.py:3:read", "b.py:9:scan"]): 3,   # (recursion)
        sep.join(["main:1:run", "a.py:3:read"]): 2,
        sep.join(["main:1:run", "c.py:5:write"]): 1,
    })
    incl = tool.shares(stacks, "incl")
    assert incl["main:1:run"] == 6 and incl["a.py:3:read"] == 5 and incl["b.py:9:scan"] == 3
    own = tool.shares(stacks, "self")
    assert own == {"b.py:9:scan": 3, "a.py:3:read": 2, "c.py:5:write": 1}
    under = tool.shares(stacks, "incl", under="main:1:run")
    assert under == {"a.py:3:read": 5, "c.py:5:write": 1}
    assert tool.shares(stacks, "incl", under="c.py:5:write") == {"(itself)": 1}
    lines = collections.Counter({"a.py:3:read@4": 2})
    assert tool.shares(stacks, "line", lines) == {"a.py:3:read@4": 2}


def test_profile_of_a_short_article_names_the_pipeline(tmp_path):
    article = tmp_path / "brackenfold.txt"
    article.write_text(ARTICLE, encoding="utf-8")
    env = dict(os.environ, KG_CACHE_DIR=str(tmp_path / "cache"))
    run = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_profile.py"), "--runs", "1",
                          "--interval", "0.0005", "--top", "400", str(article)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert run.returncode == 0, run.stderr
    head, *rows = run.stdout.splitlines()
    assert head.startswith("brackenfold.txt: ") and "KG_INGEST_AHEAD=0" in head
    names = [r.split(None, 2)[2] for r in rows]
    assert any(n.startswith("kg/ingest/pipeline.py:") for n in names)
    assert any(n.startswith("kg/cli.py:") and n.endswith(":ingest") for n in names)
    assert all(r.strip()[0].isdigit() and "%" in r for r in rows)
    under = subprocess.run([sys.executable, str(ROOT / "bench" / "ingest_profile.py"), "--runs", "1",
                            "--interval", "0.0005", "--under", "kg/cli.py", "--match", "kg/",
                            str(article)],
                           capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert under.returncode == 0, under.stderr
    assert "by kg/cli.py" in under.stdout.splitlines()[0]
