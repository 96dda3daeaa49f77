"""The steps of a programme counted in days from a stated first day, each an event dated by its
days (``Day 1 = 11 January``, then one step a line)::

    3. Main jobs (Day 1 = 11 January)
       Days 1-6    new resin in adsorption towers
                   by: X Co., Ltd.
       Days 13-14  water run and cold commissioning

Work schedules, overhaul notices, training and inspection programmes set their steps out so;
the curators make each line an event from the first day it names to the last (``nfo:startDate``
and ``nfo:endDate``; :mod:`kg.ingest.relations.stated_mood` makes the first a planned date when
the days are still to come). Day N is the first day plus N - 1 days. The first day must be
stated ("Day 1 = 11 January", "Day 1: 11 January", "Day 1 is 11 January", "(Day 1 = ...)"):
without it a count of days dates nothing. The event is the line's words after its count, key and
all (its evidence is the entry as printed); the lines it wraps onto (indented deeper: "by: X
Co., Ltd.") give its participants. Its class is read from its words as for any clause event.
One pass over the lines after the first day is stated: linear in the text's length."""
from __future__ import annotations

import datetime
import re

from kg.ingest.events.dated import event_class
from kg.ingest.events.years import document_year
from kg.ingest.events.milestones import clause_label, milestone_class
from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:day-row", 0.4
# "Day 1 = 11 January", "Day 1: 11 January", "Day 1 is Monday, 11 January"
_ANCHOR = re.compile(r"\bDay[ \t]+(?:1|one|One)[ \t]*(?:=|:|is\b|\u2013|-(?=[ \t]))[ \t]*", re.I)
# a step: its count of days opening the line, then two spaces, a tab or a colon
_STEP = re.compile(r"([ \t]*)(?:[-*\u2022\u00b7][ \t]+)?Days?[ \t]+(\d{1,3})"
                   r"(?:[ \t]*(?:-|\u2013|to)[ \t]*(\d{1,3}))?(?:[ \t]{2,}|\t|[ \t]*[:.)][ \t]+)"
                   r"(?=[A-Za-z])", re.I)
_MOST_DAYS = 400        # a longer count is no programme's day


def _first_day(text: str, doc_date: str | None):
    """(where the first day is stated, its ISO date) or None."""
    m = _ANCHOR.search(text)
    if m is None:
        return None
    year = document_year(text, doc_date)
    # (the text's own dates, read with their year context: "Monday, 11 January" after "10
    # January 2027" is in 2027)
    got = [d for d in find_dates(text, year, extended=True, doc_date=doc_date)
           if d.kind == "date" and m.end() <= d.start < m.end() + 14]
    if not got:
        return None
    value = got[0].value
    if doc_date and len(doc_date) == 10 and len(value) == 10 and value < doc_date \
            and not re.search(r"(?:19|20)\d\d", text[got[0].start:got[0].end]):
        value = f"{int(value[:4]) + 1}{value[4:]}"   # "Day 1 = 11 January" in a December notice
    return m.end(), value


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each step counted in days, as described above; returns them."""
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    first = _first_day(text, doc_date)
    if first is None:
        return []
    pos, day1 = first
    base = datetime.date.fromisoformat(day1)
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    out = []
    pos = text.find("\n", pos) + 1 if "\n" in text[pos:] else len(text)
    n = len(text)
    while 0 < pos <= n:
        nl = text.find("\n", pos)
        nl = n if nl == -1 else nl
        m = _STEP.match(text, pos, nl)
        if m is None:
            pos = nl + 1
            continue
        a, b = int(m.group(2)), int(m.group(3) or m.group(2))
        # the lines the step wraps onto: indented deeper, up to a blank line or the next step
        end_all, q = nl, nl + 1
        while q < n:
            ql = text.find("\n", q)
            ql = n if ql == -1 else ql
            line = text[q:ql]
            if not line.strip() or len(line) - len(line.lstrip()) <= len(m.group(1)) \
                    or _STEP.match(text, q, ql):
                break
            end_all, q = ql, ql + 1
        pos = q if q > nl + 1 else nl + 1
        if not 1 <= a <= b <= _MOST_DAYS:
            continue
        start, end = m.start() + len(m.group(1)), nl
        while end > m.end() and text[end - 1] in " \t.;,":
            end -= 1
        body = text[m.end():end]
        first_day = (base + datetime.timedelta(days=a - 1)).isoformat()
        cls = event_class(body) or milestone_class(body) or "Event"
        label = clause_label(text, m.end(), end, [])
        ent = Entity(minter.mint("event", first_day, " ".join(label.split()[:8])), NFO[cls],
                     label, False, RULE, CONFIDENCE, role=True)
        span = Span(start, end)
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(first_day), span, RULE)
        if b > a:
            ent.add(NFO.endDate, date_literal((base + datetime.timedelta(days=b - 1)).isoformat()),
                    span, RULE)
        draft.entities[ent.iri] = ent
        clause_roles(ent, text, within(start, end_all), start, span, kind_of)
        spans_of.append((start, end, ent))
        out.append(ent)
    return out
