"""A quarter or a half-year dates what it dates with its year: no xsd type holds "the second
quarter of 2027" or "the first half of 2029", and the curators write the year ("trial production
is due in the second half of 2027": plannedDate 2027), not the span of its months.

The readers keep a quarter as its months (``reading/dates``: 2027-04 until 2027-06), since
that is what lets a clause dated by one be an event at all (a year alone dates no clause); this
pass, run once the draft's dates are settled, writes each such pair as the year: the first
month becomes the year and the last month, as an end date, goes. A statement whose evidence
also holds another date naming the quarter's first or last month ("in April 2027, early in the
second quarter") is left as it is; a date of the same month elsewhere in the text ("by 31
December 2027" two paragraphs on) does not keep "the second half of 2027" from being its year."""
from __future__ import annotations

import re

from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

# what a quarter or half-year reading prints ("the second quarter of 2027", "Q3", "H1 2026", "3Q26")
_PERIOD = re.compile(r"\b(?:quarter|half)\b|\b[QH][1-4]\b|\b[1-4][QH](?=[ \t]?\d)", re.I)
_STARTS = (NFO.startDate, NFO.plannedDate, NFO.dateIssued, NFO.dateInForce, NFO.dateSigned)


def _months(value: str, until: str) -> bool:
    """``value`` .. ``until`` are the first and last month of one quarter or half-year."""
    if len(value) != 7 or len(until) != 7 or value[:4] != until[:4]:
        return False
    a, b = int(value[5:]), int(until[5:])
    return (a in (1, 4, 7, 10) and b == a + 2) or (a in (1, 7) and b == a + 5)


def _printed_in(span, places) -> bool:
    """``span`` (a statement's evidence, or None) overlaps one of ``places``."""
    if span is None or not hasattr(span, "start"):
        return True
    return any(span.start < b and a < span.end for a, b in places)


def period_years(draft, doc_year: str | None = None) -> int:
    """Write each quarter's or half-year's months the draft states as its year (see the
    module's doc); returns how many entities changed."""
    text = draft.text
    if not _PERIOD.search(text):
        return 0
    doc_date = str(draft.date) if draft.date is not None else None
    dates = find_dates(text, doc_year, extended=True, doc_date=doc_date)
    periods = {}        # first month -> last month, of the quarters and halves printed
    where = {}          # first month -> where its quarters or halves are printed
    plain: dict = {}    # month -> where some other date of the text names it
    for d in dates:
        if d.until and _months(d.value, d.until) and _PERIOD.search(text, d.start, d.end):
            periods[d.value] = d.until
            where.setdefault(d.value, []).append((d.start, d.end))
        else:
            for v in (d.value, d.until):
                if v and len(v) >= 7:
                    plain.setdefault(v[:7], []).append((d.start, d.end))
    if not periods:
        return 0
    changed = 0
    for ent in draft.entities.values():
        sts = ent.statements
        # (a statement whose evidence holds none of the quarter's words is another date of the
        # same first month: "meets in April", set a year ahead, beside "the second quarter of
        # 2027")
        # (nor one whose evidence also prints a plain date of the quarter's first or last
        # month: that date may be the one it was read from)
        firsts = {str(o) for p, o, sp, _ in sts if p in _STARTS and str(o) in periods
                  and _printed_in(sp, where[str(o)])
                  and not any(_printed_in(sp, plain.get(m, ())) and hasattr(sp, "start")
                              for m in (str(o), periods[str(o)]))}
        if not firsts:
            continue
        lasts = {periods[v] for v in firsts}
        kept = []
        for st in sts:
            pred, obj, span, rule = st
            if pred in _STARTS and str(obj) in firsts:
                year = date_literal(str(obj)[:4])
                if any(p == pred and o == year for p, o, _, _ in kept):
                    continue
                st = (pred, year, span, rule)
            elif pred == NFO.endDate and str(obj) in lasts:
                continue
            kept.append(st)
        sts[:] = kept
        changed += 1
    return changed
