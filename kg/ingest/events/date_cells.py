"""A table that prints a day of each row's document, agreement or event in a column of its own
("No. | Standard No. | Title | Replaces | Impl." over "1  YS/T 1612-2026  Zirconium sponge ...
YS/T 397-2015  2027-07-01"; "Agreement | Parties | Signed"; "Meeting | Date"): the row's thing
takes that day (rule ``table:row-date``).

* The column's header names which day (``data/table-date-headers.txt``, its first or last
  word): the day in force or of issue of a policy or standard, the day an agreement was signed,
  or the thing's own day ("Date": an event's start, planned when not before the document's
  date, a document's issue, an agreement's signing).
* A row a called-off mark strikes off ("cancelled", "withdrawn": reading/called_off) dates
  nothing.
* The cell holds one date and nothing else (a figure, a range of days or a word is no day of
  the row's thing here).
* The row's thing is the first new entity of a kind that day fits, in reading order of the
  row's other cells (the row's key: "YS/T 1612-2026", not the older standard its "Replaces"
  cell names); a thing that already has that kind of date keeps it.

One pass over the cells of the text's tables: linear."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.table_model import header_words
from kg.ingest.reading.tables import tables
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "table:row-date@0.6"
_BY_KIND = {"policy": NFO.dateIssued, "agreement": NFO.dateSigned, "event": NFO.startDate}
_WHICH = {"in-force": {"policy": NFO.dateInForce}, "issued": {"policy": NFO.dateIssued},
          "signed": {"agreement": NFO.dateSigned}, "own": _BY_KIND}


@lru_cache(maxsize=1)
def _headers() -> dict[str, str]:
    return dict(line.split() for line in lines("table-date-headers"))


def _which(header: str) -> dict | None:
    """{kind: predicate} for a column headed ``header``, or None."""
    ws = header_words(header)
    if not ws or len(ws) > 4:
        return None
    got = _headers().get(ws[0]) or _headers().get(ws[-1])
    return _WHICH.get(got) if got else None


def _day(text: str, a: int, b: int):
    """The one date the cell ``a:b`` holds and nothing else, or None."""
    got = find_dates(text[a:b])
    if len(got) != 1 or got[0].until or got[0].kind not in ("date", "gYearMonth"):
        return None
    d = got[0]
    return d if not text[a:a + d.start].strip() and not text[a + d.end:b].strip(" \t.") else None


def date_cells(draft, spans_of, kind) -> int:
    """Date the things of the rows of the text's tables (see the module); returns how many
    dates were added."""
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return 0
    within = names_within(spans_by_start(spans_of), None)
    doc = str(draft.date) if draft.date is not None else None
    added = 0
    for t in tabs:
        cols = {k: w for k, (_, _, h) in enumerate(t.header) if (w := _which(h))}
        if not cols:
            continue
        for row in t.rows:
            if struck(text, row.start, row.end):
                continue        # ("| X Forum | 12 July 2026 | cancelled |": struck off)
            days = [(c.col, _day(text, *c.spans[0]), c.spans[0]) for c in row.cells
                    if c.col in cols and len(c.spans) == 1]
            days = [x for x in days if x[1] is not None]
            if not days:
                continue
            things = []
            for c in sorted(row.cells, key=lambda c: (c.start, c.col)):
                if c.col in cols:
                    continue
                for a, b in c.spans:
                    for _, _, ent in within(a, b):
                        if not ent.known and ent not in things:
                            things.append(ent)
            for col, d, (a, b) in days:
                which = cols[col]
                ent = next((x for x in things if kind(x) in which), None)
                if ent is None:
                    continue
                pred = which[kind(ent)]
                value = d.value
                if pred == NFO.startDate and doc is not None and value >= doc[:len(value)]:
                    pred = NFO.plannedDate
                if any(st[0] == pred or pred in (NFO.startDate, NFO.plannedDate) and st[0] in (
                        NFO.startDate, NFO.plannedDate) for st in ent.statements):
                    continue
                ent.add(pred, date_literal(value), Span(a + d.start, a + d.end), RULE)
                added += 1
    return added
