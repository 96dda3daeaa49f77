#!/usr/bin/env python3
"""Start-up benchmark: a lookup on the shipped graph against the CLI's own start-up.

Runs each command as a whole process N times (after one warm-up run) and prints the median,
min and max wall time, then the breakdown of ``kg linked Fugu --format json``: the median
cumulative import time (``python -X importtime``) of the heavy packages and of the CLI, and the
time of loading the graph (from the cache) and answering, measured inside one process.
Usage: python bench/startup.py [--runs 15] [--kg PATH-TO-kg]
"""
from __future__ import annotations

import argparse
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
    ["show", "CNIA"],
    ["search", "magnesium"],
    ["timeline", "--in", "Shaanxi Province"],
]


def time_command(argv: list[str], runs: int) -> list[float]:
    subprocess.run(argv, capture_output=True, check=True)        # warm the file cache
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(argv, capture_output=True, check=True)
        out.append(time.perf_counter() - t)
    return out


HEAVY = ["typer", "click", "rich", "pydantic", "rdflib", "rdflib.plugins.sparql", "pyoxigraph",
         "networkx", "kg.cli", "kg.stores", "kg.model.graph", "kg.ask.links"]

PHASES = r"""
import sys, time
t0 = time.perf_counter()
import kg.cli
t1 = time.perf_counter()
from kg.stores import open_kg
kg = open_kg(None, None)
t2 = time.perf_counter()
from kg.ask import links, names
rows = links.linked(kg, [m.iri for m in names.resolve(kg, "Fugu")])
t3 = time.perf_counter()
print(f"{t1-t0:.4f} {t2-t1:.4f} {t3-t2:.4f}")
"""


def import_breakdown(python: str, argv: list[str], runs: int) -> dict[str, float]:
    """Median cumulative import time (s) of each HEAVY module in a run of ``kg argv``."""
    samples: dict[str, list[float]] = {m: [] for m in HEAVY}
    for _ in range(runs):
        p = subprocess.run([python, "-X", "importtime", "-m", "kg", *argv],
                           capture_output=True, text=True)
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
        p = subprocess.run([python, "-c", PHASES], capture_output=True, text=True)
        if p.returncode:
            return None
        out.append([float(x) for x in p.stdout.split()])
    return [statistics.median(col) for col in zip(*out)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--runs", type=int, default=15)
    ap.add_argument("--kg", default=shutil.which("kg") or str(Path(sys.executable).parent / "kg"))
    args = ap.parse_args()
    print(f"| command | median s | min s | max s |  ({args.runs} runs, {sys.platform}, Python {sys.version.split()[0]})")
    print("|---|---|---|---|")
    for cmd in COMMANDS:
        ts = time_command([args.kg, *cmd], args.runs)
        print(f"| `kg {' '.join(cmd)}` | {statistics.median(ts):.3f} | {min(ts):.3f} | {max(ts):.3f} |")
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
        for name, v in zip(["import kg.cli", "load graph (cache)", "resolve + linked"], ph):
            print(f"| {name} | {v:.3f} |")


if __name__ == "__main__":
    main()
