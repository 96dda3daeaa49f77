"""Who leads a named group formed for a task: "a Dam Patrol Team of 20 miners, led by A", "the
Pump Repair Group, led by engineer B", "the X Working Group, which is headed by C". The group is
a new organisation (not a company with a legal form) whose name ends in a noun of
``data/group-leader-nouns.txt``; its mention is followed in the same clause, within ``_GAP``
characters that name nobody else, by "led / headed / commanded / directed by" and, after at
most three title words, a person: ``nfo:ledBy`` that person (rule ``team:group-led-by``). A
group named as the owner of another ("a delegation of the X Group, led by D", "a task force of
its Y Brigade, headed by E": the delegation, the task force is led) or joined by "and" to
another body before the cue leads to nothing; neither does a group some rule has said is led already (team_leaders,
affiliations). One look after each mention of such a group: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "team:group-led-by"
_GAP = 100          # characters between the group's name and the cue
_LEGAL = re.compile(r"\b(?:Co\.|Ltd|Corporation|Corp\.|Inc\.|LLC|plc)\b", re.I)
# the group named as another's owner or partner: "a delegation of the X Group"
_OWNER = re.compile(r"\b(?:of|from|by|to|with|for)[ \t\n]+(?:(?:the|its|their|our)[ \t\n]+)?$",
                    re.I)
# a gap that joins another body to the group ("X Brigade and the Y Station, headed by"): both
_JOINED = re.compile(r"\b(?:and|or|with|together)\b|&", re.I)
_CUE = re.compile(r"\b(?:led|headed|commanded|directed)[ \t\n]+by[ \t\n]+", re.I)
# the leader's title between the cue and the name: "engineer", "Deputy Director", "its
# President," ("led by its President, A")
_TITLE = re.compile(r"(?:(?:the|its|their)[ \t\n]+)?(?:[A-Za-z][\w'\u2019.-]*[ \t\n]+){0,3}"
                    r"(?<=[ \t\n])|(?:its|their)[ \t\n]+(?:[A-Za-z][\w'\u2019.-]*[ \t\n]+){0,2}"
                    r"[A-Za-z][\w'\u2019.-]*,[ \t\n]+")
_END = re.compile(r"[.;!?:](?:\s|$)|\n[ \t]*\n")


@lru_cache(maxsize=1)
def _head():
    """A name ending in a group noun, maybe with a count after it ("Team of 36")."""
    return re.compile(rf"\b(?:{alternation('group-leader-nouns', lower=True)})"
                      r"(?:[ \t\n]+of[ \t\n]+\d+)?$", re.I)


def group_leaders(draft, within) -> None:
    text = draft.text
    for ent in list(draft.entities.values()):
        if ent.known or kind(ent) != "org" or not ent.mentions or _LEGAL.search(ent.label) \
                or not _head().search(ent.label) \
                or any(p == NFO.ledBy for p, *_ in ent.statements):
            continue
        for m in ent.mentions:
            if _OWNER.search(text, max(0, m.start - 12), m.start):
                continue
            stop = _END.search(text, m.end, m.end + _GAP + 40)
            end = stop.start() if stop else min(len(text), m.end + _GAP + 40)
            cue = _CUE.search(text, m.end, min(end, m.end + _GAP + 20))
            if cue is None:
                continue
            # nobody else named between the group and the cue
            if _JOINED.search(text, m.end, cue.start()) or any(
                    s >= m.end for s, _, _ in within(m.end, cue.start(), ("person", "org", "place"))):
                continue
            people = [x for x in within(cue.start(), end, ("person",)) if x[0] <= cue.end() + 40]
            if not people or not (people[0][0] == cue.end()
                                  or _TITLE.fullmatch(text, cue.end(), people[0][0])) \
                    or within(cue.end(), people[0][0], ("org",)):
                continue
            ent.add(NFO.ledBy, people[0][2].iri, Span(m.start, people[0][1]), RULE)
            break
