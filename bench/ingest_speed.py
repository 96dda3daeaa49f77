"""Whole-process time of `kg ingest` on the largest source document against `kg linked Fugu`
(issue 10 target: ingest <= 3x), plus a generated article of --big-mb MB (bounded time and
memory; 0 skips it).

Usage: python bench/ingest_speed.py [--runs 3] [--big-mb 10] [--no-bytecode-cache] [--ahead auto|1|0]
Prints one line per measurement: the best of --runs wall-clock seconds, the CPU seconds (user +
system) of that run (with the second process's, kg/ingest/ahead.py, when there is one), and the
peak RSS (MB). Both commands run once first, so the caches (parse
cache, link index, ingest snapshot, relation prior) are warm, after an ingest of another source
text, as for a user who has ingested an article before (the compiled patterns built from the
word lists are kept once two articles have compiled them: kg/ingest/regex_cache.py); on a busy
machine the CPU seconds are the steadier comparison.

Bytecode: the commands run as an installed package does, with their compiled modules cached
(in a temporary folder, ``PYTHONPYCACHEPREFIX``, so the repository gets no ``__pycache__``),
even when ``PYTHONDONTWRITEBYTECODE`` is set; ``--no-bytecode-cache`` keeps the environment as it
is (every run then compiles every module it imports from source: about 0.1 s more for
`kg ingest`, which imports some 60 modules, than for `kg linked`)."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
KG = str(Path(sys.executable).parent / "kg")


ENV = dict(os.environ)


def timed(args: list[str], runs: int) -> tuple[float, float, float]:
    """(best wall seconds, CPU seconds of the best run, peak RSS in MB of the timed runs)."""
    best, cpu, peak = float("inf"), 0.0, 0.0
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, env=ENV)
        _, status, usage = os.wait4(proc.pid, 0)       # this child's own CPU time and memory
        t = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(args)}: exit status {proc.returncode}")
        if t < best:
            best, cpu = t, usage.ru_utime + usage.ru_stime
        peak = max(peak, usage.ru_maxrss / 1024)
    return best, cpu, peak


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--big-mb", type=float, default=10, help="size of the generated article (0: skip)")
    ap.add_argument("--ahead", choices=("auto", "1", "0"), default="auto",
                    help="KG_INGEST_AHEAD for the ingest runs: auto (a second process for the "
                         "text's names when a core is idle, kg/ingest/ahead.py), 1 always, 0 never")
    ap.add_argument("--no-bytecode-cache", action="store_true",
                    help="keep PYTHONDONTWRITEBYTECODE as set (modules compiled on every run)")
    a = ap.parse_args()
    if a.ahead != "auto":
        ENV["KG_INGEST_AHEAD"] = a.ahead
    sys.path.insert(0, str(ROOT))
    from kg.model.evidence import find_sources_dir
    sources = find_sources_dir()
    largest = max(sources.glob("*.txt"), key=lambda p: p.stat().st_size)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "d.ttl"
        if not a.no_bytecode_cache:
            ENV.pop("PYTHONDONTWRITEBYTECODE", None)
            ENV["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        base_cmd = [KG, "linked", "Fugu"]
        ingest_cmd = [KG, "ingest", str(largest), "--id", "speed-test", "-o", str(out), "--force"]
        # another article first: a user's earlier ingest (patterns built from the word lists
        # are kept once two articles have compiled them: kg/ingest/regex_cache.py)
        other = max((p for p in sources.glob("*.txt") if p != largest and p.name != "README.md"),
                    key=lambda p: p.stat().st_size)
        earlier = [KG, "ingest", str(other), "--id", "speed-warm", "-o", str(out), "--force"]
        for cmd in (base_cmd, earlier, ingest_cmd):          # warm the caches
            subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=ENV)
        base, base_cpu, _ = timed(base_cmd, a.runs)
        ing, ing_cpu, rss = timed(ingest_cmd, a.runs)
        print(f"load average {os.getloadavg()[0]:.2f}; best of {a.runs}; bytecode "
              + ("as the environment says" if a.no_bytecode_cache else "cached")
              + f"; KG_INGEST_AHEAD {ENV.get('KG_INGEST_AHEAD', 'unset (auto)')}")
        print(f"kg linked Fugu: {base:.2f} s (CPU {base_cpu:.2f} s)")
        print(f"kg ingest {largest.name} ({largest.stat().st_size} bytes): {ing:.2f} s "
              f"= {ing / base:.2f}x (target <= 3x; CPU {ing_cpu:.2f} s = "
              f"{ing_cpu / max(base_cpu, 1e-9):.2f}x); peak RSS {rss:.0f} MB")
        if a.big_mb > 0:
            big = Path(tmp) / "big.txt"
            text = largest.read_text(encoding="utf-8")
            reps = int(a.big_mb * 1024 * 1024 / len(text.encode("utf-8"))) + 1
            big.write_text((text + "\n") * reps, encoding="utf-8")
            t, cpu, rss = timed([KG, "ingest", str(big), "--id", "speed-big", "-o", str(out),
                                 "--force"], 1)
            print(f"kg ingest {big.stat().st_size / 1e6:.1f} MB: {t:.1f} s (CPU {cpu:.1f} s); "
                  f"peak RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
