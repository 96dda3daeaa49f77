"""Spelling variants of a known name, matched as that name: a hyphen written as a space, a
prefix joined, hyphenated or apart ("Non-ferrous", "Non Ferrous", "Nonferrous"), "&" for "and",
abbreviated legal words ("Corp.", "Co.", "Ltd."), British and American spellings
("aluminium"/"aluminum"). Word lists: data/link-variants.txt, data/link-prefixes.txt. Each
name gives a few keys (at most ``_MAX``), so the automaton stays small."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines

_MAX = 8


def _pairs() -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for line in lines("link-variants"):
        a, _, b = (x.strip() for x in line.partition(" = "))
        if a and b:
            out.setdefault(a, set()).add(b)
            out.setdefault(b, set()).add(a)
    return out


_SWAP = _pairs()
_PREFIX = re.compile(r"^(" + "|".join(re.escape(p) for p in lines("link-prefixes"))
                     + r")[- ]?([a-z]{4,})$")


_PREFIXES = tuple(lines("link-prefixes"))


def _word_forms(word: str) -> set[str]:
    if word not in _SWAP and "-" not in word and not word.startswith(_PREFIXES):
        return set()
    forms = set(_SWAP.get(word, ()))
    if "-" in word.strip("-"):
        forms.add(word.replace("-", " "))       # joined ("nonferrous") by a prefix only
    m = _PREFIX.match(word)
    if m:
        forms |= {f"{m.group(1)}-{m.group(2)}", f"{m.group(1)} {m.group(2)}",
                  f"{m.group(1)}{m.group(2)}"}
    forms.discard(word)
    return forms


def variants(key: str) -> set[str]:
    """Other spellings of the normalised name ``key`` (not ``key`` itself); names of one word
    only by their hyphen or prefix (a one-word name swapped whole is another word)."""
    words_ = key.split(" ")
    out: set[str] = set()
    todo = [words_]
    for i, w in enumerate(words_):
        forms = _word_forms(w)
        if not forms:
            continue
        if len(words_) == 1:        # a word alone: spellings only, not "co." for "company"
            forms = {f for f in forms if f not in _SWAP.get(w, ()) or re.fullmatch(r"[a-z]{5,}", f)}
        nxt = []
        for base in todo:
            for f in forms:
                nxt.append(base[:i] + [f] + base[i + 1:])
        todo += nxt
        if len(todo) > _MAX:
            todo = todo[:_MAX]
    for ws in todo[1:]:
        out.add(" ".join(" ".join(ws).split()))
    out.discard(key)
    return out
