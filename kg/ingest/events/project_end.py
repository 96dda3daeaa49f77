"""The day a project was finished, told by its own clause: "The tailings dam upgrade at the X
mine, our molybdenum base in Y County, was completed in September", "The second line of the Z
project was finished on 8 May" (the project named as the subject, an aside between, then the
verb of its completion and the date): ``nfo:endDate`` (``date:completed``). Not a deadline ("is
to be completed by June", "will be finished in 2027": what is to come is a plan's step) nor a
day of the phase of another ("the first phase of X was completed": the phase's)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

# after the name: where it is ("at the X mine"), an aside of at most 160 characters with no stop, the verb of its completion,
# and the words up to the date ("was completed in", "had been finished on", "was completed and
# accepted in")
_COMPLETED = re.compile(r"(?:[ \t\n]+(?:at|of|in|near)[ \t\n]+[^,.;:]{1,60}?)?(?:[ \t\n]*,[^.;:]{1,160}?,)?[ \t\n]+(?:was|were|has[ \t\n]+been|had[ \t\n]+"
                        r"been)[ \t\n]+(?:fully[ \t\n]+|successfully[ \t\n]+)?(?:completed|finished)"
                        r"(?:[ \t\n]+and[ \t\n]+[a-z]+(?:[ \t\n]+[a-z]+)?)?[ \t\n]+(?:in|on)[ \t\n]+"
                        r"(?:the[ \t\n]+end[ \t\n]+of[ \t\n]+)?\Z")
# a part named before it: its completion is the part's ("the first phase of X")
_PART_BEFORE = re.compile(r"\b(?:phase|stage|section|line|unit)\s+(?:[IVX\d]+\s+)?of\s+(?:the\s+)?$",
                          re.I)


# a name after a preposition is no subject ("The upgrade at the X mine, ..., was completed"):
# the clause is another's
_OBJECT_BEFORE = re.compile(r"\b(?:at|near|in|of|for|from|to|with|by|on|into|beside)[ \t\n]+"
                            r"(?:the[ \t\n]+|its[ \t\n]+|their[ \t\n]+|our[ \t\n]+)?$", re.I)


# a clause put as a condition or a question: "If the X project was completed in 2025, output
# would rise", "whether the Y project was finished in May is not known"
_UNSURE_BEFORE = re.compile(r"\b(?:if|unless|whether|lest|in[ \t\n]+case|suppose|supposing|"
                            r"assuming)[ \t\n]+(?:that[ \t\n]+)?(?:the[ \t\n]+|its[ \t\n]+|"
                            r"their[ \t\n]+|our[ \t\n]+)?$", re.I)


def completed_projects(text, dates, dated_kinds, kind) -> int:
    """Give each new project its clause says was completed on a day its last day (see the
    module); how many changed."""
    projects = [(s, e, ent) for s, e, ent in dated_kinds if kind(ent) == "project"]
    if not projects:
        return 0
    starts = [d.start for d in dates]
    n = 0
    for s, e, ent in projects:
        if any(st[0] == NFO.endDate for st in ent.statements) or _PART_BEFORE.search(
                text, max(0, s - 30), s) or _OBJECT_BEFORE.search(text, max(0, s - 30), s) \
                or _UNSURE_BEFORE.search(text, max(0, s - 40), s):
            continue
        i = bisect.bisect_left(starts, e)
        if i >= len(dates) or dates[i].start - e > 260 or dates[i].until:
            continue
        d = dates[i]
        if d.kind not in ("date", "gYearMonth", "gYear") or not _COMPLETED.fullmatch(
                text, e, d.start):
            continue
        ent.add(NFO.endDate, date_literal(d.value), Span(s, d.end), "date:completed")
        n += 1
    return n
