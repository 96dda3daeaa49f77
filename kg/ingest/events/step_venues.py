"""Where a step still to come is held, when its own clause says so: "The Embassy will hold a
safety training in Kolwezi on 15 December", "Interviews will take place in Jinchang in the
second half of February", "The 2027 competition is planned for Sanmenxia", "the medal, which is
to be presented in Guiyang at the end of the month". A planned milestone keeps its date alone
(:func:`planned_milestones.keep_planned_date`: the places of its sentence are guesses); the
place its clause names after a plan word ("will", "is to", "planned", "scheduled" ...), a verb
of ``data/step-venue-verbs.txt`` and "in", "at" or "for" (the first such place, inside the
step's evidence) is where it happens: ``nfo:heldIn``, rule ``event:step-venue@0.5``. A place
in the step's subject ("its second line in Baoji is due to start") comes before the plan word
and is none. One look at each step's clause, the places bisected: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "event:step-venue@0.5"
_PLAN = re.compile(r"\b(?:will|would|shall|(?:is|are)[ \t\n]+to|planned|scheduled|due|"
                   r"expected|plans?[ \t\n]+to)\b", re.I)
_BEFORE = re.compile(r"\b(?:in|at|for)[ \t\n]+(?:the[ \t\n]+)?$", re.I)
_BACK = 20          # characters before a place read for its "in", "at" or "for"


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    alts = sorted(lines("step-venue-verbs"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(v).replace(r"\ ", r"[ \t\n]+")
                                         for v in alts) + r")\b", re.I)


def step_venues(draft, rules) -> None:
    """``rules``: the rules of the planned steps read (those keep_planned_date strips)."""
    text = draft.text
    steps = [e for e in draft.entities.values()
             if e.rule in rules and e.mentions and not e.known and kind(e) == "event"
             and not any(st[0] == NFO.heldIn for st in e.statements)]
    if not steps:
        return
    # (the longest of the names opening at one offset first: "Jinchang Railway Station")
    places = sorted(((m.start, m.end, e) for e in draft.entities.values()
                     if kind(e) == "place" for m in e.mentions), key=lambda x: (x[0], -x[1]))
    starts = [p[0] for p in places]
    verbs = _verbs()
    for step in steps:
        at = step.mentions[0]
        plan = _PLAN.search(text, at.start, at.end)
        if plan is None:
            continue
        i = bisect.bisect_left(starts, plan.end())
        while i < len(places) and places[i][0] < at.end:
            s, e, place = places[i]
            i += 1
            if e > at.end or _BEFORE.search(text, max(plan.end(), s - _BACK), s) is None or \
                    verbs.search(text, plan.start(), s) is None:
                continue
            step.add(NFO.heldIn, place.iri, Span(at.start, at.end), RULE)
            break
