"""A log's lines keyed by a time of day, each the happening it records, dated by the log's day
(``reading.keyed_rows.time_key``)::

    Date: 15 November 2026
    09:40  Furnace transformer energised at 4 MW. Power from ...
    14:50  FIRST TAPPING of silicon metal, 2.1 t
    02:35  Hydraulic unit tripped; load cut ...

A shift log, a commissioning or dispatch log, a day's timetable: the curators make an event of
each line that tells a happening. Its day is that of the nearest full date printed before the
block (the sheet's "Date:" line), else the document's; a time earlier than the line before it
(a night shift past midnight) is the next day, logged as done even when that is after the
document's day. The event is the line's first sentence (to its
first full stop or semicolon), key and all, so its evidence is the entry as printed; its class
read from its words as for any clause event (``dated.event_class``, the milestone verbs), its
participants, place and subject from the names in it (``verb_happenings``' reading).

Not read: a line that records the log's own routine ("Took over", "Handed over. No alarms":
``data/log-routine.txt``), one whose first sentence is a reading ("Load at 8 MW": fewer than two
words past its figures), one opening with a figure (a table of readings by the hour), and one
whose first sentence an event proposed before already holds. Linear: one pass over the rows,
the dates bisected."""
from __future__ import annotations

import bisect
import datetime
import re
from functools import lru_cache

from kg.ingest.events.dated import event_class
from kg.ingest.events.milestones import clause_label, milestone_class
from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.keyed_rows import keyed_rows, time_key
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:log-line", 0.4
# the day of a line past midnight, a day after the sheet's: logged as done, though it is after
# the document's day (``relations.stated_mood`` sets no plannedDate for it)
OVERNIGHT = "event:log-line-overnight"
# the end of a line's first sentence: a full stop or a semicolon before a space (not "No. 2")
_FIRST_END = re.compile(r"(?<!\bNo)(?<!\bno)(?<!\bCo)(?<!\bLtd)\.(?=\s|$)|;")
_CONTENT = re.compile(r"[A-Za-z]{3,}")
_HM = re.compile(r"([0-2]?\d):([0-5]\d)")
_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=None)
def _routine() -> re.Pattern:
    phrases = sorted(lines("log-routine"), key=len, reverse=True)
    return re.compile(r"\W*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
                      + r")\b", re.I)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each time-keyed log line described above; returns them."""
    text = draft.text
    rows = [r for r in keyed_rows(text) if time_key(text, r)]
    if not rows:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = doc_date[:4] if doc_date else None
    days = [d for d in find_dates(text, year, extended=True, doc_date=doc_date)
            if d.kind == "date" and not d.until]
    starts = [d.start for d in days]
    covered = bytearray(len(text) + 1)
    for e in draft.entities.values():
        if e.role and kind_of(e.cls) == "event":
            for m in e.mentions:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    out = []
    anchor, shift, last = None, 0, -1
    for row in rows:
        i = bisect.bisect_left(starts, row.start)
        here = days[i - 1] if i else None
        base = here.value if here is not None else doc_date
        if base is None or len(base) != 10:
            continue
        if here is not anchor:
            anchor, shift, last = here, 0, -1
        hm = _HM.match(text, row.key_start)
        minutes = int(hm.group(1)) * 60 + int(hm.group(2))
        if minutes < last:
            shift += 1          # past midnight: the next day
        last = minutes
        end_m = _FIRST_END.search(text, row.body, row.end)
        end = end_m.start() if end_m else row.end
        while end > row.body and text[end - 1] in " \t\n.,":
            end -= 1
        body = text[row.body:end]
        if not _LETTER.match(body) or _routine().match(body) or len(_CONTENT.findall(body)) < 2:
            continue
        if any(covered[row.body:end]):
            continue
        day = (datetime.date.fromisoformat(base) + datetime.timedelta(days=shift)).isoformat()
        cls = event_class(body) or milestone_class(body) or "Event"
        label = clause_label(text, row.body, end, [])
        ent = Entity(minter.mint("event", day, " ".join(label.split()[:8])), NFO[cls],
                     label, False, RULE, CONFIDENCE, role=True)
        span = Span(row.start, end)
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(day), span, OVERNIGHT if shift else RULE)
        draft.entities[ent.iri] = ent
        clause_roles(ent, text, within(row.start, end), row.start, span, kind_of)
        spans_of.append((row.start, end, ent))
        out.append(ent)
    return out
