""""The summit was held in Wuming on July 6 and 7", "The conference runs from 14 to 16 April":
the days of an event the text refers to by a noun (:mod:`kg.ingest.events.anaphora` finds
which event each phrase stands for), read after the dates are (``event:held-on``).

The days replace a date read from a clause that only names the event, and a bare year or
month the event had from its name or its clause ("the 2027 X Conference ... next spring") when
they fall in it, not a day of its own clause. Days printed with no year, told of an event whose
year is the one before or after the document's ("the 2027 X Conference" in a text of 2026),
are that year's (the year an event named for it is held in; not at the edge of that year:
"its 2027 supplier conference ... on 11 December" of a December 2026 text is this December's)."""
from __future__ import annotations

import re

from kg.ingest.events.year_fallbacks import edge_of_year, named_year
from kg.ingest.model import Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.terms import NFO

# the verb that says when the event referred to is held: "was held", "will be staged", "took
# place", "will take place", "runs", "will run", "opens"
_HELD_ON = re.compile(r"\s+(?:(?:was|were|will\s+be|is|are)\s+(?:(?:also|jointly|grandly|"
                      r"successfully|officially)\s+)?(?:held|staged|convened|opened|took\s+place|"
                      r"kicked\s+off)|(?:will\s+)?(?:takes?|took)\s+place|(?:will\s+)?(?:runs?|ran|"
                      r"opens?))\b")
_STRONG = ("date:same-clause-after", "event:dated-sentence")
# the rules of a date of the event's own (its clause's, its name's year; or any guess of the
# year its name holds): kept unless the days fall in it
_OWN = _STRONG + ("date:year-in-name",)


def _kind_event(ent) -> bool:
    from kg.ingest.relations.propose import kind_of
    return kind_of(ent.cls) == "event" and not ent.known


def _coarse_year(have, value: str, printed: str, doc_year: str | None, doc_date) -> str | None:
    """The day ``value`` as the event's: itself when every date the event has is a bare year or
    month it falls in; moved into the event's year when it was printed with no year and read in
    the document's, the event's year being the one before or after; None when it is another."""
    olds = {str(st[1]) for st in have}
    if not olds or any(len(o) >= len(value) for o in olds) or len({o[:4] for o in olds}) != 1:
        return value if not olds else None
    year = next(iter(olds))[:4]
    if all(value.startswith(o) for o in olds):
        return value
    if re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", printed) or doc_year is None or \
            not doc_year.isdigit() or value[:4] != doc_year or abs(int(year) - int(doc_year)) != 1:
        return None
    if edge_of_year(value, year, doc_date):
        return None
    moved = year + value[4:]
    return moved if all(moved.startswith(o) for o in olds) and moved[5:] != "02-29" else None


def dates_of_referred(draft, doc_year) -> None:
    """Date the events referred to as the subject of "was held / took place / runs ... on
    DATE" (see the module)."""
    refers = draft.__dict__.get("_refers")
    if not refers:
        return
    from kg.ingest.reading.dates import date_literal, find_dates
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    dates = find_dates(text, doc_year, extended=True, doc_date=doc_date)
    sents = Sentences(text)
    for a, b, ent in refers:
        if not _kind_event(ent) or not _HELD_ON.match(text, b):
            continue
        _, se = sents.bounds(a)
        d = next((d for d in dates if b <= d.start and d.end <= se
                  and re.search(r"\b(?:on|from)\s+$", text[max(b, d.start - 8):d.start])), None)
        if d is None or len(d.value) != 10:
            continue
        have = [st for st in ent.statements if st[0] == NFO.startDate]
        if any(st[3] in _STRONG and len(str(st[1])) == 10 for st in have):
            continue
        # (a bare year or month of its own, "the 2027 X Conference ... next spring": the days
        # refine it, when they fall in it)
        named = named_year(ent.label)
        coarse = [st for st in ent.statements if st[0] in (NFO.startDate, NFO.plannedDate)
                  and len(str(st[1])) < 10 and (st[3].split("+", 1)[0] in _OWN
                                                or str(st[1]) == named)]
        start, until = d.value, d.until
        if coarse:
            start = _coarse_year(coarse, d.value, text[d.start:d.end], doc_year, doc_date)
            if start is None:
                continue
            if until and start != d.value:
                until = start[:4] + until[4:]
        ent.statements[:] = [st for st in ent.statements
                             if st[0] not in (NFO.startDate, NFO.endDate)
                             and not any(st is c for c in coarse)]
        span = Span(a, se)
        ent.add(NFO.startDate, date_literal(start), span, "event:held-on")
        if until:
            ent.add(NFO.endDate, date_literal(until), span, "event:held-on")
