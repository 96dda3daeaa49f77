"""The parties of a new agreement read from company news: "the group signed a supply contract
with X" (the organisation "the group" / "the company" stands for, :mod:`referents`, is a party
to the new agreement its sentence introduces: rule ``context:party-referent@0.5``)."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO


def referent_parties(draft, spans_of, sents, refs) -> None:
    """"The group signed a supply contract with X": "the group" / "the company" the sentence that
    introduces a new agreement names is a party to it (``context:party-referent@0.5``)."""
    if not refs:
        return
    starts = [r[0] for r in refs]
    for s, e, ent in spans_of:
        if ent.known or kind(ent) != "agreement" or not ent.mentions or \
                (s, e) != (ent.mentions[0].start, ent.mentions[0].end):
            continue
        ss, se = sents.bounds(s)
        for r in refs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]:
            ent.add(NFO.party, r[2].iri, Span(ss, se), "context:party-referent@0.5")
