"""Where a whole `kg ingest` process spends its CPU, by Python function, on a busy machine.

Usage: python bench/ingest_profile.py [--runs 5] [--ahead 0|1] [--top 40] [--by incl|self|line]
       [--match TEXT] [--under FUNCTION] [article]

Why: on the shared development machine (load 5-13 on 2 cores) wall times, and so cProfile's
times, are mostly other jobs' (a 0.5 s run takes 7-10 s of wall time); callgrind counts
instructions but cannot name Python functions. This runs the command (as ``python -m kg
ingest``, after a warm-up run of another source text and of the article, as
bench/ingest_speed.py does) with a sampler that interrupts the process every
``--interval`` seconds of its own CPU time (``ITIMER_PROF``: user and system time of this
process, whatever the other jobs do) and notes the Python stack there. Time in C (a regular
expression, ``marshal``, a file read) is charged to the Python function that called it.

Prints, summed over ``--runs`` processes: each function's share of the samples (``incl``: with
what it called; ``self``: its own and its C calls'; ``line``: self by line), or, with
``--under F``, the functions ``F`` called directly and their shares. Only the command's own
process is sampled (the second process of kg/ingest/ahead.py, ``--ahead 1``, is not: a fork
does not inherit the timer, and it ends with ``os._exit``)."""
from __future__ import annotations

import argparse
import collections
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# run in the profiled process: the sampler, then the command as ``python -m kg`` runs it
_SAMPLER = r"""
import atexit, collections, json, runpy, signal, sys
out_path, interval = sys.argv[1], float(sys.argv[2])
stacks, lines = collections.Counter(), collections.Counter()
def on_sample(sig, frame):
    if frame is None:
        return
    code = frame.f_code
    lines[f"{code.co_filename}:{code.co_firstlineno}:{code.co_name}@{frame.f_lineno}"] += 1
    chain = []
    while frame is not None:
        code = frame.f_code
        chain.append(f"{code.co_filename}:{code.co_firstlineno}:{code.co_name}")
        frame = frame.f_back
    stacks["\x1f".join(reversed(chain))] += 1
def dump():
    signal.setitimer(signal.ITIMER_PROF, 0)
    with open(out_path, "w", encoding="utf-8") as fh:
        json.dump({"stacks": stacks, "lines": lines}, fh)
atexit.register(dump)
signal.signal(signal.SIGPROF, on_sample)
signal.setitimer(signal.ITIMER_PROF, interval, interval)
sys.argv = ["kg"] + sys.argv[3:]
try:
    runpy.run_module("kg", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
"""


def _short(key: str) -> str:
    for prefix in (str(ROOT) + "/", sys.prefix + "/", sys.base_prefix + "/"):
        key = key.replace(prefix, "")
    return key


def profile(article: Path, runs: int, interval: float, env: dict) -> tuple[collections.Counter, collections.Counter, int]:
    """(stacks, lines, samples) summed over ``runs`` processes ingesting ``article``."""
    stacks: collections.Counter = collections.Counter()
    lines: collections.Counter = collections.Counter()
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "d.ttl"
        cmd = [sys.executable, "-m", "kg", "ingest", str(article), "--id", "profile-run",
               "-o", str(out), "--force"]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
        for i in range(runs):
            dump = Path(tmp) / f"samples-{i}.json"
            subprocess.run([sys.executable, "-c", _SAMPLER, str(dump), str(interval)] + cmd[3:],
                           check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
            got = json.loads(dump.read_text(encoding="utf-8"))
            stacks.update(got["stacks"])
            lines.update(got["lines"])
    return stacks, lines, sum(stacks.values())


def shares(stacks: collections.Counter, by: str, lines: collections.Counter | None = None,
           under: str | None = None) -> collections.Counter:
    """Samples per function: ``incl`` (on the stack), ``self`` (innermost), ``line`` (innermost,
    by line); with ``under``, per function called directly by the first frame naming it."""
    out: collections.Counter = collections.Counter()
    if by == "line" and lines is not None:
        return collections.Counter({_short(k): v for k, v in lines.items()})
    for key, n in stacks.items():
        chain = key.split("\x1f")
        if under is not None:
            at = next((i for i, k in enumerate(chain) if under in k), None)
            if at is not None:
                out[_short(chain[at + 1]) if at + 1 < len(chain) else "(itself)"] += n
        elif by == "self":
            out[_short(chain[-1])] += n
        else:
            for k in set(chain):
                out[_short(k)] += n
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("article", nargs="?", help="the text to ingest (default: the largest source text)")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--interval", type=float, default=0.001, help="CPU seconds between samples")
    ap.add_argument("--ahead", choices=("auto", "1", "0"), default="0",
                    help="KG_INGEST_AHEAD for the runs (default 0: everything in one process)")
    ap.add_argument("--by", choices=("incl", "self", "line"), default="incl")
    ap.add_argument("--under", help="the functions called directly by the function named so")
    ap.add_argument("--match", default="", help="list only functions whose name holds this")
    ap.add_argument("--top", type=int, default=40)
    a = ap.parse_args()
    env = dict(os.environ)
    if a.ahead != "auto":
        env["KG_INGEST_AHEAD"] = a.ahead
    env.pop("PYTHONDONTWRITEBYTECODE", None)        # (compiled modules kept, as installed)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + ([env["PYTHONPATH"]] if env.get("PYTHONPATH") else []))
    if a.article is not None:
        article = Path(a.article).resolve()
    else:
        sys.path.insert(0, str(ROOT))
        from kg.model.evidence import find_sources_dir
        sources = [p for p in find_sources_dir().glob("*.txt")]
        article = max(sources, key=lambda p: p.stat().st_size)
        other = max((p for p in sources if p != article), key=lambda p: p.stat().st_size,
                    default=None)
        if other is not None:       # (another article first: the kept patterns, as a user's)
            with tempfile.TemporaryDirectory() as tmp:
                subprocess.run([sys.executable, "-m", "kg", "ingest", str(other), "--id",
                                "profile-warm", "-o", str(Path(tmp) / "w.ttl"), "--force"],
                               check=True, stdout=subprocess.DEVNULL, env=env, cwd=ROOT)
    stacks, lines, total = profile(article, a.runs, a.interval, env)
    print(f"{article.name}: {total} samples of {a.interval * 1000:g} ms CPU over {a.runs} runs"
          f" (KG_INGEST_AHEAD={env.get('KG_INGEST_AHEAD', 'auto')}); by {a.under or a.by}")
    table = shares(stacks, a.by, lines, a.under)
    shown = 0
    for name, n in table.most_common():
        if a.match in name:
            print(f"{100 * n / max(total, 1):6.2f}% {n:6d}  {name}")
            shown += 1
            if shown >= a.top:
                break
    return 0


if __name__ == "__main__":
    sys.exit(main())
