"""Who took part in a happening a record's head names in a field: an investor-relations record's
"Activity type .... site visit; analyst meeting" over "Company attendees .... A, Chairman" and
"Institutions (11) .... X Co., Ltd. (B); Y Fund", a trip report's "Traveller(s):  C" over "Trip
dates:  8-10 July", an audit's "Audit dates:" with "Audit team:  D" and "Supplier side:  E".
The people and organisations a field lists whose label ends with a word of
``data/record-party-labels.txt`` (a bracket after it dropped: "(s)", "(11)") take part in each
event the same block of fields names in a value (``reading.field_blocks``; rule
``event:record-party@0.5``). A block that names no event, or more than one, gives nothing; a
party the event already states is not stated again. One pass over the blocks, each field's
names looked up by bisection: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "event:record-party@0.5"
_BRACKET = re.compile(r"\([^()]*\)")


def _label_word(label: str) -> str:
    ws = _BRACKET.sub(" ", label).lower().split()
    return ws[-1].strip(".") if ws else ""


def record_parties(draft, spans_of) -> int:
    text = draft.text
    blocks = field_blocks(text)
    if not blocks:
        return 0
    labels = words("record-party-labels")
    within = names_within(spans_by_start_longest(spans_of), None)
    added = 0
    for bl in blocks:
        party_fields = [f for f in bl.fields if _label_word(f.label) in labels]
        if not party_fields:
            continue
        events = []
        for f in bl.fields:
            if f in party_fields:
                continue
            # (from the line's start: "Trip dates:  8-10 July" is an event's mention whole)
            a = text.rfind("\n", 0, f.spans[0][0]) + 1
            for s, e, ent in within(a, f.spans[-1][1]):
                if ent.kind == "event" and not ent.known and ent not in events:
                    events.append(ent)
        if len(events) != 1:
            continue
        for f in party_fields:
            span = Span(f.spans[0][0], f.spans[-1][1])
            names = []
            for a, b in f.spans:
                names += [ent for s, e, ent in within(a, b)
                          if ent.kind in ("org", "person") and not ent.role]
            for ev in events:
                for ent in names:
                    if ev.statements.has(NFO.participant, ent.iri):
                        continue
                    ev.add(NFO.participant, ent.iri, span, RULE)
                    added += 1
    return added
