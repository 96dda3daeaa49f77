"""The places and companies a notice is sent to, named in its address line ("To the development
and reform commissions of A, B and C:", "To the bureaus of all cities, X Power Company and all
smelters:"): the document applies to them (``nfo:appliesTo``, rule ``document:addressee@0.6``).

The address line opens a line with "To" (or "To:"), runs over at most four lines with no blank
line and no sentence in them, and ends with ":" at a line's end; it comes within the text's
first 1,500 characters, after the document's own name (the new notice, decision, plan or measures
named last before it; a report is sent up to its reader, who is not what it governs, so reports
are left alone). A place named there counts ("the bureaus of A and B"), a company only when not
named as another's part ("To the shareholders of A Co., Ltd.": the holders, not A); government
bodies and other organisations are those who carry the notice out and are left alone. One
search over the text's head: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "document:addressee@0.6"
_HEAD = 1500
_LINE = re.compile(r"(?m)^[ \t]*To:?[ \t]+(?=\S)((?:[^\n]*\n(?![ \t]*\n)){0,3}?[^\n]*?):[ \t]*$")
# a company's own abbreviations, which end in a full stop without ending a sentence
_ABBREV = re.compile(r"\b(?:Co|Ltd|Inc|Corp|No|St)\.")
_OF = re.compile(r"\bof\s+(?:the\s+)?$")
_NOT_DOCUMENT = {NFO.Report}


def addressee_places(draft, spans_of, kind) -> int:
    """Add ``nfo:appliesTo`` from the text's notice to the places and companies of its address
    line; returns how many."""
    text = draft.text
    m = _LINE.search(text, 0, _HEAD)
    if m is None or "." in _ABBREV.sub("", m.group(1)):
        return 0
    a, b = m.start(1), m.end(1)
    docs = [(s, x) for s, e, x in spans_of if e <= m.start() and x.kind == "policy"
            and not x.known and x.cls not in _NOT_DOCUMENT]
    if not docs:
        return 0
    doc = max(docs, key=lambda y: y[0])[1]
    have = {o for p, o, *_ in doc.statements if p == NFO.appliesTo}
    n, outer_end = 0, -1
    for s, e, x in spans_by_start_longest(spans_of):
        if s < a or e > b or s < outer_end:
            continue                    # (outside the line, or inside the name before)
        outer_end = e
        if x.role or x is doc:
            continue
        k = x.kind
        if k == "place" and x.cls != NFO.Site or \
                x.cls == NFO.Company and not _OF.search(text, a, s):
            if x.iri not in have:
                have.add(x.iri)
                doc.add(NFO.appliesTo, x.iri, Span(m.start(), m.end()), RULE)
                n += 1
    return n
