"""What a list of licences is about: the licences, permits and certificates its records print.
An announcement of licences renewed and cancelled, a publicity of permits issued, a notice
cancelling a company's licences prints each licence in a record of its own (a field block
"Licence No.:  X" under the holder's item, or a table's row "| 2 | Water abstraction permit
Y |"), and the text's own document is about each of them (``nfo:about``, rule
``document:listed-record@0.5``).

The own document is the one new document named in the text's title block (a notice, an
announcement, a document number "X Fu Gong [2026] 12" printed there: :func:`title_end`); the
licences are the new documents of class PolicyDocument (a licence, a permit, a certificate, a
filing: not a law, a plan or a standard) whose first mention lies inside a block of fields or a
table row below the title block. Nothing when the title block names no document or two, or when
the records name only one document (a single licence is told, not listed: the title or the
prose says what the text is about). A pair linked already, either way, is left alone. One pass
over the blocks, the rows and the new documents: linear in the text."""
from __future__ import annotations

import bisect

from kg.ingest.events.document_itself import title_end
from kg.ingest.model import Span
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO

RULE = "document:listed-record@0.5"
_LISTED = "#PolicyDocument"


def listed_records(draft, spans_of, kind) -> int:
    """Add ``nfo:about`` from the text's own document to the licences its records print (see
    the module); returns how many."""
    text = draft.text
    end = title_end(text)
    own = {id(ent): ent for s, _, ent in spans_of if s < end and not ent.known
           and ent.kind == "policy"}
    if len(own) != 1:
        return 0
    doc = next(iter(own.values()))
    records = sorted([(bl.start, bl.end) for bl in field_blocks(text) if bl.start >= end] +
                     [(r.start, r.end) for t in tables(text) if t.start >= end for r in t.rows])
    if not records:
        return 0
    starts = [a for a, _ in records]
    listed = []
    for ent in draft.new():
        if ent is doc or not ent.mentions or not str(ent.cls).endswith(_LISTED):
            continue
        m = min(ent.mentions, key=lambda x: x.start)
        i = bisect.bisect_right(starts, m.start) - 1
        if i >= 0 and m.end <= records[i][1]:
            listed.append((m, ent))
    if len(listed) < 2:
        return 0
    n = 0
    for m, ent in listed:
        if doc.statements.has(NFO.about, ent.iri) or any(st[1] == ent.iri for st in
                                                          doc.statements) or \
                any(st[1] == doc.iri for st in ent.statements):
            continue
        doc.add(NFO.about, ent.iri, Span(m.start, m.end), RULE)
        n += 1
    return n
