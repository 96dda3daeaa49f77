"""The steps of a schedule are stages of the process the document is about::

    Notice on a Special Inspection of Dust Safety in Powder Plants
    ... this bureau will carry out a special inspection of combustible dust across the city ...
    IV. Timetable
      1. Mobilisation: in December 2026
      2. Self-inspection: January to March 2027
      3. Review: April 2027

A recruitment's registration, written test and interview, a campaign's mobilisation,
self-inspection and review, an expo's booth setup and public day, a conference's paper deadline
and camera-ready copy: the lines of a schedule (events of :mod:`kg.ingest.events.schedule_lines`,
two or more in the text) are parts (``nfo:partOfEvent``, rule ``event:stage-of@0.5``) of the
first event the text names before its first step whose name, class or first mention holds a
process of ``data/stage-wholes.txt`` (recruitment, campaign, inspection, arbitration, course
...) or a gathering of ``data/event-wholes.txt`` (conference, expo, contest, visit ...): the
process the title or the opening names (its first mention within the first 1,500 characters;
not a press conference or briefing, the occasion that announces a process). A step already part of an event, a step whose name holds
the whole's, and a whole that is itself a step or part of another event are left alone. One
pass over the draft's events: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO, local_name

RULE = "event:stage-of@0.5"
STEP_RULES = ("event:schedule-line", "event:item-heading")
_MENTION = 400      # characters of a whole's first mention read for its process
_OPENING = 1500     # characters: a whole is named in the title or the opening
# a gathering that announces the process, not the process itself ("at a press conference on
# the contest"): the text's occasion
_OCCASION = re.compile(r"\b(?:press[ \t\n]+conference|news[ \t\n]+conference|briefing|"
                       r"press[ \t\n]+release)", re.I)


@lru_cache(maxsize=1)
def _process() -> re.Pattern:
    return re.compile(rf"(?<![\w-])(?:{alternation('stage-wholes', lower=True)}|"
                      rf"{alternation('event-wholes', lower=True)})", re.I)


def _part_of(ent) -> bool:
    return any(p == NFO.partOfEvent for p, *_ in ent.statements)


def _is_process(ent, text: str) -> bool:
    m = ent.mentions[0]
    if m.start >= _OPENING or _OCCASION.search(ent.label) or local_name(ent.cls) == \
            "PressConference":
        return False
    return any(_process().search(x) for x in (
        ent.label, local_name(ent.cls), text[m.start:min(m.end, m.start + _MENTION)]))


def schedule_wholes(draft) -> None:
    text = draft.text
    events = [e for e in draft.entities.values()
              if not e.known and e.mentions and kind(e) == "event"]
    steps = [e for e in events if e.rule in STEP_RULES]
    if len(steps) < 2:
        return      # (no schedule: most texts)
    first = min(e.mentions[0].start for e in steps)
    whole = None
    for e in sorted(events, key=lambda e: min(m.start for m in e.mentions)):
        if min(m.start for m in e.mentions) >= first:
            break
        if e.rule not in STEP_RULES and not _part_of(e) and _is_process(e, text):
            whole = e
            break
    if whole is None:
        return
    name = " ".join(whole.label.lower().split())
    for e in steps:
        own = " ".join(e.label.lower().split())
        if e is whole or _part_of(e) or name in own or _process().fullmatch(own):
            continue    # (a step named by the process alone, "Course: 12-14 January", is it)
        at = e.mentions[0]
        e.add(NFO.partOfEvent, whole.iri, Span(at.start, at.end), RULE)
