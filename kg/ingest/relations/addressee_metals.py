"""The metals of a document's addressees: an official notice, circular or letter opens, under
its title, with the line that names whom it is sent to ("To all magnesium, silicon and
aluminium smelters of the county and the public:", "To the enterprises of the titanium and
non-ferrous metals industry:"). The trades it is sent to are the trades it concerns: the
document named just above that line concerns each metal the line names on its own
(``nfo:concernsMetal``; rule ``document:addressee-metal@0.6``), not one printed inside another
entity's name ("To all creditors of X Aluminium Co., Ltd.:" is sent to a company's creditors).

The addressee paragraph: a paragraph (blank lines around it) within the text's first
``_HEAD`` characters that opens with "To " and ends with a colon, at most three lines and no
sentence's end inside it ("To keep the smelter safe, the company will stop it. Details are as
follows:" is a purpose clause, not addressees). The document: the new document whose name ends
last before the paragraph, at most ``_ABOVE`` characters above it (the title block).

Measured on the dev sets 2-128 (round 54): 3 drafts changed, 5 of the 6 new pairs in the
curated files (the others' addressee metals were their documents' already, or inside a plant's
name). One regular-expression pass over the text's head and one over its first spans: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE = "document:addressee-metal@0.6"
_HEAD = 2500            # characters of the text's head searched for the addressee paragraph
_ABOVE = 400            # characters between the document's name and the addressee paragraph
_LONGEST = 300          # characters an addressee paragraph has at most
_ADDRESSEES = re.compile(r"(?:^|\n[ \t]*\n)[ \t]*(To [^\n]+(?:\n[^\n]+){0,2}?:)[ \t]*(?=\n|$)")
_SENTENCE_END = re.compile(r"[a-z)][.!?](?:\s|$)")


def addressee_metals(draft, spans_of, kind) -> int:
    """Add the metals of the addressee paragraph to the document named above it; returns how
    many were added."""
    text = draft.text
    if "To " not in text[:_HEAD]:
        return 0
    m = next((m for m in _ADDRESSEES.finditer(text, 0, _HEAD)
              if len(m.group(1)) <= _LONGEST and not _SENTENCE_END.search(m.group(1))), None)
    if m is None:
        return 0
    lo, hi = m.start(1), m.end(1)
    doc = None
    inside = []         # (start, end) of the other names in the paragraph
    metals = []
    for s, e, x in spans_by_start(spans_of):
        if s >= hi:
            break
        if e <= lo:
            if x.kind == "policy" and not x.known and e >= lo - _ABOVE:
                if doc is None or e >= doc[1]:
                    doc = (s, e, x)
            continue
        if s < lo:
            continue
        if x.kind == "metal":
            metals.append((s, e, x))
        else:
            inside.append((s, e))
    if doc is None or not metals:
        return 0
    ent = doc[2]
    n = 0
    for s, e, metal in metals:
        if any(a <= s and e <= b and (a, b) != (s, e) for a, b in inside):
            continue        # "To all creditors of X Aluminium Co., Ltd.:"
        if ent.statements.has(NFO.concernsMetal, metal.iri):
            continue
        ent.add(NFO.concernsMetal, metal.iri, Span(lo, hi), RULE)
        n += 1
    return n
