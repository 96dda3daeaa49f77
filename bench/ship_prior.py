"""Rebuild the relation prior shipped with the package (kg/ingest/data/relation-prior.json,
:mod:`kg.ingest.knowledge.shipped_prior`) from the shipped graph and the corpus' texts.

Run after a change of the curated data, of a source text, or of what the prior reads (the
gazetteer, the kinds of relations.propose.kind_of, prior.py itself): a test
(tests/test_ingest_round45_structure.py) fails until the file equals what learning gives.

Usage: python bench/ship_prior.py [--check]   (--check: exit 1 when the file is stale)
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def fresh() -> str:
    """The file's text as learning from the shipped graph and the corpus gives it now."""
    from kg.ingest.knowledge import shipped_prior, snapshot
    from kg.ingest.knowledge.prior import shipped_entry
    from kg.ingest.relations.propose import kind_of
    from kg.model.graph import load

    kg = load(ROOT / "data", cache=False)
    return shipped_prior.dumps(shipped_entry(kg, snapshot.gazetteer(kg), kind_of))


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="only say whether the file is stale")
    args = ap.parse_args(argv)
    from kg.ingest.knowledge.shipped_prior import SHIPPED

    text = fresh()
    old = SHIPPED.read_text(encoding="utf-8") if SHIPPED.is_file() else None
    if args.check:
        print("up to date" if old == text else f"{SHIPPED} is stale")
        return 0 if old == text else 1
    if old != text:
        SHIPPED.write_text(text, encoding="utf-8")
    print(f"{SHIPPED.relative_to(ROOT)}: {'unchanged' if old == text else 'written'} "
          f"({len(text.encode()):,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
