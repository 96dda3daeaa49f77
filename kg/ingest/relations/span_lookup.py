"""Look-ups the rules share, each bisected so that reading a long text stays linear: the names
that lie inside a stretch of text (``names_within``), the names that overlap one
(``overlapping``, used by the event rules), and the date that belongs to a name's sentence
(``first_date``)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.date_cues import (AFTER_IT, ELSEWHEN, LATER, OTHER_TIME, aside_close,
                                        dated_document, in_aside)


def names_within(spans_of, kinds):
    """``within(a, b, k=None)``: the spans of ``spans_of`` (sorted by start; ``kinds`` their
    kinds) that lie inside ``[a, b]``, of a kind in ``k`` when given. Spans appended to
    ``spans_of`` later are not seen."""
    starts = [x[0] for x in spans_of]

    def within(a, b, k=None):
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        return [spans_of[i] for i in range(lo, hi) if spans_of[i][1] <= b
                and (k is None or kinds[i] in k)]
    return within


def overlapping(spans, starts):
    """``within(a, b)``: the spans of ``spans`` (sorted by start; ``starts`` their starts, kept
    in step by the caller when it inserts a span) that overlap ``[a, b)``, reading back only as
    far as the longest span there was when it was made."""
    longest = max((b - a for a, b, _ in spans), default=0)

    def within(a: int, b: int):
        lo, hi = bisect.bisect_left(starts, a - longest), bisect.bisect_left(starts, b)
        return [spans[i] for i in range(lo, hi) if spans[i][1] > a and spans[i][0] < b]
    return within


def date_finder(text, sents, dates):
    """``first_date(a, b, at=None, at_end=None)``: the date of the sentence ``[a, b)`` (the one
    next to the name at ``at..at_end`` rather than a year inside it), else the date that opens
    an earlier sentence of the same paragraph."""
    date_starts = [d.start for d in dates]
    by_start = date_starts == sorted(date_starts)       # (find_dates gives them in text order)

    def dates_from(lo, hi):
        """The dates that start in ``lo..hi`` and maybe more (a long text's are not all read
        for each name: bisected)."""
        if not by_start:
            return dates
        return dates[bisect.bisect_left(date_starts, lo):bisect.bisect_right(date_starts, hi)]

    def first_date(a, b, at=None, at_end=None):
        inside = [d for d in dates_from(a, b) if a <= d.start and d.end <= b]
        if at is not None:
            after = [d for d in inside if d.start >= at_end]
            if after:       # (the name in an aside: ", who founded X in 1988, died on 27
                #             February": the day after the aside is the main clause's)
                close = aside_close(text, at, at_end, a, b)
                after = [d for d in after if d.end <= close]
            # (not a day of an aside about what was named before: ", founded on April 20,")
            aside = [d for d in inside if d.end <= at and in_aside(text, d.start, d.end, a, at)]
            # (nor one of another time: "After X closed on May 1, the forum opened", "X closed
            # on May 1, and the forum opened a week later")
            later = LATER.match(text, at_end, b) is not None or \
                ELSEWHEN.search(text, at_end, b) is not None or \
                AFTER_IT.search(text, max(a, at - 24), at) is not None   # "after a strike"
            aside += [d for d in inside if d.end <= at and d not in aside and (
                later or OTHER_TIME.match(text, a, d.start)
                or dated_document(text, d, a))]   # (a document's day)
            before = [d for d in inside if d.end <= at and d not in aside]
            if after or before:       # a date next to the name, not the year inside it
                return after[0] if after else before[-1]
            inside = [d for d in inside if d not in aside]
        if inside:
            return inside[0]
        # none in the sentence: the date that opens an earlier sentence of the same paragraph
        # or heading block ("On May 30, ... . The seminar featured ..."; "January 9: ...")
        par = text.rfind("\n\n", max(0, a - 601), a) + 1     # (no further back: linear)
        lo = max(par, a - 600)
        for d in reversed([d for d in dates_from(lo, a) if lo <= d.start and d.end <= a]):
            ds, _ = sents.bounds(d.start)
            lead = text[ds:d.start].strip()
            if re.fullmatch(r"(?:[\d.]+\s*)?(?:On|In|From|Since|By|As of)?", lead) or \
                    text[d.end:d.end + 2].startswith(":"):
                return d
        return None
    return first_date
