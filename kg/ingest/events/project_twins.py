"""A step still to come whose whole subject is a new project of the draft, the project being the
step itself: "The second phase is scheduled for completion at the end of 2027", "Phase II is
planned for the second half of next year", "phase II will follow by 2030", "A second phase of
6,000 racks is to start construction in March next year".

:mod:`kg.ingest.events.future_steps` makes such a clause a milestone (rule
``event:future-step``), about the project its subject names (``relations/clause_subjects.py``),
and :mod:`kg.ingest.events.planned_works` gives the project the milestone's planned date. The
draft then holds the same thing twice: a curator records the phase once, dated (as a project or
as a milestone named by the phase: "Phase II"), never a second node for the clause that dates it.
So the milestone leaves the draft when

* its words open with a mention of a new project (after an article, a list's mark or nothing:
  "b) phase I, with 24 die-casting cells, is expected to ..."), the project's name is the
  clause's subject: a plan word or "be" comes right after it, or after an aside in commas
  (not ", which": "X line, which is due to start": the relative tells a step of X);
* the project carries the same planned date (its own, or the one planned_works copied from
  this step), so nothing the step said is lost;
* nothing else in the draft points at the milestone.

Round 46, measured on the development sets: 8 such milestones (2 with the phase's size between:
"of 6,000 racks", "doubling the capacity"), none recorded by the curators (their phases are
recorded once, and matched to the project); the one recorded step with a
project subject ("Project 1 plans to break ground": an actor that plans, not a phase that is
planned) is kept. Runs after planned_works; one pass over the draft's milestones, a bisect each."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.planned_milestones import FUTURE
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

# what may stand before the project's name at the step's start: a list's mark, an article
_OPEN = re.compile(r"[ \t\n]*(?:\(?[a-z0-9][.)][ \t\n]+)?(?:(?:the|a|an|its|their)[ \t\n]+)?",
                   re.I)
# the verb after the subject: a plan word or "be" (not "plans to": an actor's), right after the
# name, after an aside in commas, or after a few words that tell the phase's size ("A second
# phase of 6,000 racks is to start", "a second phase doubling the capacity is planned")
_BE = r"(?:is|are|will|would|shall|was|were)"
_PLANNED = re.compile(r"(?:[ \t\n]*,[^,.;:]{1,80},|(?:[ \t\n]+(?!" + _BE + r"\b)[\w,'-]+){1,6})?"
                      r"[ \t\n]+" + _BE + r"[ \t\n]+(?:(?:be|expected|due|scheduled|planned|set|"
                      r"slated|to|follow)\b)", re.I)


def _twin(text: str, step, works: list, starts: list) -> object | None:
    """The project whose name is the whole subject of ``step``'s first mention, else None."""
    m = min(step.mentions, key=lambda s: s.start)
    at = _OPEN.match(text, m.start, m.end).end()
    i = bisect.bisect_left(starts, at)
    if i == len(works) or works[i][0] != at:
        return None
    _, end, proj = works[i]
    if re.match(r"[ \t\n]*,[ \t\n]*(?:which|that|who)\b", text[end:m.end]):
        return None
    if _PLANNED.match(text, end, m.end) is None:
        return None
    return proj


def drop_project_twins(draft) -> int:
    """Drop the milestones described above; how many."""
    text = draft.text
    works = sorted((m.start, m.end, e) for e in draft.entities.values()
                   if not e.known and kind(e) == "project" for m in e.mentions)
    if not works:
        return 0
    starts = [w[0] for w in works]
    pointed = {st[1] for e in draft.entities.values() for st in e.statements}
    gone = []
    for e in draft.entities.values():
        if e.rule != FUTURE or e.known or not e.mentions or e.iri in pointed or \
                not str(e.cls).endswith("#Milestone"):
            continue
        planned = {str(st[1]) for st in e.statements if st[0] == NFO.plannedDate}
        if len(planned) != 1:
            continue
        proj = _twin(text, e, works, starts)
        if proj is None:
            continue
        if planned != {str(st[1]) for st in proj.statements if st[0] == NFO.plannedDate}:
            continue
        gone.append(e.iri)
    for iri in gone:
        draft.entities.pop(iri)
    return len(gone)
