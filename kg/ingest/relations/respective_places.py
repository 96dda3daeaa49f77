"""Where several organisations are, stated at once with "respectively": "A and B are based in
P and Q, respectively", "A, B and C, headquartered in P, Q and R respectively" (the
participles of data/located-verbs.txt): the n-th organisation is in the n-th place (rule
``place:respectively``). Read: a list of organisations joined by ", " and "and", then "is /
are / were / will be" or a comma, a participle and "in", then as many places joined so, then
"respectively". Not read: lists of different lengths, a place list that does not end the
clause with "respectively". One match at each organisation that ends a list: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.listed_names import RESPECTIVELY, listed_before
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "place:respectively"
_JOIN = re.compile(r"\s*(?:,\s*and\s+|,\s*|\s+and\s+)(?:the\s+)?")
_MAX = 6        # names in a list


@lru_cache(maxsize=None)
def _located() -> re.Pattern:
    return re.compile(r"\s*,?\s*(?:(?:are|were|is|was|will\s+be)\s+(?:all\s+|also\s+)?)?(?:"
                      + alternation("located-verbs") + r")\s+in\s+(?:the\s+)?")


def respective_places(draft, spans_of, kind) -> None:
    text = draft.text
    if "respectively" not in text:
        return
    orgs = [(s, e, x) for s, e, x in spans_by_start(spans_of) if x.kind == "org" and not x.role]
    places = {s: (s, e, x) for s, e, x in spans_of if x.kind == "place"}
    by_end = {e: (s, e, x) for s, e, x in orgs}
    for s, e, last in orgs:
        m = _located().match(text, e)
        if m is None:
            continue
        names = listed_before(text, (s, e, last), by_end, _MAX)
        if len(names) < 2:
            continue
        where, at = [], m.end()
        while len(where) < len(names):
            p = places.get(at)
            if p is None:
                break
            where.append(p)
            j = _JOIN.match(text, p[1])
            if j is None or len(where) == len(names):
                break
            at = j.end()
        if len(where) != len(names) or not RESPECTIVELY.match(text, where[-1][1]):
            continue
        for (a, _, org), (_, pe, place) in zip(names, where):
            if place is not org:
                org.add(NFO.locatedIn, place.iri, Span(a, pe), RULE)
