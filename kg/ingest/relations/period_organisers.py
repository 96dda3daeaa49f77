"""Who runs the periods a notice opens for the public: "Publicity period: 7 to 11 December",
"The list is open for comment from 14 to 20 December", "Objections may be lodged from 3 to 9
May" (the events :mod:`kg.ingest.events.open_periods` makes, rule ``event:open-period``, whose
label names a publicity, public display, comment, objection or reporting period; not a pilot or
transition period, which is a policy's) are held by whoever issued the notice: the body that
publishes a list for comment takes the comments, the bureau that announces a publicity period
runs it. The notice is the document the period is about when that one has an issuer, else the
text's own document (the first new document named in the text that has an issuer, named
before the period). ``nfo:organizedBy`` the first issuer of that document; rule
``event:period-issuer@0.5``. A period that states an organiser or participant already is left
alone. Measured on dev sets 2-72: 9 of 20 right (the steps of a schedule, "Registration",
"Contract period", so given their notice's issuer: 13 of 66; left out). One pass over the
draft's entities: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "event:period-issuer@0.5"
_PERIOD_RULE = "event:open-period"
# the periods a notice opens for the public to see it, comment on it or object to it
_PUBLIC = re.compile(r"^(?:publicity|public\s+display|(?:public\s+)?comment|objection|"
                     r"reporting|consultation)\s+period\b", re.I)
_ROLES = (NFO.organizedBy, NFO.participant, NFO.hostedBy)


def period_organisers(draft) -> None:
    periods = [e for e in draft.entities.values()
               if not e.known and e.rule == _PERIOD_RULE and e.mentions
               and _PUBLIC.match(e.label)]
    if not periods:
        return
    issuer = {}         # document iri -> its first issuer (an organisation)
    firsts = []         # (first mention, document iri) of the documents that have an issuer
    for doc in draft.entities.values():
        if doc.known or doc.kind != "policy" or not doc.mentions:
            continue
        by = next((o for p, o, _, _ in doc.statements if p == NFO.issuedBy
                   and o in draft.entities and draft.entities[o].kind == "org"), None)
        if by is not None:
            issuer[doc.iri] = by
            firsts.append((min(m.start for m in doc.mentions), doc.iri))
    if not issuer:
        return
    firsts.sort(key=lambda x: x[0])
    for ev in periods:
        if any(p in _ROLES for p, *_ in ev.statements):
            continue
        m = min(ev.mentions, key=lambda x: x.start)
        doc = next((o for p, o, _, _ in ev.statements if p == NFO.about and o in issuer), None)
        if doc is None:
            doc = next((d for s, d in firsts if s < m.start), None)
        if doc is not None:
            ev.add(NFO.organizedBy, issuer[doc], Span(m.start, m.end), RULE)
