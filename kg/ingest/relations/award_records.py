"""Award grants an award's list of records states: a decision or announcement of awards names
the award, then lists the awarded projects or works one record each, the record's fields naming
its winners ::

    Second prize

      2027-K2-015  Short-process refining of secondary zinc oxide dust
                   Units:      X Zinc Co., Ltd.; Y University of Technology
                   Completers: A, B, C

A record is a block of labelled fields (``reading.field_blocks``) with a field whose label names
winners (``data/award-record-fields.txt``: "Units" organisations, "Completers" people, "Winners"
either): a field of people, or of units in the plural (a lone "Unit:" is where someone works),
and no "Name:" field (a person's own form: "Name:  A" over "Unit:  X"). Each such record gives one ``nfo:AwardGrant`` (rule ``award:record@0.5``) with every
winner its winner fields name (``nfo:recipient``), the award named last before the record (a
draft's ``nfo:Award``), the award's giver (its ``nfo:conferredBy``, else the document's house:
:mod:`house_org`), and the metals and fields the record's heading names (the item's words over
the fields: what the work is on). The winners of one record share one grant, as the list prints
them together.

Refused: a record with no award named before it, a record whose winner fields name nothing the
draft found, a winner the draft already grants that award (another rule's grant stands), the
award's own giver. One pass over the text's blocks, each field's names looked up by bisection:
linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.relations.affiliations import grant_node
from kg.ingest.relations.house_org import house
from kg.ingest.relations.row_reader import _names, lookups
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:record@0.5", 0.5
_HEAD_LINES = 3
_FIELD = re.compile(r"[ \t]*[A-Z][A-Za-z'()/&-]*(?:[ \t][A-Za-z'()/&.-]+){0,3}[ \t]*:")


@lru_cache(maxsize=1)
def _fields() -> dict:
    out = {}
    for line in lines("award-record-fields"):
        word, what = line.split()
        out[word.lower()] = what
    return out


def _winner_kind(label: str) -> str | None:
    ws = [w for w in (w.strip(".:()/").lower() for w in label.split()) if w]
    if not ws or len(ws) > 3:
        return None
    return _fields().get(ws[-1]) or _fields().get(ws[0])


def _awarded(bl) -> bool:
    """Whether a block is an awarded record: a field of winning people ("Completers",
    "Winners") or of several units ("Units"); not a person's own form ("Name:  A" over "Unit:
    X": where A works, no winner)."""
    kinds = [(k, f.label) for f in bl.fields if (k := _winner_kind(f.label))]
    if not kinds or any(f.label.strip().lower() == "name" for f in bl.fields):
        return False
    return any(k != "org" or label.strip().lower().endswith("s") for k, label in kinds)


def award_records(draft, spans_of, kind, minter) -> None:
    text = draft.text
    awards = sorted((s, ent) for s, e, ent in spans_of if ent.cls == NFO.Award)
    if not awards:
        return
    blocks = [bl for bl in field_blocks(text) if _awarded(bl)]
    if not blocks:
        return
    within, _, _ = lookups(draft, spans_of)
    award_starts = [s for s, _ in awards]
    granted = set()
    for ent in draft.entities.values():
        if ent.cls == NFO.AwardGrant:
            aw = [o for p, o, _, _ in ent.statements if p == NFO.award]
            granted.update((o, a) for p, o, _, _ in ent.statements if p == NFO.recipient
                           for a in aw)
    home: list = []
    for bl in blocks:
        k = bisect.bisect_left(award_starts, bl.start)
        if not k:
            continue
        award = awards[k - 1][1]
        givers = [o for p, o, _, _ in award.statements if p == NFO.conferredBy]
        if not givers:
            if not home:
                orgs = sorted((s, e, x) for s, e, x in spans_of if not x.role and kind(x) == "org")
                home.append(house(text, orgs))
            givers = [home[0].iri] if home[0] is not None else []
        winners = []
        for f in bl.fields:
            want = _winner_kind(f.label)
            if want is None:
                continue
            for _, _, ent in _names(f.spans, within, text):
                kx = kind(ent)
                if ent.role or kx not in ("org", "person") or want != "any" and kx != want:
                    continue
                if ent.iri in givers or (ent.iri, award.iri) in granted or ent in winners:
                    continue
                winners.append(ent)
        if not winners:
            continue
        head = _heading(text, bl.start)
        span = Span(head[0] if head else bl.start, bl.end)
        node = grant_node(minter, award.label, award.label, winners[0], RULE, CONFIDENCE, span)
        node.add(NFO.award, award.iri, span, RULE)
        for w in winners:
            node.add(NFO.recipient, w.iri, span, RULE)
            granted.add((w.iri, award.iri))
        for g in givers:
            node.add(NFO.conferredBy, g, span, RULE)
        if head is not None:
            seen = set()
            for _, _, c in within(*head):
                kc = kind(c)
                if kc in ("metal", "field") and c.iri not in seen:
                    seen.add(c.iri)
                    node.add(NFO.concernsMetal if kc == "metal" else NFO.concernsField,
                             c.iri, span, RULE)
        draft.entities[node.iri] = node


def _heading(text: str, start: int):
    """(start, end) of the item's words over a block that starts at ``start`` (its first
    field's label): the lines right above it, up to the one indented less than the fields (the
    item's first line, wrapped onto the others), no field line nor blank line among them; None
    when there is none."""
    ls = text.rfind("\n", 0, start) + 1
    indent = start - ls
    pos, top = ls, None
    for _ in range(_HEAD_LINES):
        if pos <= 0:
            break
        a = text.rfind("\n", 0, pos - 1) + 1
        line = text[a:pos - 1]
        if not line.strip() or _FIELD.match(line):
            break
        top = a
        pos = a
        if len(line) - len(line.lstrip(" \t")) < indent:
            break
    if top is None:
        return None
    return top + len(text[top:ls]) - len(text[top:ls].lstrip()), ls - 1
