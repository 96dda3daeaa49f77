"""The day a project started, from a sentence that says when construction began ("Construction
began in March 2023", "Work on the second phase started on May 5"), put on the project it
speaks of (called by :func:`kg.ingest.events.date_attach.attach_dates`)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

# "Construction began in March 2023", "Work on the second phase started on May 5": the day a
# project started (said in the past tense: "is due to start in" is a plan, not a date it has)
_BEGAN = re.compile(r"\b(?:(?:[Cc]onstruction|[Ww]ork|[Bb]uilding)(?:\s+(?:of|on)\s+(?:the|its|their)\s+"
                    r"(?:[\w-]+\s+){0,5}?[\w-]+)?\s+(?:officially\s+)?(?:began|started|commenced|"
                    r"kicked\s+off|got\s+under\s*way)|(?:that|which)\s+(?:began|started|commenced)\s+"
                    r"construction)\s+(?:in|on)\s+$")     # ("a project ... that began construction in May")
_PROJECT_BACK = 1500    # how far back the project it speaks of may be named (characters)


def construction_began(text, dates, dated_kinds, kind) -> int:
    """A sentence that says when construction began dates the project it speaks of: the one
    named in it, else the last one named before it in the paragraph (or in an earlier one, when
    this paragraph says "the <its head noun>"), unless a rule stated its start otherwise
    (``date:construction-began``; it replaces a date only read from the project's sentence)."""
    projects = sorted((x for x in dated_kinds if kind(x[2]) == "project"), key=lambda x: x[0])
    if not projects:
        return 0
    starts = [x[0] for x in projects]       # (the projects near a cue found by bisection)
    n = 0
    for d in dates:
        if d.kind == "gYear" and d.until:
            continue
        m = _BEGAN.search(text, max(0, d.start - 80), d.start)
        if m is None:
            continue
        par = max(text.rfind("\n\n", max(0, m.start() - 2 * _PROJECT_BACK), m.start()),
                  m.start() - 2 * _PROJECT_BACK - 1)        # (read back this far at most)
        lo = max(par + 1, m.start() - _PROJECT_BACK)
        back = projects[bisect.bisect_left(starts, m.start() - 2 * _PROJECT_BACK):
                        bisect.bisect_right(starts, m.end())]
        near = [x for x in back if lo <= x[0] and x[1] <= m.end()]
        if not near:
            # "The refinery was built by ... Construction began in ...": a project named in an
            # earlier paragraph, referred to by its head noun in this one
            said = text[par + 1:m.start()].lower()
            near = [x for x in back if x[1] <= m.start() and x[0] >= m.start() - 2 * _PROJECT_BACK
                    and f"the {x[2].label.split()[-1].lower()}" in said]
        if not near:
            continue
        ent = max(near, key=lambda x: x[0])[2]
        # (over a date its sentences only hold: "X, built by Y, poured its first ingots on
        # May 5" dates the pouring, not the start of the project)
        if any(st[0] == NFO.startDate and not st[3].startswith(("context:date", "date:"))
               or st[3] == "date:construction-began" for st in ent.statements):
            continue
        ent.statements[:] = [st for st in ent.statements if st[0] != NFO.startDate]
        ent.add(NFO.startDate, date_literal(d.value), Span(m.start(), d.end),
                "date:construction-began")
        n += 1
    return n
