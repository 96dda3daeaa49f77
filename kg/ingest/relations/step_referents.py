"""What an event is about when its own words point back by a common noun at a thing named
before: "The line was restored at 09:50 on Monday" (the cold rolling line named above), "the
mine was reorganised as a company", "The fund will be registered before the end of March",
"tours the workshop". A definite phrase ("the", "its", "this", "their", "that" and at most two
other words) ending in a noun of ``data/step-referent-heads.txt`` inside the event's own span
refers to the latest thing (a works, project, organisation, product or agreement) named before
it whose name's head is that noun ("Vanadium plant of X" has the head "plant") and whose name
holds the phrase's other words ("the copper foil project" is no "deep exploration project"); the
event is ``nfo:about`` it (rule ``topic:step-referent@0.6``), unless a rule has said what the
event is about (a guess below 0.6 gives way).

Refused: a phrase after a word of ``data/step-referent-prepositions.txt`` ("trained at the
plant", "the expansion of that plant": a place, a partner or a part, not the topic); a noun
that modifies the next one ("the mine office", "the warehouse operator": a lower-case word after
it that is not in ``data/step-referent-followers.txt`` and ends in neither "ed" nor "s"); a
plural ("the plants": several things); "the plant of X" (its owner named: works_milestones.py).
Measured on the development sets (1-100 but the kept-aside ones): 18 drafted, 10 right.
One pass over the mentions of the things, then one search per event mention: linear in the
text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.rule_confidence import rule_confidence
from kg.ingest.terms import NFO

RULE = "topic:step-referent@0.6"
_THINGS = frozenset(("project", "place", "org", "product", "agreement"))
_CUT = re.compile(r"\s+(?:of|in|at|for|near|on)\s+|\s*[(,]", re.I)


@lru_cache(maxsize=1)
def _phrase() -> re.Pattern:
    heads = alternation("step-referent-heads", lower=True)
    return re.compile(r"(?<![\w,])(?P<p>[A-Za-z]+\s+)?(?:the|its|this|their|that)\s+"
                      r"(?P<mods>(?:[a-z][\w,.-]*\s+){0,2}?)(?P<h>" + heads + r")\b"
                      r"(?!\s+of\b)(?![\w-])(?:\s*(?P<n>[A-Za-z]+))?", re.I)


def _head(label: str) -> str:
    part = _CUT.split(label.strip(" \"'“”"), 1)[0]
    ws = re.findall(r"[A-Za-z][\w-]*", part)
    if not ws:
        return ""
    return ws[-1].lower()


def _plain(got) -> bool:
    """The phrase is the event's subject or object: no preposition before it ("trained at the
    plant", "the expansion of that plant"), and the noun ends it (a verb, a function word or a
    stop after it: "the plant resumed", "the mine was", not "the warehouse operator")."""
    p = (got.group("p") or "").strip().lower()
    if p in words("step-referent-prepositions"):
        return False
    n = got.group("n")
    if n is None or not n[0].islower() or "\n\n" in got.string[got.end("h"):got.start("n")]:
        return True         # (a stop, a capital or a paragraph's end after it)
    return n in words("step-referent-followers") or n.endswith(("ed", "s"))


def step_referents(draft) -> None:
    text = draft.text
    rx = _phrase()
    heads = words("step-referent-heads")
    named: dict = {}                # head noun -> sorted [(start, entity)]
    events = []
    for e in draft.entities.values():
        k = e.kind
        if k == "event":
            if not e.known and e.mentions:
                events.append(e)
            continue
        if k not in _THINGS or not e.mentions:
            continue
        if k == "place" and not str(e.cls).endswith("#Site"):
            continue
        h = _head(e.label)
        if h in heads:
            named.setdefault(h, []).extend((m.start, e) for m in e.mentions)
    if not named or not events:
        return
    for rows in named.values():
        rows.sort(key=lambda x: x[0])
    for ent in events:
        if any(st[0] == NFO.about and rule_confidence(st[3]) >= 0.6 for st in ent.statements):
            continue
        for m in ent.mentions:
            got = rx.search(text, m.start, m.end)
            while got is not None and not _plain(got):
                got = rx.search(text, got.start("h"), m.end)
            if got is None:
                continue
            h = got.group("h").lower()
            rows = named.get(h)
            if not rows:
                continue
            i = bisect.bisect_left(rows, got.start(), key=lambda x: x[0])
            if i == 0:
                continue
            target = rows[i - 1][1]
            if target is ent or not all(w in target.label.lower()
                                        for w in got.group("mods").lower().split()):
                continue        # ("the copper foil project": a project of those words)
            ent.statements[:] = [st for st in ent.statements if st[0] != NFO.about]
            ent.add(NFO.about, target.iri, Span(m.start, m.end), RULE)
            break
