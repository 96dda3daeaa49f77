"""Agreements a relative clause says were signed: "under a 20-year supply agreement that A and B
signed in Jakarta on June 18", "the framework agreement which A signed with B last year". The
noun phrase is a new agreement (rule ``agreement:signed-relative``, 0.5), labelled like the
other signed agreements ("20-year supply agreement of A and B"), its parties the organisations
between "that/which" and "signed" and the one after "signed with"; its date and place are read
later from the clause like any agreement's. A phrase a name already covers is left to it. Found
from "signed" back to the noun (one regex pass over "that/which ... signed")."""
from __future__ import annotations

import re

from kg.ingest.events import deal_agreements
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.relations.span_lookup import overlapping
from kg.ingest.reading.windows import Near
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "agreement:signed-relative", 0.5
_HEAD = (r"(?:agreement|memorandum(?:\s+of\s+understanding)?|contract|letter\s+of\s+intent|"
         r"MoU|deal)")
# (a full stop inside "Co., Ltd." is no sentence end: one followed by a capital is)
_REL = re.compile(r"\s+(?:that|which)\s+(?P<subj>(?:[^.;:()]|\.(?!\s+[A-Z])){3,160}?)\s+(?:have\s+|has\s+|had\s+)?"
                  r"(?:jointly\s+)?signed\b(?P<with>\s+with\s+(?:the\s+)?)?")
_NP = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?P<np>(?:[a-z0-9][\w\-]*\s+){{0,5}}?{_HEAD})$")
# a head before "that"/"which" (no full stop, comma or semicolon in one: read only between them)
_HEAD_REL = Near(re.compile(rf"{_HEAD}(?=\s+(?:that|which)\s)"), ("that", "which"), stops=".,;")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the agreements signed in a relative clause to the draft and to ``spans_of``."""
    text = draft.text
    if " signed" not in text:
        return []
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    within = overlapping(spans, starts)


    made = []
    by_label: dict = {}
    for head in _HEAD_REL.finditer(text):
        rel = _REL.match(text, head.end())
        np_m = _NP.search(text, max(0, head.start() - 80), head.end())
        if rel is None or np_m is None:
            continue
        a, b = np_m.span("np")
        if within(a, b):
            continue        # a name covers it, or holds a word of it
        parties = [x for x in within(*rel.span("subj")) if kind_of(x[2].cls) == "org"
                   and rel.start("subj") <= x[0] and x[1] <= rel.end("subj")]
        if rel.group("with"):
            after = [x for x in within(rel.end(), rel.end() + 1) if x[0] == rel.end()
                     and kind_of(x[2].cls) == "org"]
            parties += after[:1]
        if not parties:
            continue        # "... that was signed": whose, the clause does not say
        names = []
        for _, _, org in parties:
            if org.label not in names:
                names.append(org.label)
        np_ = " ".join(text[a:b].split())
        label = f"{np_} of {' and '.join(names[:3])}"
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        for s, e, org in parties:
            ent.add(NFO.party, org.iri, Span(a, max(e, rel.end("subj"))), RULE)
    spans_of.extend(made)
    # "the equity transfer agreement was signed after the meeting": the deal's agreement
    return [e for _, _, e in made] + deal_agreements.propose(draft, spans_of, minter, kind_of)
