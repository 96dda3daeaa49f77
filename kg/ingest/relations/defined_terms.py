"""Terms a legal text or an announcement defines for a party right after its name: 'X Co., Ltd.
(the "Debtor")', 'Y Ltd. (hereinafter the "Issuer")', 'Z Group ("the Target Company")'. From
there on "the Debtor" stands for X, so that "A will hold 80% of the Debtor" names X.

"the Company" and "the Group" are read by :mod:`kg.ingest.relations.referents`; a term that is
part of the organisation's own name ('("Jinrun")') is a short name, not a role, and is left to
the name rules. One match at each organisation followed by a bracket, then one pass over the
text per term: linear in the text."""
from __future__ import annotations

import re

_DEFINED = re.compile(r"[ \t\n]*\((?:hereinafter\s+)?(?:(?:referred\s+to|called)\s+)?(?:as\s+)?"
                      r"(?:the\s+)?[\"“]\s*(?:[Tt]he\s+)?(?P<term>[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+)?)"
                      r"\s*[\"”]\s*\)")
_LEFT = {"company", "group"}


def defined_terms(text, orgs) -> list:
    """``(start, end, organisation)`` for each use of a defined term after its definition, the
    span being the term's words ("Debtor" in "of the Debtor")."""
    if "\"" not in text and "“" not in text:
        return []
    terms = {}
    for s, e, ent in orgs:
        if "(" not in text[e:e + 3]:
            continue
        m = _DEFINED.match(text, e)
        if m is None:
            continue
        term = m.group("term")
        if term.lower() in _LEFT or term.lower() in ent.label.lower():
            continue
        terms.setdefault(term, (m.end(), ent))
    out = []
    for term, (after, ent) in terms.items():
        for m in re.finditer(r"\b[Tt]he\s+(" + re.escape(term) + r")\b(?!\s+[A-Z])", text[after:]):
            out.append((after + m.start(1), after + m.end(1), ent))
    out.sort(key=lambda x: x[0])
    return out
