"""The dates a list of licences, permits or certificates prints in its table's columns for the
document each row is ::

    No. Permit holder / Permit No.     Matter   Issued  Validity
    1   X Co., Ltd. / 9161...001P      Change   11-06   2024-03-15 to
                                                        2029-03-14

A column whose header is a label of ``data/record-date-fields.txt`` ("Validity", "Valid
until", "Issued", "Date of issue") dates the one new document (a licence, permit, certificate:
:data:`kg.ingest.events.record_dates.CLASSES`) the row's other cells name, as the same field
of a record does (:func:`kg.ingest.events.record_dates.date_record`: a validity's first day the
day in force, its last the end; "Issued" the day of issue). A day of issue printed as month and
day alone ("11-06", "11.06") is of the document's year, or of the year before when that day is
still to come. A row that names no document, or two, dates none. Rule ``date:record-field``."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.record_dates import CLASSES, date_record
from kg.ingest.lexicon import labelled_kinds
from kg.ingest.model import Span
from kg.ingest.reading.date_mention import DateMention
from kg.ingest.reading.tables import tables

# a month and a day alone, as a list of the year's permits prints its days of issue
_MONTH_DAY = re.compile(r"(0?[1-9]|1[0-2])[-./](0?[1-9]|[12]\d|3[01])")


def _month_day(text: str, cell, doc_date: str | None) -> DateMention | None:
    """The day of a cell that holds a month and a day alone, in the document's year (the year
    before when that day is after the document's)."""
    if not cell.spans or doc_date is None or len(doc_date) != 10:
        return None
    a, b = cell.spans[0]
    m = _MONTH_DAY.fullmatch(text[a:b].strip())
    if m is None:
        return None
    year = int(doc_date[:4])
    value = f"{year}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    if value > doc_date:
        value = f"{year - 1}-{int(m.group(1)):02d}-{int(m.group(2)):02d}"
    return DateMention(a, b, value, "date")


def record_column_dates(text, dates, dated_kinds, doc_date) -> int:
    """Date the documents the rows of a table name from its date columns (see the module); how
    many dates were added."""
    found = tables(text)
    if not found:
        return 0
    kinds = labelled_kinds("record-date-fields")
    ents = sorted(((s, ent) for s, e, ent in dated_kinds
                   if not ent.known and str(ent.cls).rsplit("#", 1)[-1] in CLASSES),
                  key=lambda x: x[0])
    if not ents:
        return 0
    estarts = [s for s, _ in ents]
    starts = [d.start for d in dates]
    changed = 0
    for table in found:
        cols = {i: kinds.get(" ".join(name.lower().rstrip(":").split()))
                for i, (_, _, name) in enumerate(table.header)}
        cols = {i: k for i, k in cols.items() if k is not None}
        if not cols:
            continue
        for row in table.rows:
            named = set()
            owner = None
            for cell in row.cells:
                if cell.col in cols:
                    continue
                for a, b in cell.spans:
                    for s, ent in ents[bisect.bisect_left(estarts, a):bisect.bisect_left(estarts, b)]:
                        if id(ent) not in named:
                            named.add(id(ent))
                            owner = ent
            if len(named) != 1:
                continue
            for cell in row.cells:
                lk = cols.get(cell.col)
                if lk is None or not cell.spans:
                    continue
                got = []
                for a, b in cell.spans:
                    got += [d for d in dates[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                            if d.end <= b]
                if not got and lk == "issued":
                    md = _month_day(text, cell, doc_date)
                    got = [md] if md is not None else []
                if not got:
                    continue
                lead = text[cell.spans[0][0]:got[0].start]
                changed += date_record(owner, lk, got, lead, Span(row.start, got[-1].end))
    return changed
