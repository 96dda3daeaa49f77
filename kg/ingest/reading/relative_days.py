"""Days a text gives relative to another date (read by :func:`kg.ingest.reading.dates.find_dates`
with ``extended=True``): "on the 14th" (the month of the story, not of a day set ahead; the
month before the text's when its day is still to come in the text's month and nothing sets it
ahead; the month after when its day is gone by in the text's month and its clause sets it
ahead, "will visit on the 4th" or a timetable's "begins on the 8th", round 57), "the
same day", "the day before", "the next day", "on its second day" / "on the closing day" of a
range, "this month" / "last month" (from the document's date), "that year" (the year of the
date named before it)."""
from __future__ import annotations

import calendar
import datetime
import re

from kg.ingest.reading.date_mention import DateMention

# a date the text sets ahead ("will take effect on February 1, 2027", "due by", "valid until"):
# not the month a later "on the 14th" is read in
_AHEAD_LEAD = re.compile(r"\b(?:implement\w*|effect|force|effective|valid|expir\w*|until|till|through|"
                         r"by|before|deadline|due|will|shall|to\s+be|scheduled|expected|next)\b"
                         r"[^.;\n\d]{0,30}$", re.I)
# a clause about what is to come before a day, however far its verb is from it ("said on
# Monday it will start trading cobalt futures for members on Dec. 15"): a day still ahead
_AHEAD_CLAUSE = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|intends?\s+to|"
                           r"(?:is|are)\s+(?:expected|due|scheduled|set|slated)\s+to)\b"
                           r"[^,;:.!?]*$", re.I)


# a timetable's present tense right before a day of the month: "the first class begins on the
# 28th", "trial firing starts on the 8th", "the office is closed on the 3rd" (a step to come;
# set_ahead's wider look is not used for it: "a briefing held by MIIT on the 28th", "opened
# the day before and closed on the 5th" are no steps to come)
_SCHEDULED = re.compile(r"\b(?:begins|starts|opens|closes|ends|resumes|restarts|commences|"
                        r"(?:is|are)[ \t\n]+(?:held|closed|open))[ \t\n]+(?:again[ \t\n]+)?on[ \t\n]+"
                        r"the[ \t\n]+$", re.I)


def _scheduled(text: str, d: DateMention) -> bool:
    """The day "the Nth" at ``d`` is a step a timetable sets in the present tense."""
    return _SCHEDULED.search(text, max(0, d.start - 40), d.start) is not None


def ahead_in_clause(text: str, start: int, lo: int) -> bool:
    """The day at ``start`` is in a clause about what is to come (read back to ``lo``, at most
    200 characters, and no further than a comma or a sentence's end)."""
    return _AHEAD_CLAUSE.search(text, max(lo, start - 200), start) is not None


# "on the 9th of this month", "the 28th of last month": the month the phrase names itself
_OF_MONTH = re.compile(r"\s+of\s+(?P<rel>this|last|next|the\s+previous)\s+month\b", re.I)


# what follows the date of a dateline or a date line: "(Reporter X)", "--", a time, a bar
_FILED_TAIL = re.compile(r"[,\s]*(?:\([^()\n]{0,80}\)\s*)?(?:--|\u2014|\u2013|-(?=[ \t])|\d{1,2}:\d\d|\||$)",
                         re.M)


def _filed_on(text: str, d: DateMention) -> bool:
    """``d`` is the day a text was filed: a date line's or a dateline's date, in the first
    lines ("2027-05-12 08:45  Source: X", "Tongling, May 12 --")."""
    return d.start < 400 and bool(_FILED_TAIL.match(text, d.end))


def set_ahead(text: str, d: DateMention) -> bool:
    """``d`` is a date the text sets ahead of its story: in force or effective from, due, valid
    until, a deadline ("by", "before"), what will be ("will take effect on February 1")."""
    return bool(_AHEAD_LEAD.search(text, max(0, d.start - 60), d.start))


def resolve_days(text: str, out: list[DateMention], doc_date: str | None = None) -> None:
    """"on the 22nd": the month and year of the nearest dated mention before it that names a
    month and is not set ahead (within the paragraph; a quarter or half-year names none), else
    the document's month (when its date has one), else dropped. "the same day", "the day
    before", "the next day": from the day named last before it (within 3,000 characters; the
    first day of a range named since, for a day before or after), else dropped; "on its second day" / "on the closing day": that day of the range (or the day)
    named last before it; "this month" / "last month": from the document's month, "the same
    month" the month named before."""
    keep = []
    prev = day_before = span_before = named_day = None     # (named_day: the last day printed)
    passed = None       # a later month named since ``prev`` (set ahead: "before the deadline of 30 June")
    own_end = -1        # where "the 9th of this month" ends (its "this month" is no date of its own)
    for d in out:
        if d.start < own_end:
            continue
        if d.kind == "thatyear":
            # "by the end of that year": the year of the date named last before it, close by
            if keep and d.start - keep[-1].end < 600 and "\n\n" not in text[keep[-1].end:d.start]:
                keep.append(DateMention(d.start, d.end, keep[-1].value[:4], "gYear"))
            continue
        if d.kind in ("same", "shift"):
            # "On the same day", "the day before": from the day named last before it, not far
            # back (a year or a quarter named since, "construction will begin in 2027", is no day)
            base = day_before
            if d.kind == "shift" and span_before is not None and span_before.until and (
                    base is None or span_before.end > base.end):
                base = span_before      # "From 18 to 20 November ... The next day": the 19th
            if d.kind == "same" and base is not None and base is not named_day \
                    and named_day is not None and "\n\n" in text[base.end:d.start]:
                # "On 27 November, X was held. The day before, Y met. [new paragraph] ... that
                # afternoon": a day counted from another stays in its paragraph; the story's
                # day is the one printed last
                base = named_day
            if base is not None and d.start - base.end < 3000:
                day = base.value
                if d.kind == "shift":
                    day = (datetime.date.fromisoformat(day)
                           + datetime.timedelta(days=int(d.value))).isoformat()
                keep.append(DateMention(d.start, d.end, day, "date"))
                if d.kind == "shift":
                    day_before = keep[-1]
            continue
        if d.kind == "nthday":
            # "on its second day": the range named last before it (its first day, its last)
            if span_before is not None and d.start - span_before.end < 3000:
                got = _day_of(span_before, d.value)
                if got is not None:
                    keep.append(DateMention(d.start, d.end, got, "date"))
            continue
        if d.kind == "relmon":
            month = (prev.value[:7] if d.value == "same" and prev is not None and len(prev.value) >= 7
                     else _shift_month(doc_date, d.value) if d.value != "same" else None)
            if month is not None:
                keep.append(DateMention(d.start, d.end, month, "gYearMonth"))
            continue
        if d.kind == "nth":
            day = int(d.value)
            own = _OF_MONTH.match(text, d.end)
            if own is not None:
                month = _shift_month(doc_date, own.group("rel").split()[-1].lower())
                if month is None:
                    continue
                own_end, d = own.end(), DateMention(d.start, own.end(), d.value, d.kind, d.until)
            elif prev is not None and "\n\n" not in text[prev.end:d.start] \
                    and d.start - prev.end < 1500 and len(prev.value) >= 7 \
                    and not _passed(prev, passed, doc_date):
                month = prev.value[:7]
            elif doc_date is not None and len(doc_date) >= 7:
                month = doc_date[:7]
            else:
                continue
            if doc_date is not None and len(doc_date) == 10 and month == doc_date[:7] \
                    and day != int(doc_date[8:]):
                ahead = ahead_in_clause(text, d.start, text.rfind("\n\n", 0, d.start) + 1)
                if day > int(doc_date[8:]) and not ahead and not set_ahead(text, d) \
                        and not _scheduled(text, d):
                    # "handed down the judgment on the 30th" in a text dated July 3: a day of the
                    # story not yet come in the text's month is one of the month before
                    month = _shift_month(doc_date, "last")
                    if day > _month_days(month):
                        # "on the 31st" in a text of May 5: April has none, the last 31st was
                        # March's
                        month = _shift_month(month + "-01", "last")
                elif day < int(doc_date[8:]) and (ahead or _scheduled(text, d)):
                    # "will visit the smelter on the 4th", "the first class begins on the 8th",
                    # in a text of 29 October: a day to come gone by in the text's month is
                    # one of the month after (not the 4 October of the next year)
                    month = _shift_month(doc_date, "next")
                    if day > _month_days(month):
                        continue
            until = f"{month}-{int(d.until):02d}" if d.until else None
            if 1 <= day <= 31 and (until is None or day < int(d.until) <= 31):
                keep.append(DateMention(d.start, d.end, f"{month}-{day:02d}", "date", until))
                span_before = keep[-1]
                if until is None:
                    day_before = keep[-1]
            continue
        keep.append(d)
        if prev is not None and len(d.value) >= 7 and (passed is None or d.value[:7] > passed):
            passed = d.value[:7]    # (the latest month named since the story's month)
        if d.until and d.until[:7] != d.value[:7]:
            prev = None     # a span across months ("the first half of 2026", "April to July",
            # "10 March to 30 June") names no month, and a month named before it is past
        elif not set_ahead(text, d):
            prev, passed = d, None    # (a day
            # set ahead, "will be implemented from February 1, 2027", is not the story's month)
        if len(d.value) == 10:
            if d.until or not (set_ahead(text, d) or _filed_on(text, d)):
                span_before = d     # (a range too: "on its second day" counts from its first;
                # not a day set ahead, "will run until May 13", nor the day the news was
                # filed: no event's first day)
            if not d.until and not set_ahead(text, d):
                day_before = named_day = d  # ("the same day" after "takes effect on August 1": not it)
    out[:] = keep


def _passed(prev: DateMention, passed: str | None, doc_date: str | None) -> bool:
    """The story has moved past ``prev``'s month: a later month was named since ("began on 15
    May ... before the deadline of 30 June ... met on the 18th"), and the document's month is
    not before it: "the 18th" is then of the document's month, not of May."""
    return passed is not None and passed > prev.value[:7] and doc_date is not None \
        and len(doc_date) >= 7 and doc_date[:7] >= passed


_NTH_DAY = {"first": 0, "opening": 0, "second": 1, "third": 2, "fourth": 3}


def _day_of(d: DateMention, which: str) -> str | None:
    """The day ``which`` ("first", "second", "closing" ...) of the range or day ``d``."""
    if which in ("last", "closing", "final"):
        return d.until if d.until and len(d.until) == 10 else None
    day = datetime.date.fromisoformat(d.value) + datetime.timedelta(days=_NTH_DAY[which])
    if d.until and len(d.until) == 10 and day.isoformat() > d.until:
        return None
    if not d.until and _NTH_DAY[which]:
        return None     # (a one-day mention has no second day)
    return day.isoformat()


def _month_days(month: str) -> int:
    """How many days the month "YYYY-MM" has."""
    return calendar.monthrange(int(month[:4]), int(month[5:7]))[1]


def _shift_month(doc_date: str | None, rel: str) -> str | None:
    """"this month" / "last month" / "next month" of a document dated ``doc_date``."""
    if doc_date is None or len(doc_date) < 7:
        return None
    y, m = int(doc_date[:4]), int(doc_date[5:7])
    m += {"last": -1, "previous": -1, "next": 1}.get(rel, 0)
    y, m = (y - 1, 12) if m == 0 else (y + 1, 1) if m == 13 else (y, m)
    return f"{y:04d}-{m:02d}"
