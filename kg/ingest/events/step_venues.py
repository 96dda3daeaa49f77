"""Where a step still to come is held, when its own clause says so: "The Embassy will hold a
safety training in Kolwezi on 15 December", "Interviews will take place in Jinchang in the
second half of February", "The 2027 competition is planned for Sanmenxia", "the medal, which is
to be presented in Guiyang at the end of the month". A planned milestone keeps its date alone
(:func:`planned_milestones.keep_planned_date`: the places of its sentence are guesses); the
place its clause names after a plan word ("will", "is to", "planned", "scheduled" ...), a verb
of ``data/step-venue-verbs.txt`` and "in", "at" or "for" (the first such place, inside the
step's evidence) is where it happens: ``nfo:heldIn``, rule ``event:step-venue@0.5``. The
"in" may be followed by a determiner and an owner ("at its plant", "in the park's service
centre"); a verb of the list written with " to" takes the place after "to" ("will move its
headquarters to X"); a place that only qualifies the next ("the Zhengzhou East New District")
gives way to it, and those listed after it ("in Hefei and Wuhu") are held in too. A place in the
step's subject ("its second line in Baoji is due to start") comes before the plan word and is
none. One look at each step's clause, the places bisected: linear."""
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
# "in", "at", "for" before the place, its determiner and an owner's possessive between ("at
# its plant", "in the park's service centre")
_BEFORE = re.compile(r"\b(?:in|at|for)[ \t\n]+(?:(?:the|its|their)[ \t\n]+)?"
                     r"(?:[\w-]+['\u2019]s[ \t\n]+)?$", re.I)
_BACK = 40          # characters before a place read for its "in", "at" or "for"


_TO = re.compile(r"\bto[ \t\n]+(?:the[ \t\n]+)?$", re.I)


@lru_cache(maxsize=2)
def _verbs(to: bool = False) -> re.Pattern:
    """The verbs of the list; ``to``: those written with " to" (the place follows "to": "will
    move its headquarters to X"), without it."""
    alts = sorted((v[:-3] if to else v for v in lines("step-venue-verbs")
                   if v.endswith(" to") == to), key=len, reverse=True)
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
    verbs, to_verbs = _verbs(), _verbs(to=True)
    for step in steps:
        at = step.mentions[0]
        plan = _PLAN.search(text, at.start, at.end)
        if plan is None:
            continue
        i = bisect.bisect_left(starts, plan.end())
        while i < len(places) and places[i][0] < at.end:
            s, e, place = places[i]
            i += 1
            lo = max(plan.end(), s - _BACK)
            if e > at.end or not (
                    _BEFORE.search(text, lo, s) and verbs.search(text, plan.start(), s) or
                    _TO.search(text, lo, s) and to_verbs.search(text, plan.start(), s)):
                continue
            while i < len(places) and places[i][1] <= at.end and \
                    places[i][0] >= e and not text[e:places[i][0]].strip(" \t\n"):
                s, e, place = places[i]     # "to the Zhengzhou East New District": the
                i += 1                      # district, not the city that qualifies it
            step.add(NFO.heldIn, place.iri, Span(at.start, at.end), RULE)
            for other in _listed(text, places, i, e, at.end):     # "in Hefei and Wuhu"
                step.add(NFO.heldIn, other.iri, Span(at.start, at.end), RULE)
            break


_GAP = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+)")


def _listed(text, places, i, end, stop) -> list:
    """The places listed right after the one that ends at ``end`` (``places[i:]`` those after
    it, sorted), inside the step's clause (before ``stop``): "in Houzhai and Xiyao villages",
    "in A, B and C"; a list only when "and" joins its last item ("in Xiuwu County, Jiaozuo" is
    a place and the one it is in)."""
    out, gap = [], ""
    while i < len(places) and places[i][0] < stop:
        s, e, place = places[i]
        i += 1
        if s < end:
            continue        # (a shorter name inside the one read)
        g = _GAP.fullmatch(text, end, s)
        if g is None or e > stop or any(place is o for o in out):
            break
        out.append(place)
        gap, end = g.group(0), e
    return out if re.search(r"\band\b", gap) else []
