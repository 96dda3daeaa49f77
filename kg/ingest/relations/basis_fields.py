"""What a report, record or certificate states in its head block it was made under: a field
"Basis:", "Legal basis:", "Inspection basis:" or "Standards applied:" (labels in
``data/basis-field-labels.txt``) whose value names laws, rules, specifications or standards
("Basis:  Technical Specifications for X (GB/T 1-2025); local standard DB61/T 2-2024",
"Legal basis:  Energy Conservation Law; Measures of Y Province for Energy Audits"). The text's
own document (named in its head above the field, as :func:`legal_basis.head_document` finds
it) implements (``nfo:implements``, rule ``document:basis-field``) each document the value
names: on the label's line and on the lines under it indented to the value's column (a
wrapped value), up to a blank line or the next field.

A standard's number in brackets after its title ("X Specifications (GB/T 1-2025)") names the
same document: the draft may hold it as a thing of its own, implemented as well.

Refused: a name inside another name of the value; a thing of another kind (a body,
a place: "Basis: inspection by X Institute"); the own document itself. A "Pricing basis:" or
"Basis of payment:" names no rule and is no label of the list. One regex pass over the text,
each field's lines once: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.legal_basis import head_document
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "document:basis-field"
_TARGETS = ("policy", "initiative")
_NEXT_FIELD = re.compile(r"[ \t]*[A-Z][A-Za-z .()/-]{0,40}[:\uff1a](?:[ \t]|$)")
_MAX_LINES = 6          # lines a wrapped value may run over


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    alt = alternation("basis-field-labels", r"[ \t]+")
    return re.compile(rf"(?mi)^[ \t]*(?:{alt})[ \t]*[:\uff1a][ \t]*(?=\S)")


def _value_end(text: str, start: int) -> int:
    """Where the field's value that starts at ``start`` ends: its line, and each line under it
    indented to the value's column (not a field of its own)."""
    ls = text.rfind("\n", 0, start) + 1
    column = start - ls
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    for _ in range(_MAX_LINES):
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1:nxt]
        indent = len(line) - len(line.lstrip(" \t"))
        if not line.strip() or indent < max(2, column - 2) or _NEXT_FIELD.match(line):
            break
        end = nxt
    return end


def basis_fields(draft, spans_of, kind) -> None:
    text = draft.text
    found = list(_label().finditer(text))
    if not found:
        return
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of)
            if not x.role or x.kind == "policy"]
    starts = [x[0] for x in rows]
    for m in found:
        vs, ve = m.end(), _value_end(text, m.end())
        own = head_document(text, rows, kind, text.rfind("\n", 0, m.start()) + 1)
        if own is None:
            continue
        have = {st[1] for st in own.statements if st[0] == NFO.implements}
        reach = vs
        for s, e, ent in rows[bisect.bisect_left(starts, vs):bisect.bisect_left(starts, ve)]:
            if s < reach:
                continue        # (a name inside one taken already)
            if kind(ent) not in _TARGETS or ent is own or ent.iri in have:
                continue
            reach = e
            have.add(ent.iri)
            own.add(NFO.implements, ent.iri, Span(m.start(), min(max(e, vs), ve)), RULE)
