"""Where a sentence's own words begin after the dateline it opens with ("HAMI, March 16
(Xinhua) -- Construction of ...", "SANTIAGO, Tuesday 12 October 2027 --", "May 6, 2026 -- In
Q1, ..."): the dateline's day is the report's, not the event's. Read by the clause events
(:mod:`kg.ingest.events.verb_happenings`) and the milestones
(:mod:`kg.ingest.events.milestones`), which both import it (it was verb_happenings' own, and
milestones' lazy import of it closed an import circle)."""
from __future__ import annotations

import re

from kg.ingest.reading.occurrences import line_start, occurrences
from kg.ingest.reading.post_stamps import after_stamp

# a dateline: "Liupanshui, March 19 --", "HAMI, March 16 (Xinhua) --"
# (its weekday too: "SANTIAGO, Tuesday 12 October 2027 --")
_DATELINE_DAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]*)?"
# (and its province, state or country: "GANZHOU, Jiangxi, June 11 --")
# (and "the" before an ordinal day: "MEXICO CITY, the 3rd of May 2027 --")
_DATELINE_BEFORE = re.compile(r"[ \t]*[A-ZÀ-Þ][A-Za-zÀ-ÿ .'\-]{1,40},(?:[ \t]*[A-Z][A-Za-z .'\-]{1,30},)?[ \t]*"
                              + _DATELINE_DAY + "(?:the[ \t]+)?$")
# (a place of five words, accented: "SANTA CRUZ DE LA SIERRA, 2 June --", "BOGOTÁ, 14 May --")
_DATELINE_PLACE = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'\-]*(?:[ \t][A-Za-zÀ-ÿ.'\-]+){0,4},(?:[ \t]*[A-Z][A-Za-z.'\-]*"
                             r"(?:[ \t][A-Za-z.'\-]+){0,2},)?[ \t]*" + _DATELINE_DAY
                             + r"(?:the[ \t]+(?=\d))?")
# (a wire service's tag between the day and the dash: "(Xinhua)", "/PRNewswire/")
_WIRE = r"(?:\([^()\n]{0,60}\)|/[^/\n]{1,40}/)"
_DATELINE_AFTER = re.compile(r"(?:,?[ \t]*(?:19|20)\d\d)?[ \t]*" + _WIRE + r"?[ \t]*(?:--|\u2014|\u2013|-(?=[ \t]))")
# a dateline of a place and a wire service, no day: "HOBART (Reuters) - "
_PLACE_WIRE = re.compile(r"[ \t]*[A-Z][A-Z.'\-]+(?:[ \t][A-Z][A-Z.'\-]+){0,3}(?:,[ \t]*[A-Z][A-Za-z.'\-]+)?"
                         r"[ \t]*\([^()\n]{1,40}\)[ \t]*(?:--|\u2014|\u2013|-(?=[ \t]))[ \t]*")


def in_dateline(text: str, d, first: int = -1) -> bool:
    """``first``: where the text's first date starts (a dateline of a day alone is that one)."""
    ls = line_start(occurrences(text, "\n"), d.start)
    return _DATELINE_BEFORE.fullmatch(text, ls, d.start) is not None and \
        _DATELINE_AFTER.match(text, d.end) is not None or \
        d.start == first and _bare_dateline(text, ls, d)


# a dateline of a day alone ("May 6, 2026 -- In Q1, ...", "May 6, 2026 | In Q1"): the text's
# first date, opening a line of the lead (at most the headline's lines above it), a long dash
# or a bar after it; a timeline's
# entries ("5 September 2026 - A buys ...", "January 2025 -- the department ...") come after
_LONG_DASH = re.compile(r"(?:,?[ \t]*(?:19|20)\d\d)?[ \t]*" + _WIRE + r"?[ \t]*"
                        r"(?:--|\u2014|\|(?=[ \t]))")


def _bare_dateline(text: str, ls: int, d) -> bool:
    return ls == d.start and _LONG_DASH.match(text, d.end) is not None and \
        sum(1 for line in text[:ls].splitlines() if line.strip()) <= 3


def after_dateline_at(text: str, start: int, by_start: dict, first: int = -1) -> int:
    """Where a sentence's own words begin after the dateline it opens with ("HAMI, March 16
    (Xinhua) -- Construction of ..."): the dateline is the report's, not the event's."""
    m = _DATELINE_PLACE.match(text, start)
    d = by_start.get(m.end()) if m else None
    if d is None and start == first and in_dateline(text, by_start[start], first):
        d = by_start[start]         # a day alone: "May 6, 2026 -- In Q1, ..."
    after = (_DATELINE_AFTER.match(text, d.end) or _LONG_DASH.match(text, d.end)) if d else None
    if after is None:
        wire = _PLACE_WIRE.match(text, start) if start == text.rfind("\n", 0, start) + 1 \
            else None
        # (a post's stamp over its first words: "10-14 22:40  from iPhone 15")
        return wire.end() if wire else after_stamp(text, start)
    end = after.end()
    while end < len(text) and text[end] in " \t\n":
        end += 1
    return end
