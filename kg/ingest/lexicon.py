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


@lru_cache(maxsize=None)
def phrases(name: str) -> frozenset[str]:
    """The list's lines in lower case with their spaces made single ("Deputy  Director" ->
    "deputy director"), for looking up words read from a text the same way."""
    return frozenset(" ".join(w.lower().split()) for w in lines(name))


@lru_cache(maxsize=None)
def labelled_kinds(name: str) -> dict[str, str]:
    """The word list ``name`` of lines "kind  label" (two or more spaces between) as
    {label in lower case, its spaces single: kind}."""
    import re

    out = {}
    for line in lines(name):
        kind, label = re.split(r"\s{2,}", line, maxsplit=1)
        out[" ".join(label.lower().split())] = kind
    return out


@lru_cache(maxsize=None)
def field_patterns(name: str, after_bar: bool = False) -> dict:
    """The labelled fields of the word list ``name`` (lines "kind  label"): kind -> a pattern of
    its labels ("Interviewee:", "Reply unit:"; spaces inside a label any run of spaces or tabs,
    case-blind, an ASCII or full-width colon) at a line's start, or also after a bar of a
    byline ("Y News | Reporter: B") with ``after_bar``."""
    import re

    by_kind: dict[str, list[str]] = {}
    for line in lines(name):
        kind, label = re.split(r"\s{2,}", line, maxsplit=1)
        by_kind.setdefault(kind, []).append(label)
    lead = r"(?:^|\|)" if after_bar else "^"
    out = {}
    for kind, labels in by_kind.items():
        alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                       for w in sorted(labels, key=len, reverse=True))
        out[kind] = re.compile(rf"(?m){lead}[ \t]*(?:{alt})[ \t]*[:\uff1a][ \t]*", re.I)
    return out


@lru_cache(maxsize=None)
def alternation(name: str, space: str = r"[ \t\n]+", lower: bool = False) -> str:
    """The word list ``name`` as one regular-expression alternation, longest entry first (so a
    longer phrase wins over its own start, in one order in every process), each entry's
    spaces standing for ``space`` (by default any run of spaces, tabs or line breaks, so a
    phrase broken across a line still matches); ``lower``: the entries in lower case."""
    import re

    entries = words(name) if lower else set(lines(name))
    return "|".join(space.join(map(re.escape, w.split()))
                    for w in sorted(entries, key=lambda w: (-len(w), w)))
