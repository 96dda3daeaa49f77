"""The metals of a tender's project: a tender or procurement notice is about one project, the
subject its title names (:mod:`kg.ingest.names.tender_subjects`: "Announcement of Bid Results:
Phase II Equipment of the X Plant", "Results of the Tender for the Bronze Sculpture at Y
Park"), and what the notice goes on to say is what is bought for it: its lots and items ("Lot
2  Spherical tungsten powder, 600 kg"), the materials it asks for ("tin bronze, copper 88%"),
the bidders' experience ("in titanium or nickel alloys"). The project concerns each metal the
notice prints outside another thing's name (``nfo:concernsMetal``, rule
``project:tender-metals@0.5``, a guess a reviewer confirms); not a metal printed inside a
bidder's, a product's or a place's name ("X Titanium Tube Co., Ltd.": the bidder's).

Measured on the dev sets (round 52): 18 of 23 new pairs right over nine notices (the wrong ones
a metal the notice names for another thing: a raw material of the goods, "magnesium products"
in the bidders' conditions, a price formula's aluminium). One pass over the draft's names:
linear."""
from __future__ import annotations

from kg.ingest.model import Span
from kg.ingest.names.nesting import containers
from kg.ingest.names.tender_subjects import RULE as TENDER_SUBJECT
from kg.ingest.terms import NFO

RULE = "project:tender-metals@0.5"
_OWN_KINDS = ("metal", "field")     # a metal inside a metal's name is still printed as a metal


def tender_metals(draft, spans_of, kind) -> int:
    """Add ``nfo:concernsMetal`` from each tender's project to the metals its notice prints;
    returns how many."""
    projects = [e for e in draft.entities.values()
                if not e.known and e.rule == TENDER_SUBJECT and e.cls == NFO.Project
                and e.mentions]
    if not projects:
        return 0
    inside = containers(spans_of)
    metals: dict = {}
    for s, e, x in spans_of:
        if x.kind != "metal":
            continue
        holder = inside.get((s, e, id(x)))
        if holder is not None and holder.kind not in _OWN_KINDS:
            continue
        metals.setdefault(x.iri, (s, e))
    text = draft.text
    n = 0
    for p in projects:
        for iri, (s, e) in metals.items():
            if not p.statements.has(NFO.concernsMetal, iri):
                # (the evidence: the line that prints the metal)
                end = text.find("\n", e)
                p.add(NFO.concernsMetal, iri,
                      Span(text.rfind("\n", 0, s) + 1, len(text) if end < 0 else end), RULE)
                n += 1
    return n
