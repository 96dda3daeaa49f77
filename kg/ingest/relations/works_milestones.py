"""What a step in the life of a works is about: building, starting, running or stopping a
project, plant, mine or line (the words in ``data/works-lifecycle-words.txt``).

* "The mine is due to produce its first ore in June 2028 and the smelter to start up by the
  end of that year": each step is about the works its own words name (the first project or
  site inside the event's span, or right after it: "the overhaul of its smelter"; rule
  ``topic:works-milestone``), which overrides a guess an earlier rule made (``...@0.5``);
* "... the 300,000-tonne casting project in Weifang. Construction started in March": a step
  whose words name no works is about the one named last before it in its paragraph, at
  most ``_BACK`` characters back (rule ``topic:works-milestone-before@0.6``), when no rule
  has said what it is about (a guess below 0.6 gives way), and when its own words name a works
  the draft has no entity for ("The Dangba smelter expansion was cancelled").

Runs after the verb events are named (pipeline.py), so "Construction started in March" is
read too. Industrial parks, zones and areas are places the works stand in, not works. One
pass over the events, each looking at its own span and at most ``_BACK`` characters before
it: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.rule_confidence import rule_confidence
from kg.ingest.relations.word_phrases import find, phrase_index
from kg.ingest.terms import NFO

_BACK = 400
_NOT_WORKS = re.compile(r"\b(?:park|parks|zone|zones|area|areas|estate|cluster|port|"
                        r"district|county|city|town|village|community)\W*$", re.I)
_OF = re.compile(r"\s+(?:of|at|to)\s+(?:the\s+|its\s+|their\s+|this\s+)?")


@lru_cache(maxsize=1)
def _named_works() -> re.Pattern:
    """A works named by a capitalised name and a head noun ("the Dangba smelter expansion",
    "Jiada lithium mine"; ``data/project-noun-heads.txt``), not an article's or a pronoun's
    capital ("The mine", "Its smelter")."""
    heads = "|".join(re.escape(h).replace(r"\ ", r"\s+")
                     for h in sorted(lines("project-noun-heads"), key=len, reverse=True))
    return re.compile(r"\b(?!(?:The|A|An|Its|Their|This|That|These|Our|Each|Every)\b)"
                      r"[A-Z][\w'\u2019-]+(?:[ \t]+[a-z][\w-]*){0,2}[ \t]+(?:" + heads + r")\b")


def _names_works(text, m) -> bool:
    """The step's own words name a works the draft has no entity for (its name and head noun):
    what it is about is that works, not the one named before it."""
    return _named_works().search(text, m.start, m.end) is not None


def _step(text, m, index) -> bool:
    """Whether the mention holds a lifecycle word (found word by word: word_phrases.py)."""
    return bool(find(text, m.start, m.end, index))


def _is_works(ent) -> bool:
    k = ent.kind
    if k == "project":
        return True
    return str(ent.cls).endswith("#Site") and not _NOT_WORKS.search(ent.label)


def _guess(rule: str) -> bool:
    return "@" in rule or rule.startswith("cooccur:")


def works_milestones(draft) -> None:
    rx = phrase_index("works-lifecycle-words")
    text = draft.text
    # every mention ("the mine" too, which the anaphora rules added to the entity only)
    kinds: dict = {}            # (a class's kind, asked once per class)
    works, events = [], []
    for e in draft.entities.values():
        k = kinds.get(id(e.cls))
        if k is None:
            k = kinds[id(e.cls)] = e.kind
        if k == "event":
            if not e.known and e.mentions:
                events.append(e)
        elif k in ("project", "place") and _is_works(e):
            works.extend((m.start, m.end, e) for m in e.mentions)
    if not works or not events:
        return
    works.sort(key=lambda x: (x[0], x[1]))
    starts = [x[0] for x in works]
    for ent in events:
        stated = [st for st in ent.statements if st[0] == NFO.about and not _guess(st[3])]
        if stated:
            continue
        steps = [m for m in ent.mentions if _step(text, m, rx)]
        if not steps:
            continue
        target = None
        for m in steps:         # the works its words name, or "the overhaul of its smelter"
            lo = bisect.bisect_left(starts, m.start)
            of = _OF.match(text, m.end)
            hi = bisect.bisect_right(starts, of.end() if of else m.end)
            inside = [w for w in works[lo:hi] if w[2] is not ent and
                      (w[1] <= m.end or of is not None and m.end < w[0] <= of.end())]
            if inside:
                target, span, rule = inside[0][2], Span(m.start, inside[0][1]), \
                    "topic:works-milestone"
                break
        if target is None:
            if any(st[0] == NFO.about and rule_confidence(st[3]) >= 0.6 for st in ent.statements):
                continue        # (a guess below 0.6, "the article's company", gives way)
            m = steps[0]
            if _names_works(text, m):
                continue        # ("The Dangba smelter expansion was cancelled": its own)
            lo = bisect.bisect_left(starts, m.start)
            par = max(text.rfind("\n\n", 0, m.start) + 2, m.start - _BACK)
            before = [w for w in works[bisect.bisect_left(starts, par):lo]
                      if w[1] <= m.start and w[2] is not ent]
            if not before:
                continue        # (the article's only works: right for 1 of 5 dev events)
            target, span = before[-1][2], Span(before[-1][0], m.end)
            rule = "topic:works-milestone-before@0.6"
        if any(st[0] == NFO.about and st[1] == target.iri for st in ent.statements):
            continue            # (an earlier rule said so already)
        ent.statements[:] = [st for st in ent.statements if st[0] != NFO.about or
                             rule_confidence(st[3]) > rule_confidence(rule)]
        ent.add(NFO.about, target.iri, span, rule)
