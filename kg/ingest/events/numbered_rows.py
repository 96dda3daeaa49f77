"""A table keyed by row number and the numbered paragraphs that tell each row's case ::

     No.  Party                        Decided     Fine (yuan)
     1    Xinghe Zinc Co., Ltd.        19 Nov.         200,000
     2    Lintao Lead Co., Ltd.        26 Nov.          80,000

     1. Xinghe Zinc Co., Ltd. ... Decision No. Dong Huan Fa [2026] 12.
     2. Lintao Lead Co., Ltd. ... Decision No. Dong Huan Fa [2026] 15.

The documents a paragraph numbered N names take the day row N prints under a column of days
(its header read as in :mod:`kg.ingest.events.date_cells`: "Decided", "Issued" a day of issue,
"Signed" an agreement's signing; a column of bare "Date" says too little of whose day it is,
and is left alone): rule ``table:numbered-row-date@0.5``.

The join holds only when the paragraph names something its row names too (the party of row N
in paragraph N): a list of notes numbered like the rows but about other rows ("Notes: 1. ...")
joins nothing. The row's key cell holds the number and nothing else; its day is the one day
its cell prints (a row wrapped over lines may print it on each). A document is a numbered
one (``nfo:PolicyDocument``: a decision, a permit; not a list or a law the case names) or an
agreement; one that has a day of that kind keeps it. One pass over the tables and the numbered lines: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.records import replace

from kg.ingest.events.date_cells import _which
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.tables import tables
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "table:numbered-row-date@0.5"
# a numbered paragraph's first line: "1. X", " 2) Y"
_ITEM = re.compile(r"(?m)^[ \t]*(\d{1,3})[.)][ \t]+(?=\S)")
_PARAGRAPH_END = re.compile(r"\n[ \t]*\n")
# the header of a table's column of row numbers
_KEY_HEADERS = {"no", "no.", "#", "item", "serial", "s/n"}
_DAYS = (NFO.dateIssued, NFO.dateSigned, NFO.dateInForce)


def _key_column(t) -> int | None:
    for k, (_, _, h) in enumerate(t.header):
        if h.strip().lower() in _KEY_HEADERS:
            return k
    return None


def _day(text: str, a: int, b: int, doc: str | None):
    """The one day the cell ``a:b`` holds and nothing else; a day printed without its year
    ("19 Nov.") takes the document's, or the year before when that would put it after the
    document's day (a case is decided before it is published)."""
    got = find_dates(text[a:b], doc[:4] if doc else None)
    if len(got) != 1 or got[0].until or got[0].kind != "date":
        return None
    d = got[0]
    if text[a:a + d.start].strip() or text[a + d.end:b].strip(" \t."):
        return None
    if doc is not None and len(doc) == 10 and d.value > doc and \
            not re.search(r"(?:19|20)\d\d", text[a + d.start:a + d.end]):
        d = replace(d, value=f"{int(d.value[:4]) - 1}{d.value[4:]}")
    return d


def _rows(text: str, t, key: int, cols: dict, doc: str | None) -> dict:
    """{row number: (its things' ids, [(which, day, (a, b)), ...])} of a table's rows."""
    out = {}
    for row in t.rows:
        kc = row.cell(key)
        if kc is None or len(kc.spans) != 1 or not text[slice(*kc.spans[0])].strip().isdigit():
            continue
        n = int(text[slice(*kc.spans[0])])
        days = []
        for c in row.cells:
            if c.col not in cols:
                continue
            printed = {text[a:b].strip() for a, b in c.spans}
            if len(printed) != 1:
                continue
            d = _day(text, *c.spans[0], doc)
            if d is not None:
                days.append((cols[c.col], d, c.spans[0]))
        out[n] = (row, days)
    return out


def numbered_row_dates(draft, spans_of, kind) -> int:
    """Date the documents of the numbered paragraphs that tell a numbered table's rows (see the
    module); returns how many dates were added."""
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return 0
    items = list(_ITEM.finditer(text))
    if len(items) < 2:
        return 0
    within = names_within(spans_by_start(spans_of), None)
    doc = str(draft.date) if draft.date is not None else None
    added = 0
    for t in tabs:
        key = _key_column(t)
        cols = {k: w for k, (_, _, h) in enumerate(t.header)
                if (w := _which(h)) and "event" not in w}      # (not a bare "Date")
        if key is None or not cols:
            continue
        rows = _rows(text, t, key, cols, doc)
        if len(rows) < 2:
            continue
        for i, m in enumerate(items):
            if t.start <= m.start() < t.end or int(m.group(1)) not in rows:
                continue
            end = _PARAGRAPH_END.search(text, m.end())
            end = end.start() if end is not None else len(text)
            if i + 1 < len(items):
                end = min(end, items[i + 1].start())
            row, days = rows[int(m.group(1))]
            if not days:
                continue
            in_row = {id(ent) for c in row.cells for a, b in c.spans for _, _, ent in within(a, b)}
            told = [ent for _, _, ent in within(m.start(), end)]
            if not any(id(ent) in in_row for ent in told):
                continue        # (a note numbered like the rows, about another row)
            seen = set(in_row)
            for ent in told:
                if ent.known or id(ent) in seen:
                    continue
                seen.add(id(ent))
                if kind(ent) == "policy" and not str(ent.cls).endswith("#PolicyDocument"):
                    continue    # (a list or a law the case names was not decided that day)
                for which, d, (a, b) in days:
                    pred = which.get(kind(ent))
                    if pred not in _DAYS or any(st[0] == pred for st in ent.statements):
                        continue
                    ent.add(pred, date_literal(d.value), Span(a + d.start, a + d.end), RULE)
                    added += 1
    return added
