"""Vessels named by their prefix: "MV CAPE HONGRUN", "M/V Ocean Lily (IMO 9581234)", "the
M.V. GOLDEN PETREL" (a ship is an ``nfo:Product``, as :mod:`kg.ingest.names.named_products` makes
one named by a verb).

"MV", "M/V" or "M.V." (not after a figure: "35 MV" is a voltage), then a name of one to four
words: in capitals ("CAPE HONGRUN"), or capitalised ("Ocean Lily") when an IMO number follows or
its line or sentence has a word of ships (a vessel, a carrier, a cargo, sailing, berthing...).
A new ``nfo:Product`` (rule ``product:vessel-prefix``, 0.5) labelled "MV" and the name, every
printing of the prefix and the name a mention, unless the draft has an entity of that name. Its
owner: the organisation of an "Owners" field a few lines from a mention ("Vessel : MV X" /
"Owners : Y Co., Ltd."; :func:`kg.ingest.names.product_fields.field_org`), ``nfo:ownedBy``
(rule ``product:owner-field``). One search for the prefix: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.names.product_fields import field_org
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "product:vessel-prefix", 0.5
OWNER_RULE = "product:owner-field"
_VESSEL = re.compile(r"(?<![\w/.])(?:M/V|M\.V\.|MV)[ \t]+(?:(?P<caps>[A-Z][A-Z0-9'-]+(?:[ \t]+[A-Z]"
                     r"[A-Z0-9'-]+){0,3})(?![\w'-])|(?P<title>[A-Z][a-z][\w'-]*(?:[ \t]+[A-Z][a-z]"
                     r"[\w'-]*){0,3}))")
_FIGURE = re.compile(r"\d[ \t]*$")
_IMO = re.compile(r"[ \t]*[(,][ \t]*IMO\b")
_SHIP_WORDS = re.compile(r"\b(?:vessel|ship|carrier|bulker|tanker|cargo|sail(?:ed|s|ing)?|"
                         r"berth(?:ed|ing)?|anchorage|voyage|loaded|discharg\w*|master|port)\b",
                         re.I)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the vessels named by a prefix to the draft and to ``spans_of``."""
    text = draft.text
    if "MV" not in text and "M/V" not in text and "M.V." not in text:
        return []
    names = {normalise_name(e.label) for e in draft.entities.values()}
    found: dict[str, Entity] = {}
    made = []
    for m in _VESSEL.finditer(text):
        if _FIGURE.search(text, max(0, m.start() - 6), m.start()):
            continue        # ("35 MV": a voltage)
        g = "caps" if m.group("caps") else "title"
        name = " ".join(m.group(g).split())
        if g == "caps" and not re.search(r"[A-Z]{3}", name):
            continue
        if g == "title" and not _IMO.match(text, m.end()):
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.end())
            le = len(text) if le < 0 else le
            if not _SHIP_WORDS.search(text, max(ls, m.start() - 150), min(le + 150, m.end() + 150)):
                continue
        label = f"MV {name}"
        ent = found.get(label)
        if ent is None:
            if normalise_name(label) in names or normalise_name(name) in names:
                continue
            ent = Entity(minter.mint(label), NFO.Product, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            found[label] = ent
        ent.mentions.append(Span(m.start(), m.end()))
        made.append((m.start(), m.end(), ent))
        if not any(p == NFO.ownedBy for p, *_ in ent.statements):
            org = field_org(text, spans_of, kind_of, m.start(), "owner")
            if org is not None:
                ent.add(NFO.ownedBy, org[2].iri, Span(min(m.start(), org[0]),
                                                      max(m.end(), org[1])), OWNER_RULE)
    spans_of.extend(made)
    return list(found.values())
