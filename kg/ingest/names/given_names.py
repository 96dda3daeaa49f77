"""People whose names are no Chinese ones, found by their given name wherever they stand: a
word of ``data/given-names.txt`` (common given names of the countries this trade's news names)
followed by one or two capitalised family-name words ("Anna Berg of the KTH ...", "1. Ivan
Petrov, Ural Federal University - ...", "Maria da Silva"). The frames of
:mod:`kg.ingest.names.role_people` need a role next to the name; a list of laureates or a
delegation gives none. Not a name: a word of it ordinary, a role word or one that ends an
organisation's name ("Jean Monnet Foundation", "Thomas Cook Group": the longer name wins), the
name running on into another capitalised word, or a Chinese surname before the last word.
Low confidence (``person:given-name``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate, _heads
from kg.ingest.names.given_name_list import given_names
from kg.ingest.names.person_names import _wrapped_at
from kg.ingest.names.role_people import _PARTICLE, _W, _not_name

RULE, CONFIDENCE = "person:given-name", 0.5
_PLACE_BEFORE = re.compile(r"(?:\bSan|\bSanta|\bSão|\bSaint|\bSt\.|\bPort|\bFort|\bMount|\bLake|"
                           r"\bCape|\bPrince|\bPrincess|\bQueen|\bKing)[ \t]+$")
_LEGAL = {"co", "corp", "inc", "ltd", "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", "spa"}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    given = "|".join(sorted(map(re.escape, given_names()), key=lambda w: (-len(w), w)))
    # the given name, then one or two family-name words (a particle may stand before the last),
    # and no capitalised word right after (a longer name: a firm, a place)
    return re.compile(rf"(?<![\w'’&.-])(?:{given})(?:[ \t]+|[ \t]*\n[ \t]*)"
                      rf"(?:{_W}[ \t]+)?{_PARTICLE}?{_W}(?![\w'’&-]|[ \t]+[A-Z&(]|[ \t]*\n[ \t]*[A-Z])")


def given_name_people(text: str) -> list[Candidate]:
    if not text:
        return []
    surnames = set(lines("surnames"))
    common = words("common-words") | words("not-given-names")
    heads = _heads()
    role_words = {w.lower() for r in lines("roles") for w in r.split()}
    out = []
    for m in _pattern().finditer(text):
        if _PLACE_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue        # "San Diego", "Port Elizabeth", "Lake Albert": places
        name = m.group(0)
        ws = name.split()
        last = ws[-1].lower()
        if _not_name(ws[1:], surnames, common, heads, role_words) or ws[-1].isupper() \
                or last in heads or f"{last}." in heads or last in _LEGAL:
            continue
        if "\n" in name and not _wrapped_at(text, m.start() + name.index("\n")):
            continue
        out.append(Candidate(m.start(), m.end(), " ".join(ws), "Person", RULE, CONFIDENCE))
    return out
