"""Award grants an award's list of records states: a decision or announcement of awards names
the award, then lists the awarded projects or works one record each, the record's fields naming
its winners ::

    Second prize

      2027-K2-015  Short-process refining of secondary zinc oxide dust
                   Units:      X Zinc Co., Ltd.; Y University of Technology
                   Completers: A, B, C

A record is a block of labelled fields (``reading.field_blocks``) that names winners
(:func:`reading.award_fields.awarded`: "Units" organisations, "Completers" people, "Winners"
either; not a person's own form, "Name:  A" over "Unit:  X"). Each such record gives one
``nfo:AwardGrant`` (rule ``award:record@0.5``) with every winner its winner fields name
(``nfo:recipient``), the award named last before the record (a draft's ``nfo:Award``), the
award's giver (its ``nfo:conferredBy``, else the document's house: :mod:`house_org`), the
project the record's heading names (``nfo:forWork``: the item's words over the fields,
:mod:`names.item_titles`), and the metals named there (what the work is on); a
field named there is the work's (what it is for), the grant's when no work was drafted. The winners of one record share one grant, as the list prints them together.

Refused: a record with no award named before it, a record whose winner fields name nothing the
draft found, a winner the draft already grants that award (another rule's grant stands), the
award's own giver. One pass over the text's blocks, each field's names looked up by bisection:
linear in the text."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.reading.award_fields import awarded, winner_kind
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.relations.affiliations import grant_node, granted_pairs
from kg.ingest.relations.house_org import house
from kg.ingest.relations.row_reader import _names, lookups
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:record@0.5", 0.5


def award_records(draft, spans_of, kind, minter) -> None:
    text = draft.text
    awards = sorted((s, ent) for s, e, ent in spans_of if ent.cls == NFO.Award)
    if not awards:
        return
    blocks = [bl for bl in field_blocks(text) if awarded(bl)]
    if not blocks:
        return
    within, _, _ = lookups(draft, spans_of)
    award_starts = [s for s, _ in awards]
    granted = granted_pairs(draft)
    home: list = []
    for bl in blocks:
        k = bisect.bisect_left(award_starts, bl.start)
        if not k:
            continue
        award = awards[k - 1][1]
        givers = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
        if not givers:
            if not home:
                orgs = sorted((s, e, x) for s, e, x in spans_of if not x.role and x.kind == "org")
                home.append(house(text, orgs))
            givers = [home[0].iri] if home[0] is not None else []
        winners = []
        for f in bl.fields:
            want = winner_kind(f.label)
            if want is None:
                continue
            for _, _, ent in _names(f.spans, within, text):
                kx = ent.kind
                if ent.role or kx not in ("org", "person") or want != "any" and kx != want:
                    continue
                if ent.iri in givers or (ent.iri, award.iri) in granted or ent in winners:
                    continue
                winners.append(ent)
        if not winners:
            continue
        head = bl.heading
        span = Span(head[0] if head else bl.start, bl.end)
        node = grant_node(minter, award.label, award.label, winners[0], RULE, CONFIDENCE, span)
        node.add(NFO.award, award.iri, span, RULE)
        for w in winners:
            node.add(NFO.recipient, w.iri, span, RULE)
            granted.add((w.iri, award.iri))
        for g in givers:
            node.add(NFO.conferredBy, g, span, RULE)
        if head is not None:
            found = [(s0, c) for s0, _, c in within(*head)]
            work = next((c for s0, c in found if s0 == head[0] and c.kind == "project"), None)
            if work is not None:
                node.add(NFO.forWork, work.iri, span, RULE)     # (the heading's work)
            seen = set()
            for _, c in found:
                kc = c.kind
                if kc not in ("metal", "field") or c is work or c.iri in seen:
                    continue
                seen.add(c.iri)
                p = NFO.concernsMetal if kc == "metal" else NFO.concernsField
                # (a field is the work's, when the heading names one: what it is for)
                on = work if kc == "field" and work is not None else node
                if not any(q == p and o == c.iri for q, o, *_ in on.statements):
                    on.add(p, c.iri, span, RULE)
        draft.entities[node.iri] = node

