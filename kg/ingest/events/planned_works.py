"""The planned date of a works told only by the step that is to build, start or finish it:
"Members agreed to build a demonstration hydrogen storage station in Yulin in 2027", "The
second phase is due in the second half of 2026", "the company has undertaken to finish its
retrofit project by June next year": the step is an event with ``nfo:plannedDate`` about the
works (``relations/works_milestones.py``, ``relations/title_works.py``, or the step's subject:
``relations/clause_subjects.py``), and the works itself (a new project) is given that planned
date (rule ``date:planned-works``), as a curator records when a works is to come.

What is read: the draft's new events with a planned date, the works each is about (only the
"about" of the rules that read the works from the step's own words, its subject or the
paragraph's works named before it), and the works' own dates. A site is no works here: "the
lead smelter" whose overhaul is planned already stands. A works that has a date of its own (a
start, an end, a planned date) keeps it; a works two planned steps give different dates ("to
start in 2027 and to be finished in 2029") takes none: which one a curator keeps is the
reviewer's call. Not read: steps done (a start or completion already reported dates the works
through other rules), nor a works named in a step that is about something else."""
from __future__ import annotations

from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "date:planned-works"
# (not "event:clause-about": "Police will set up a roadblock near the X mine on June 21" is
# about the mine, where it happens, not a step of the mine)
_ABOUT_RULES = ("topic:works-milestone", "topic:step-names-works", "topic:clause-subject")
_OWN = (NFO.startDate, NFO.endDate, NFO.plannedDate)


def _is_works(ent) -> bool:
    # (a project; not a site: "the smelter" that is to be overhauled already stands)
    return kind(ent) == "project"


def planned_works(draft) -> int:
    """Give each undated new works the one planned date of the steps about it; how many."""
    found: dict = {}        # works IRI -> [(value, span)]
    for ev in draft.new():
        planned = [(o, sp) for p, o, sp, _ in ev.statements if p == NFO.plannedDate]
        if not planned:
            continue
        for p, o, _, rule in ev.statements:
            if p != NFO.about or not rule.startswith(_ABOUT_RULES):
                continue
            works = draft.entities.get(o)
            if works is None or works.known or works is ev or not _is_works(works):
                continue
            found.setdefault(o, []).extend(planned)
    n = 0
    for iri, planned in found.items():
        works = draft.entities[iri]
        if any(st[0] in _OWN for st in works.statements):
            continue
        if len({str(v) for v, _ in planned}) != 1:
            continue
        value, span = planned[0]
        works.add(NFO.plannedDate, value, span, RULE)
        n += 1
    return n
