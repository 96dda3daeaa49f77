"""The day of the gathering a notice holds, from its numbered "Time and place" section::

    Announcement on Holding a Public Hearing on the Water Tariff
    ...
    1. Time and place
       9:30 a.m., Thursday, 17 December 2026, Hall 2 of the Riverside Hotel

    I. Time and venue
       Time:  Tuesday, 22 December 2026, 9:00-11:30
       Venue: ...

A notice's section whose numbered heading is a time label alone (``data/section-time-labels.txt``:
"Time and place", "Date and venue", "Time"), its value after a colon on the heading's line or on
the lines under it (unlabelled, or labelled with such a label: "Time:"), gives the day of the
gathering the notice's title holds (what a notice titled "on Holding the X" is about:
:mod:`kg.ingest.relations.title_events`; each of them when the notice is about the title's
"Price Hearing on X" and the lead's "public hearing on X", one gathering named twice): its
start (and end, for a range of days). A line under another label ("Registration:",
"Check-in:", "Deadline:") is a step's day, not the gathering's. The held event's date is set
when it has none, or only a coarser one the day refines (the year its name prints: "the 2026
Forum"); a day another rule read for it stays. Rule
``date:time-section``. Reads each section heading once: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.weekday_dates import text_days
from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.title_events import held_head
from kg.ingest.terms import NFO

RULE = "date:time-section"
_TITLE_MAX = 400        # characters: a longer first mention is no title
# a numbered heading ("1. Time and place", "II. Time and Venue", "(3) Date:  ..."), with what its
# line holds after a colon
_HEADING = re.compile(r"^[ \t]*(?:[IVX]{1,5}|\d{1,2}|\(\d{1,2}\))[.)]?[ \t]+"
                      r"(?P<head>[A-Za-z][A-Za-z ]{1,30}?)[ \t]*(?:[:\uff1a](?P<rest>[^\n]*))?$",
                      re.M)
# a field's label opening a line under the heading ("Time:", "Venue:", "Registration:")
_LABEL = re.compile(r"[ \t]*(?P<label>[A-Za-z][A-Za-z ]{0,30}?)[ \t]*[:\uff1a]")
# what may come before the day on its line: a time of day, a weekday, "from", "on"
_BEFORE_DAY = re.compile(r"[ \t]*(?:(?:from|on|at|about|around|[0-2]?\d[:.][0-5]\d(?:[ \t]*[-\u2013]"
                         r"[ \t]*[0-2]?\d[:.][0-5]\d)?|[ap]\.?m\.?|noon|(?:Mon|Tues|Wednes|Thurs|"
                         r"Fri|Satur|Sun)day|[,;(])[ \t]*)*", re.I)
_BODY_LINES = 6
_STARTS = (NFO.startDate, NFO.plannedDate)


def _time_label(label: str) -> bool:
    return " ".join(label.lower().split()) in words("section-time-labels")


def _held_events(draft) -> list:
    """The events the draft's notices hold: what a notice whose title says it holds a
    gathering is about (:func:`kg.ingest.relations.title_events.holds`). Several such events
    are one gathering named twice (the title's "Price Hearing on X" and the lead's "public
    hearing on the proposed X") when the name of each, up to its first "on", "of" or "for",
    ends with the gathering noun the title holds: all of them are returned then, else none."""
    out, heads = [], set()
    for doc in draft.entities.values():
        if doc.known or not doc.mentions or kind(doc) != "policy":
            continue
        m = doc.mentions[0]
        if m.end - m.start > _TITLE_MAX:
            continue
        head = held_head(draft.text[m.start:m.end])
        if head is None:
            continue
        heads.add(head)
        for st in doc.statements:
            ev = draft.entities.get(st[1]) if st[0] == NFO.about else None
            if ev is not None and not ev.known and kind(ev) == "event" and ev not in out:
                out.append(ev)
    if len(out) > 1 and not (len(heads) == 1 and all(_named_head(ev.label) == next(iter(heads))
                                                      for ev in out)):
        return []
    return out


# where the head phrase of an event's name ends: "Public hearing| on the proposed ..."
_PHRASE_END = re.compile(r"\s(?:on|of|for|in|at|to|with|by)\s|[,:;(]", re.I)


def _named_head(label: str) -> str:
    """The last word of an event's name before its first "on", "of", "for" ... (lower case)."""
    end = _PHRASE_END.search(label)
    words = label[:end.start() if end else len(label)].lower().split()
    return words[-1] if words else ""


def _day_on(text: str, a: int, b: int, dates, starts):
    """The day (a date of a day, or a range of days) the stretch ``a``..``b`` of one line
    opens with, past a time of day or a weekday; None when its first words are others."""
    i = bisect.bisect_left(starts, a)
    if i >= len(dates) or dates[i].start >= b or dates[i].kind != "date":
        return None
    d = dates[i]
    return d if _BEFORE_DAY.fullmatch(text, a, d.start) else None


def _section_day(text: str, m, dates, starts):
    """The day the time section at heading ``m`` gives, or None."""
    if m.group("rest") is not None and m.group("rest").strip():
        return _day_on(text, m.start("rest"), m.end("rest"), dates, starts)
    pos = m.end() + 1
    for _ in range(_BODY_LINES):
        if pos >= len(text):
            return None
        le = text.find("\n", pos)
        le = len(text) if le == -1 else le
        line = text[pos:le]
        if _HEADING.fullmatch(line):
            return None             # (the next section)
        if line.strip():
            if not line[:1].isspace() and not _LABEL.match(line):
                return None         # (the body's running text again)
            lab = _LABEL.match(text, pos, le)
            if lab is None:
                return _day_on(text, pos, le, dates, starts)
            if _time_label(lab.group("label")):
                return _day_on(text, lab.end(), le, dates, starts)
        pos = le + 1
    return None


# a day a rule read for the event from a date that governs its sentence's entry ("On 3 June the
# Ministry opened an investigation ... The Bureau will hold a public hearing as follows."): a
# guess the notice's own time section replaces
_GUESSED = ("date:governing-entry",)


def _coarser(ent, value: str) -> bool:
    """The event has no start of its own, or only a coarser one ``value`` refines (or one
    guessed from a governing date: ``_GUESSED``)."""
    got = [str(st[1]) for st in ent.statements
           if st[0] in _STARTS and not str(st[3]).startswith(_GUESSED)]
    return all(len(v) < len(value) and value.startswith(v) for v in got)


def time_section_days(draft, doc_year: str | None) -> int:
    """Date each held gathering by its notice's time section; returns how many were dated."""
    text = draft.text
    held = _held_events(draft)
    if not held:
        return 0
    doc_date = str(draft.date) if draft.date is not None else None
    dates = None
    for m in _HEADING.finditer(text):
        if not _time_label(m.group("head")):
            continue
        if dates is None:
            dates = sorted(text_days(text, doc_year, doc_date if doc_date and len(doc_date) == 10
                                     else None), key=lambda d: d.start)
            starts = [d.start for d in dates]
        d = _section_day(text, m, dates, starts)
        if d is None:
            continue
        dated = 0
        for ev in held:
            if not _coarser(ev, d.value):
                continue
            ev.statements[:] = [st for st in ev.statements
                                if st[0] not in (*_STARTS, NFO.endDate)]
            span = Span(m.start("head"), d.end)
            ev.add(NFO.startDate, date_literal(d.value), span, RULE)
            if d.until:
                ev.add(NFO.endDate, date_literal(d.until), span, RULE)
            dated += 1
        return dated
    return 0
