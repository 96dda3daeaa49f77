"""A standard's number carries the year it was approved ("GB/T 728-2020", "YS/T 1748-2026"): a
date read from its sentence that does not fit that year is another standard's. Issued in
another year than its number's, or in force before that year or more than two years after it,
the date goes (only dates the rules read from the text; a stated one stays). An in-force date
so taken from a standard named inside the sentence ("It covers grades above those of GB/T
728-2020 and will be implemented from February 1, 2027") is the one of the standard the
sentence is about: the nearest named before it, in the 600 characters before a sentence that
opens with "It" or "The/This/That/The new standard" (``date:in-force-the-policy``)."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

# "GB/T 728-2020", "YS/T 1748—2026", "T/CNIA 0123-2025": the year after the number
_NUMBER_YEAR = re.compile(r"\b[A-Z]{1,6}(?:/[A-Z]{1,6})?\s*[\d.]+\s*[-\u2013\u2014](?P<y>(?:19|20)\d\d)\b")
_IT_SUBJECT = re.compile(r"\s*(?:It|(?:The|This|That)\s+(?:new\s+)?standard)\b")
_BACK = 600


def number_year(label: str) -> str | None:
    m = _NUMBER_YEAR.search(label)
    return m.group("y") if m else None


def _fits(pred, value: str, year: str) -> bool:
    y = int(value[:4])
    if pred == NFO.dateIssued:
        return y == int(year)
    if pred == NFO.dateInForce:
        return int(year) <= y <= int(year) + 2
    return True


def fit_standard_years(text, sents, dated_kinds, kind) -> int:
    """Drop read dates that do not fit a standard's number year, and give a dropped in-force
    date to the standard the sentence is about; returns how many statements changed."""
    policies = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "policy"]
    n = 0
    moved = []
    for s, e, ent in policies:
        year = number_year(ent.label)
        if year is None:
            continue
        bad = [st for st in ent.statements if st[0] in (NFO.dateIssued, NFO.dateInForce)
               and st[3].startswith(("context:date", "date:"))
               and not _fits(st[0], str(st[1]), year)]
        if not bad:
            continue
        ent.statements[:] = [st for st in ent.statements if st not in bad]
        n += len(bad)
        moved += [(st, ent) for st in bad if st[0] == NFO.dateInForce]
    for st, owner in moved:
        ss, se = sents.bounds(st[2].start)
        if not _IT_SUBJECT.match(text, ss):
            continue
        before = [(s, ent) for s, _, ent in policies if ss - _BACK <= s < ss
                  and ent is not owner and number_year(ent.label) is not None
                  and _fits(NFO.dateInForce, str(st[1]), number_year(ent.label))]
        if not before:
            continue
        ent = max(before, key=lambda x: x[0])[1]
        if any(x[0] == NFO.dateInForce for x in ent.statements):
            continue
        ent.add(NFO.dateInForce, st[1], Span(ss, se), "date:in-force-the-policy")
        n += 1
    return n
