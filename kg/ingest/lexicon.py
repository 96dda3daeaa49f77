"""Word lists the rules use, read from ``kg/ingest/data/*.txt`` (one entry a line, ``#`` for
comments): surnames, roles, organisation suffixes, ordinary words."""
from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path

_DIR = Path(__file__).resolve().parent / "data"
_FOLDER = str(_DIR)      # (a run reads some 120 lists: plain paths, not Path objects, each)


@lru_cache(maxsize=None)
def lines(name: str) -> tuple[str, ...]:
    with open(os.path.join(_FOLDER, name + ".txt"), encoding="utf-8") as fh:
        text = fh.read()
    out = []
    for line in text.splitlines():
        if "#" in line:
            line = line[:line.index("#")]
        line = line.strip()
        if line:
            out.append(line)
    return tuple(out)


@lru_cache(maxsize=None)
def words(name: str) -> frozenset[str]:
    return frozenset(w.lower() for w in lines(name))
