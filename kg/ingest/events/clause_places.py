"""Whether a place a dated clause names after "in"/"at" is where its happening took place
(``nfo:heldIn``, rule ``event:clause-place``) or only where something else the clause names
is: a place printed right after the name of a company, a plant, a park or a project ("A pipe
burst at X Alumina Co., Ltd. in Y", "the line went into operation at the Z Industrial Park in
W": Y is the company's town, W the park's), or a place printed inside a longer name of the
clause (the town opening "the Q High-tech Zone", "the Q training base"), locates that thing,
not the happening. Measured on dev sets 2-72: such places were the happening's 3 times of 55
(counties, cities and provinces behind a company's or a site's name)."""
from __future__ import annotations

import re

from kg.ingest.relations.kinds import kind

# what a place printed right after it locates (not a person, an event, a document or a metal)
_LOCATED = frozenset(("org", "place", "project", "site", "facility", "product"))
_GAP = re.compile(r"\s+(?:in|at|near)\s+(?:the\s+)?")
_AGENT = re.compile(r"\bby\s+(?:the\s+)?$")


def where_else(text: str, names, ps: int, pe: int) -> bool:
    """The place at ``[ps, pe)`` locates another name of ``names`` ((start, end, entity) of
    the clause) instead of the clause's happening: it follows that name with only "in", "at"
    or "near" between, or it lies inside a longer name."""
    for a, b, other in names:
        if (a, b) == (ps, pe):
            continue
        if a <= ps and pe <= b:
            return True         # "the Q High-tech Zone": Q is the zone's, not the event's
        if ps - 16 <= b <= ps and kind(other) in _LOCATED and _GAP.fullmatch(text, b, ps) \
                and not _AGENT.search(text, max(0, a - 8), a):
            return True         # "X Alumina Co., Ltd. in Y": the company's town (not "a
            #                     review held by the bureau in Y": the review's place)
    return False
