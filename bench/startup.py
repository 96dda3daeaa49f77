#!/usr/bin/env python3
"""Start-up benchmark: a lookup on the shipped graph against the CLI's own start-up.

Runs each command as a whole process N times (after one warm-up run; the commands in turn,
so that a busy machine slows them alike) and prints the median, min and max wall time, the
median CPU time, and the ratio of ``kg linked Fugu --format json`` to ``kg --help`` (issue 9: at most 2x). The same
lookup with ``KG_LINK_INDEX=0`` is the path before the compact link index (the graph unpickled
from the parse cache). Then the breakdown of ``kg linked Fugu --format json``: the median
cumulative import time (``python -X importtime``) of the heavy packages and of the CLI, and the
phases of both paths measured inside one process.

Python's compiled-module cache (``__pycache__``) is allowed, as in an installed copy, even when
the caller sets ``PYTHONDONTWRITEBYTECODE``; ``--no-bytecode`` measures with every module
compiled from source on every run (as in a checkout where that variable is set).
Usage: python bench/startup.py [--runs 15] [--kg PATH-TO-kg] [--no-bytecode]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

COMMANDS = [
    ["--help"],
    ["linked", "Fugu"],
    ["linked", "Fugu", "--format", "json"],
    ["KG_LINK_INDEX=0", "linked", "Fugu", "--format", "json"],
    ["show", "CNIA"],
    ["search", "magnesium"],
    ["timeline", "--in", "Shaanxi Province"],
]


ENV = dict(os.environ)         # the environment of every process run (see --no-bytecode)


def _split(kg: str, cmd: list[str]) -> tuple[list[str], dict]:
    """(argv, environment) of a command written as ``[NAME=VALUE ...] ARGS``."""
    env = dict(ENV)
    while cmd and "=" in cmd[0] and cmd[0].split("=", 1)[0].isupper():
        k, v = cmd[0].split("=", 1)
        env[k] = v
        cmd = cmd[1:]
    return [kg, *cmd], env


def time_commands(kg: str, commands: list[list[str]], runs: int):
    """(wall times, CPU times) of each command, the commands run in turn ``runs`` times (after
    a warm-up run of each, which also writes the caches). CPU time (user + system of the
    process) is the steadier measure when other jobs share the machine."""
    import resource

    split = [_split(kg, c) for c in commands]
    for argv, env in split:
        subprocess.run(argv, capture_output=True, check=True, env=env)
    wall: list[list[float]] = [[] for _ in commands]
    cpu: list[list[float]] = [[] for _ in commands]
    for _ in range(runs):
        for i, (argv, env) in enumerate(split):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            t = time.perf_counter()
            subprocess.run(argv, capture_output=True, check=True, env=env)
            wall[i].append(time.perf_counter() - t)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpu[i].append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
    return wall, cpu


HEAVY = ["typer", "click", "rich", "pydantic", "typer._adapters", "rdflib", "rdflib.plugins.sparql", "pyoxigraph",
         "networkx", "kg.cli", "kg.stores", "kg.model.graph", "kg.ask.lookup",
         "kg.model.linkindex", "kg.ask.links", "kg.ask.names", "kg.render.output"]

# the phases of `kg linked Fugu` inside one process: the fast path, then the graph path
PHASES = r"""
import sys, time
t0 = time.perf_counter()
import kg.cli
t1 = time.perf_counter()
from kg.ask import links, lookup, names
from kg.model import linkindex
t2 = time.perf_counter()
idx = linkindex.read(linkindex.input_files(None))
assert idx is not None, "no link index: run `kg linked Fugu` once"
t3 = time.perf_counter()
rows = links.linked(idx, [m.iri for m in names.resolve(idx, "Fugu")])
t4 = time.perf_counter()
import rdflib
t5 = time.perf_counter()
from kg.stores import open_kg
kg = open_kg(None, None)
t6 = time.perf_counter()
rows = links.linked(kg, [m.iri for m in names.resolve(kg, "Fugu")])
t7 = time.perf_counter()
print(f"{t1-t0:.4f} {t2-t1:.4f} {t3-t2:.4f} {t4-t3:.4f} {t5-t4:.4f} {t6-t5:.4f} {t7-t6:.4f}")
"""
PHASE_NAMES = ["import kg.cli", "fast: import kg.ask.lookup/links/names, kg.model.linkindex",
               "fast: read the link index (list files, hash, JSON)", "fast: resolve + linked",
               "graph: import rdflib", "graph: load graph (unpickle the cache)",
               "graph: resolve + linked"]


def import_breakdown(python: str, argv: list[str], runs: int) -> dict[str, float]:
    """Median cumulative import time (s) of each HEAVY module in a run of ``kg argv``."""
    samples: dict[str, list[float]] = {m: [] for m in HEAVY}
    for _ in range(runs):
        p = subprocess.run([python, "-X", "importtime", "-m", "kg", *argv],
                           capture_output=True, text=True, env=ENV)
        seen = {}
        for line in p.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[1].strip().isdigit():
                seen[parts[2].strip()] = int(parts[1]) / 1e6
        for m in HEAVY:
            samples[m].append(seen.get(m, 0.0))
    return {m: statistics.median(v) for m, v in samples.items()}


def phases(python: str, runs: int) -> list[float] | None:
    out = []
    for _ in range(runs):
        p = subprocess.run([python, "-c", PHASES], capture_output=True, text=True, env=ENV)
        if p.returncode:
            return None
        out.append([float(x) for x in p.stdout.split()])
    return [statistics.median(col) for col in zip(*out)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--kg", default=shutil.which("kg") or str(Path(sys.executable).parent / "kg"))
    ap.add_argument("--no-bytecode", action="store_true",
                    help="compile every module from source on every run (PYTHONDONTWRITEBYTECODE=1)")
    args = ap.parse_args()
    if args.no_bytecode:
        ENV["PYTHONDONTWRITEBYTECODE"] = "1"
    else:
        ENV.pop("PYTHONDONTWRITEBYTECODE", None)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"| command | median s | min s | max s | median CPU s |  ({args.runs} runs, {sys.platform}, "
          f"Python {sys.version.split()[0]}, load average {load:.1f} at the start, "
          f"{'no ' if args.no_bytecode else ''}bytecode cache)")
    print("|---|---|---|---|---|")
    medians, cpus = {}, {}
    for cmd, ts, cs in zip(COMMANDS, *time_commands(args.kg, COMMANDS, args.runs)):
        key = " ".join(cmd)
        medians[key], cpus[key] = statistics.median(ts), statistics.median(cs)
        print(f"| `kg {key}` | {medians[key]:.3f} | {min(ts):.3f} | {max(ts):.3f} | {cpus[key]:.3f} |")
    for what, m in (("wall", medians), ("CPU", cpus)):
        print(f"\nratio `kg linked Fugu --format json` / `kg --help` ({what}): "
              f"{m['linked Fugu --format json'] / m['--help']:.2f}x (target <= 2x); "
              f"with KG_LINK_INDEX=0: {m['KG_LINK_INDEX=0 linked Fugu --format json'] / m['--help']:.2f}x")
    python = str(Path(args.kg).parent / "python")
    if not Path(python).exists():
        python = sys.executable
    argv = ["linked", "Fugu", "--format", "json"]
    print(f"\nImports of `kg {' '.join(argv)}` (cumulative, median of {args.runs}; 0 = not imported)\n")
    print("| module | import s |")
    print("|---|---|")
    for m, v in import_breakdown(python, argv, args.runs).items():
        print(f"| {m} | {v:.3f} |")
    ph = phases(python, args.runs)
    if ph:
        print("\n| phase (in one process) | median s |\n|---|---|")
        for name, v in zip(PHASE_NAMES, ph):
            print(f"| {name} | {v:.3f} |")


if __name__ == "__main__":
    main()
