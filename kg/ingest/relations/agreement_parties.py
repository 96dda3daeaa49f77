"""The parties of a new agreement read from company news: "the group signed a supply contract
with X" (the organisation "the group" / "the company" stands for, :mod:`referents`, is a party
to the new agreement its sentence introduces: rule ``context:party-referent@0.5``); "A supplied part of its cobalt under a
five-year agreement" (A, the sentence's first organisation, and the company the article is about
when the clause says "its" / "the company": rule ``context:party-under-agreement@0.5``)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start


def referent_parties(draft, spans_of, sents, refs) -> None:
    """"The group signed a supply contract with X": "the group" / "the company" the sentence that
    introduces a new agreement names is a party to it (``context:party-referent@0.5``)."""
    _under_agreement(draft, spans_of, sents)
    if not refs:
        return
    starts = [r[0] for r in refs]
    for s, e, ent in spans_of:
        if ent.known or ent.kind != "agreement" or not ent.mentions or \
                (s, e) != (ent.mentions[0].start, ent.mentions[0].end):
            continue
        ss, se = sents.bounds(s)
        for r in refs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, se)]:
            ent.add(NFO.party, r[2].iri, Span(ss, se), "context:party-referent@0.5")


# the agreement is the frame of what the subject does: "A supplied X under a five-year agreement",
# "B buys ore from A through a long-term contract", "according to the agreement"
_UNDER = re.compile(r"\b(?:under|through|via|according\s+to|pursuant\s+to|as\s+part\s+of|in\s+line"
                    r"\s+with)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,4}$", re.I)
_UNSET = object()
_OWN_SIDE = re.compile(r"\b(?:its|the\s+company|the\s+group|our|us)\b", re.I)


def _under_agreement(draft, spans_of, sents) -> None:
    text = draft.text
    if "under" not in text and "through" not in text and "according" not in text and \
            "pursuant" not in text and "part of" not in text and "via" not in text:
        return
    orgs = [x for x in spans_by_start(spans_of) if x[2].kind == "org" and not x[2].role]
    lead = _UNSET
    starts = [x[0] for x in orgs]
    for s, e, ent in spans_of:
        if ent.known or ent.kind != "agreement" or not ent.mentions or \
                (s, e) != (ent.mentions[0].start, ent.mentions[0].end):
            continue
        ss, se = sents.bounds(s)
        for _ in range(3):      # (a hard-wrapped line opening in lower case goes on a sentence)
            if ss > 0 and text[ss:ss + 1].islower():
                ss = sents.bounds(ss - 1)[0]
        if not _UNDER.search(text, max(ss, s - 60), s):
            continue
        if sum(1 for st in ent.statements if st[0] == NFO.party) >= 2:
            continue        # "under the supply agreement between A and B": its parties, read
        here = orgs[bisect.bisect_left(starts, ss):bisect.bisect_left(starts, s)]
        if not here:
            continue
        subject = here[0][2]
        if lead is _UNSET:
            lead = lead_company(text, spans_of, kind)
        ent.add(NFO.party, subject.iri, Span(ss, e), "context:party-under-agreement@0.5")
        if lead is not None and lead is not subject and len({id(x[2]) for x in here}) == 1 and \
                _OWN_SIDE.search(text, here[0][1], s):
            ent.add(NFO.party, lead.iri, Span(ss, e), "context:party-under-agreement@0.5")
