"""A policy, standard or report released at an event takes the event's day: "The department
released the X Action Plan at the opening session" (of the conference the paragraph dates),
"... unveiled the Y Report at the closing ceremony of the Z Forum" (``nfo:dateIssued``, rule
``date:released-at-event``).

The sentence has a releasing verb, then "at / during the (opening | closing)? <event noun>";
the event is the one named in the sentence, else the nearest one named before it (within
``_BACK`` characters) that has a start day. An opening session or ceremony is its first day, a
closing one its last; else a one-day event's day, and a multi-day event's days give what they
share (the month). Only for a policy with no issue date of its own (the day of the news, given to
a policy said to be released with no day, is replaced)."""
from __future__ import annotations

import re

from kg.ingest.events.event_days import part_of
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near

_AT = re.compile(r"\b(?:released|issued|unveiled|published|launched|announced|presented)\b[^.;]{0,160}?"
                 r"\b(?:at|during)\s+(?:the|its|this)\s+(?P<which>opening|closing)?\s*"
                 r"(?:[\w'\u2019-]+\s+){0,3}?(?:session|ceremony|conference|forum|summit|meeting|"
                 r"congress|expo|exhibition|fair|symposium|seminar|event)\b", re.I)
# (no full stop or semicolon in one: asked only of the stretches between them with a verb)
_AT_NEAR = Near(_AT, ("released", "issued", "unveiled", "published", "launched", "announced",
                      "presented"), lower=True, stops=".;")
_BACK = 3000
# a guess from the sentence, or the day of the news (a policy "released" with no day of its own)
_WEAK = ("context:date", "date:document-date")


def _days(event):
    start = event.first(NFO.startDate)
    end = event.first(NFO.endDate)
    return start, end


def _day(event, which: str | None) -> str | None:
    start, end = _days(event)
    if start is None:
        return None
    if which and which.lower() == "closing":
        return end if end else start if len(start) == 10 and not end else None
    if which or not end or end == start:
        return start
    return start[:7] if start[:7] == end[:7] else start[:4]


def released_at_events(text, sents, dated_kinds, kind) -> int:
    """Date the policies described above; returns how many."""
    if not _AT_NEAR.search(text):
        return 0
    n = 0
    events = [(s, ent) for s, _, ent in dated_kinds if kind(ent) == "event"]
    by_iri = {ent.iri: ent for _, _, ent in dated_kinds}
    for s, e, ent in dated_kinds:
        if kind(ent) != "policy" or any(st[0] == NFO.dateIssued and not st[3].startswith(_WEAK)
                                        for st in ent.statements):
            continue
        ss, se = sents.bounds(s)
        # the release that names this policy between its verb and "at the ..."
        m = next((m for m in _AT.finditer(text, ss, se) if m.start() <= s < m.end()), None)
        if m is None:
            continue
        near = [(s2, ev) for s2, ev in events if ss <= s2 < se and _days(ev)[0]] or \
               [(s2, ev) for s2, ev in events if ss - _BACK <= s2 < ss and _days(ev)[0]]
        if not near:
            continue
        event = max(near, key=lambda x: x[0])[1]
        # ("at the opening session" of the conference, not of its closing ceremony named after)
        event = part_of(event, by_iri) or event
        day = _day(event, m.group("which"))
        if day is None:
            continue
        ent.statements[:] = [st for st in ent.statements if st[0] != NFO.dateIssued]
        ent.add(NFO.dateIssued, date_literal(day), Span(ss, se), "date:released-at-event")
        n += 1
    return n
