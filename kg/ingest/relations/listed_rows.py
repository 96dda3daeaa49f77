"""What a list includes: the projects and the licences, permits or certificates its tables print
one a row. The text's own document (a notice, catalogue, report or guide named in its title
block: "Publicity of the Projects Proposed for Approval ...", "Publicity of Export Licences
Issued in ...") includes the thing each row of a table in its body is about, its subject as
:mod:`row_reader` reads it ("| Project number | Title | Leader |": the project; "| Licence No. |
Exporter |": the licence), rule ``document:listed-row-subject@0.5``. Nothing when the title
block names no such document, or when it names two (which of them lists the rows is unclear).
One pass over the text's tables, each row's subject looked up by bisection."""
from __future__ import annotations

from kg.ingest.events.document_itself import title_end
from kg.ingest.model import Span
from kg.ingest.reading.tables import tables
from kg.ingest.relations.row_reader import lookups, subject_rows
from kg.ingest.terms import NFO

RULE = "document:listed-row-subject@0.5"
_LISTS = ("#Notice", "#Catalogue", "#Report", "#Guide")
_LISTED = ("#Project", "#PolicyDocument")


def listed_rows(draft, spans_of, kind) -> int:
    """Add ``nfo:includes`` from the text's own list to its tables' row subjects (see the
    module); returns how many."""
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return 0
    end = title_end(text)
    own = {id(ent): ent for s, _, ent in spans_of if s < end and not ent.known
           and str(ent.cls).endswith(_LISTS)}
    if len(own) != 1:
        return 0
    doc = next(iter(own.values()))
    within = lookups(draft, spans_of)[0]
    n = 0
    for row, subject in subject_rows(text, tabs, within, end):
        if subject is doc or not str(subject.cls).endswith(_LISTED) \
                or doc.statements.has(NFO.includes, subject.iri):
            continue
        doc.add(NFO.includes, subject.iri, Span(row.start, row.end), RULE)
        n += 1
    return n
