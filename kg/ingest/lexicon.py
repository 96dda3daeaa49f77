"""Word lists the rules use, read from ``kg/ingest/data/*.txt`` (one entry a line, ``#`` for
comments): surnames, roles, organisation suffixes, ordinary words."""
from __future__ import annotations

import re
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


def alternation(items, space: str | None = None) -> str:
    """A regular expression that matches exactly the strings ``items`` (escaped; a space
    matches ``space`` when given, e.g. ``r"\\s+"``), written as a trie: it prefers the longest
    like their alternation sorted longest first, and is compiled and tried several times faster
    (the word lists run to hundreds of entries, and a process compiles each pattern once)."""
    trie: dict = {}
    for item in items:
        if not item:
            continue
        node = trie
        for ch in item:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        parts = [(space if ch == " " and space is not None else re.escape(ch)) + emit(sub)
                 for ch, sub in node.items() if ch != ""]
        if not parts:
            return ""
        body = parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"
        return f"(?:{body})?" if "" in node else body
    return emit(trie)


class lazy_pattern:       # noqa: N801 (used like re.compile)
    """A case-blind pattern compiled on its first use (a table of hundreds of rows, of which an
    article needs a few: compiling them all cost 40 ms a process)."""
    __slots__ = ("src", "rx")

    def __init__(self, src: str):
        self.src, self.rx = src, None

    def _get(self) -> re.Pattern:
        if self.rx is None:
            self.rx = re.compile(self.src, re.I)
        return self.rx

    def match(self, *a):
        return self._get().match(*a)

    def search(self, *a):
        return self._get().search(*a)
