"""What an event or document is about when its words count the things named before it: "the
review meeting for the three standards", "online bidding for the four blocks", "a briefing on
these two projects" (nouns in ``data/counted-topic-nouns.txt``).

The things are the ones of that kind (standards; works: projects and works sites; projects;
agreements; documents) that one paragraph or list before the phrase names exactly that many of,
the nearest such paragraph first (so a table of three standards, not the three named last
across the table and a note under it); "listed below" / "as follows" looks after the phrase
instead. When no paragraph names exactly that many, nothing is proposed. Rule
``topic:counted-things@0.6``. Each mention of an event or document reads its own words (at most
``_NAME`` characters), and the candidates are looked up by bisect within ``_BACK`` characters:
linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading import scans_ahead
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.works_milestones import _is_works
from kg.ingest.terms import NFO

RULE = "topic:counted-things@0.6"
PLURAL_RULE = "topic:plural-things@0.5"
_OPEN = re.compile(r"[\s*•·\-–—(]*")
_BACK = 3000            # characters: how far back (or ahead) the counted things may be named
_NAME = 300             # characters of a mention read for the phrase
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "both": 2}
_AHEAD = re.compile(r"\s*(?:\(?(?:listed|set\s+out|named|shown)\s+below\)?|below|as\s+follows|"
                    r"in\s+the\s+(?:table|list)\s+below|:)", re.I)
_STANDARDS = {"Standard", "NationalStandard", "IndustryStandard", "GroupStandard"}


@lru_cache(maxsize=1)
def _nouns():
    table = {}
    for line in lines("counted-topic-nouns"):
        what, noun = re.split(r"\s{2,}", line)
        table[noun.lower()] = what
    alts = "|".join(re.escape(n).replace(r"\ ", r"\s+")
                    for n in sorted(table, key=lambda n: (-len(n), n)))
    rx = re.compile(
        rf"\b(?:for|on|of|about|covering|concerning|reviewing|regarding)\s+(?:all\s+)?"
        rf"(?:the|these|those|all|both)\s+(?:(?P<count>two|three|four|five|six|seven|eight|nine|"
        rf"ten|\d{{1,2}})\s+)?(?:[a-z][a-z-]*\s+){{0,2}}?(?P<n>{alts})(?:s|es)\b", re.I)
    plural = re.compile(
        rf"(?:The|These|All\s+(?:the\s+)?|Both\s+(?:the\s+)?)\s*(?:(?:[a-z][a-z-]*\s+){{0,2}}?)"
        rf"(?P<n>{alts})(?:s|es)\b(?!['’])")
    return table, rx, plural


def _fits(ent, what) -> bool:
    k = ent.kind
    cls = str(ent.cls).rsplit("#", 1)[-1]
    if what == "standard":
        return cls in _STANDARDS
    if what == "works":
        return k in ("project", "place") and _is_works(ent)
    if what == "project":
        return k == "project"
    if what == "agreement":
        return k == "agreement"
    if what == "document":
        return k == "policy" and cls not in _STANDARDS
    return False


def _paras(text, found) -> dict:
    """paragraph start -> the different things of ``found`` ((entity, start)) it names."""
    paras: dict = {}
    for ent, s in found:
        got = paras.setdefault(text.rfind("\n\n", 0, s), [])
        if ent not in got:
            got.append(ent)
    return paras


def _things(text, named, starts, ev, what, at, end, n, ahead) -> list:
    """The things of the nearest paragraph naming exactly ``n`` of them (``n`` 0: two or more,
    all), looked for before the phrase and after it (after first when ``ahead``)."""
    lo, hi = bisect.bisect_left(starts, at - _BACK), bisect.bisect_left(starts, at)
    before = _paras(text, [(e, s) for s, e in named[lo:hi] if _fits(e, what) and e is not ev])
    lo, hi = bisect.bisect_left(starts, end), bisect.bisect_left(starts, end + _BACK)
    after = _paras(text, [(e, s) for s, e in named[lo:hi] if _fits(e, what) and e is not ev])
    own = text.rfind("\n\n", 0, at)
    ok = (lambda xs: len(xs) == n) if n else (lambda xs: len(xs) >= 2)
    cands = [(key - own if key > own else own - key + (0 if not ahead else _BACK), key, xs)
             for src in (before, after) for key, xs in src.items() if ok(xs)]
    if ahead:
        cands = [c for c in cands if c[1] >= own] or cands
    if not cands:
        return []
    cands.sort(key=lambda c: c[0])
    if len(cands) > 1 and cands[0][0] == cands[1][0] and cands[0][2] != cands[1][2]:
        return []           # (two lists as near: which one is not said)
    return cands[0][2]


_SCANS = (("kg.ingest.relations.counted_topics", "topic_pattern"),
          ("kg.ingest.relations.counted_topics", "plural_pattern"))


def topic_pattern():
    """The counted topics' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _nouns()[1]


def plural_pattern():
    """The plural topics' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _nouns()[2]


def counted_topics(draft) -> None:
    text = draft.text
    table, rx, plural = _nouns()
    if scans_ahead.search(rx, text, _SCANS[0]) is None \
            and scans_ahead.search(plural, text, _SCANS[1]) is None:     # (maybe read ahead)
        return
    subjects, named = [], []
    for e in draft.entities.values():
        k = e.kind
        if k in ("event", "policy") and not e.known and e.mentions:
            subjects.append(e)
        named.extend((m.start, e) for m in e.mentions)
    named.sort(key=lambda x: x[0])
    starts = [x[0] for x in named]
    for ev in subjects:
        for m in ev.mentions:
            g = rx.search(text, m.start, min(m.end, m.start + _NAME))
            rule = RULE
            if g is None:
                g = plural.match(text, _OPEN.match(text, m.start).end(), m.end)
                if g is None or any(st[0] == NFO.about for st in ev.statements):
                    continue
                rule = PLURAL_RULE
            what = table[" ".join(g.group("n").lower().split())]
            count = g.groupdict().get("count")
            if count and count[:1].isupper() and g.group("n")[:1].islower():
                continue        # "a briefing on the Three Gorges projects": a name's word
            n = (int(count) if count.isdigit() else _COUNTS[count.lower()]) if count else \
                (2 if g.group(0).split()[-2].lower() == "both" else 0)
            if n == 1 or n == 0 and rule == RULE:
                continue
            things = _things(text, named, starts, ev, what, g.start(), g.end(), n,
                             bool(_AHEAD.match(text, g.end())))
            for t in things:
                if not ev.statements.has(NFO.about, t.iri):
                    ev.add(NFO.about, t.iri, Span(g.start(), g.end()), rule)
            if things:
                break
