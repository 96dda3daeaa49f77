"""The founding event of an organisation takes the day the text says it was founded: "The X
Alliance was set up on October 16 at the Y Conference. ... The founding assembly adopted the
alliance's charter" (``nfo:startDate`` of the founding assembly, rule ``date:founded-on``).

An event with no date of its own named "founding / inaugural / establishment assembly,
meeting, conference, congress, session or ceremony" takes the date of the nearest sentence
before it (else the first after it, within ``_NEAR`` characters) that says something "was set
up / founded / established / inaugurated / formed / launched on <date>"."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near

_FOUNDING = re.compile(r"\b(?:founding|inaugural|establishment|inauguration)\s+(?:general\s+)?"
                       r"(?:assembly|meeting|conference|congress|session|ceremony)\b", re.I)
# (no full stop, comma or semicolon in one: asked only of the stretches between them with a cue)
_FOUNDING_NEAR = Near(_FOUNDING, ("founding", "inaugura", "establishment"), lower=True, stops=".,;")
_FOUNDED = re.compile(r"\b(?:was|were|has\s+been|had\s+been|is|are)\s+(?:(?:officially|formally|"
                      r"jointly)\s+)?(?:set\s+up|founded|established|inaugurated|formed|launched|"
                      r"created)\s+(?:on|in)\s+$", re.I)
_NEAR = 3000


def founding_days(text, dates, dated_kinds, kind) -> int:
    """Date the founding events described above; returns how many."""
    if not _FOUNDING_NEAR.search(text):
        return 0
    founded = [d for d in dates if d.kind in ("date", "gYearMonth") and not d.until
               and _FOUNDED.search(text, max(0, d.start - 60), d.start)]
    if not founded:
        return 0
    founded.sort(key=lambda d: d.start)
    starts = [d.start for d in founded]
    n = 0
    done = set()
    for s, e, ent in dated_kinds:
        if id(ent) in done or kind(ent) != "event" or not (
                _FOUNDING.search(ent.label) or _FOUNDING.search(text, s, e)):
            continue
        done.add(id(ent))
        if any(st[0] == NFO.startDate for st in ent.statements):
            continue
        at = min(m.start for m in ent.mentions)
        i = bisect.bisect_left(starts, at)      # (the days near it by bisection: linear)
        d = founded[i - 1] if i and founded[i - 1].start >= at - _NEAR else \
            founded[i] if i < len(founded) and founded[i].start < at + _NEAR else None
        if d is None:
            continue
        ls = max(text.rfind(".", 0, d.start), text.rfind("\n", 0, d.start)) + 1
        ent.add(NFO.startDate, date_literal(d.value), Span(ls, d.end), "date:founded-on")
        n += 1
    return n
