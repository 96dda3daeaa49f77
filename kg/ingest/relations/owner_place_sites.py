"""Where the works of "X operates plants in A and B" are, and whose they are: the sites
names/plants.py mints from that clause ("Novelis Changzhou plant", "Novelis Zhenjiang plant",
rule ``site:owner-place``) are each ``nfo:locatedIn`` the place the clause prints for it (the
place mention its span holds: the text states "plants in A", not a place taken from a name) and
``nfo:ownedBy`` the organisation that opens the clause (the one whose mention ends within a few
words before the site and whose name opens the site's label), unless another rule has already
given it one (rule ``site:owner-place-clause``). One pass over the sites of that rule: linear
in their mentions."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.names.rule_tags import OWNER_PLACE
from kg.ingest.span_order import spans_by_bounds
from kg.ingest.terms import NFO

RULE = "site:owner-place-clause"
_BACK = 120         # how far before the site the clause's organisation may be named


def owner_place_sites(draft, spans_of, kind) -> int:
    sites = [e for e in draft.entities.values() if e.rule == OWNER_PLACE and e.mentions]
    if not sites:
        return 0
    rows = [r for r in spans_by_bounds(spans_of) if r[2] is not None and not r[2].role]
    starts = [r[0] for r in rows]
    n = 0
    for site in sites:
        m = site.mentions[0]
        here = rows[bisect.bisect_left(starts, m.start):bisect.bisect_left(starts, m.end)]
        places = [x for s, e, x in here if e <= m.end and x.kind == "place" and x is not site]
        have = {p for p, *_ in site.statements}
        if len(places) == 1 and NFO.locatedIn not in have:
            site.add(NFO.locatedIn, places[0].iri, Span(m.start, m.end), RULE)
            n += 1
        if NFO.ownedBy in have:
            continue
        before = rows[bisect.bisect_left(starts, m.start - _BACK):bisect.bisect_left(starts,
                                                                                    m.start)]
        owners = [(s, e, x) for s, e, x in before if x.kind == "org" and e <= m.start
                  and site.label.startswith(draft.text[s:e] + " ")]
        if owners:
            s, e, owner = owners[-1]
            site.add(NFO.ownedBy, owner.iri, Span(s, m.end), RULE)
            n += 1
    return n
