#!/usr/bin/env python3
"""Start-up benchmark: a lookup on the shipped graph against the CLI's own start-up.

Runs each command as a whole process N times (after one warm-up run) and prints the median,
min and max wall time. Usage: python bench/startup.py [--runs 15] [--kg PATH-TO-kg]
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


if __name__ == "__main__":
    main()
