"""The gathering a record's head names in a field of its own, dated by the time field beside it::

    MINUTES (2027) No. 2
    Subject:  Council meeting on copper scrap import rules
    Time:     Wednesday, 13 January 2027, 09:30-11:40
    Venue:    Room 2, Feitian Hotel, Lanzhou

    Type of activity ....... Analyst site visit and briefing
    Time ................... Tuesday, 8 December 2026, 10:00-11:30

Minutes, investor-relations records and the announcements of a defence or a hearing print what
took place as a labelled field ("Subject:", "Type of activity:", "Meeting:": the labels are
``data/subject-field-labels.txt``) and when in another field of the same block ("Time:",
"Date:", "Dates:": ``data/section-time-labels.txt``), set off by a colon or a row of dots. When
the subject's value names a gathering (a noun of ``data/event-words.txt``: meeting, call,
seminar, visit ...) and the time field's value opens with a day (past a weekday), the value is
an event (its label, less a closing parenthesis) with that day as its start (and the range's
last day as its end; :mod:`kg.ingest.relations.stated_mood` makes a day still to come planned).
The fields under it ("Venue:", "Present:", "Chair:") are then read for its place and its people
by the rules that read such fields for the event named above them.

Not read: a mail's header block ("From:" ... "Subject:" ... "Date:": the subject of a mail is no
gathering, its date the mail's), a value another rule already holds as an event, a subject that
names no gathering ("Subject: Reserves Verification Report of ..."). Rule ``event:subject-field``.
Only the text's first ``_HEAD`` characters are read: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.dated import event_class
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import alternation
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.relations.kinds import GATHERINGS
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:subject-field", 0.5
_HEAD = 2500            # characters: a record's head fields are at its top
_BLOCK = 12             # lines: how far apart the subject and the time fields may be
# a colon, or a row of dots (a "Time ........ Monday" leader), after the label
_SEP = r"[ \t]*(?:[:\uff1a]|\.{3,}[ \t]*[:\uff1a]?)[ \t]*"
# a mail's header line: its subject is no gathering
_MAIL = re.compile(r"^[ \t]*(?:from|to|cc|bcc|sent)[ \t]*:", re.I | re.M)
# what may come before the day in the time field: a weekday, "on", a comma
_BEFORE_DAY = re.compile(r"(?:(?:on|from|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|"
                         r"Thu|Fri|Sat|Sun)\.?|[,;(])[ \t]*)*", re.I)


@lru_cache(maxsize=1)
def _other() -> re.Pattern:
    """Nouns of a gathering the class list does not name ("site visit", "oral defence",
    "hearing"): data/subject-gathering-nouns.txt."""
    alt = alternation("subject-gathering-nouns", lower=True)
    return re.compile(rf"\b(?:{alt})\b", re.I)


@lru_cache(maxsize=1)
def _fields() -> tuple[re.Pattern, re.Pattern]:
    subject = alternation("subject-field-labels", r"[ \t]+")
    time = alternation("section-time-labels", r"[ \t]+")
    line = r"^[ \t]{0,4}(?P<label>%s)" + _SEP + r"(?P<value>[^\n]*)$"
    return (re.compile(line % subject, re.I | re.M), re.compile(line % time, re.I | re.M))


def _gathering(value: str) -> str | None:
    """The event class of a subject's value that names a gathering, else None."""
    cls = event_class(value)
    if cls in GATHERINGS:       # (not a release or a milestone's deed)
        return cls
    return "Event" if cls is None and _other().search(value) else None


def _label(value: str) -> str:
    """The value less a closing parenthesis and what a gap of two spaces sets apart."""
    value = re.split(r"[ \t]{2,}|\t", value.strip())[0]
    value = re.sub(r"[ \t]*\([^()]*\)?$", "", value).strip(" \t.;,")
    return value[:1].upper() + value[1:]


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the event of each subject field described above; returns them."""
    text = draft.text
    head = text[:_HEAD]
    subject_rx, time_rx = _fields()
    subjects = list(subject_rx.finditer(head))
    if not subjects or _MAIL.search(head):
        return []
    times = [m for m in time_rx.finditer(head) if m.group("value").strip()]
    if not times:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    dates = [d for d in text_days(text, document_year(text, doc_date), doc_date)
             if d.start < _HEAD and d.kind == "date" and len(d.value) == 10]
    starts = [d.start for d in dates]
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    out = []
    for s in subjects:
        a = s.start("value")
        label = _label(s.group("value"))
        cls = _gathering(label)
        if cls is None or len(label.split()) < 2 or any(held[a:a + len(label)]):
            continue
        line = head.count("\n", 0, s.start())
        day = None
        for t in times:
            if abs(head.count("\n", 0, t.start()) - line) > _BLOCK or "\n\n" in (
                    head[s.end():t.start()] if t.start() > s.end() else head[t.end():s.start()]):
                continue        # (another block's time field)
            i = bisect.bisect_left(starts, t.start("value"))
            if i < len(dates) and dates[i].start < t.end("value") and _BEFORE_DAY.fullmatch(
                    text, t.start("value"), dates[i].start):
                day = (dates[i], t)
                break
        if day is None:
            continue
        d, t = day
        span = Span(a, a + len(label))
        ent = Entity(minter.mint("event", d.value, label), NFO[cls], label, False, RULE,
                     CONFIDENCE)
        ent.mentions.append(span)
        tspan = Span(t.start(), d.end)
        ent.add(NFO.startDate, date_literal(d.value), tspan, RULE)
        if d.until and len(d.until) == 10:
            ent.add(NFO.endDate, date_literal(d.until), tspan, RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((span.start, span.end, ent))
        held[span.start:span.end] = b"\x01" * (span.end - span.start)
        out.append(ent)
    return out
