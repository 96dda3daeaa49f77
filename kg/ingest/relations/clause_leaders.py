"""Who leads the group a clause event tells of: "A delegation of X led by its deputy general
manager A visited K and signed ...", drafted as an event from its verb after the relation rules
ran (:mod:`kg.ingest.events.verb_happenings`, :mod:`kg.ingest.events.visit_clauses`), so
:mod:`delegation_leaders` never saw it. The group phrase and the leader are read as that module
reads them (a group noun, "of / from" and the sending body, "led / headed by", the first person
named within 80 characters in the same sentence); the one new event whose mention holds the
group phrase and the leader, and that no rule has said is led yet, is ``nfo:ledBy`` the leader
(rule ``event:delegation-led-by``), who also takes part in it. One keyword test, then the group
nouns found by str.find and the events and people by bisection: linear in the text."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.reading.caseless import lower_text
from kg.ingest.relations.delegation_leaders import EVENT_RULE, group_phrases, leader_after
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO


def clause_leaders(draft, spans_of) -> None:
    text = draft.text
    low = lower_text(text)
    cues = group_phrases(text, low)
    if not cues:
        return
    orgs_at, people = {}, []
    for s, e, ent in spans_of:
        k = kind(ent)
        if k == "org" and not ent.role:
            orgs_at.setdefault(s, (s, e, ent))
        elif k == "person":
            people.append((s, e, ent))
    events = sorted((m.start, m.end, ent) for ent in draft.entities.values()
                    if not ent.known and kind(ent) == "event"
                    and not any(p == NFO.ledBy for p, *_ in ent.statements)
                    for m in ent.mentions)
    if not events or not people:
        return
    people.sort(key=lambda x: x[0])
    starts = [p[0] for p in people]
    ev_starts = [x[0] for x in events]
    for g in cues:
        body = orgs_at.get(g.end())
        if body is None:
            continue
        found = leader_after(text, body[1], people, starts)
        if found is None:
            continue
        ps, pe, person = found
        i = bisect.bisect_right(ev_starts, g.start())
        holding = {id(ev): ev for s, e, ev in events[max(0, i - 16):i] if s <= g.start() and pe <= e}
        if len(holding) != 1:
            continue
        ev = next(iter(holding.values()))
        if any(p == NFO.ledBy for p, *_ in ev.statements):
            continue
        span = Span(g.start(), pe)
        ev.add(NFO.ledBy, person.iri, span, EVENT_RULE)
        if not any(p == NFO.participant and o == person.iri for p, o, *_ in ev.statements):
            ev.add(NFO.participant, person.iri, span, EVENT_RULE)
