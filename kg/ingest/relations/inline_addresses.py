"""An organisation's address in brackets right after its name, or after a ";" inside them:
contracts, rulings and notices name a party and give its seat in passing, "Party A: X County
Water Bureau (address: 18 Heping Road, X County, Y City)", "Claimant: X Trading Co., Ltd.
(domicile: Z District, W)", "Party A: X Co., Ltd. (a unit of Y Group; address: Q Industrial
Park, ...)", "write to the X Division (address: No. 3 A Road, B District, C)". The organisation
whose name ends right before the bracket (spaces or a line break between) is in the first place
the address names, its smallest, past a numbered lot or building ("No. 6 Building"), as
:mod:`record_fields` reads an "Address:" line of its own (rule ``place:inline-address@0.5``;
the chain of the address itself is :mod:`address_chains`'). The labels are those of
``data/inline-address-labels.txt``. The value runs to the closing bracket or the next ";" (at
most 200 characters). A known organisation is left alone (the graph has its seat). One scan of
the text for the labels, each place and name found by bisection: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.names.nesting import containers
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "place:inline-address@0.5"
_VALUE_MAX = 200
_BACK = 160         # characters from a ";" back to the bracket it is in
_NUMBERED = re.compile(r"\d")
_VALUE_END = re.compile(r"[);]")


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    labels = alternation("inline-address-labels", r"[ \t]+")
    return re.compile(rf"([(;])[ \t]*\n?[ \t]*(?:{labels})[ \t]*[:：][ \t]*", re.I)


def inline_addresses(draft, spans_of, kind) -> int:
    """Add ``nfo:locatedIn`` from an organisation to the first place of the address printed in
    brackets after its name (see the module); returns how many."""
    text = draft.text
    if "(" not in text:
        return 0
    rx = _label()
    plain = [x for x in spans_by_start_longest(spans_of) if not x[2].role]
    nested = containers(plain)
    outer = [x for x in plain if (x[0], x[1], id(x[2])) not in nested]
    orgs = sorted((x for x in outer if x[2].kind == "org"), key=lambda x: x[1])
    if not orgs:
        return 0
    org_ends = [x[1] for x in orgs]
    places = [x for x in outer if x[2].kind == "place"]
    place_starts = [x[0] for x in places]
    n = 0
    for m in rx.finditer(text):
        bracket = m.start(1)
        if m.group(1) == ";":
            # "(a unit of Y; address: ...)": the bracket the ";" is in
            bracket = text.rfind("(", max(0, m.start() - _BACK), m.start())
            if bracket < 0 or ")" in text[bracket:m.start()]:
                continue
        org = _org_before(text, bracket, orgs, org_ends)
        if org is None or org[2].known:
            continue
        stop = _VALUE_END.search(text, m.end(), min(len(text), m.end() + _VALUE_MAX))
        end = stop.start() if stop is not None else min(len(text), m.end() + _VALUE_MAX)
        got = _first_place(places, place_starts, m.end(), end)
        if got is None or got[2] is org[2] or org[2].statements.has(NFO.locatedIn, got[2].iri):
            continue
        org[2].add(NFO.locatedIn, got[2].iri, Span(org[0], got[1]), RULE)
        n += 1
    return n


def _org_before(text, at, orgs, org_ends):
    """The organisation whose name ends right before ``at`` (only spaces or a line break
    between), or None."""
    i = bisect.bisect_right(org_ends, at) - 1
    if i < 0:
        return None
    org = orgs[i]
    return org if not text[org[1]:at].strip() else None


def _first_place(places, starts, a, b):
    i = bisect.bisect_left(starts, a)
    while i < len(places) and places[i][0] < b and _NUMBERED.search(places[i][2].label):
        i += 1      # ("Plot 7430", "No. 6 Building": a lot or a house, not a place)
    return places[i] if i < len(places) and places[i][0] < b else None
