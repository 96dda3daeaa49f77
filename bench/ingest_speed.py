"""Whole-process time of `kg ingest` on the largest source document against `kg linked Fugu`
(issue 10 target: ingest <= 3x), plus a generated 10 MB article (bounded time and memory).

Usage: python bench/ingest_speed.py [--runs 3] [--big-mb 10]
Prints one line per measurement: best of --runs wall-clock seconds and peak RSS (MB)."""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")


def timed(args: list[str], runs: int) -> tuple[float, float]:
    best, peak = float("inf"), 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL)
        best = min(best, time.perf_counter() - t0)
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
    return best, peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--big-mb", type=float, default=10)
    a = ap.parse_args()
    sys.path.insert(0, str(ROOT))
    from kg.model.evidence import find_sources_dir
    sources = find_sources_dir()
    largest = max(sources.glob("*.txt"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "d.ttl"
        subprocess.run([KG, "linked", "Fugu"], check=True, stdout=subprocess.DEVNULL)  # warm cache
        base, _ = timed([KG, "linked", "Fugu"], a.runs)
        ing, rss = timed([KG, "ingest", str(largest), "--id", "speed-test", "-o", str(out),
                          "--force"], a.runs)
        print(f"kg linked Fugu: {base:.2f} s")
        print(f"kg ingest {largest.name} ({largest.stat().st_size} bytes): {ing:.2f} s "
              f"= {ing / base:.2f}x (target <= 3x); peak RSS {rss:.0f} MB")
        big = Path(tmp) / "big.txt"
        text = largest.read_text(encoding="utf-8")
        reps = int(a.big_mb * 1024 * 1024 / len(text.encode("utf-8"))) + 1
        big.write_text((text + "\n") * reps, encoding="utf-8")
        t, rss = timed([KG, "ingest", str(big), "--id", "speed-big", "-o", str(out), "--force"], 1)
        print(f"kg ingest {big.stat().st_size / 1e6:.1f} MB: {t:.1f} s; peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
