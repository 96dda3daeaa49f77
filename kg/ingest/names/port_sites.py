"""Ports named by their city in lower case: "the port of Callao", "Ningbo port", "the river port
of Wuhu", "the Port of Tianjin" (a name no other rule made). The city, county or province (a
place of the draft) right after "port of" or right before "port" gives a new ``nfo:Site``
"Port of <place>" (rule ``site:port-of-place``, confidence 0.45), ``nfo:locatedIn`` the place;
"Ningbo port" and "the port of Ningbo" are one site. A phrase another name covers ("Longkou
Port", a known port) or a word that only holds "port" ("import", "airport", "port-side") makes
nothing. One search for "port", a look at the place beside each."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "site:port-of-place", 0.45
_PORT = re.compile(r"(?<![\w-])[Pp]ort(?![\w-])")
_OF = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?")
_BEFORE = re.compile(r"[ \t]+$")
_KINDS = {"City", "County", "Province", "Region", "Place"}


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1]


def propose(draft, spans_of, minter, kind_of=None) -> list:
    text = draft.text
    if "port" not in text and "Port" not in text:
        return []
    places_at, places_end, covers = {}, {}, []
    for s, e, x in spans_of:
        if x.role:
            continue
        if kind(x) == "place" and _cls(x) in _KINDS:
            places_at.setdefault(s, (s, e, x))
            places_end.setdefault(e, (s, e, x))
        else:
            covers.append((s, e, x))
    made, by_label = [], {}
    for m in _PORT.finditer(text):
        of = _OF.match(text, m.end())
        row = places_at.get(of.end()) if of is not None else None
        if row is not None:
            start, end = m.start(), row[1]
        else:
            b = _BEFORE.search(text, max(0, m.start() - 3), m.start())
            row = places_end.get(b.start()) if b is not None else None
            if row is None:
                continue
            start, end = row[0], m.end()
        place = row[2]
        label = f"Port of {re.sub(r' City$', '', place.label)}"
        hit = [x for s, e, x in covers if s < end and start < e]
        if hit:
            # (a name covers or crosses it: "Longkou Port", "Port of X Co., Ltd."; a site named
            # just so, "Qinzhou port", is the port "the port of Qinzhou" names again)
            if len(hit) == 1 and hit[0].cls == NFO.Site and not hit[0].known and \
                    normalise_name(label) not in by_label and \
                    normalise_name(hit[0].label) == normalise_name(text[start:end]):
                by_label[normalise_name(label)] = hit[0]
                hit[0].aliases.add(label)       # (where it is: the rules that read its name)
            continue
        ent = by_label.get(normalise_name(label))
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Site, label, False, RULE, CONFIDENCE)
            by_label[normalise_name(label)] = ent
            draft.entities[ent.iri] = ent
            ent.add(NFO.locatedIn, place.iri, Span(start, end), RULE)
        ent.mentions.append(Span(start, end))
        made.append((start, end, ent))
    spans_of.extend(made)
    return [e for _, _, e in made]
