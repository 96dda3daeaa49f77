"""A year for an event with no date of its own: the year its name holds ("the 2026 annual
meeting"), or the past year a review article covers ("Major Events ... in 2024"). Called by
:func:`kg.ingest.events.date_attach.attach_dates` when no clause dates the event."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO


def named_year(label: str) -> str | None:
    m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", label)
    return m.group(1) if m else None


# the months at a year's edges an event named for that year may be held in ("the 2027 supplier
# conference" in December 2026, "the 2026 annual conference" in January 2027)
_EDGE_MONTHS = 2


def edge_of_year(value: str, named: str, doc_date: str | None) -> bool:
    """Whether a day or month ``value`` lies in the last months of the year before ``named`` or
    the first months of the year after it (an event named for a year, held at its edge); not
    the text's own day ("at its last session on 20 November, Gejiu was chosen to host the 2027
    meeting", in a text of 20 November 2026: the meeting is still to come)."""
    if len(value) < 7 or not value[:4].isdigit() or not value[5:7].isdigit() or \
            value == doc_date:
        return False
    year, month = int(value[:4]), int(value[5:7])
    return (year == int(named) + 1 and month <= _EDGE_MONTHS) or \
        (year == int(named) - 1 and month > 12 - _EDGE_MONTHS)


def year_in_name(ent, text: str | None = None, doc_year: str | None = None,
                 doc_date: str | None = None) -> int:
    """An event with no date of its own whose name holds a year ("the 2026 annual meeting",
    named at this year's): it takes place in that year (``date:year-in-name``); a guessed date
    of another year goes, but for a day or month at the edge of the named year (the last two
    months of the year before, the first two of the year after: "the 2027 supplier
    conference", held on 10 December 2026), other than the text's own day (``doc_date``). With
    ``text``, a year only in a label made of the article's title ("Visit: Andes Tin Eyes 2030
    Growth") is not the event's, unless it is the document's."""
    named = named_year(ent.label)
    if named is None or not ent.mentions:
        return 0
    if text is not None and named != doc_year and not any(
            named_year(text[m.start:m.end]) == named for m in ent.mentions):
        return 0
    guesses = [st for st in ent.statements if st[0] == NFO.startDate]
    if any(not st[3].startswith("context:date") for st in guesses):
        return 0
    if text is not None and all(str(st[1])[:4] in (named, doc_year) for st in guesses) and \
            _named_year_days(ent, text, named, doc_year, doc_date):
        return 1
    if any(str(st[1])[:4] == named or edge_of_year(str(st[1]), named, doc_date)
           for st in guesses):
        return 0
    ent.statements[:] = [st for st in ent.statements
                         if st[0] not in (NFO.startDate, NFO.endDate)]
    m = min(ent.mentions, key=lambda m: m.start)
    ent.add(NFO.startDate, date_literal(named), Span(m.start, m.end), "date:year-in-name")
    return 1


# what may stand between an event's name and the days it is held on, in its clause: a place
# and a preposition of time ("the 2027 X Conference in Hebi from 20 to 22 October"), no verb's
# full stop, semicolon or another clause's comma-and
_TO_DAYS = re.compile(r"[^.;:\n]{0,50}?\b(?:on|from|between|during)[ \t\n]+$")


def _named_year_days(ent, text: str, named: str, doc_year: str | None,
                     doc_date: str | None) -> bool:
    """The days printed with no year of their own right after an event's name that holds the
    year before or after the document's ("the 2027 National X Conference in Hebi from 20 to 22
    October", in a text of 2026): that year's days, not the bare year, nor the document's
    year's days (``date:year-in-name``); not days at the edge of the named year read in the
    document's ("its 2027 supplier conference on 11 December", in a text of 2026: held before
    the year it is named for). Whether they were read."""
    if doc_year is None or not doc_year.isdigit() or abs(int(named) - int(doc_year)) != 1:
        return False
    from kg.ingest.reading.dates import find_dates
    for m in sorted(ent.mentions, key=lambda m: m.start):
        if named_year(text[m.start:m.end]) != named:
            continue
        stretch = text[m.end:m.end + 120]
        for d in find_dates(stretch, named):
            printed = stretch[d.start:d.end]
            if d.kind not in ("date", "gYearMonth") or re.search(r"(?<!\d)(?:19|20)\d\d", printed) \
                    or not d.value.startswith(named) or not _TO_DAYS.fullmatch(stretch, 0, d.start) \
                    or edge_of_year(doc_year + d.value[4:], named, doc_date):
                break
            ent.statements[:] = [st for st in ent.statements
                                 if st[0] not in (NFO.startDate, NFO.endDate)]
            span = Span(m.start, m.end + d.end)
            ent.add(NFO.startDate, date_literal(d.value), span, "date:year-in-name")
            if d.until:
                ent.add(NFO.endDate, date_literal(d.until), span, "date:year-in-name")
            return True
        return False
    return False


def reviewed_year(draft, dated_kinds, doc_year, kind) -> int:
    """A text that reviews a past year ("Major Events in the Magnesium Industry in 2024",
    published in 2025): an event it names with no date of its own took place in that year
    (``date:reviewed-year``, on the event's first mention). Only when the headline's year is
    before the document's date, and never for an event whose name holds another year."""
    if doc_year is None or draft.date is None or not str(draft.date)[:4] > doc_year:
        return 0
    n = 0
    seen = set()
    for s, e, ent in dated_kinds:
        if id(ent) in seen or kind(ent) != "event" or ent.known:
            continue
        seen.add(id(ent))
        named = named_year(ent.label)
        if any(st[0] == NFO.startDate for st in ent.statements) or (named and named != doc_year):
            continue
        m = min(ent.mentions, key=lambda m: m.start)
        ent.add(NFO.startDate, date_literal(doc_year), Span(m.start, m.end), "date:reviewed-year")
        n += 1
    return n
