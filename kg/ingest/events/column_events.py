"""Events a table's date column names for the thing each row names:

    Vessel              Cargo      Load port       Receiver      ETA
    ------------------  ---------  --------------  ------------  ------
    CAPE HARMONY        bauxite    Kamsar          Nanshan       Jan 07

A heading line of three cells or more (two spaces or more apart) whose last cell is a heading
of ``data/column-events.txt`` ("ETA": an arrival, "ETD": a departure) makes each row under it
(up to a blank line; a rule of dashes skipped) whose cell under that heading is a day an event:
"Arrival of CAPE HARMONY" (the row's first cell), dated by that day (``nfo:startDate``, which
:mod:`kg.ingest.relations.stated_mood` makes a planned date when still to come), its evidence the
row, the organisations of the row its participants, a product or site the first cell names what
it is about, the row's metals what it concerns (as for a clause event). Rule
``event:column-event`` (0.45). Linear: each heading reads the rows under it once."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import labelled_kinds
from kg.ingest.model import Entity, Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.reading.caseless import lower_text
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:column-event", 0.45
# a cell: words one space apart ("CAPE HARMONY"; a one-letter cell, a row's "1", is a cell
# of its own, not the start of the next one's)
_CELL = re.compile(r"\S+(?: \S+)*")
# a row's number before its first cell ("1", "No. 2", "3."): not what the row names
_NUMBER = re.compile(r"(?:No\.?[ \t]*)?\d{1,4}[.)]?")
# a first cell that names no thing: a dash of an empty cell, a total
_NOT_A_THING = re.compile(r"[-\u2013\u2014/.*]+|(?:sub-?|grand[ \t])?total|sum|in[ \t]all", re.I)
_RULE_LINE = re.compile(r"[ \t]*[-=_+| \t]{6,}[ \t]*")
_ROWS = 60      # at most so many rows under one heading


@lru_cache(maxsize=None)
def _headings() -> dict[str, str]:
    return labelled_kinds("column-events")


def _lines(text: str, start: int):
    pos = start
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end == -1 else end
        yield pos, end
        pos = end + 1


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each row of such a table; returns them."""
    text = draft.text
    low = lower_text(text)
    if not any(h in low for h in _headings()):
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    out = []
    year = document_year(text, doc_date)
    for a, b in list(_lines(text, 0)):
        cells = list(_CELL.finditer(text, a, b))
        if len(cells) < 3:
            continue
        noun = _headings().get(" ".join(cells[-1].group(0).lower().split()))
        if noun is None:
            continue
        col = cells[-1].start() - a
        rows = 0
        for ra, rb in _lines(text, b + 1):
            if not text[ra:rb].strip() or rows >= _ROWS:
                break
            rows += 1
            if _RULE_LINE.fullmatch(text, ra, rb):
                continue
            got = [d for d in find_dates(text[ra:rb], year, extended=True, doc_date=doc_date)
                   if d.kind == "date" and abs(d.start - col) <= 3]
            cells = [c for c in _CELL.finditer(text, ra, rb)
                     if not _NUMBER.fullmatch(c.group(0))]
            first = cells[0] if cells else None
            if not got or first is None or first.start() - ra >= col - 3 or \
                    _NOT_A_THING.fullmatch(first.group(0)) or struck(text, ra, rb):
                continue    # (a total row; "7 Jan (cancelled)", "withdrawn": no arrival)
            d = got[0]
            what = " ".join(first.group(0).split())
            label = f"{noun} of {what}"
            span = Span(first.start(), ra + d.end)
            ent = Entity(minter.mint("event", d.value, label), NFO.Event, label, False, RULE,
                         CONFIDENCE, role=True)
            ent.mentions.append(span)
            ent.aliases.add(what)
            ent.add(NFO.startDate, date_literal(d.value), span, RULE)
            draft.entities[ent.iri] = ent
            clause_roles(ent, text, within(span.start, span.end), span.start, span, kind_of)
            spans_of.append((span.start, span.end, ent))
            out.append(ent)
    return out
