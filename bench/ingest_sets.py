"""Score `kg ingest` on many held-out-when-written sets at once, and compare two such runs.

bench/ingest_unseen.py makes one set's tables; the floors tests check each set against its
floors. This script is what a rule writer runs before and after a change: every set's micro
totals (the metrics of the floors) and the totals over all of them, from one load of the
shipped graph, written as JSON; and, with --drafts, every article's draft as Turtle, so that
two runs can be compared line by line (`diff -r`) to see exactly what a change did.

Usage:
  python bench/ingest_sets.py [--sets 2-42] [--skip 33-36,40] [--json OUT.json]
                              [--drafts DIR] [--sources]
  python bench/ingest_sets.py --compare BEFORE.json AFTER.json

--sets and --skip take set numbers and ranges ("1" is bench/unseen, "2" bench/unseen2 ...);
by default every bench/unseen*/ set that has articles and gold. --sources also drafts the five
source texts against the full graph (drafts only: their curated files are in that graph).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

import ingest_eval as ev  # noqa: E402
import ingest_unseen  # noqa: E402

METRICS = ["known_recall", "known_precision", "new_recall", "relation_recall",
           "relation_precision", "date_recall", "date_value_recall"]
SHORT = {"known_recall": "known", "known_precision": "linkP", "new_recall": "new",
         "relation_recall": "rel", "relation_precision": "relP", "date_recall": "dates",
         "date_value_recall": "values"}


def set_dir(number: int) -> Path:
    return HERE / ("unseen" if number == 1 else f"unseen{number}")


def all_sets() -> list[int]:
    found = []
    for d in HERE.glob("unseen*"):
        m = re.fullmatch(r"unseen(\d*)", d.name)
        if m and (d / "articles").is_dir() and (d / "gold").is_dir():
            found.append(int(m.group(1) or 1))
    return sorted(found)


def numbers(spec: str) -> set[int]:
    """"2-5,9" -> {2, 3, 4, 5, 9}; a word that is no number or range is an error."""
    out: set[int] = set()
    for part in filter(None, (p.strip() for p in spec.split(","))):
        m = re.fullmatch(r"(\d+)(?:-(\d+))?", part)
        if not m:
            raise SystemExit(f"--sets/--skip: {part!r} is not a set number or range (like 2-5)")
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        out.update(range(min(a, b), max(a, b) + 1))
    return out


def score(sets: list[int], drafts: Path | None, sources: bool) -> dict:
    from kg.ingest.output.draft import to_turtle
    from kg.ingest.pipeline import ingest
    from kg.ingest.reading.text import read_article
    from kg.model.graph import load

    kg = load(ROOT / "data", cache=False)
    out: dict = {}
    every: list[dict] = []
    for n in sets:
        d = set_dir(n)
        rows = ingest_unseen.evaluate_all(d / "articles", d / "gold", kg=kg)
        every.extend(rows)
        out[d.name] = {k: v for k, v in ev.micro(rows).items() if k != "doc"}
        print(f"{d.name:9}", "  ".join(f"{SHORT[m]} {out[d.name][m]:.3f}" for m in METRICS),
              flush=True)
        if drafts is not None:
            for r in rows:
                detail = ev.DETAIL.get(r.get("detail", r["doc"]), {})
                if "draft" in detail:
                    _write(drafts / d.name / f"{r['doc']}.ttl",
                           to_turtle(detail["draft"], with_catalogue=False))
    out["all"] = {k: v for k, v in ev.micro(every).items() if k != "doc"}
    print(f"{'all':9}", "  ".join(f"{SHORT[m]} {out['all'][m]:.3f}" for m in METRICS))
    if sources and drafts is not None:
        src = ROOT.parent / "shared" / "sources"
        for t in sorted(src.glob("[0-9]*.txt")):
            draft = ingest(kg, read_article(t), t.stem + "-draft", today=ev.EVAL_TODAY)
            ev.report_skipped(t.stem, draft)
            _write(drafts / "sources" / f"{t.stem}.ttl", to_turtle(draft, with_catalogue=False))
    return out


def _write(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def compare(before: dict, after: dict) -> str:
    names = [k for k in after if k != "all" and k in before] + ["all"]
    lines = ["set        " + "  ".join(f"{SHORT[m]:>15}" for m in METRICS)]
    for name in names:
        cells = []
        for m in METRICS:
            a, b = before[name][m], after[name][m]
            mark = "+" if b > a else ("-" if b < a else " ")
            cells.append(f"{a:.3f}->{b:.3f}{mark}".rjust(15) if a != b else f"{b:.3f}".rjust(15))
        lines.append(f"{name:10} " + "  ".join(cells))
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sets", default="", help="set numbers and ranges, e.g. 2-42 (default all)")
    ap.add_argument("--skip", default="", help="set numbers and ranges to leave out")
    ap.add_argument("--json", type=Path, help="write the totals to this JSON file")
    ap.add_argument("--drafts", type=Path, help="write every article's draft under this folder")
    ap.add_argument("--sources", action="store_true", help="with --drafts: the five sources too")
    ap.add_argument("--compare", nargs=2, type=Path, metavar=("BEFORE", "AFTER"))
    a = ap.parse_args(argv)
    if a.compare:
        before, after = (json.loads(p.read_text(encoding="utf-8")) for p in a.compare)
        print(compare(before, after))
        return 0
    have = all_sets()
    wanted = sorted(numbers(a.sets) & set(have)) if a.sets else have
    wanted = [n for n in wanted if n not in numbers(a.skip)]
    if not wanted:
        raise SystemExit("no set to score (see --sets and --skip)")
    totals = score(wanted, a.drafts, a.sources)
    if a.json:
        _write(a.json, json.dumps(totals, indent=1, sort_keys=True) + "\n")
    return ev.skipped_status(0)        # (3: a rule failed on some article, kg/ingest/stages.py)


if __name__ == "__main__":
    sys.exit(main())
