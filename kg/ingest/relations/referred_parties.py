"""The parties of an event, agreement or project its own sentence refers back to: "The two sides
signed a five-year agreement", "the three smelters met in Kunming", "The parties will review
the volumes next October". The words that refer back are
read by :mod:`kg.ingest.reading.references_back` (each with its antecedents and the reason);
here an event or project takes the organisations they stand for as participants, an agreement
as parties (rule ``<kind>:referred-party-listed-set-in@0.4`` or ``...-subject@0.4``), when the
words are

* inside the thing's own mention ("the two sides' cooperation agreement"), or
* the subject of the sentence that mentions it: before the mention, no organisation named
  between the sentence's start and the words nor between the words and the mention.

A party the thing already has (by any statement either way) is not stated again. Run after the
clause events are minted and their parties read. One pass over the things' mentions, the
references looked up by bisection: linear in the text."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.reading.references_back import references_back
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.kinds import kind
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

_THINGS = ("event", "agreement", "project")
# the references read, and where: a set the text listed ("the two sides"), in the mention or as
# its subject (10 pairs on the dev sets, all right). Measured and not read: "the company" /
# "the group" (24 right against 53 wrong on the dev sets' events: the clause it is the subject
# of is mostly a step of the company's own that the curators do not record as an event's
# party) and a field's party ("the contractor" after "Contractor:  X": 8 right, 3 wrong on the
# dev sets, 2 wrong on the check sets).
_READ = {"listed-set": ("in", "subject")}


def referred_parties(draft, spans_of) -> int:
    things = [e for e in draft.entities.values() if not e.known and e.mentions
              and e.kind in _THINGS]
    if not things:
        return 0
    text = draft.text
    sents = Sentences(text)
    refs = references_back(draft, spans_of, sents, tuple(_READ))
    if not refs:
        return 0
    rstarts = [r.start for r in refs]
    orgs = [(s, e) for s, e, x in spans_by_start(spans_of) if x.kind in ("org", "person")]
    ostarts = [s for s, _ in orgs]
    n = 0
    for ent in things:
        pred = NFO.party if ent.kind == "agreement" else NFO.participant
        have = {st[1] for st in ent.statements}
        for m in ent.mentions:
            ss, se = sents.bounds(m.start)
            for r in refs[bisect.bisect_left(rstarts, ss):bisect.bisect_left(rstarts, se)]:
                if r.reason not in _READ:
                    continue
                if m.start <= r.start and r.end <= m.end:
                    where = "in"
                elif r.end <= m.start and not _names_between(orgs, ostarts, ss, r.start) and \
                        not _names_between(orgs, ostarts, r.end, m.start):
                    where = "subject"
                else:
                    continue
                if where not in _READ[r.reason]:
                    continue
                span = Span(min(m.start, r.start), max(m.end, r.end))
                for x in r.parties:
                    if x.iri in have or x is ent or \
                            any(st[1] == ent.iri for st in x.statements):
                        continue
                    ent.add(pred, x.iri, span,
                            f"{ent.kind}:referred-party-{r.reason}-{where}@0.4")
                    have.add(x.iri)
                    n += 1
    return n


def _names_between(orgs, starts, a, b) -> bool:
    i = bisect.bisect_left(starts, a)
    return i < len(orgs) and orgs[i][0] < b
