"""The steps of a schedule set out as labelled lines, each an event dated by its value::

    1. Online registration: from 9:00 on Monday, 21 September to 17:00 on Friday,
       25 September, at the X website.
    3. Interview: in the second half of November, at the institute in Kaili.
    Received date: 2026-04-13; Accepted date: 2026-08-27
    Received         30 November 2026
    Test period      1 to 4 December 2026

A recruitment's timetable, a paper's history, a test report's block of dates, a project's key
dates (a list item's label may be in lower case: "- registration of the change of shareholder:
before 31 March 2027"): the curators make an event of each (a milestone when its label says what was done,
"Received", "Accepted"). The line (or a part of it after a semicolon) opens with its label, one
to six words with no figure, set off by a colon, or by two spaces or more when the value is the
date alone; the value opens with the date, after at most a few words of time ("from", "on",
"provisionally on", "in", a time of day, a weekday, a part of the month: "late March 2027",
"mid-May", a feast the day is named by: "before National Day, 1 October 2027"), or after one
name the draft holds (a place, site or organisation) and a comma ("Interviews   in Baoji, first week of January 2027",
"Campus talks   X University, 18 November, 14:30": a part of the month before the day, a time of
day after it). A day joined to another by "to" (times and
weekdays between) makes a range: ``nfo:startDate`` and ``nfo:endDate``
(:mod:`kg.ingest.relations.stated_mood` makes the first a planned date when still to come).

A pipe table's row of two cells, the step and its time ("| Expert review and site visits |
April 2027 |", "| Abstract submission (300 words) | **15 March 2027** |"), is such a line when
the day is all of its cell and at least half of the table's rows under its header (two or more)
end with a day: a schedule, not a record's fields ("| Value date | 2026-12-17 |" among a code and
a rate); a parenthesis closing the step is no part of its label.

A value goes on as a clause when a verb follows the date before its sentence ends (a full
stop, a semicolon or a blank line); a date set off by a gap that closes its line, or a value
whose next line is another field of its block ("  Validity   : valid from ..."), ends with its
line ("Concept approved      14.05.2026" over "Board
consideration (planned)      18.02.2027": the next row's "planned" is no verb of it).

Not read: a label that says when a step is not ("Not before: 1 May 2026"), a label naming the
text itself ("Date of this announcement:"), a step called off
after its day ("Registration: 9 March 2026 (withdrawn)": :mod:`kg.ingest.reading.called_off`), a value that goes on
as a clause ("Editor's note: On 26 September the ministry issued
..."), a label holding a name (a running head, "Sponsored by X Society   November 2026"),
the document's own furniture and the period a report covers ("Published:", "Date:",
"Release date:", "Reporting period:", "Valid until:": ``data/schedule-not-steps.txt``), a year
alone, and a line an event proposed before already holds. The event's evidence runs from the
label to its last day; its label is the line's label (less a closing "date"), its class read
from it as for a clause event; the names of its line (or part) are its participants and place.
Round 51: a value ends at its semicolon ("Interview: in the second half of January; list
announced on the website"); a dated sentence with no full stop that runs on from its line over
the schedule's lines holds its first line only ("Registration: online only, from 7 December to
21 December 2026" over "Qualification review: 22-24 December 2026"); a step printed without its
year that falls before the step just above it (within 400 characters) is the next year's: a
schedule goes forward. The steps are stages of the process the text names first
(:mod:`kg.ingest.relations.schedule_wholes`).
Linear: one look at each date's line."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.dated import event_class
from kg.ingest.events.milestones import milestone_class
from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.events.whole_fields import (absorb_title_parts, aside_part, section_event,
                                           section_label, title_event, whole_label)
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import labelled_kinds, words
from kg.ingest.model import Entity, Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.reading.occurrences import line_end, line_start, occurrences
from kg.ingest.reading.weekday_years import WEEKDAY
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:schedule-line", 0.45
_WD = rf"{WEEKDAY}\.?,?"
_TIME = r"[0-2]?\d:[0-5]\d(?:[ \t]*(?:hrs?|h))?"
# the words of time before the value's date
_LEAD = (rf"(?i:(?:from|on|in|by|before|until|till|provisionally|tentatively|expected|"
         rf"scheduled|planned|around|about|approximately|starting|during|within|the|at|"
         rf"{_WD}|{_TIME},?)[ \t]+){{0,6}}"
         # (a feast the day is named by, before it: "before National Day, 1 October 2027")
         rf"(?:(?:[A-Z][\w'\u2019-]*[ \t]+){{1,3}}(?:Day|Festival|Holiday),[ \t]+)?"
         # (a part of the month: "late March 2027", "mid-April")
         rf"(?i:(?:early|mid|late)[- \t])?")
# a part of a month or year before it: "first week of January 2027", "the second half of"
_PART = (r"(?i:(?:the[ \t]+)?(?:first|second|third|fourth|last|early|late|mid|middle)"
         r"(?:[ \t]+(?:week|half|part|ten[ \t]+days|quarter))?)")
# after the day, a time of day ("18 November, 14:30") and closing punctuation
_AFTER = re.compile(rf"[ \t]*,?[ \t]*(?:{_TIME}(?:[ \t]*[-\u2013][ \t]*{_TIME})?)?[ \t.;,()]*")
# a list marker, the label, its colon (or a gap when the date is all the value)
# (a bare item number before a label a row of dots follows: "10 Site visit ...... 26 November")
_LABEL = (r"[ \t]*(?:(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*\u2022\u00b7])[ \t]+|\d{1,2}[ \t]+(?=[A-Z][^\n]{0,60}?\.{3}))?"
          r"(?P<label>[A-Z][A-Za-z'\u2019/&-]*(?:[ \t]+[A-Za-z'\u2019/&()-]+){0,5}?)"
          # (or a row of dots, as a timetable prints them: "Registration ...... 7 to 11 May")
          # (a parenthesis before the dots is no word of the label: "Abstract (300 words) ....")
          rf"(?:(?P<colon>[ \t]*[:\uff1a][ \t]*)|(?:[ \t]+\([^()\n]{{1,30}}\))?[ \t]*\.{{3,}}[ \t]*|"
          rf"[ \t]{{2,}}|\t)")
_LABELLED = re.compile(rf"{_LABEL}(?P<lead>{_LEAD})")
# else a list item's label in lower case, after its marker and before its colon, as a
# timetable's items print them ("  - registration of the change of shareholder: before 31 March
# 2027", "  2. joint purchasing of concentrate: from August 2027")
_LOWER_LABELLED = re.compile(r"[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*\u2022\u00b7])[ \t]+"
                             r"(?P<label>[a-z][a-z'\u2019/&-]*(?:[ \t]+[A-Za-z'\u2019/&()-]+){0,5}?)"
                             rf"(?P<colon>[ \t]*[:\uff1a][ \t]*)(?P<lead>{_LEAD})")
# else a row's item told as a deverbal noun and what it is done to, then its day after a gap
# ("3     Relining of reduction furnace row 4      from 8 to 26 January"): words one space
# apart (a figure among them), the row's number before it
_DEVERBAL = re.compile(r"[ \t]*(?:(?:\d{1,2}[.)]?|\(\d{1,2}\))[ \t]+)?(?P<label>[A-Z][a-z]+(?:ing|tion|sion|ment|"
                       r"al|ance|ence|ure)[ \t]of[ \t][A-Za-z0-9'\u2019/&-]+(?:[ \t][A-Za-z0-9'\u2019/&().,-]+)"
                       rf"{{0,8}})[ \t]{{2,}}(?P<lead>{_LEAD})")
# else where, before the day: "Interviews   in Baoji, first week of January 2027"
# else a table row's step, who took it and its day, cells set off by two spaces or more:
# "Legal review      Legal Department (Kang Rui)      2026.11.20"
_LABELLED_CELL = re.compile(r"[ \t]*(?P<label>[A-Z][A-Za-z'\u2019/&-]*(?:[ \t][A-Za-z'\u2019/&-]+){0,3})"
                            r"[ \t]{2,}(?P<cell>[A-Z][^\n\t]{1,60}?)[ \t]{2,}(?P<lead>)")
# else a two-cell row of a pipe table, the step and its time ("| Expert review and site visits
# | April 2027 |", "| Abstract submission (300 words) | **15 March 2027** |"): the table's header
# and rule lines hold no day; a parenthesis closing the step ("(7 days)") is no part of its label
_PIPE_ROW = re.compile(r"[ \t]*\|[ \t]*(?P<label>[A-Z][A-Za-z'\u2019/&-]*(?:[ \t]+[A-Za-z'\u2019\"\u201c\u201d/&-]+)"
                       r"{0,9}?)(?:[ \t]+\([^()\n|]{1,30}\))?(?P<colon>[ \t]*\|[ \t]*(?:\*\*|__)?)"
                       rf"(?P<lead>{_LEAD})")
# (the day closes its cell, and the cell the row)
_PIPE_END = re.compile(r"[ \t]*(?:\*\*|__)?[ \t]*\|[ \t]*(?=\n|$)")
_TABLE_LINE = re.compile(r"[ \t]*[|+]")
_RULE_LINE = re.compile(r"[ \t]*[|+][ \t]*:?[-=]{3,}")


def _schedule_table(text: str, ls: int, ends: list, seen: dict) -> bool:
    """The pipe table the line at ``ls`` is a row of is a schedule: two rows or more, and at
    least half of its rows under the header, end with a day (a record's fields, "| Value date |
    2026-12-17 |" among "| Code | 132680917 |", are no steps)."""
    a = ls
    while a > 0:
        p = text.rfind("\n", 0, a - 1) + 1
        if not _TABLE_LINE.match(text, p, a):
            break
        a = p
    if a in seen:
        return seen[a]
    rows, b = [], a
    while b < len(text) and _TABLE_LINE.match(text, b):
        e = text.find("\n", b)
        e = len(text) if e == -1 else e
        rows.append((b, e))
        b = e + 1
    ruled = [i for i, (x, y) in enumerate(rows) if _RULE_LINE.match(text, x, y)]
    body = [r for i, r in enumerate(rows) if i not in ruled and not (
        i + 1 in ruled and i < 2 and text[r[0]:r[1]].lstrip().startswith("|"))]
    dated = sum(1 for x, y in body if any(
        _PIPE_END.match(text, k) for k in ends[bisect.bisect_right(ends, x):
                                               bisect.bisect_left(ends, y)]))
    seen[a] = dated >= 2 and 2 * dated >= len(body)
    return seen[a]


_GAP = re.compile(r"[ \t]{2,}|\t")
# a campaign's or a plan's phase as a row: its number, what is done in it and its days
# ("Phase 1  Mobilisation and self-check      4-15 January 2027", "Stage II: acceptance, 16-31
# March 2027")
_PHASE = re.compile(rf"[ \t]*(?:[-*\u2022\u00b7][ \t]+)?(?P<label>(?:Phase|Stage|PHASE|STAGE)[ \t]+"
                    rf"(?:\d{{1,2}}|[IVX]{{1,4}}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive)\b"
                    rf"(?P<what>[^\n\d]{{0,80}}?))(?P<colon>[ \t]*[:(,][ \t]*|[ \t]{{2,}}|\t)"
                    rf"(?P<lead>{_LEAD})")


def _phase_label(m) -> str:
    """"Phase 1: Mobilisation and self-check" of a phase row (its number and what it does)."""
    head = m.group("label")[:len(m.group("label")) - len(m.group("what"))]
    what = " ".join(m.group("what").split()).strip(" :,-\u2013\u2014")
    head = " ".join(head.split())
    return f"{head}: {what}" if what else head
_LABELLED_WHERE = re.compile(rf"{_LABEL}(?:(?:in|at)[ \t]+)?(?P<where>[A-Z][^\n,;:]{{1,80}}?,[ \t]+)"
                             rf"(?P<lead>{_LEAD}(?:{_PART}[ \t]+of[ \t]+)?)")
# what joins a range's two days: "to 17:00 on Friday, 25 September"
_JOIN = re.compile(rf"[ \t]*(?:to|until|till|through|-|\u2013|\u2014)[ \t\n]+(?:{_TIME}[ \t\n]+)?"
                   rf"(?:on[ \t\n]+)?(?:{_WD}[ \t\n]+)?", re.I)
_LABEL_TAIL = re.compile(r"[ \t]+(?:date|day|time)$|^(?:date|day|time)[ \t]+of[ \t]+", re.I)
# the value goes on as a clause of its own ("Editor's note: On 26 September the ministry
# issued ..."): running text, not a schedule's value
_CLAUSE = re.compile(r"\b(?:is|are|was|were|has|have|had|will|shall|would|can|could|may|must|"
                     r"been|being|[a-z]{3,}ed)\b")
# a label that says when a step is not ("Not before: 1 May 2026", "No sooner than:")
_NEGATED_LABEL = re.compile(r"(?:not|no|never|none)\b")
# a label naming the text itself ("Date of this announcement:", "This notice:"): its own date,
# read by the rules of the document's date
_SELF_LABEL = re.compile(r"(?:this|the[ \t]+present)[ \t]+\w+$")
_SENTENCE_END = re.compile(r"[.;](?:\s|$)|\n[ \t]*\n")
_NEXT_ITEM = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|\(\d{1,2}\)|[-*\u2022\u00b7])[ \t]+")
# the next line is a field of the same block ("  Validity      : valid from ..."): the value
# ends with its line
_NEXT_FIELD = re.compile(r"\n[ \t]*[A-Z][\w.'\u2019()/ -]{0,40}?[ \t]*[:\uff1a][ \t]*\S")
_KINDS = ("date", "gYearMonth")


@lru_cache(maxsize=None)
def _not_steps() -> frozenset:
    return words("schedule-not-steps")


_NEXT_STEP = 400        # characters: the most between a schedule's steps
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _year_on(value: str) -> str:
    """``value`` (a day or month) a year later."""
    return f"{int(value[:4]) + 1:04d}{value[4:]}" if value[5:10] != "02-29" else value


def _step_label(label: str) -> str | None:
    """The label less a closing "date" (or an opening "Date of"), or None when it is
    furniture."""
    low = " ".join(label.lower().split())
    if low in _not_steps() or _LABEL_TAIL.sub("", low) in _not_steps() \
            or _NEGATED_LABEL.match(low) or _SELF_LABEL.match(_LABEL_TAIL.sub("", low)):
        return None
    out = _LABEL_TAIL.sub("", " ".join(label.split()))
    return out[:1].upper() + out[1:]


def _step_nouns() -> dict[str, str]:
    return labelled_kinds("step-row-nouns")


def _step_row(m, within, kind_of) -> bool:
    """A table row's step: its first cell a past participle ("Drafted") or ends in a step's noun
    ("Legal review", "Group approval"), its middle cell holds a person or an organisation the
    draft holds (who took the step) and no figure."""
    label = m.group("label").split()
    last = label[-1].lower()
    if not (len(label) == 1 and last.endswith("ed") or last in _step_nouns()):
        return False
    a, b = m.span("cell")
    if re.search(r"\d", m.group("cell")):
        return False
    return any(a <= x[0] and x[1] <= b and kind_of(x[2].cls) in ("org", "person")
               for x in within(a, b))


def _wrapped_cell(text: str, m, le: int) -> int:
    """Where the row's middle cell ends: on the next line when the cell wraps there (the next
    line is blank up to the cell's column and holds words under it, nothing in the first)."""
    col = m.start("cell") - m.start()
    nxt = le + 1
    if nxt >= len(text):
        return le
    end = text.find("\n", nxt)
    end = len(text) if end == -1 else end
    line = text[nxt:end]
    lead = len(line) - len(line.lstrip(" "))
    if line.strip() and col - 2 <= lead <= col + 2:
        return end
    return le


def _named(m, spans, within, kind_of) -> bool:
    """The words between the label and the day ("in Baoji, ", "X University, ") are one name
    the draft holds: a place, a site or an organisation."""
    a, b = m.start("where"), m.end("where") - len(m.group("where")) + \
        len(m.group("where").rstrip(" \t").rstrip(","))
    return any(x[0] == a and x[1] == b and kind_of(x[2].cls) in ("place", "org")
               for x in within(a, b))


def _days(ent) -> tuple:
    """(first day, last day or None) of an event as its statements give them."""
    got = {str(p).rsplit("#", 1)[-1]: str(o) for p, o, _, _ in ent.statements}
    return got.get("startDate") or got.get("plannedDate"), got.get("endDate")


def _days_of(first, last) -> tuple:
    """(month-day, month-day) of a span of days (the year is set later for a yearless day: a
    December notice's "January 6 to 7" is first read in the notice's year)."""
    return (first or "")[5:], (last or "")[5:]


# a clause event read from a dated sentence with no full stop of its own, which runs on from its
# line over the lines of a schedule under it ("Registration: online only, from 7 December to
# 21 December 2026" over "Qualification review: 22-24 December 2026"): it holds its first line only
_RUN_ON = ("event:dated-sentence", "event:dated-clause")


def _held(draft, text: str, kind_of) -> bytearray:
    """Where the text is held by an event already: its mentions, a run-on clause's first line."""
    held = bytearray(len(text) + 1)
    for e in draft.entities.values():
        if e.known or kind_of(e.cls) != "event":
            continue
        for m in e.mentions:
            end = m.end
            if e.rule in _RUN_ON:
                br = text.find("\n", m.start, m.end)
                end = m.end if br == -1 else br
            held[m.start:end] = b"\x01" * (end - m.start)
    return held


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each labelled schedule line described above; returns them."""
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    year = document_year(text, doc_date)
    # (each day's year as the tense of its clause says: "from 8 to 26 January (planned)" in a
    # text of December is the next January)
    dates = [roll_forward(text, d, doc_date)
             for d in find_dates(text, year, extended=True, doc_date=doc_date) if d.kind in _KINDS]
    if not dates:
        return []
    held = _held(draft, text, kind_of)
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    days_held = {_days_of(*_days(e)) for e in draft.entities.values()
                 if not e.known and kind_of(e.cls) == "event"}
    out, used, tables_seen = [], set(), {}
    prev = None     # (where the last step ends, its first day)
    ends = sorted(d.end for d in dates)
    breaks, semis = occurrences(text, "\n"), occurrences(text, ";")
    for k, d in enumerate(dates):
        if d.start in used:
            continue
        ls = line_start(breaks, d.start)
        semi = semis.last_before(d.start)
        seg = semi + 1 if semi >= ls else ls
        phase = _PHASE.fullmatch(text, ls, d.start)
        piped = None if phase else _PIPE_ROW.fullmatch(text, ls, d.start)
        if piped is not None and not _schedule_table(text, ls, ends, tables_seen):
            piped = None
        m = phase or piped or _LABELLED.fullmatch(text, seg, d.start) or \
            _LABELLED_WHERE.fullmatch(text, seg, d.start) or _LOWER_LABELLED.fullmatch(
                text, seg, d.start)
        cell = deverbal = None
        if phase is None and (m is None or _GAP.search(m.group("label"))):
            m = deverbal = _DEVERBAL.fullmatch(text, ls, d.start)
            if m is not None and m.group("label").split()[0].lower() in words("deverbal-not-deeds"):
                m = deverbal = None     # ("Section of the spur": a thing, not a deed)
        if phase is None and (m is None or _GAP.search(m.group("label"))):
            # (a label over a gap of two spaces or more is a table row's cells)
            cell = _LABELLED_CELL.fullmatch(text, ls, d.start)
            if cell is None or not _step_row(cell, within, kind_of):
                continue
            m = cell
        last, end_value = d, d.until
        nxt = dates[k + 1] if k + 1 < len(dates) else None
        if end_value is None and nxt is not None and _JOIN.fullmatch(text, d.end, nxt.start) \
                and nxt.kind == d.kind and nxt.value > d.value:
            last, end_value = nxt, nxt.until or nxt.value
        le = line_end(breaks, last.end, len(text))
        if piped is not None and not _PIPE_END.match(text, last.end):
            continue    # (a row of more cells, or a day that is not all of its cell)
        if m.groupdict().get("colon") is None and not _AFTER.fullmatch(text, last.end, le):
            continue    # ("Copper   2026-05-01   9,800": a table's row, not a labelled date)
        semi_after = text.find(";", last.end, le)
        if struck(text, last.end, semi_after if semi_after != -1 else le):
            continue    # ("Registration: 9 March 2026 (withdrawn)": a step called off)
        if "where" in m.groupdict() and not _named(m, spans, within, kind_of):
            continue    # (the words before the day are a name the draft holds, or no place)
        stop = _SENTENCE_END.search(text, last.end, min(len(text), last.end + 400))
        # (a date set off by a gap and closing its line is a key date's row: its value ends
        # with the line, "Concept approved     14.05.2026" over "Board meeting (planned) ...")
        gapped_row = piped is not None or (m.groupdict().get("colon") is None
                                           and not text[last.end:le].strip())
        if _CLAUSE.search(text, last.end, stop.start() if stop and text[stop.start()] == ";"
                          and stop.start() < le else le if deverbal or phase or gapped_row
                          or not stop or _NEXT_ITEM.match(text, le) or _NEXT_FIELD.match(text, le)
                          else stop.start()):
            # (a value ends at its semicolon: "Interview: in the second half of January; list
            # announced on the website" over the next field)
            # (the value ends with its line when the next line is the list's next item)
            continue
        start = m.start("label")
        # ("Dates:" under "Training Class for X": the class's dates, named by the title)
        whole = title_event(text, start) if cell is None and whole_label(m.group("label")) \
            else None
        if whole is None and cell is None and section_label(m.group("label")):
            # ("Time:" under "II. First meeting of creditors": the meeting's day)
            whole = section_event(text, start)
        label = whole[2] if whole is not None else _step_label(m.group("label")) \
            if phase is None else _phase_label(m)
        lower = m.group("label")[:1].islower()     # (only _LOWER_LABELLED reads one)
        if label is None or any(held[start:last.end]) or not deverbal and any(
                not e.role and (not lower or kind_of(e.cls) in ("org", "person"))
                for _, _, e in within(start, m.end("label"))):
            continue    # (a label is a common noun: "Sponsored by X Society   November 2026"
            # is a running head over the month; a list item's lower-case label may
            # name a metal or a works: "- procurement of semi-coke: from July 2027")
        if whole is None and len(label.split()) == 1 and event_class(label) is not None \
                and _days_of(d.value, end_value) in days_held:
            continue    # ("Meeting: January 6-7" under a notice that holds the conference
            #             "from January 6 to 7": the conference's days, no meeting of its own)
        used.update((d.start, last.start))
        first = d.value
        if prev is not None and d.start - prev[0] < _NEXT_STEP and first < prev[1][:len(first)] \
                and not _YEAR.search(text, d.start, last.end):
            # (a schedule's steps go forward: "Written test: 9 January 2027" then "Interview:
            # in the second half of January" is January 2027, whatever the notice's own year)
            first, end_value = _year_on(first), end_value and _year_on(end_value)
        prev = (last.end, first)
        semi_after = text.find(";", last.end, le)
        seg_end = semi_after if semi_after != -1 else le
        if cell is not None:
            seg_end = _wrapped_cell(text, cell, le)
        cls = event_class(label) or milestone_class(label.lower()) or (
            _step_nouns().get(label.split()[-1].lower(), "Event") if cell else "Event")
        ent = Entity(minter.mint("event", first, label), NFO[cls], label, False, RULE,
                     CONFIDENCE, role=whole is None)
        span = Span(start, last.end)
        if whole is not None:
            ent.mentions.append(Span(whole[0], whole[1]))
            spans_of.append((whole[0], whole[1], ent))
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(first), span, RULE)
        if end_value is not None:
            ent.add(NFO.endDate, date_literal(end_value), span, RULE)
        draft.entities[ent.iri] = ent
        clause_roles(ent, text, within(start, seg_end), start, span, kind_of)
        spans_of.append((start, last.end, ent))
        held[start:last.end] = b"\x01" * (last.end - start)
        out.append(ent)
        if whole is not None:
            absorb_title_parts(draft, spans_of, ent, whole[0], whole[1], kind_of)
        part = aside_part(text, last.end, le, dates, k + 1)
        if part is not None:
            what, a, b, dd = part
            used.add(dd.start)
            sub = Entity(minter.mint("event", dd.value, what), NFO.Event,
                         f"{what} for {label}" if whole is not None else what, False, RULE,
                         CONFIDENCE, role=True)
            sub.aliases.add(what)
            pspan = Span(a, b)
            sub.mentions.append(pspan)
            sub.add(NFO.startDate, date_literal(dd.value), pspan, RULE)
            sub.add(NFO.partOfEvent, ent.iri, pspan, RULE)
            draft.entities[sub.iri] = sub   # (not among the spans: the field's line and
            # the fields under it are its event's, "Organiser:" the class's, not the check-in's)
            held[a:b] = b"\x01" * (b - a)
            out.append(sub)
    return out
