"""A document's title read twice: once as the document ("ANNOUNCEMENT ON WINNING THE BID FOR A
MAJOR PROJECT", a notice, by the headline or heading rules) and once, under the very same
words, as the thing its last word names (a project, by "Project"; an agreement, by
"Agreement"): "Publicity Notice of a Mediation Agreement" is a notice, not an agreement, and
"Announcement on the Investment in a Two-piece Aluminium Can Project" is not the project. The
title opens with a document's kind word (``data/document-kinds.txt``,
``data/heading-document-kinds.txt``): the thing drafted under it is the document itself,
folded into it (its mentions, aliases and statements; what pointed at it points at the
document), so that the document's day of issue, issuer and number are on the one entity a
reviewer keeps.

A heading that is the genre word alone ("ANNOUNCEMENT", over "No. 96 of 2026") right above the
title that opens with it ("Announcement on the Qualifications Granted ...") is that document
too: the bare one (its number with it) folds into the titled one, of the same class, whose
first mention is printed within ``_NEAR`` lines under it, when there is exactly one such.

Only a new entity of the kinds of ``data/title-twin-kinds.txt`` whose label, normalised, is the
document's label or one of its aliases, the document new and of the policy kind (not a
standard: a standard's title may name what it sets), and the label's first word a document's
kind word. Runs last, with the other twins (after the relation and date rules)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.surgery import fold_twin
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

_THING_ONLY = (NFO.party, NFO.locatedIn)
_NEAR = 6           # lines between a bare genre heading and the title under it


@lru_cache(maxsize=1)
def _kind_words() -> frozenset[str]:
    out = set()
    for name in ("document-kinds", "heading-document-kinds"):
        for line in lines(name):
            out.add(line.split()[0].lower())
    return frozenset(out)


@lru_cache(maxsize=1)
def _twin_kinds() -> frozenset[str]:
    return words("title-twin-kinds")


def _first_word(label: str) -> str:
    for w in label.split():
        w = w.strip("\"'\u201c\u201d()[]#*:,.").lower()
        if w:
            return w
    return ""


def title_twins(draft, spans_of: list) -> int:
    """Fold each thing drafted under a document's own title into the document; how many."""
    docs: dict[str, object] = {}
    for e in draft.entities.values():
        if e.known or e.role or not e.mentions or kind(e) != "policy" \
                or str(e.cls).endswith("Standard"):
            continue
        for name in (e.label, *e.aliases):
            if _first_word(name) in _kind_words():
                docs.setdefault(normalise_name(name), e)
    n = _bare_headings(draft, spans_of)
    if not docs:
        return n
    for x in list(draft.entities.values()):
        if x.known or x.role or kind(x) not in _twin_kinds():
            continue
        into = docs.get(normalise_name(x.label))
        if into is not None and into is not x:
            # (what only the misread thing could have: a party of an agreement, the place a
            # project is in; the document's own issuer, days and subjects come with the rest)
            x.statements[:] = [st for st in x.statements if st[0] not in _THING_ONLY]
            n += fold_twin(draft, spans_of, x, into)
    return n


def _bare_headings(draft, spans_of: list) -> int:
    """Fold a genre word heading alone into the one title under it that opens with it."""
    docs = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions
            and kind(e) == "policy" and not str(e.cls).endswith("Standard")]
    bare = [e for e in docs if len(e.label.split()) == 1
            and _first_word(e.label) in _kind_words()]
    if not bare:
        return 0
    breaks = [m.start() for m in re.finditer("\n", draft.text)]
    n = 0
    for x in bare:
        at = bisect.bisect_left(breaks, min(m.start for m in x.mentions))
        under = [d for d in docs if d is not x and d.cls == x.cls and len(d.label.split()) > 1
                 and _first_word(d.label) == _first_word(x.label)
                 and 0 < bisect.bisect_left(breaks, min(m.start for m in d.mentions)) - at
                 <= _NEAR]
        if len(under) == 1 and fold_twin(draft, spans_of, x, under[0]):
            n += 1
            # (the genre word alone names no document: no alias of the title)
            word = x.label.lower()
            under[0].aliases = {a for a in under[0].aliases if a.lower() != word}
    return n
