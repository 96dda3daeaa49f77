"""A name's bare metal gives way to the form of it the text says the thing deals in (rule
``name:metal-in-name``, removed): "Lowfield Magnesium Co., Ltd." prints magnesium in its name
(relations/named_metals.py); when another rule reads that it smelts primary magnesium ("the
company's primary magnesium smelter"), the thing concerns primary magnesium, and the bare
metal of its name says no more than that. A form is a metal whose name is the bare metal's
words and a word of ``data/metal-form-words.txt`` (primary, sponge, recycled, secondary,
alloy): nf:metal-primary-magnesium is a form of nf:metal-magnesium; copper concentrate or
lithium carbonate are other materials, and stay.

Measured on the development sets (2-132 but the kept-aside ones): 55 such bare metals, 1 of them
recorded by the curators ("No. 2 magnesium smelting line" with primary magnesium too); the
forms themselves were right 47 times."""
from __future__ import annotations

from kg.ingest.lexicon import words
from kg.ingest.model import Statements
from kg.ingest.terms import NFO

RULE = "name:metal-in-name"


def _words(iri) -> frozenset[str]:
    local = str(iri).rsplit("/", 1)[-1]
    return frozenset(local[6:].split("-")) if local.startswith("metal-") else frozenset()


def drop_bare_metals(draft) -> None:
    forms = words("metal-form-words")
    for ent in draft.entities.values():
        if ent.known:
            continue
        st = ent.statements
        metals = [(o, r.split("@", 1)[0].split("+", 1)[0]) for p, o, _, r in st
                  if p == NFO.concernsMetal] if len(st) > 1 else ()
        if len(metals) < 2 or not any(r == RULE for _, r in metals):
            continue
        named = {o: _words(o) for o, _ in metals}
        bare = {o for o, r in metals if r == RULE and named[o] and any(
            named[o] < w and (w - named[o]) <= forms for x, w in named.items() if x != o)}
        if bare:
            ent.statements = Statements(
                s for s in st if not (s[0] == NFO.concernsMetal and s[1] in bare
                                      and s[3].split("@", 1)[0].split("+", 1)[0] == RULE))
