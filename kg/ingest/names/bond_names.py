"""Bonds and notes named by their short name, as an exchange lists them: "23 Jinlu 01", "24 Jinlu
G1", "26 Hengyu G1", "27 Xinfa MTN001", "26 Jinchuan GN004" (a bond is an ``nfo:Product``).

The year of issue in two figures, the issuer's short name in one or two capitalised words, and
a series code (two figures, or one to four capitals and up to three figures: "G1", "MTN001",
"GN004"), standing alone (not inside a figure, a date or a longer code; not a month's name:
"23 March 01"). A new ``nfo:Product`` (rule ``product:bond-short-name``, 0.5) labelled by the
short name, every printing of it a mention, unless the draft has an entity of that name. Its
issuer: the organisation named in the text whose name holds the short name's words and more
("Shanxi Jinlu Aluminium Group Co., Ltd." for "Jinlu"; the first named),
``nfo:issuedBy`` (rule ``product:bond-issuer``). One search: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "product:bond-short-name", 0.5
ISSUER_RULE = "product:bond-issuer"
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
_BOND = re.compile(rf"(?<![\w.,/:-])(?P<yy>[12]\d)[ \t]+(?P<n>(?!(?:{_MONTHS})\b)[A-Z][a-z]{{2,}}"
                   rf"(?:[ \t]+(?!(?:{_MONTHS})\b)[A-Z][a-z]{{2,}})?)[ \t]+"
                   r"(?P<code>[A-Z]{1,4}\d{1,3}|0\d)(?![\w.,/:-]|,\d)")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the bonds named by their short name to the draft and to ``spans_of``."""
    text = draft.text
    names = {normalise_name(e.label) for e in draft.entities.values()}
    orgs = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "org" and not x[2].role]
    found: dict[str, Entity] = {}
    made = []
    for m in scans_ahead.finditer(_BOND, text, (__name__, "_BOND")):
        label = " ".join(m.group(0).split())
        ent = found.get(label)
        if ent is None:
            if normalise_name(label) in names:
                continue
            ent = Entity(minter.mint(label), NFO.Product, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            found[label] = ent
            words = m.group("n").split()
            issuer = next((x for x in orgs if len(x[2].label.split()) > len(words) and any(
                x[2].label.split()[j:j + len(words)] == words
                for j in range(len(x[2].label.split())))), None)
            if issuer is not None:
                ent.add(NFO.issuedBy, issuer[2].iri, Span(min(m.start(), issuer[0]),
                                                           max(m.end(), issuer[1])), ISSUER_RULE)
        ent.mentions.append(Span(m.start(), m.end()))
        made.append((m.start(), m.end(), ent))
    spans_of.extend(made)
    return list(found.values())
