"""One happening a news article leads with, told twice: as the lead's dated clause and, later, by
a noun that refers back to it ("A steam pipe burst in the boiler house of X on the 4th, killing
two workers. ... Inspectors are looking into the accident"; "Fire broke out at the Y warehouse
on Sunday night ... The blaze was put out by dawn"; "A dam at the Z tailings pond gave way on
Monday ... the collapse"). The clause makes an event (``event:verb-clause``) and the noun
another; both are the same thing, so the clause's event is folded into the noun's (its
mention, day, participants and place move over; the noun's event keeps its name).

Only when the lead paragraph (as :mod:`kg.ingest.events.lead_dates` finds it) holds exactly one
dated clause event and the draft has exactly one new event named by a noun of a happening (an
``nfo:Event``, ``Launch`` or ``Milestone`` from a noun rule) with no day of its own, first
named after that clause, and named with "the" / "this" ("A fire broke out ..." is a new one). Called by :func:`kg.ingest.events.date_attach.attach_dates` before
the lead's day is given to an undated event."""
from __future__ import annotations

import re

from kg.ingest.events.lead_dates import _lead
from kg.ingest.names.surgery import fold
from kg.ingest.terms import NFO

_CLAUSE = "event:verb-clause"
# a step of a visit told by its own verb ("The delegation first toured ..."): no noun that refers
# back to the lead's happening (kg/ingest/events/visit_clauses.py)
_STEP = "event:visit-clause"
_HAPPENINGS = {"Event", "Launch", "Milestone"}
_DATED = (NFO.startDate, NFO.plannedDate)
# what makes a noun refer back: "the explosion", "this accident", "the blast" (right before the
# mention, or opening it)
_DEFINITE = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+$")
_DEFINITE_IN = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s")
# a part of a happening, not the happening: "the closing ceremony", "the opening ceremony"
_PART = re.compile(r"\b(?:closing|opening|award|awards|prize-giving)\s+ceremony\b", re.I)


def fold_lead_clause(draft, spans_of, dated_kinds, kind) -> int:
    """Fold the lead's clause event into the one undated event a noun names; 1 if folded."""
    lead = None
    clauses, nouns, seen = [], [], set()
    for _, _, ent in dated_kinds:
        if id(ent) in seen or ent.known or not ent.mentions or kind(ent) != "event":
            continue
        seen.add(id(ent))
        if ent.iri not in draft.entities:
            continue
        dated = any(st[0] in _DATED for st in ent.statements)
        if ent.rule == _CLAUSE:
            if dated:
                clauses.append(ent)
        elif not dated and ent.rule != _STEP and str(ent.cls).rsplit("#", 1)[-1] in _HAPPENINGS and not any(
                _PART.search(draft.text, m.start, m.end) for m in ent.mentions):
            nouns.append(ent)   # (not a part of another: "the closing ceremony" of a contest)
    if len(nouns) != 1 or not clauses:
        return 0
    lead = _lead(draft.text)
    if lead is None:
        return 0
    ps, pe = lead
    in_lead = [c for c in clauses if ps <= min(m.start for m in c.mentions) < pe]
    if len(in_lead) != 1:
        return 0
    clause, noun = in_lead[0], nouns[0]
    if min(m.start for m in noun.mentions) < max(m.end for m in clause.mentions):
        return 0        # (the noun refers back: it is named after the clause)
    text = draft.text
    if not any(_DEFINITE.search(text, max(0, m.start - 20), m.start)
               or _DEFINITE_IN.match(text, m.start) for m in noun.mentions):
        return 0        # "A fire broke out ...": a new happening, not the lead's told again
    label, aliases = noun.label, set(noun.aliases)
    fold(draft, spans_of, clause, noun)
    noun.label, noun.aliases = label, aliases     # (the noun's name, not the clause's words)
    return 1
