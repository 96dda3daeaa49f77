"""The year a sentence sets for its month-and-day dates printed without one.

A month or day without a year takes the document's year (:mod:`kg.ingest.reading.dates`). A
sentence may set another year first, and then its later months are that year's:

* the sentence opens with the year: "Last year the group spent ..., including a system rolled
  out in November" (the year before the document's), "In 2021, sales ran from July to
  September";
* the year is followed by a clause of when: "... were last held in the summer of 2021, when
  three batches were sold between July and September".

A year the sentence names elsewhere ("the mine, opened in 2019, was shut in May") sets nothing:
May is the document's. A section under a heading that names a past year ("Looking back at
2025") is that year's, but for a sentence that sets its own year or a clause about what is to
come ("will open in May"); a heading or a list's lead that names the year after the document's
("The committee agreed three tasks for 2027:") is that year's for the list or paragraph right
under it, but for a clause told in the past ("was shut in May"). A day among the days of a range printed before with another year
("16-19 July 2027" ... "sessions on 17 and 18 July") is that year's (a range of at most 45
days: a year-long term, "delivery 1 January to 31 December 2027", is no event's days). So is a
day printed after a date of another year in its own sentence when it falls within 45 days of
that date in that year ("The exam is on Saturday, 9 January 2027; bring the card issued from 5
January", in a text of December 2026: 5 January 2027, not eleven months back). Each date is read against the dates before it in its sentence only, so
the pass is linear in the text's length (one pass over its sentence ends; a sentence is read
back at most ``_BACK`` characters)."""
from __future__ import annotations

import datetime
import re
from kg.ingest.records import replace

from kg.ingest.reading.date_mention import DateMention

_BACK = 300     # how far back (characters) a sentence's start is looked for
# a sentence's end before a date: a full stop, question or exclamation mark and a space, a
# semicolon, a blank line
# (not a stop a lower-case word follows: a legal form's or a title's, "Last year, X Co., Ltd.
# held its meeting in March")
_END = re.compile(r"[.!?][\"'\u201d\u2019)]*\s(?![ \t]*[a-z])|;[\"'\u201d\u2019)]*\s|\n[ \t]*\n")
# what may come before a year that opens its sentence: "In", "During", "Throughout", "Back in",
# "In the summer of", "At the end of", "In the first months of"
_OPENING = re.compile(r"[\s\"'\u201c\u2018(]*(?:(?:[Bb]ack\s+)?(?:[Ii]n|[Dd]uring|[Tt]hroughout|[Aa]t|"
                      r"[Oo]ver)(?:\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?of)?\s+)?")
# a year followed by a clause of when: "in the summer of 2021, when"
_WHEN = re.compile(r"\s*,?\s*when\b")
_PRINTED_YEAR = re.compile(r"(?:19|20)\d\d|['\u2019]\d\d\b|\byear\b", re.I)
# what a date that takes the sentence's year prints: a month's name (not "this month", "the
# next day", "on the 14th": read from the dates before them)
_MONTH_NAME = re.compile(r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|JAN|FEB|MAR|APR|MAY|JUN|"
                         r"JUL|AUG|SEP|OCT|NOV|DEC)[a-zA-Z]*\b(?<!\bmonth)")


# the longest range of days an event's days are read within ("16-19 July 2027" ... "on 17
# July"): a term ("delivery 1 January to 31 December 2027") sets no year for the days after it
# ("objections until 28 December", in a text of December 2026, are that December's)
_EVENT_DAYS = 45


def _days(a: str, b: str) -> int:
    try:
        return (datetime.date.fromisoformat(b) - datetime.date.fromisoformat(a)).days
    except ValueError:
        return _EVENT_DAYS + 1


def _close_year(d: DateMention, whole: DateMention, doc_year: str) -> str | None:
    """The year of ``whole`` (a day or range of days printed with its year, before ``d`` in
    its sentence) when it is not the document's and ``d``'s month and day read in it fall
    within ``_EVENT_DAYS`` of its days; else None."""
    year = whole.value[:4]
    if year == doc_year or (whole.until and whole.until[:4] != year) or len(d.value) != 10:
        return None
    day = year + d.value[4:]
    first, last = whole.value, whole.until if whole.until and len(whole.until) == 10 else whole.value
    gap = _days(last, day) if day > last else _days(day, first) if day < first else 0
    return year if gap <= _EVENT_DAYS else None


class _SentenceStarts:
    """Where the sentence of each of a run of increasing offsets starts (at most ``_BACK``
    characters before it): one pass over the text's sentence ends."""

    def __init__(self, text: str):
        self._ends = _END.finditer(text)
        self._next = next(self._ends, None)
        self._last = 0

    def before(self, at: int) -> int:
        while self._next is not None and self._next.end() <= at:
            self._last = self._next.end()
            self._next = next(self._ends, None)
        return max(self._last, at - _BACK)


# a heading between blank lines, past the text's first line: "Looking back at 2025", "2025 in
# review" (at most 60 characters, no closing stop: a one-line paragraph is no heading)
_HEADING = re.compile(r"\n[ \t]*\n[ \t]*(?P<h>[A-Z0-9][^\n]{0,59}?)[ \t]*(?=\n[ \t]*\n)")
_HEADING_YEAR = re.compile(r"(?<![\d/\-.])(?:19|20)\d\d(?![\d/\-])")
# a clause about what is to come: a heading's past year is not its months'
# (nor a year ahead those of a clause told in the past: "the plant was shut in May")
_PAST = re.compile(r"\b(?:was|were|had|did|last|ago)\b", re.I)
# a heading or a lead that ends with the year it names ("Tasks for 2027:", "Plans for 2027")
_ENDS_YEAR = re.compile(r"(?:19|20)\d\d[ \t]*:?[ \t]*$")
_BLANK = re.compile(r"[ \t]*\n[ \t]*\n\s*")
_AHEAD = re.compile(r"\b(?:will|shall|plans?|planned|expected|scheduled|due|next)\b", re.I)


class _Sections:
    """The year of the section each of a run of increasing offsets is in: the one past year
    its heading names ("Looking back at 2025"), else None; one pass over the text's headings.
    A heading or a list's lead that names the year after the document's ("Tasks for 2027:",
    "Plans for 2027") is that year's for the block that follows it only (its list or
    paragraph, to the next blank line): ``ahead`` is then True."""

    def __init__(self, text: str, doc_year: str):
        self._heads = _HEADING.finditer(text)
        self._next = next(self._heads, None)
        self._year: str | None = None
        self._until = len(text)     # where an ahead section's block ends
        self.ahead = False
        self._text, self._doc_year = text, doc_year

    def year(self, at: int) -> str | None:
        while self._next is not None and self._next.end() <= at:
            h = self._next.group("h")
            years = _HEADING_YEAR.findall(h)
            short = len(years) == 1 and len(h.split()) <= 8 and not _MONTH_NAME.search(h)
            self._year = years[0] if (short and years[0] < self._doc_year
                                      and not h.rstrip()[-1:] in ".;:,!?") else None
            self.ahead = False
            if self._year is None and short and self._doc_year.isdigit() \
                    and years[0] == str(int(self._doc_year) + 1) \
                    and _ENDS_YEAR.search(h):
                # ("The committee agreed three tasks for 2027:" over its list; not a name that
                # holds the year, "Report on the 2027 Strategic Supplier Conference")
                self._year, self.ahead = years[0], True
                block = _BLANK.search(self._text, _BLANK.match(self._text,
                                                               self._next.end()).end())
                self._until = block.start() if block is not None else len(self._text)
            self._next = next(self._heads, None)
        if self.ahead and at > self._until:
            return None
        return self._year


def set_years(text: str, dates: list[DateMention], doc_year: str | None) -> None:
    """Give each month-and-day of ``dates`` (in text order) printed without a year the year
    its sentence sets before it, else the past year its section's heading names, unless its
    clause is about what is to come (see the module's doc), in place."""
    if doc_year is None:
        return
    # (its sentence's start, the year it sets; "": none, the document's)
    anchor: tuple[int, str] | None = None
    starts, sections = _SentenceStarts(text), _Sections(text, doc_year)
    ranges: list[DateMention] = []      # the last ranges of days printed with another year
    near: tuple[int, DateMention] | None = None     # the sentence's last day printed whole
    for i, d in enumerate(dates):
        ss = starts.before(d.start)
        if anchor is not None and anchor[0] != ss:
            anchor = None
        if near is not None and near[0] != ss:
            near = None
        printed = _PRINTED_YEAR.search(text, d.start, d.end) is not None
        if printed and d.kind == "date" and len(d.value) == 10:
            near = (ss, d)
        if printed and d.kind == "date" and d.until and d.value[:4] == d.until[:4] != doc_year \
                and _days(d.value, d.until) <= _EVENT_DAYS:
            ranges = (ranges + [d])[-4:]
        if d.kind in ("gYear", "gYearMonth", "date") and printed and not d.until:
            # a year, or a month or day of a printed year ("In March 2025 ... on June 4")
            if _OPENING.fullmatch(text, ss, d.start) or _WHEN.match(text, d.end):
                anchor = (ss, d.value[:4])
            else:
                anchor = None       # ("the mine, opened in 2019, was shut in May")
            continue
        if printed or d.kind not in ("date", "gYearMonth") or not d.value.startswith(doc_year) \
                or not _MONTH_NAME.search(text, d.start, d.end):
            anchor = (ss, "")   # ("Last year ..., and this month": the document's month)
            continue
        close = _close_year(d, near[1], doc_year) if near is not None else None
        if close is not None:
            year = close    # ("9 January 2027 ... from 5 January": that January)
        elif anchor is not None:
            year = anchor[1]
        else:
            year = sections.year(d.start)
            if year is None:
                # a day among the days of a range printed before with its year ("16-19 July
                # 2027" ... "Registration on 16 July; sessions on 17 and 18 July"): its year
                year = next((r.value[:4] for r in reversed(ranges)
                             if r.value[5:] <= d.value[5:] <= r.until[5:]
                             and (d.until is None or d.until[5:] <= r.until[5:])), None)
            if year is not None and not sections.ahead and _AHEAD.search(text, ss, d.start):
                year = None     # ("Looking back at 2025 ... will open in May": this May)
            if year is not None and sections.ahead and _PAST.search(text, ss, d.start):
                year = None     # ("Tasks for 2027: ... the plant was shut in May": this May)
        if not year or year == doc_year:
            continue
        until = d.until
        if until is not None:
            if not until.startswith(doc_year):
                continue    # (a range into the next year: its years are printed or read)
            until = year + until[4:]
        # (a day of a printed range's year is sure of it: no later guess moves it)
        fixed = anchor is None and any(r.value[:4] == year for r in ranges)
        dates[i] = replace(d, value=year + d.value[4:], until=until,
                           weekday_year=d.weekday_year or fixed)
