"""A new body, event or project the text names twice with the same words in another order
("Information Office of the Hebi Municipal People's Government" and "Hebi Municipal Government
Information Office", "Division of Mineral Resources Protection" and "Mineral Resources
Protection Division", "the China (Yulin) Magnesium Fair" and "China (Yulin) Magnesium Fair"),
two rules each drafting one, is one entity: the name of more words keeps the label, the other's
mentions, aliases and statements move over, what pointed at it points at the fuller one.

Two names are the same words when, the words of data/reorder-free-words.txt aside ("of", "the",
"People's": words that join a name's parts), each holds the other's words, three or more (in
the same order or turned about an "of" but for a policy's: "Division of X" / "X Division", not
"A B Zinc Co." / "B A Zinc Co.", two companies, as tests/test_ingest_hostile13's list of deals
has them), and not two events of one name (what an earlier rule kept apart under one label,
the closing ceremonies of a thousand expos, are as many happenings; tests/test_ingest_hostile6);
both
new, not relation nodes, of one class or organisations one of them plain
(:mod:`kg.ingest.names.twin_classes`). Runs last, after the relation and date rules.

Round 49, measured on the development sets: 3 such pairs (a government's information office,
a department's division, a fair), each one thing."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.surgery import bare_label, fold_twins
from kg.ingest.names.twin_classes import compatible, family
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind

_WORD = re.compile(r"[\w']+")


@lru_cache(maxsize=1)
def _free() -> frozenset:
    return frozenset(lines("reorder-free-words"))


def _words(label: str) -> list:
    return _WORD.findall(normalise_name(label).replace("\u2019", "'"))


def _key(label: str) -> frozenset:
    return frozenset(w for w in _words(label) if w not in _free())


def _orders(label: str) -> set:
    """The orders a name's telling words are read in: as printed, and for "X of Y"
    also "Y X" (a name turned about its "of"): "Hengyuan Jinlong Zinc" and "Jinlong Hengyuan
    Zinc" are two companies, not one name reordered, nor their two supply agreements. (A
    policy's words move in blocks: "High-Quality Development Implementation Plan for X" / "Implementation Plan for the
    High-Quality Development of X".)"""
    words = _words(label)
    telling = [w for w in words if w not in _free()]
    out = {tuple(telling)}
    for i, w in enumerate(words):
        if w == "of":
            head = [x for x in words[:i] if x not in _free()]
            tail = [x for x in words[i + 1:] if x not in _free()]
            out.add(tuple(tail + head))
    return out


def _fullness(ent) -> tuple:
    return (len(bare_label(ent.label).split()), len(ent.mentions), len(ent.statements))


def _same_happening(a, b) -> bool:
    """Two events under one label: held apart by the rule that read them, not a name reordered."""
    return kind(b) == "event" and a.label.lower() == b.label.lower()


def reordered_twins(draft, spans_of: list) -> int:
    """Fold each name into its one reordered twin; returns how many folded."""
    groups: dict = {}
    for ent in draft.entities.values():
        if ent.known or ent.role or not ent.mentions:
            continue
        key = _key(ent.label)
        if len(key) >= 3:
            groups.setdefault((family(ent), key), []).append(ent)
    pairs = []
    for ents in groups.values():
        if len(ents) < 2:
            continue
        into = max(ents, key=_fullness)
        for ent in ents:
            if ent is not into and not _same_happening(ent, into) and \
                    compatible(ent, into) and (
                    kind(into) == "policy" or _orders(ent.label) & _orders(into.label)):
                pairs.append((ent, into))
    return fold_twins(draft, spans_of, pairs)      # (an entity is in one group: no chains)
