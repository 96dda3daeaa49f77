"""Days a text names by their weekday, relative to the document's date: "on Tuesday", "last
Friday" (the last such day before it; "this Sunday" that day of the document's week; but the
day its sentence states when that day is such a weekday: "closed on Saturday after three days,
from 22 to 24 October"), "from Monday to
Wednesday" (a range), "yesterday" (not "said yesterday": the day it was reported; "the day
before yesterday" two days before), "at 06:00
today", "this morning", "tonight" (the document's day), "the weekend" (its Saturday and
Sunday), "by Wednesday", "from Friday night to Sunday afternoon". In a thread of e-mails a
weekday is read against the day its own message was sent ("Sent: Fri, 20 Nov 2026" above it); in
a paper's story under a dateline a day or a few before the paper's date ("Ankang, 8 April -"
under "Friday, 9 April 2027"), its "yesterday" and "this morning" against the dateline's day
(round 58). Added to the dates
:func:`kg.ingest.events.date_attach.attach_dates` reads."""
from __future__ import annotations

import bisect
import datetime
import re

from kg.ingest.events.weekday_nth import weekday_nth_days
from kg.ingest.reading.caseless import prints_any
from kg.ingest.reading.dates import (DateMention, find_dates, relative_days, roll_forward,
                                    yearless_dateline)
from kg.ingest.reading.post_stamps import post_days

_WEEKDAY = re.compile(r"\b(?:[Oo]n|[Ll]ast|[Nn]ext|[Tt]his|[Ss]ince|[Bb]y|[Uu]ntil|[Tt]ill|(?:planned|scheduled|set|due|slated|fixed)\s+for)\s+(?P<day>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                      r"Sunday)\b(?!\s*,?\s*(?:January|February|March|April|May|June|July|August|"
                      r"September|October|November|December|\d)|\s+of\s)")
# "the last Friday of March", "the first Monday of June 2027": that weekday of that month (of
# the year printed, else of the document's, else of the next when it is gone by in a clause
# that sets it ahead), not "last Friday"
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")
_NTH = re.compile(r"\b(?P<nth>first|second|third|fourth|last)[ \t\n]+(?P<day>Monday|Tuesday|"
                  r"Wednesday|Thursday|Friday|Saturday|Sunday)[ \t\n]+of[ \t\n]+(?P<month>"
                  + "|".join(_MONTHS) + r")\b(?:,?[ \t\n]+(?P<year>(?:19|20)\d\d)\b)?", re.I)
# "from Monday to Wednesday", "between Tuesday and Thursday": a range of the week before
# (a part of each day may follow: "from Friday night to Sunday afternoon"); not the weekdays of
# the days printed right after them ("from Monday to Wednesday, 18-20 January": those days)
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
_WEEKDAYS = re.compile(r"\b(?:[Ff]rom|[Bb]etween)\s+(?P<a>Monday|Tuesday|Wednesday|Thursday|Friday|"
                       r"Saturday|Sunday)" + _PART + r"\s+(?:to|through|till|until|and)\s+(?P<b>Monday|"
                       r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b" + _PART
                       + r"(?!\s*,?\s*(?:January|February|March|April|May|June|July|August|"
                       r"September|October|November|December|\d))")
# "spent the weekend moving ...", "over the weekend", "last weekend", "next weekend": its
# Saturday and Sunday (the last before the document's date; the next one when still to come)
_WEEKEND = re.compile(r"\b(?P<which>[Ll]ast|[Tt]his|[Nn]ext|(?:(?:[Oo]ver|[Dd]uring)\s+)?[Tt]he)\s+"
                      r"weekend\b(?!['\u2019]s|-|\s+(?:shifts?|work(?:ing)?|trading|sessions?|"
                      r"editions?|rates?|duty|staff|crews?|markets?)\b)")
# a clause about what is to come before its weekday: "will restart on Thursday", "is expected
# to end on Wednesday", "plans to hold a meeting on Friday": the next such day, not the last
_AHEAD = re.compile(r"\b(?:will|shall|would|is\s+to|are\s+to|due\s+to|scheduled|expected|"
                    r"plans?\s+to|planned|intends?\s+to|set\s+to|slated|(?:agreed|decided|"
                    r"promised|pledged|vowed|arranged|aims?|hopes?|wants?)\s+to)\b(?:(?!\b(?:after|"
                    r"before|when|while|because|since|and|but|which|who|where)\b)(?:[^,;:.!?\n]|"
                    r"\n(?![ \t]*(?:\n|[-*\u2022]|\(?\d{1,2}[.)]))))*$",
                    re.I)     # (in its own clause: not "will restart after a fire broke out on X";
#                                a hard-wrapped clause goes on past its line's end, "will check
#                                the hot\n commissioning on Tuesday", not past a blank line or
#                                a list's next item)
_WHICH_WEEK = re.compile(r"[ \t]+(last|next)[ \t]+week\b", re.I)
# a duty's deadline: "by Monday" in a sentence that sets a duty ("Enterprises shall check their
# pipes, tanks and roofs and report by Monday"), past its commas: the next such day
_DUTY = re.compile(r"\b(?:shall|must|should|will|(?:is|are)\s+(?:to|required\s+to|asked\s+to))\b"
                   r"[^.;!?]*$", re.I)
# the document's own day, named as today: "at 06:00 today", "earlier today", "this morning",
# "tonight" (not a bare "today", often "nowadays": "Today the county mines ...")
_TODAY = re.compile(r"\b(?:(?:earlier|later)[ \t\n]+today|(?:[0-2]?\d[:.][0-5]\d|noon|midday|"
                    r"midnight)[ \t\n]+today|this[ \t\n]+(?:morning|afternoon|evening)|tonight)\b"
                    r"(?!['\u2019]s)", re.I)
# (the words every time word of a day holds, looked for in any case: reading/caseless.py)
_GATE = ("day", "morning", "afternoon", "evening", "tonight", "weekend")
# a capitalised word right after: "Tonight" is a word of a title ("The Tonight Show", "This
# Morning Programme"), no time of the document's day
_IN_TITLE = re.compile(r"[ \t]+[A-Z][a-z]")
_OPENS_SENTENCE = re.compile(r"(?:\A|[.!?:;\n][\"'\u201d\u2019)]*)[ \t]*[\"'\u201c\u2018(]?[ \t]*\Z")


def _in_title(text: str, m) -> bool:
    """Is the time word ``m`` a word of a title: each of its words capitalised, inside a
    sentence (not its first word: "Tonight X Co., Ltd. signs ...") and a capitalised word
    after it ("The Tonight Show host", "on This Morning Live")?"""
    return all(w[:1].isupper() for w in m.group(0).split()) \
        and _IN_TITLE.match(text, m.end()) is not None \
        and _OPENS_SENTENCE.search(text[max(0, m.start() - 8):m.start()]) is None
# (and "the day before yesterday": two days before it)
_YESTERDAY = re.compile(r"\b(?P<two>[Tt]he[ \t\n]+day[ \t\n]+before[ \t\n]+)?[Yy]esterday\b"
                        r"(?!['\u2019]s)")
_BREAK = re.compile(r"(?=\n\n)")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# "the department said on Tuesday": the day it was reported, not the day of what it reports
# (not "told a press briefing in X on Tuesday": the day of the briefing)
_REPORTED_ON = re.compile(r"\b(?:said|says|told\s+(?!(?:a|an|the|its|their)\s+(?:[\w\-]+\s+){0,2}?"
                          r"(?:briefing|conference|meeting|forum|hearing|session|seminar|summit|"
                          r"symposium|webinar|gathering)\b)[\w\s]{1,30}?|reported|announced|added)\s*$")


def weekdays(text: str, doc_date: str | None, dates) -> list[DateMention]:
    """"held a press conference in Beijing on Tuesday", in a text dated Wednesday, October 28:
    the last such weekday before the document's date; "on Friday" in a text dated a Friday is
    that day (a wire story's "said on Monday" under a Monday dateline), "last Friday" the one a
    week before; "from Monday
    to Wednesday": the days from the first to the last, the last such day; "yesterday"
    the day before it (not "said yesterday": the day it was reported)."""
    if doc_date is None or len(doc_date) != 10 or not prints_any(text, _GATE):
        return []       # ("yesterday" holds "day" too)
    try:
        ref = datetime.date.fromisoformat(doc_date)
    except ValueError:
        return []
    taken = bytearray(len(text) + 1)       # the characters dates already cover
    for d in dates:
        taken[d.start:d.end] = b"\x01" * (d.end - d.start)
    dates = sorted(dates, key=lambda d: d.start)
    starts = [d.start for d in dates]
    sent = _sent_days(text, dates, ref)
    sent_at = [a for a, _ in sent]
    # (the story's own day under a dateline before the paper's: its "yesterday" and "this
    # morning" only; a weekday is still read from the paper's day, "a session on Sunday" in a
    # story filed on Saturday for Sunday's paper being that Sunday)
    told = sent or _dateline_day(text, dates, ref)
    told_at = [a for a, _ in told]

    def ref_at(pos: int) -> datetime.date:
        """The day of the message ``pos`` is in: its "Sent:" header's, else the text's."""
        i = bisect.bisect_right(sent_at, pos) - 1
        return sent[i][1] if i >= 0 else doc_ref

    def told_ref(pos: int) -> datetime.date:
        """The day "today" and "yesterday" at ``pos`` count from: its message's, its
        dateline's, else the text's."""
        i = bisect.bisect_right(told_at, pos) - 1
        return told[i][1] if i >= 0 else doc_ref
    doc_ref = ref
    breaks = [m.start() for m in _BREAK.finditer(text)]     # where paragraphs end
    out = []
    for m in _TODAY.finditer(text):
        # "lowered back to Level III at 06:00 today", "opened this morning": the document's day
        # (its message's or post's, in a thread)
        if not _REPORTED_ON.search(text, max(0, m.start() - 40), m.start()) \
                and taken.find(1, m.start(), m.end()) < 0 and not _in_title(text, m):
            out.append(DateMention(m.start(), m.end(), told_ref(m.start()).isoformat(), "date"))
    for m in _YESTERDAY.finditer(text):
        # "X was released yesterday": the day before the document's date
        if not _REPORTED_ON.search(text, max(0, m.start() - 40), m.start()):
            back = 2 if m.group("two") else 1
            out.append(DateMention(m.start(), m.end(),
                                   (told_ref(m.start()) - datetime.timedelta(days=back)).isoformat(),
                                   "date"))
    for m in _WEEKEND.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        which = m.group("which").lower()
        if which == "next" or which != "last" and _AHEAD.search(text, max(0, m.start() - 80),
                                                                m.start()):
            saturday = ref + datetime.timedelta(days=(5 - ref.weekday()) % 7 or 7)
        else:       # (a text of a Sunday: the day before and that day)
            saturday = ref - datetime.timedelta(days=(ref.weekday() - 5) % 7 or 7) \
                if ref.weekday() != 6 else ref - datetime.timedelta(days=1)
        out.append(DateMention(m.start(), m.end(), saturday.isoformat(), "date",
                               until=(saturday + datetime.timedelta(days=1)).isoformat()))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in _NTH.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        day = _nth_day(m, ref, _AHEAD.search(text, max(0, m.start() - 80), m.start()) is not None)
        out.append(DateMention(m.start(), m.end(), day.isoformat(), "date"))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    # "on Monday the 10th": the day near the text's that is both
    out += weekday_nth_days(text, ref_at, taken, lambda pos: _AHEAD.search(
        text, max(0, pos - 80), pos) is not None)
    for m in _WEEKDAYS.finditer(text):
        if taken.find(1, m.start(), m.end()) >= 0:
            continue
        last = ref - datetime.timedelta(days=(ref.weekday() - _DAYS.index(m.group("b"))) % 7 or 7)
        first = last - datetime.timedelta(
            days=(_DAYS.index(m.group("b")) - _DAYS.index(m.group("a"))) % 7)
        out.append(DateMention(m.start("a"), m.end(), first.isoformat(), "date",
                               until=last.isoformat()))
        taken[m.start():m.end()] = b"\x01" * (m.end() - m.start())
    for m in _WEEKDAY.finditer(text):
        if _REPORTED_ON.search(text, max(0, m.start() - 40), m.start()) or taken.find(
                1, m.start(), m.end()) >= 0:
            continue
        ref = ref_at(m.start())     # (a quoted message's weekday: of the day it was sent)
        week = _WHICH_WEEK.match(text, m.end())
        if week is None and m.group(0)[:2].lower() == "on":
            # ("Attention next week turns to the central bank's meeting on Tuesday": the
            # week named earlier in its sentence)
            week = _WEEK_BEFORE.search(text, max(0, m.start() - 80), m.start())
        if week is not None:
            # "on Tuesday last week", "on Friday next week": that weekday of the week before
            # (after) the document's, whatever other day the sentence states
            monday = ref - datetime.timedelta(days=ref.weekday())
            shift = -7 if week.group(1).lower() == "last" else 7
            day = monday + datetime.timedelta(days=shift + _DAYS.index(m.group("day")))
            out.append(DateMention(m.start("day"), max(week.end(), m.end()), day.isoformat(),
                                   "date"))
            continue
        if m.group(0)[:4].lower() == "this":
            # "opens this Sunday": that weekday of the document's week (Monday to Sunday)
            monday = ref - datetime.timedelta(days=ref.weekday())
            day = monday + datetime.timedelta(days=_DAYS.index(m.group("day")))
            out.append(DateMention(m.start("day"), m.end(), day.isoformat(), "date"))
            continue
        same = _stated(text, dates, starts, breaks, m, _DAYS.index(m.group("day")))
        if same is not None and m.group(0)[:4].lower() == "last" and not \
                0 < (ref - datetime.date.fromisoformat(same)).days < 14:
            same = None     # ("an assessment on 19 November and a decision last Thursday",
            # in a text of 14 December: the Thursday of the last week or two, not a day weeks
            # before that the sentence states for another step)
        if same is not None and sent and same > ref.isoformat() \
                and m.group(0)[:4].lower() != "next" \
                and not _AHEAD.search(text, max(0, m.start() - 80), m.start("day")):
            same = None     # ("sailed on Wednesday and should berth on 25 November", a
            # Wednesday after its message was sent: another clause's day to come)
        if same is not None:
            # "closed on Saturday ... after three days, from 22 to 24 October": the day the
            # sentence states, which is that weekday
            out.append(DateMention(m.start("day"), m.end(), same, "date"))
            continue
        back = (ref.weekday() - _DAYS.index(m.group("day"))) % 7
        if back == 0 and m.group(0)[:4].lower() == "last":
            back = 7        # ("last Friday" in a text dated a Friday: a week before)
        if m.group(0)[:4].lower() == "next" or " for" in m.group(0) or \
                m.group(0)[:4].lower() != "last" and \
                _AHEAD.search(text, max(0, m.start() - 80), m.start("day")) or \
                m.group(0)[:2].lower() == "by" and \
                _DUTY.search(text, max(0, m.start() - 160), m.start()):
            back = -((_DAYS.index(m.group("day")) - ref.weekday()) % 7 or 7)   # (to come)
        day = ref - datetime.timedelta(days=back)
        if _WEEK_ON.search(text, max(0, m.start() - 12), m.start()) and m.group(0)[:2].lower() == "on":
            day += datetime.timedelta(days=7)   # "a week on Friday": the Friday after the next
        out.append(DateMention(m.start("day"), m.end(), day.isoformat(), "date"))
    return out


# "next week" earlier in the weekday's sentence, no stop and no other weekday between
_WEEK_BEFORE = re.compile(r"\b(next)[ \t\n]+week\b(?:(?!\b(?:Monday|Tuesday|"
                          r"Wednesday|Thursday|Friday|Saturday|Sunday)\b)[^.;!?])*$", re.I)


# "a week on Friday" (British: a week after the coming Friday)
_WEEK_ON = re.compile(r"\ba[ \t\n]+week[ \t\n]+$", re.I)


def _nth_day(m, ref: datetime.date, ahead: bool) -> datetime.date:
    """The day "the last Friday of March" (``m`` of ``_NTH``) names, read against the text's
    day ``ref`` (a yearless one gone by in a clause set ahead: the next year's)."""
    month = 1 + [x.lower() for x in _MONTHS].index(m.group("month").lower())
    want = _DAYS.index(m.group("day").capitalize())

    def of_year(year: int) -> datetime.date:
        if m.group("nth").lower() == "last":
            end = datetime.date(year + month // 12, month % 12 + 1, 1) - datetime.timedelta(days=1)
            return end - datetime.timedelta(days=(end.weekday() - want) % 7)
        first = datetime.date(year, month, 1)
        first += datetime.timedelta(days=(want - first.weekday()) % 7)
        n = ("first", "second", "third", "fourth").index(m.group("nth").lower())
        return first + datetime.timedelta(days=7 * n)
    if m.group("year"):
        return of_year(int(m.group("year")))
    day = of_year(ref.year)
    return of_year(ref.year + 1) if day < ref and ahead else day


# a mail's header row of the day it was sent, a quoted one too: "Sent:    Fri, 20 Nov 2026 17:45",
# "> Date: 18 November 2026", "On Tue, 3 Nov 2026 at 09:12, A wrote:"
_SENT_ROW = re.compile(r"[>| \t]*(?:(?:Sent|Date)[ \t]*:[ \t]*|On[ \t]+)"
                       r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?$")
# the rest of a quoted message's "On ..." row: "at 09:12, A wrote:" (a sentence that opens a
# line with "On 2 December, the deputy magistrate inspected ..." is no header of a message)
# (the row may wrap once: "On Tue, 3 Nov 2026 at 09:12, Zhang Wei\n<zw@x.cn> wrote:")
_WROTE = re.compile(r"(?:[^\n]|\n(?![ \t]*\n)){0,160}?\bwrote[ \t]*:", re.I)


def _sent_days(text: str, dates, ref: datetime.date) -> list[tuple[int, datetime.date]]:
    """(where, day) of each mail header's sent day in ``text`` (in text order), when the text
    holds two or more (a thread of messages), not after the text's own day; else of each post
    stamp of a social-media export ("10-14 22:40  from iPhone 15", read in the text's year)."""
    out = []
    for d in dates:
        if d.kind != "date" or d.until or len(d.value) != 10:
            continue
        ls = text.rfind("\n", 0, d.start) + 1
        if d.start - ls > 40 or not _SENT_ROW.fullmatch(text, ls, d.start):
            continue
        if text[ls:d.start].lstrip(">| \t")[:2] == "On" and not _WROTE.match(text, d.end):
            continue
        try:
            day = datetime.date.fromisoformat(d.value)
        except ValueError:
            continue
        if day <= ref:
            out.append((d.start, day))
    if len(out) >= 2:
        return out
    return [(at, day) for at, day in post_days(text, str(ref.year)) if day <= ref]


_DATELINE_LAG = 3       # how many days a paper may print a story after its dateline's day


def _dateline_day(text: str, dates, ref: datetime.date) -> list[tuple[int, datetime.date]]:
    """[(where, day)] of a dateline that gives the story's own day, a day or a few before the
    paper's date printed above it ("Friday, 9 April 2027   X Daily" over "Ankang, 8 April -
    ... yesterday visited ..."): its "yesterday", "this morning" and weekdays are counted from
    the dateline's day, not from the day the paper came out; else []."""
    m = yearless_dateline(text)
    if m is None:
        return []
    i = bisect.bisect_left([d.start for d in dates], m.start())
    d = dates[i] if i < len(dates) else None
    if d is None or d.start >= m.end() or d.kind != "date" or d.until or len(d.value) != 10:
        return []
    try:
        day = datetime.date.fromisoformat(d.value)
    except ValueError:
        return []
    return [(d.start, day)] if 0 < (ref - day).days <= _DATELINE_LAG else []


def reported_weekdays(text: str, doc_date: str | None) -> list[DateMention]:
    """The weekdays :func:`weekdays` leaves out as the day a report was made ("X said on
    Tuesday"): the last such day up to the document's date. For the rule that reads an
    announcement as a happening of its own (:mod:`kg.ingest.events.announcements`); the other
    rules never date by them."""
    if doc_date is None or len(doc_date) != 10 or "day" not in text:
        return []
    try:
        ref = datetime.date.fromisoformat(doc_date)
    except ValueError:
        return []
    out = []
    for m in _WEEKDAY.finditer(text):
        if m.group(0)[:2].lower() == "on" and \
                _REPORTED_ON.search(text, max(0, m.start() - 40), m.start()):
            back = (ref.weekday() - _DAYS.index(m.group("day"))) % 7
            out.append(DateMention(m.start("day"), m.end(),
                                   (ref - datetime.timedelta(days=back)).isoformat(), "date"))
    return out


def _stated(text: str, dates, starts, breaks, m, weekday: int) -> str | None:
    """The day (a date, or a range's first or last day) stated in the weekday's sentence that
    falls on that weekday, else None (``dates`` in text order, ``starts`` their starts,
    ``breaks`` where each blank line starts)."""
    i = bisect.bisect_right(breaks, m.start() - 2)      # (a sentence: 2,000 characters at most)
    # (a full stop at a line's end ends the sentence too: "... chiefs.\nAt her briefing on")
    lo = max(text.rfind(". ", max(0, m.start() - 2000), m.start()),
             text.rfind(".\n", max(0, m.start() - 2000), m.start()),
             breaks[i - 1] if i else -1, m.start() - 2001, -1) + 1
    j = bisect.bisect_left(breaks, m.end())
    hi = min([k for k in (text.find(". ", m.end(), m.end() + 2000),
                          text.find(".\n", m.end(), m.end() + 2000),
                          breaks[j] if j < len(breaks) else -1) if k >= 0],
             default=min(len(text), m.end() + 2000))
    for d in dates[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]:
        if d.kind != "date":
            continue
        for value in (d.value, d.until):
            try:
                if value and datetime.date.fromisoformat(value).weekday() == weekday:
                    return value
            except ValueError:
                continue
    return None


_LAST_DAYS: list = [None, None]     # the last (text, year, date) read and its days


def text_days(text: str, doc_year: str | None, doc_date: str | None) -> list[DateMention]:
    """Every date of ``text`` as the event rules read it: periods and relative dates, rolled
    forward past the document's date where a look-ahead says so, and weekdays, in text order.
    Read by date_attach and verb_happenings; made once for a text (a new list each call)."""
    key = (text, doc_year, doc_date)
    if _LAST_DAYS[0] is None or _LAST_DAYS[0][0] is not text or _LAST_DAYS[0][1:] != key[1:]:
        dates = [roll_forward(text, d, doc_date)
                 for d in find_dates(text, doc_year, extended=True, doc_date=doc_date)]
        named = weekdays(text, doc_date, dates)
        _LAST_DAYS[:] = [key, after_weekdays(text, sorted(dates + named, key=lambda d: d.start),
                                             {id(d) for d in named})]
    return list(_LAST_DAYS[1])


def after_weekdays(text: str, days: list[DateMention], named: set[int]) -> list[DateMention]:
    """``days`` (in text order), with "the same day", "the next day" and "the day before"
    counted from a weekday when the day named last before them is one (``named``: the ids of
    the weekday mentions): "On Tuesday the delegation met X. On the same day it signed Y"
    under a Friday dateline is that Tuesday, where the printed dates alone (read first, by
    :func:`kg.ingest.reading.dates.resolve_days`) gave the dateline's day or nothing."""
    relative = {(a, b): n for a, b, n in relative_days(text)}
    if not named or not relative:
        return days
    at = {(d.start, d.end) for d in days}
    todo = sorted(days + [DateMention(a, b, "", "relative") for a, b in relative
                          if (a, b) not in at], key=lambda d: d.start)
    out: list[DateMention] = []
    last, from_weekday = None, False      # the single day named last, and whether a weekday's
    for d in todo:
        n = relative.get((d.start, d.end))
        if n is not None and last is not None and from_weekday and d.start - last.end < 3000:
            day = (datetime.date.fromisoformat(last.value)
                   + datetime.timedelta(days=n)).isoformat()
            d = DateMention(d.start, d.end, day, "date")
            out.append(d)
            if n:
                last = d        # ("the next day" after it counts on from there)
            continue
        if d.kind == "relative":
            continue            # (no day before it: as resolve_days left it)
        out.append(d)
        if len(d.value) == 10 and not d.until:
            last, from_weekday = d, id(d) in named
    return out
