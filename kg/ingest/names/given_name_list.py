"""The common given names of ``data/given-names.txt`` (read by :mod:`given_names`, which finds
people by them), and the one test the name rules ask of them: whether a capitalised phrase
opens with a person's name before "of (the)" ("Anna Berg of the KTH Royal Institute of
Technology": the person, then the institute), or runs on with "and" into one ("KTH Royal Institute
of Technology and Lars Holm of Lulea University": the institute ends before "and")."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def given_names() -> frozenset:
    return frozenset(w for ln in lines("given-names") for w in ln.split())


def person_before_of(ws: list[str]) -> int:
    """The index of the first word after "Given Surname of (the)" when ``ws`` opens so, else 0."""
    if len(ws) > 3 and ws[2] == "of" and ws[0] in given_names() and ws[1][:1].isupper():
        return 4 if ws[3] == "the" and len(ws) > 4 else 3
    return 0


def outside_people(ws: list[str]) -> slice:
    """The words of a capitalised phrase left when the people it opens with or runs on into
    are taken off."""
    start = person_before_of(ws)
    end = next((k for k in range(start + 1, len(ws) - 3)
                if ws[k] == "and" and person_before_of(ws[k + 1:])), None)
    return slice(start, end)
