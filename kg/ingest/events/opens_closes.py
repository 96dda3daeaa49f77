"""The first and last days of an event its own verbs give: "The X Expo opened on August 26 ...
and runs until August 28", "the Y Conference, which opened in Z the day before and closed on
the 17th", "The W Forum kicked off on May 9 and will close on May 11". The verb must follow the
event's name (with only "which"/"that" and an auxiliary between), the opening day must come
after the verb in the same clause, and the closing verb must be joined to it by "and" or a
comma; its day then is the last (``nfo:endDate``, rule ``date:closed-on``), the opening day the
first (``nfo:startDate``, rule ``date:opened-on``), over a date only read from the sentence."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.date_cues import adjectival_day
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

# the opening verb right after the event's name: "X opened", "X, which opened", "X was opened"
_OPENED = re.compile(r"[\s\"'\u201d\u2019)]*(?:,\s*)?(?:(?:which|that)\s+)?(?:(?:was|were|has|have|had|"
                     r"is|are|been|officially|formally)\s+){0,3}(?:opened|opens|kicked\s+off|kicks\s+off|"
                     r"began|begins|started|starts|got\s+under\s*way|gets\s+under\s*way|convened|"
                     r"convenes)\b", re.I)
# the closing verb joined to it: "and runs until", ", closing on", "and closed on the 17th"
_CLOSED = re.compile(r"(?:,\s*|\s+)(?:and\s+)?(?:(?:will|is\s+to|is\s+due\s+to)\s+)?(?:closed|closes|close|"
                     r"closing|ended|ends|end|ending|concluded|concludes|conclude|runs|run|ran|"
                     r"running|lasts|last|lasted|lasting|continues|continue|continued)\s+"
                     r"(?:on\s+|until\s+|till\s+|through\s+|to\s+)?(?:the\s+)?$", re.I)


def opening_and_closing_days(text, dates, sents, dated_kinds, kind) -> int:
    """Set the days events' own opening and closing verbs give; returns how many changed."""
    events = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "event"]
    if not events:
        return 0
    starts = [d.start for d in dates]
    n = 0
    for s, e, ent in events:
        m = _OPENED.match(text, e)
        if m is None:
            continue
        ss, se = sents.bounds(s)
        clause_end = min(se, _next_stop(text, m.end(), se))
        i = bisect.bisect_left(starts, m.end())
        after = [d for d in dates[i:] if d.end <= clause_end and not adjectival_day(text, d)]
        if not after or after[0].kind != "date" or after[0].start - m.end() > 120:
            continue        # (the opening day soon after its verb: "opened in X, Y Province, on")
        first, last = after[0], None
        if not first.until and len(after) > 1 and after[1].kind == "date" and \
                _CLOSED.search(text, first.end, after[1].start):
            last = after[1]
        span = Span(ss, max(se, (last or first).end))
        n += _set(ent, NFO.startDate, first.value, span, "date:opened-on")
        end = first.until or (last.value if last is not None and last.value > first.value else None)
        if end is not None:
            n += _set(ent, NFO.endDate, end, span, "date:closed-on")
    return n


# "The meeting closed on Sunday.", "The two-day forum ended on the 17th": a sentence whose
# subject refers back to an event named before
_REFERRED_CLOSE = re.compile(r"(?:^|(?<=[.;!?]\s)|(?<=\n))\s*(?:The|This|That)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?P<noun>meeting|conference|forum|summit|expo|exhibition|fair|congress|"
                             r"symposium|seminar|session|event|assembly|convention)\s+(?:(?:was|has|"
                             r"had|officially|formally)\s+)?(?:closed|ended|concluded|wrapped\s+up)\s+"
                             r"(?:on\s+)?(?:the\s+)?$")
_REFERRED_BACK = 1500


def closed_by_reference(text, dates, dated_kinds, kind) -> int:
    """"The meeting closed on Sunday.": the last day of the nearest event named before (within
    ``_REFERRED_BACK`` characters) whose label or class holds that noun and that opened before
    that day (``nfo:endDate``, rule ``date:closed-on``); returns how many were set."""
    events = sorted(((s, ent) for s, _, ent in dated_kinds if kind(ent) == "event"),
                    key=lambda x: x[0])
    if not events:
        return 0
    ev_starts = [s for s, _ in events]
    n = 0
    for d in dates:
        if d.kind != "date" or d.until:
            continue
        m = _REFERRED_CLOSE.search(text, max(0, d.start - 80), d.start)
        if m is None:
            continue
        noun = m.group("noun").lower()
        lo = bisect.bisect_left(ev_starts, d.start - _REFERRED_BACK)
        hi = bisect.bisect_left(ev_starts, m.start())
        prior = [(s, ent) for s, ent in events[lo:hi]
                 if noun in ent.label.lower() or noun in str(ent.cls).lower()]
        if not prior:
            continue
        ent = max(prior, key=lambda x: x[0])[1]
        start = ent.first(NFO.startDate)
        if start is None or len(start) != 10 or not start < d.value:
            continue
        n += _set(ent, NFO.endDate, d.value, Span(m.start(), d.end), "date:closed-on")
    return n


# an ending verb right after a happening's name and its short "at/of/in ..." stretch or aside
# ("The strike at X ended on March 3", "A shutdown at its smelter, which began in May, ended
# on", "The overhaul was completed on", "The strike began on May 2 and ended on"; the dates
# before the last one read as "DATE"): the day after it is the last one
_ENDED = re.compile(r"(?:\s+(?:at|in|of|on|with|between)\s+(?:(?!\.\s)[^,;:()\n]){1,60}?)?"
                    r"(?:,(?:(?!\.\s)[^,;:()\n]){1,80},)?(?:\s+(?:began|started|opened|broke\s+out|"
                    r"kicked\s+off)\s+(?:on|in)\s+(?:the\s+)?DATE\s*,?\s+and)?"
                    r"\s+(?:(?:was|were|has|have|had|officially|formally|finally|eventually)\s+){0,2}"
                    r"(?:ended|ends|closed|concluded|finished|completed|wrapped\s+up|called\s+off|"
                    r"lifted)\s+(?:on|in)\s+(?:the\s+)?$", re.I)


def ended_on(text, dates, dated_kinds, kind) -> int:
    """"The strike at X ended on March 3": the day after an event's own ending verb is its
    last (``nfo:endDate``, rule ``date:ended-on``), and no first day on or after it unless
    another is stated; returns how many changed."""
    events = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "event"]
    if not events:
        return 0
    starts = [d.start for d in dates]
    n = 0
    for s, e, ent in events:
        i = bisect.bisect_left(starts, e)
        for j in range(i, min(i + 3, len(dates))):
            d = dates[j]
            if d.start - e > 200 or d.until:
                break
            gap, at = "", e
            for x in dates[i:j]:
                gap, at = gap + text[at:x.start] + "DATE", x.end
            if _ENDED.match(gap + text[at:d.start]) is None:
                continue
            if any(st[0] == NFO.startDate and str(st[1])[:len(d.value)] > d.value
                   for st in ent.statements):
                break       # "opened on August 30 and closed on August 2": no backward interval
            n += _set(ent, NFO.endDate, d.value, Span(s, d.end), "date:ended-on")
            ent.statements[:] = [st for st in ent.statements if not (
                st[0] == NFO.startDate and str(st[1]) >= d.value[:len(str(st[1]))]
                and st[3].startswith(("context:date", "date:")))]
            break
    return n


def _next_stop(text: str, a: int, b: int) -> int:
    """The end of the clause from ``a``: a semicolon, else ``b``."""
    k = text.find(";", a, b)
    return b if k < 0 else k


def _set(ent, pred, value: str, span: Span, rule: str) -> int:
    """Replace a date only read from the sentence (``context:date``, ``date:...``) by ``value``."""
    old = [st for st in ent.statements if st[0] == pred]
    if any(not st[3].startswith(("context:date", "date:")) for st in old):
        return 0
    if [str(st[1]) for st in old] == [value]:
        return 0
    ent.statements[:] = [st for st in ent.statements if st[0] != pred]
    ent.add(pred, date_literal(value), span, rule)
    return 1
