"""The year of a wire story whose dateline has no year, read from the weekday its lead names:
"SHANGHAI, Nov. 9 (Xinhua) -- The exchange said on Monday ..." is a Monday, November 9, and the
latest such year not after today is 2026. A reader does the same; the year is then a reading of
the text, not a guess, and the draft says how it was read (the catalogue's note and the
command's warnings), so the reviewer can check it.

What is read: the dateline's month and day (:func:`kg.ingest.reading.dates.yearless_dateline`)
and every "on Monday" .. "on Sunday" of the lead sentence (not "last/next/this/every Monday",
not a weekday followed by a date of its own, not one in a clause about what is to come: "talks
will resume on Thursday"). A lead's weekday is the dateline's day or, for
what happened before it was reported, a day or a few before it ("were freed on Sunday morning,
the department said on Monday"). Only the day's latest occurrence not after today, and the one a
year before it, are tried (an article read today is, as a rule, recent; an older one is left for
the reviewer's --date): the latest fits when every weekday the lead names is the dateline's own
or falls up to three days before it (a story read now is, as a rule, recent: "NANNING, March 3
-- ... on Monday" read in December 2026 is March 3, 2026, a Tuesday, telling of the day before,
not March 3, 2025, a Monday); the year before it only when the lead also names the dateline's
own weekday (a stronger reading, needed to go back a year). The latest year
the body states of its present or past (:func:`kg.ingest.events.years.body_year`), or the year
after a year whose whole-year figure it reports ("produced 62% of the country's magnesium in
2025": written in 2026 or later, :func:`kg.ingest.events.years.earliest_year`) is the earliest
allowed: a story that reports "in 2021" as past was not written in 2020 (a year after today's
is a year ahead, whatever its sentence: no floor past today's year).
No weekday in the lead, or no year fits: None.

A text that states no year of its present or past (none at all, or only years ahead), under a
yearless dateline with no weekday in its lead (``recent_dateline``): the dateline names the day the story was filed, and a story read now is
as a rule recent, so the day's latest occurrence not after today is taken (a year the reader can
see and correct: the draft's note says so, as the command's warnings do). Without it every
month-and-day of such a text stayed undated."""
from __future__ import annotations

import datetime
import re

from kg.ingest.events.years import earliest_year
from kg.ingest.reading.dates import find_dates, yearless_dateline

_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_ON_WEEKDAY = re.compile(r"\b[Oo]n\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|"
                         r"Friday|Saturday|Sunday)(?:['\u2019]s)?\b(?!\s*,?\s*(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|December|"
                         r"Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|\d))")
# "last Monday", "next Friday", "every Tuesday": not the dateline's week as a lead tells it
_NOT_THIS_WEEK = re.compile(r"\b(?:last|next|this|coming|every|each|previous|following|past)\s+$",
                            re.I)
# a clause about a day to come: its weekday is after the dateline's day, not before it
_AHEAD = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|due|scheduled|expected|plans?|"
                    r"planned|set\s+to|slated|next|upcoming)\b", re.I)
# where the lead sentence ends: a full stop before a capital or a blank line
_LEAD_END = re.compile(r"[.!?](?=[\"'\u201d\u2019]?\s+[A-Z\"\u201c])|\n[ \t]*\n")
RECENT_YEARS = 2          # the day's latest occurrence not after today, and the one before
MAX_DAYS_BEFORE = 3


def lead_weekdays(text: str, after: int) -> list[int]:
    """The weekdays (0 = Monday) the lead sentence after ``after`` (the dateline's end) names."""
    m = _LEAD_END.search(text, after, after + 1500)
    end = m.start() if m else min(len(text), after + 1500)
    out = []
    for w in _ON_WEEKDAY.finditer(text, after, end):
        if _NOT_THIS_WEEK.search(text, max(0, w.start() - 12), w.start()):
            continue
        clause = max(text.rfind(c, after, w.start()) for c in ",;:") + 1 or after
        if _AHEAD.search(text, max(clause, w.start() - 80), w.start()):
            continue        # "talks will resume on Thursday": a day still to come
        out.append(_DAYS.index(w.group("day")))
    return out


def _fits(before: list[int], latest: bool) -> bool:
    """Every weekday the lead names is the dateline's own or a few days before it (a wire story
    filed on Tuesday tells what happened "on Monday"); a year before the latest one also needs
    the lead to name the dateline's own weekday."""
    return max(before) <= MAX_DAYS_BEFORE and (latest or 0 in before)


def dateline_day(text: str, today: datetime.date | None = None) -> tuple[str, str] | None:
    """(the dateline's day, how its year was read) for a yearless dateline whose lead names
    weekdays, else None."""
    m = yearless_dateline(text)
    if m is None:
        return None
    days = lead_weekdays(text, m.end())
    if not days:
        return None
    got = [d for d in find_dates(m.group(0), "2000") if d.kind == "date"]
    if not got:
        return None
    month, day = int(got[-1].value[5:7]), int(got[-1].value[8:10])
    today = today or datetime.date.today()
    not_before = earliest_year(text)
    low = int(not_before[:4]) if not_before and not_before[:4].isdigit() else 0
    low = min(low, today.year)      # ("12 key projects for 2027" read in 2026: a year ahead)
    recent = []         # the day's latest occurrences not after today (nor before ``low``)
    for year in range(today.year + 1, max(low, today.year - 8) - 1, -1):
        try:
            when = datetime.date(year, month, day)
        except ValueError:
            continue        # February 29 of a year that has none
        if when <= today + datetime.timedelta(days=2):
            recent.append(when)
        if len(recent) == RECENT_YEARS:
            break
    when = next((w for k, w in enumerate(recent)
                 if _fits([(w.weekday() - d) % 7 for d in days], k == 0)), None)
    if when is None:
        return None
    named = ", ".join(dict.fromkeys(f'"on {_DAYS[d]}"' for d in days))
    return when.isoformat(), (f"the dateline's year is read from the lead's weekday ({named}): "
                       f"{when.isoformat()} is a {_DAYS[when.weekday()]}; check it")


def recent_dateline(text: str, today: datetime.date | None = None) -> tuple[str, str] | None:
    """(the day, how it was read) for a yearless dateline of a text that states no year (or
    only one that "since" bounds: "six deals since 2024"): the day's latest occurrence not
    after today, nor before that bound; else None."""
    m = yearless_dateline(text)
    if m is None or lead_weekdays(text, m.end()):
        return None     # (a lead that names weekdays is dateline_day's: none fit, none read)
    got = [d for d in find_dates(m.group(0), "2000") if d.kind == "date"]
    if not got:
        return None
    month, day = int(got[-1].value[5:7]), int(got[-1].value[8:10])
    today = today or datetime.date.today()
    floor = earliest_year(text)     # (a year "since" states: the text is not older)
    low = int(floor) if floor and floor.isdigit() and int(floor) <= today.year else 0
    for year in range(today.year + 1, max(low - 1, today.year - 4), -1):
        try:
            when = datetime.date(year, month, day)
        except ValueError:
            continue        # February 29 of a year that has none
        if when <= today + datetime.timedelta(days=2):
            return when.isoformat(), (f"the text states no year: the dateline's day is read as "
                                      f"its latest occurrence up to the day of reading, "
                                      f"{when.isoformat()}; check it")
    return None
