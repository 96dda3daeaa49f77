"""The day headings of a programme or itinerary told in prose, and the day one governs:

    Day 2 (Tuesday, 9 May)

    In the morning, the delegation visits the zinc smelter of X. In the afternoon ...

A heading is a line of its own that holds a day and at most a counted day before it ("Day 2",
"DAY 3"), a weekday, a dash, colon or bracket, and a short title after it ("DAY 3 - Friday 19
March   Site visit"). A heading governs what is told under it, past blank lines, until the next
date: an undated step of the visit in the paragraphs below takes its day
(:func:`kg.ingest.events.date_attach._governing` asks :func:`heading_day` when its own paragraph
holds no governing date). Only a text that prints two headings or more is read so (an
itinerary, a programme), and only a heading with a counted day or a weekday: a lone date line
under a headline is the text's own date. The headings are found once per text from its dates (a
look at each date's line): linear."""
from __future__ import annotations

import bisect
import re

_WEEKDAY = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[A-Za-z]{0,6}\.?"
# before the day, on its line: "Day 2 (", "DAY 1 - ", "Tuesday, ", "Day 2  Tue "
_LEAD = re.compile(r"[ \t]*(?:(?P<count>Day[ \t]+\d{1,2})[ \t]*[-\u2013\u2014:(,]?[ \t]*)?"
                   r"(?:(?P<weekday>" + _WEEKDAY + r")[ \t]*,?[ \t]*\(?[ \t]*)?\Z", re.I)
# after the day, to the line's end: a bracket or colon, and a short title with no stop
_TAIL = re.compile(r"[ \t]*\)?[ \t]*[:.]?[ \t]*(?:[-\u2013\u2014:|]?[ \t]*[^\n.;!?]{0,60})?(?:\n|\Z)")
_BACK = 3000        # how far back (characters) a heading may govern


def _heading(text: str, d) -> bool:
    ls = text.rfind("\n", max(0, d.start - 40), d.start)
    if ls < 0 and d.start > 40:
        return False
    lead = _LEAD.match(text, ls + 1, d.start)
    if lead is None or not (lead.group("count") or lead.group("weekday")):
        return False
    return d.kind != "gYear" and _TAIL.match(text, d.end) is not None


_SEEN: dict = {}


def _headings(text: str, dates) -> tuple:
    """(the day headings of ``dates``, their starts): none when the text prints fewer than two."""
    key = (id(text), id(dates), len(text), len(dates))
    got = _SEEN.get(key)
    if got is None:
        heads = [d for d in dates if _heading(text, d)]
        got = (heads, [h.start for h in heads]) if len(heads) >= 2 else ([], [])
        _SEEN.clear()
        _SEEN[key] = got
    return got


def heading_day(text: str, dates, starts, ss: int):
    """The day heading (a date mention of ``dates``, sorted, their starts ``starts``) that governs
    the sentence starting at ``ss``: the nearest before it, within 3,000 characters, with no
    other date told below it before ``ss``; else None."""
    heads, hstarts = _headings(text, dates)
    if not heads:
        return None
    i = bisect.bisect_left(hstarts, ss) - 1
    if i < 0 or ss - heads[i].start > _BACK:
        return None
    h = heads[i]
    line_end = text.find("\n", h.end)
    k = bisect.bisect_left(starts, ss) - 1
    if k >= 0 and dates[k].start > h.start and (line_end < 0 or dates[k].start > line_end):
        return None     # another day told below the heading: it governs, or nothing does
    return h
