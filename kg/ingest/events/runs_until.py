"""The last day of a happening its own "runs until" gives: "The ice lantern fair opens on
Sunday and runs until 15 February", "The exhibition runs until 9 May 2027" (after a sentence
that named it and its first day), "the campaign will last till 30 June". The verb (a line of
data/runs-until-verbs.txt) stands right before "until" / "till" / "through" and a day; the
happening is the event named before it in the same sentence (the nearest), else the one the
sentence's subject refers back to ("The exhibition", "The show", "It") among the events named
in the sentences just before. Its last day (``nfo:endDate``, rule ``date:runs-until``) is set
only when it has a first day (``nfo:startDate`` or a planned ``nfo:plannedDate``) on or before
that day and no last day yet: a state that lasts ("prices stay high until March") has none."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

# a subject that refers back to a happening named before: "The exhibition", "This year's show",
# "The third fair", "It"
_SUBJECT = re.compile(r"[\s\"'\u201c\u2018]*(?:(?:The|This|That)\s+(?:[\w'\u2019-]+\s+){0,3}?"
                      r"(?P<noun>[A-Za-z]+)|(?P<it>It))\s+", re.I)
# nouns a happening's label or class may hold under another word ("the show" of an exhibition)
_ALSO = {"show": ("exhibition", "expo", "fair", "show"), "expo": ("exhibition", "expo", "fair"),
         "exhibition": ("exhibition", "expo", "show"), "fair": ("fair", "expo", "exhibition")}
# a place's preposition right before a name: a venue, not the happening
_AT = re.compile(r"\b(?:at|in|inside|near|outside)\s+(?:the\s+)?$", re.I)
_BACK = 1500        # how far back a referred-back happening may be named


@lru_cache(maxsize=1)
def _cue() -> re.Pattern:
    verbs = sorted((r"\s+".join(map(re.escape, v.split())) for v in lines("runs-until-verbs")),
                   key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(verbs) + r")\s+(?:until|till|through|to)\s+"
                      r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?$", re.I)


def _first(ent):
    for pred in (NFO.startDate, NFO.plannedDate):
        got = ent.first(pred)
        if got is not None:
            return str(got)
    return None


def runs_until(text, dates, sents, dated_kinds, kind) -> int:
    """Set the last days "runs until DAY" gives events named before it; returns how many."""
    events = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "event"]
    if not events:
        return 0
    ev_starts = [s for s, _, _ in events]
    cue = None
    n = 0
    for d in dates:
        if d.kind != "date" or d.until or d.start < 8:
            continue
        # (cheap anchor first: "until", "till" or "through" right before the day)
        head = text[max(0, d.start - 24):d.start].lower()
        if "until" not in head and "till" not in head and "through" not in head and \
                " to " not in head:
            continue
        cue = cue or _cue()
        m = cue.search(text, max(0, d.start - 60), d.start)
        if m is None:
            continue
        ss, _ = sents.bounds(m.start())
        lo, hi = bisect.bisect_left(ev_starts, ss), bisect.bisect_left(ev_starts, m.start())
        # (not a venue named on the way: "opened ... at the China Import and Export Fair
        # Complex, and runs until 30 November" is the show's last day)
        mine = [x for x in events[lo:hi] if x[1] <= m.start()
                and not _AT.search(text, max(0, x[0] - 12), x[0])]
        ent = mine[-1][2] if mine else _referred(text, sents, ss, m.start(), events, ev_starts)
        if ent is None or any(st[0] == NFO.endDate for st in ent.statements):
            continue
        first = _first(ent)
        if first is None or not first[:len(d.value)] <= d.value or first[:10] == d.value:
            continue
        ent.add(NFO.endDate, date_literal(d.value), Span(ss, d.end), "date:runs-until")
        n += 1
    return n


def _referred(text, sents, ss, at, events, ev_starts):
    """The happening the sentence's subject, all that stands before its verb ("The
    exhibition", "It"), refers back to: "It" the last named in the sentence before, a noun the
    last named within ``_BACK`` characters whose label or class holds it."""
    m = _SUBJECT.fullmatch(text, ss, at)
    if m is None or ss == 0:
        return None
    back = sents.bounds(ss - 1)[0] if m.group("it") else ss - _BACK
    prior = events[bisect.bisect_left(ev_starts, back):bisect.bisect_left(ev_starts, ss)]
    if not prior:
        return None
    if m.group("it"):
        return prior[-1][2]
    noun = m.group("noun").lower()
    wanted = _ALSO.get(noun, (noun,))
    for _, _, ent in reversed(prior):
        where = (ent.label + " " + str(ent.cls).rsplit("#", 1)[-1]).lower()
        if any(w in where for w in wanted):
            return ent
    return None
