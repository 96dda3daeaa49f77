"""Who leads a body set up for one task (``names/lower_teams``: "a rescue headquarters", "an
accident investigation team"): the person named after "headed / led / chaired / directed /
commanded by" or "under" later in its clause ("A rescue headquarters was set up at the mine on
Thursday night under Lu Ming", "an investigation team headed by Deputy Governor Han Qi"), with
up to six words of title between: ``nfo:ledBy``, rule ``team:led-by-cue``. "Under" a plan or a
law, or a person named after the clause ends, leads nothing."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "team:led-by-cue"
_CUE = re.compile(r"\b(?:(?:headed|led|chaired|directed|commanded|coordinated)\s+by|under)"
                  r"\s+(?:(?:the\s+)?(?:[A-Za-z][\w'\u2019-]*\s+){0,6}?)")
_CLAUSE_END = re.compile(r"[.;!?]\s|\n\s*\n")


def team_leaders(draft, within) -> None:
    text = draft.text
    for ent in list(draft.entities.values()):
        if ent.known or ent.rule != "name:lower-team" or not ent.mentions \
                or any(p == NFO.ledBy for p, *_ in ent.statements):
            continue
        for m in ent.mentions:
            stop = _CLAUSE_END.search(text, m.end, m.end + 160)
            end = stop.start() if stop else min(len(text), m.end + 160)
            cue = _CUE.search(text, m.end, end)
            if cue is None:
                continue
            people = [x for x in within(cue.start(), end, ("person",))
                      if x[0] <= cue.end() + 60]
            if people:
                ent.add(NFO.ledBy, people[0][2].iri, Span(m.start, people[0][1]), RULE)
                break
