"""Word lists the rules use, read from ``kg/ingest/data/*.txt`` (one entry a line, ``#`` for
comments): surnames, roles, organisation suffixes, ordinary words."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "data"


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    out = []
    for line in (_DIR / f"{name}.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lines(name))
