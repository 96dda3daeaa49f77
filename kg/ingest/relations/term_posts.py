"""Posts "its" gives in an announcement or a contract whose parties are named by the terms it
defines: 'China X Institute (the "Institute")' ... "The Institute sends a team led by its senior
engineer A", "The Licensor shall appoint its chief engineer, B, as ...": a post of the person in
the organisation the term stands for, when the term is the subject of the clause of "its" (no
other organisation named between them; rule ``post:term-its-role-name@0.5``). A term made of a
word of the organisation's own name counts ("the Institute" for a research institute): the
name rules leave it, as the curated readings do, but "its" still stands for it. One pattern
for the definitions, one scan per defined term, and only when the text has a quotation mark."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span

_DEFINED = re.compile(r"[ \t\n]*\((?:hereinafter\s+)?(?:(?:referred\s+to|called)\s+)?(?:as\s+)?"
                      r"(?:the\s+)?[\"“]\s*(?:[Tt]he\s+)?(?P<term>[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]+)?)"
                      r"\s*[\"”]\s*\)")
_CLAUSE_END = re.compile(r"[.;!?](?:\s|$)|\n[ \t]*\n|\n[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]")
_ITS = re.compile(r"\bits[ \t\n]+(?:(?:new|former|current|own)[ \t\n]+)?")
_COMMA = re.compile(r"[ \t\n]*,?[ \t\n]*")
_THE_TERM = re.compile(r"\b[Tt]he[ \t\n]+([A-Z][a-z]{2,})(?:([ -])([A-Z][a-z]+))?")
_TERM_END = re.compile(r"\b(?![ \t\n]+[A-Z])")


def term_its_posts(text, people: dict, orgs_at: dict, roles, post) -> None:
    """``people``: start -> (start, end, person); ``orgs_at``: start -> (start, end,
    organisation) of the organisations named (not referents); ``post(person, org, role, span,
    rule)``."""
    if '"' not in text and "“" not in text:
        return
    terms = {}
    for s, (_, e, org) in orgs_at.items():
        if "(" not in text[e:e + 3]:
            continue
        m = _DEFINED.match(text, e)
        if m is not None and m.group("term").lower() not in ("company", "group"):
            terms.setdefault(m.group("term"), (m.end(), org))
    if not terms:
        return
    org_starts = sorted(orgs_at)
    # one scan for every term: "the" and one or two capitalised words, looked up
    for u in _THE_TERM.finditer(text):
        one, two = u.group(1), u.group(3) and u.group(1) + u.group(2) + u.group(3)
        term = two if two in terms else one
        te = u.end() if term == two else u.end(1)
        if term not in terms or not _TERM_END.match(text, te):
            continue
        after, org = terms[term]
        if u.start() < after:
            continue
        ts = u.start()
        stop = _CLAUSE_END.search(text, te, te + 300)
        end = stop.start() if stop else min(len(text), te + 300)
        for i in _ITS.finditer(text, te, end):
            k = bisect.bisect_left(org_starts, te)
            if k < len(org_starts) and org_starts[k] < i.start():
                break       # another organisation named before "its": its clause now
            role = roles.match(text, i.end())
            c = _COMMA.match(text, role.end()) if role else None
            hit = people.get(c.end()) if c else None
            if hit is not None:
                post(hit[2], org, role.group(1), Span(ts, hit[1]),
                     "post:term-its-role-name@0.5")
