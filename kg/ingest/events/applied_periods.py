"""The period a policy is applied in, told by a verb of applying it and a range of days in the
sentence that names it: "our company will apply the orderly power use plan below from 15
December 2026 to 28 February 2027" (its object), "The quotas are valid from 1 January to 31
December" (its subject); not "Under the X Measures, enterprises applied from 8 to 30
September" (applied for something, under it), nor one the words before the days deny ("will
not apply the X plan from ..."). Its
first day is when it takes effect (``nfo:plannedDate`` when after the document's date, else
``nfo:dateInForce``) and its last its end (``nfo:endDate``): ``date:applied-period``. The day
it was issued is another (kept)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

# a verb of applying right before the name, its object ("will apply the X plan below from")
_APPLY_BEFORE = re.compile(r"\b(?:apply|applies|applied|implement(?:s|ed)?|enforce[sd]?|run|runs)"
                           r"[ \t\n]+(?:the[ \t\n]+|its[ \t\n]+|this[ \t\n]+|our[ \t\n]+)?$", re.I)
_NOT = re.compile(r"\b(?:not|never|no[ \t\n]+longer)\b|n[\'\u2019]t\b", re.I)
_FROM_AFTER = re.compile(r"[^.;:()]{0,40}?\bfrom[ \t\n]+(?:the[ \t\n]+)?\Z", re.I)
# ... or after the name, its subject: "The quotas are valid from", "the rules will be applied
# from", "The plan runs from"
_APPLIED_AFTER = re.compile(r"(?:[ \t\n]*,[^,.;:]{1,60},)?[ \t\n]+(?:(?:is|are|will[ \t\n]+be|shall[ \t\n]+be|"
                            r"was|were|remains?|stays?)[ \t\n]+(?:applied|implemented|enforced|valid|"
                            r"in[ \t\n]+force|in[ \t\n]+effect|effective)|runs?|will[ \t\n]+run|"
                            r"applies|apply)[ \t\n]+(?:[a-z]+[ \t\n]+){0,3}?from[ \t\n]+(?:the[ \t\n]+)?\Z",
                            re.I)


def applied_periods(text, dates, sents, dated_kinds, kind, doc_date) -> int:
    """Date the policies applied over a range of days their sentence gives (see the module);
    how many changed."""
    policies = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "policy" and not ent.known]
    if not policies:
        return 0
    starts = [d.start for d in dates]
    changed = 0
    done, undated = set(), set()   # (one look at an entity's statements, not one per mention)
    for s, e, ent in policies:
        if id(ent) in done:
            continue
        if id(ent) not in undated:
            if any(st[0] in (NFO.dateInForce, NFO.plannedDate, NFO.endDate)
                   for st in ent.statements):
                done.add(id(ent))
                continue
            undated.add(id(ent))
        ss, se = sents.bounds(s)
        for d in dates[bisect.bisect_left(starts, e):bisect.bisect_left(starts, se)]:
            if d.kind != "date" or not d.until or len(d.until) != 10:
                continue
            if not (_APPLY_BEFORE.search(text, max(ss, s - 40), s)
                    and _FROM_AFTER.fullmatch(text, e, d.start)
                    or _APPLIED_AFTER.fullmatch(text, e, d.start)):
                continue
            if _NOT.search(text, max(ss, s - 40), d.start):
                break       # ("will not apply the X plan from ... to ...": no period of it)
            if any(e <= s2 < d.start for s2, _, o in policies if o is not ent):
                break       # (another policy named between: the range is its)
            ahead = doc_date is not None and len(doc_date) == 10 and d.value > doc_date
            span = Span(ss, se)
            ent.add(NFO.plannedDate if ahead else NFO.dateInForce, date_literal(d.value), span,
                    "date:applied-period")
            ent.add(NFO.endDate, date_literal(d.until), span, "date:applied-period")
            done.add(id(ent))
            changed += 1
            break
    return changed
