"""A table of projects that prints each one's construction period in a column ("| Project |
Period |" over "2026-2028", "2027.03-2028.12", "2026 to 2028"; the header's word in
``data/table-period-headers.txt``): the row's project or site starts in the first year or month
(``nfo:startDate``, or ``nfo:plannedDate`` when that is not before the document's date) and ends
in the last (``nfo:endDate``), rule ``table:row-period``; the row names one project or site
(outside its columns of places). A cell that is not a range of years
(one year, a figure) says nothing here. One pass over the cells of the text's tables."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.table_model import headed
from kg.ingest.reading.tables import tables
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.relations.table_rows import place_columns
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "table:row-period"
_RANGE = re.compile(r"((?:19|20)\d\d)(?:[./-](0?[1-9]|1[0-2]))?[ \t]*(?:-|\u2013|\u2014|~|to)"
                    r"[ \t]*((?:19|20)\d\d)(?:[./-](0?[1-9]|1[0-2]))?")


def _headed(header: str) -> bool:
    return headed(header, words("table-period-headers"))


def _value(year: str, month: str | None) -> str:
    return f"{year}-{int(month):02d}" if month else year


def period_cells(draft, spans_of) -> None:
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return
    within = names_within(spans_by_start(spans_of), None)
    doc = str(draft.date) if draft.date is not None else None
    for t in tabs:
        cols = {k for k, (_, _, h) in enumerate(t.header) if _headed(h)}
        if not cols:
            continue
        places = place_columns(t)       # (the zone a project is built in is not the project)
        for row in t.rows:
            got = None
            things = []
            for c in row.cells:
                if c.col in cols and len(c.spans) == 1:
                    m = _RANGE.fullmatch(text, *c.spans[0])
                    if m is not None and m.group(1) <= m.group(3):
                        got = (m, c.spans[0])
                    continue
                if c.col in places:
                    continue
                for a, b in c.spans:
                    for _, _, ent in within(a, b):
                        if ent.cls in (NFO.Project, NFO.Site) and not ent.known \
                                and ent not in things:
                            things.append(ent)
            if got is None or len(things) != 1:
                continue
            m, (a, b) = got
            first, last = _value(m.group(1), m.group(2)), _value(m.group(3), m.group(4))
            ent = things[0]
            pred = NFO.plannedDate if doc is None or first >= doc[:len(first)] else NFO.startDate
            if not any(p in (NFO.startDate, NFO.plannedDate) for p, *_ in ent.statements):
                ent.add(pred, date_literal(first), Span(a, b), RULE)
            if not any(p == NFO.endDate for p, *_ in ent.statements):
                ent.add(NFO.endDate, date_literal(last), Span(a, b), RULE)
