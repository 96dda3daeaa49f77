"""The metals an event's own words name: "The 2027 programmes for lead concentrate, zinc
concentrate and nickel matte will open for enrolment in March", "We sampled 62 batches of
aluminium alloy building profiles", "gave a science class on nickel, platinum and palladium":
the event its clause states concerns each metal printed in that clause (``nfo:concernsMetal``,
rule ``context:metal-in-clause@0.5``, a guess the reviewer confirms).

The relation rules give the events they see the metals of their sentence
(``named_metals.metals_in_sentence``); the events minted from clauses after them (a step still
to come, a clause with a verb of what happened, a log's line) have none. Here each new event
with no metal yet gets the metals printed inside its own mention, the clause itself; not one
printed inside the name of an organisation, person or place the clause names ("Jinchuan Nickel
Cobalt Co., Ltd. signed ...": the company's, not the event's), and not through a planned step's
sentence (its other clauses are loosely tied to it: only its own words count). Run after the
dates are revised (a planned step keeps its date and its own metals). Linear: the draft's spans
are sorted once and each event's mention is looked up by bisection."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "context:metal-in-clause@0.5"
_HOLDERS = ("org", "person", "place")   # a metal inside their names is theirs
# what an event may be about: its metals are that thing's ("the 50,000-tonne magnesium alloy
# project went into production": the project's magnesium alloy)
_THINGS = ("project", "agreement", "policy", "technology", "award")


def clause_metals(draft, spans_of) -> int:
    """Add ``nfo:concernsMetal`` from the new events with no metal to the metals printed in
    their own mention; returns how many."""
    spans = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)]
    starts = [s for s, _, _ in spans]
    n = 0
    for ent in list(draft.entities.values()):
        if ent.known or not ent.mentions or ent.kind != "event" or \
                any(st[0] in (NFO.concernsMetal, NFO.about) for st in ent.statements):
            continue
        got, thing = {}, False
        for m in ent.mentions:
            lo, hi = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
            inner = [x for x in spans[lo:hi] if x[1] <= m.end and x[2] is not ent]
            thing = any(x.kind in _THINGS or x.cls == NFO.Site for _, _, x in inner)
            if thing:
                break
            held = [(a, b) for a, b, x in inner if x.kind in _HOLDERS]
            for a, b, x in inner:
                if x.kind == "metal" and not any(c <= a and b <= d for c, d in held):
                    got.setdefault(x.iri, Span(m.start, m.end))
        if thing:
            continue
        for iri, span in got.items():
            ent.add(NFO.concernsMetal, iri, span, RULE)
        n += len(got)
    return n
