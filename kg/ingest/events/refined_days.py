"""A month that a day of the same clause makes precise: "Earlier this month, a team inspected
the projects from 2 to 4 November" happened from November 2 to 4, not "in November"; "In
March, the line was started up on the 12th" on March 12. The rules that make an event of a
clause date it by the clause's first date; this pass, run once the dates are settled, puts
the sharper one in its place when it falls inside the coarser one.

Only a day of the event's own clause (its date statement's span), read where the clause says
when the thing happened: not one after "after", "before", "since", "until", "by" and the like
(another time, or a bound), not a day the clause sets ahead, not one in an aside (", which
opened on May 5,"), and only one such day (two would be two steps)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.date_cues import in_aside
from kg.ingest.events.weekday_dates import text_days
from kg.ingest.reading.dates import date_literal, set_ahead
from kg.ingest.terms import NFO

RULE = "date:refined-in-clause"
_STARTS = (NFO.startDate, NFO.plannedDate)
# what puts a day at another time than the clause's own, or makes it a bound
# ("after a fire on the 8th", "by the 20th", "since 3 May": not the clause's own time)
_OTHER = re.compile(r"\b(?:after|before|since|until|till|by|following|prior\s+to|ahead\s+of|"
                    r"compared\s+with|than|as\s+of|deadline|due)\b[^,;:.]*$", re.I)


def refine_days(draft, doc_year: str | None) -> int:
    """Give each new event dated by a month (or a year) the one day of its clause inside it;
    returns how many changed."""
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    events = [e for e in draft.entities.values() if not e.known and e.role
              and any(p in _STARTS and len(str(o)) < 10 for p, o, _, _ in e.statements)]
    if not events:
        return 0
    days = sorted((d for d in text_days(text, doc_year, doc_date) if len(d.value) == 10),
                  key=lambda d: d.start)
    if not days:
        return 0
    starts = [d.start for d in days]      # (an event's days are found by bisection: linear)
    changed = 0
    for ent in events:
        sts = ent.statements
        coarse = [(i, st) for i, st in enumerate(sts) if st[0] in _STARTS and len(str(st[1])) < 10]
        if len(coarse) != 1 or any(st[0] in _STARTS and len(str(st[1])) == 10 for st in sts):
            continue
        i, (pred, obj, span, rule) = coarse[0]
        value = str(obj)
        near = days[bisect.bisect_left(starts, span.start):bisect.bisect_left(starts, span.end)]
        inside = [d for d in near if span.start <= d.start and d.end <= span.end
                  and d.value.startswith(value) and (not d.until or d.until.startswith(value))
                  and not _OTHER.search(text, max(span.start, d.start - 40), d.start)
                  and not set_ahead(text, d)
                  and not in_aside(text, d.start, d.end, span.start, span.end)]
        if len(inside) != 1:
            continue
        d = inside[0]
        ends = [st for st in sts if st[0] == NFO.endDate]
        sts[i] = (pred, date_literal(d.value), span, RULE)
        if d.until and pred == NFO.startDate:
            if ends and all(len(str(st[1])) < 10 for st in ends):
                sts[:] = [st for st in sts if st[0] != NFO.endDate]
            if not any(st[0] == NFO.endDate for st in sts):
                ent.add(NFO.endDate, date_literal(d.until), span, RULE)
        changed += 1
    return changed
