"""Time of `kg show NAME` past loading the graph, on a seeded sample of entity names, the hubs
(the entities with the most statements) and names that match many entities; with --dump DIR
every output (table and JSON) is written there, to compare two versions of the code:

    python bench/show_speed.py --dump /tmp/after            # this checkout
    (cd OTHER && PYTHONPATH=OTHER python /work/main/bench/show_speed.py --dump /tmp/before)
    diff -r /tmp/before /tmp/after

The graph is loaded once and handed to each command (the start-up is measured by
bench/startup.py); each command runs through the Typer runner as a user runs it.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import random
import statistics
import time
from collections import Counter
from pathlib import Path

AMBIGUOUS = ["production", "output", "price", "tonnes", "China", "Group", "magnesium", "aluminium",
             "2024", "copper"]


def names_to_try(kg, sample: int, hubs: int, seed: int) -> list[tuple[str, str]]:
    from rdflib import URIRef
    from rdflib.namespace import RDFS

    labels = sorted({(str(s), str(o)) for s, o in kg.union.subject_objects(RDFS.label)
                     if isinstance(s, URIRef) and not getattr(o, "language", None)})
    rng = random.Random(seed)
    out = [("sample", lab) for _, lab in rng.sample(labels, min(sample, len(labels)))]
    degree = Counter()
    for s, _, o in kg.union:
        degree[s] += 1
        degree[o] += 1
    label_of = dict(labels)
    top = [label_of[str(n)] for n, _ in degree.most_common() if str(n) in label_of][:hubs]
    out += [("hub", lab) for lab in top]
    out += [("ambiguous", w) for w in AMBIGUOUS]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sample", type=int, default=100)
    ap.add_argument("--hubs", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--dump", type=Path, help="write each output to this folder")
    args = ap.parse_args()
    from typer.testing import CliRunner

    import kg.cli as cli
    kg = cli._load(None, None)
    cli._load = lambda data=None, store=None: kg
    runner = CliRunner()
    todo = names_to_try(kg, args.sample, args.hubs, args.seed)
    if args.dump:
        args.dump.mkdir(parents=True, exist_ok=True)
    times: dict[str, list[float]] = {}
    for kind, name in todo:
        for fmt in ("table", "json"):
            t = time.perf_counter()
            res = runner.invoke(cli.app, ["show", name, "--format", fmt])
            took = time.perf_counter() - t
            times.setdefault(kind, []).append(took)
            if args.dump:
                key = hashlib.sha1(f"{name}\0{fmt}".encode()).hexdigest()[:16]
                (args.dump / f"{kind}-{key}-{fmt}.txt").write_text(
                    f"{name}\nexit {res.exit_code}\n{res.stdout}\n--- stderr\n{res.stderr}", encoding="utf-8")
    print(f"kg show, graph loaded once; load average {os.getloadavg()[0]:.2f}")
    for kind, ts in times.items():
        ms = sorted(x * 1000 for x in ts)
        print(f"{kind:9} {len(ms):4} runs: median {statistics.median(ms):7.1f} ms  "
              f"max {ms[-1]:7.1f} ms  total {sum(ms) / 1000:6.2f} s")


if __name__ == "__main__":
    main()
