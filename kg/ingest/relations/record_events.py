"""What a step told inside a record is about: the record's subject. A notice, list or ledger
prints one record per thing (a block of labelled fields under "Enterprise: X Co., Ltd." or
"Project: Y", or a numbered item "3. Y project" over its fields; a table's row whose subject
cell names X), and the steps its fields tell ("Deadline: 31 January 2027", "Handling: the
report was filed on 20 November", "| X Co., Ltd. | ... | filed 2026-11-17 |") are steps of that
thing: each new event named inside the record (its first mention), for which no rule said what
it is about, is about the record's subject (``nfo:about``, rule ``topic:record-event@0.5``).

The subject is read as :mod:`record_reader` (blocks) and :mod:`row_reader` (rows) read it: a
project or site, an organisation, a product or an agreement. Refused: an event that is the
subject itself, a subject that is an event (a schedule's row is the event, not a step of it),
a government body (the record of an office is who acts, not what the step is about), an event
already about something, or linked to the subject either way. One pass over the blocks and the
rows, each event's first mention looked up by bisection: linear in the text."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.reading.tables import tables
from kg.ingest.relations.record_reader import _subject
from kg.ingest.relations.row_reader import lookups, subject_rows
from kg.ingest.terms import NFO

RULE = "topic:record-event@0.5"
_SUBJECT_KINDS = frozenset(("project", "org", "product", "agreement"))
_NOT_SUBJECT = ("#GovernmentBody",)


def record_events(draft, spans_of, kind) -> int:
    """Add ``nfo:about`` from the new events named inside a record to the record's subject
    (see the module); returns how many."""
    text = draft.text
    events = sorted(((e.mentions[0].start, e.mentions[0].end, e) for e in draft.new()
                     if e.mentions and e.kind == "event"
                     and not any(st[0] == NFO.about for st in e.statements)),
                    key=lambda x: x[0])
    if not events:
        return 0
    blocks = field_blocks(text)
    tabs = tables(text)
    if not blocks and not tabs:
        return 0
    within = lookups(draft, spans_of)[0]
    regions = []            # (start, end, subject)
    for bl in blocks:
        subject, _ = _subject(text, bl, within, kind)
        if subject is not None:
            a = bl.start if bl.heading is None else min(bl.start, bl.heading[0])
            regions.append((a, bl.end, subject))
    for row, subject in subject_rows(text, tabs, within):
        regions.append((row.start, row.end, subject))
    starts = [x[0] for x in events]
    n = 0
    for a, b, subject in regions:
        cls = str(subject.cls)
        if not (subject.kind in _SUBJECT_KINDS or cls.endswith("#Site")) or \
                cls.endswith(_NOT_SUBJECT):
            continue
        i = bisect.bisect_left(starts, a)
        while i < len(events) and events[i][0] < b:
            s, e, ev = events[i]
            i += 1
            if e > b or ev is subject or any(st[0] == NFO.about for st in ev.statements) \
                    or any(st[1] == subject.iri for st in ev.statements) \
                    or any(st[1] == ev.iri for st in subject.statements):
                continue
            ev.add(NFO.about, subject.iri, Span(a, e), RULE)
            n += 1
    return n
