"""Terms a legal text or an announcement defines for a party right after its name: 'X Co., Ltd.
(the "Debtor")', 'Y Ltd. (hereinafter the "Issuer")', 'Z Group ("the Target Company")'. From
there on "the Debtor" stands for X, so that "A will hold 80% of the Debtor" names X.

"the Company" and "the Group" are read by :mod:`kg.ingest.relations.referents`; a term that is
part of the organisation's own name ('("Jinrun")') is a short name, not a role, and is left to
the name rules. One match at each organisation followed by a bracket, then one pass over the
text for all terms (each use looked up): linear in the text."""
from __future__ import annotations

import re

_DEFINED = re.compile(r"[ \t\n]*\((?:hereinafter\s+)?(?:(?:referred\s+to|called)\s+)?(?:as\s+)?"
                      r"(?:the\s+)?[\"“]\s*(?:[Tt]he\s+)?(?P<term>[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+)?)"
                      r"\s*[\"”]\s*\)")
_LEFT = {"company", "group"}
_THE_TERM = re.compile(r"\b[Tt]he\s+([A-Z][a-z]{2,})(?:([ -])([A-Z][a-z]+))?")
_TERM_END = re.compile(r"\b(?!\s+[A-Z])")


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
    if not terms:
        return out
    for u in _THE_TERM.finditer(text):       # one scan for every term, looked up
        one, two = u.group(1), u.group(3) and u.group(1) + u.group(2) + u.group(3)
        term = two if two in terms else one
        end = u.end() if term == two else u.end(1)
        if term in terms and u.start() >= terms[term][0] and _TERM_END.match(text, end):
            out.append((u.start(1), end, terms[term][1]))
    out.sort(key=lambda x: x[0])
    return out
