"""A naming a clause event tells: "The Shaanxi Department of Industry names the smelter a
provincial green factory" (a chronicle's row), "the plant was selected as a typical case by the
association in September", "X was recognised as a national demonstration enterprise in 2025".
The clause rules (``events.verb_happenings``) make the event with the clause's organisations
as participants; curators record a naming as a ``nfo:Milestone`` organised by the body that
names (``nfo:organizedBy``), about the site or project named. Here an event of the clause rules
whose evidence holds a verb of naming (names, named, selected, chosen, listed as/among,
recognised, designated, rated) followed within a few words by a title
(``data/naming-titles.txt``: factory, enterprise, case, demonstration, base ...) becomes a
milestone; the organisation that names it (the subject before an active verb, or the one after
"by" past a passive one) is its organiser instead of a participant (``event:named-by``), and a
site or project of the clause before the title is what it is about. Linear: a bounded search
in each event's evidence."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.terms import NFO

RULE = "event:named-by"
_CLAUSE_RULES = ("event:verb-clause", "event:dated-milestone")
_VERB = re.compile(r"\b(?P<passive>(?:is|was|were|are|been|be)\s+(?:\w+ly\s+)?)?"
                   r"(?P<v>names|named|selects|selected|chooses|chose|chosen|lists|listed|"
                   r"recognises|recognised|recognizes|recognized|designates|designated|rates|rated)"
                   r"\b(?!\s+(?:on|in|at)\s+(?:the\s+)?[A-Z])")
_TITLE = re.compile(r"(?:\s+(?:as|among|in))?(?:\s+(?:a|an|the|one\s+of\s+the))?"
                    r"(?P<words>(?:\s+[\w'\"\u201c\u201d-]+){1,6})")
_BY = re.compile(r"\bby\s+(?:the\s+)?")


@lru_cache(maxsize=None)
def _titles() -> frozenset:
    return words("naming-titles")


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def _naming(text: str, a: int, b: int):
    """The verb of naming in ``text[a:b]`` that a title follows, or None."""
    for m in _VERB.finditer(text, a, b):
        t = _TITLE.match(text, m.end(), min(b, m.end() + 90))
        if t is None:
            continue
        ws = [w.strip("'\"\u201c\u201d").lower() for w in t.group("words").split()]
        # ("names the smelter a provincial green factory": the thing named, then its title)
        if any(w in _titles() for w in ws) or _titles() & set(
                w.strip("'\"\u201c\u201d,.").lower() for w in text[m.end():min(b, m.end() + 90)].split()[:9]):
            return m
    return None


def names_title(text: str, m) -> bool:
    """The word matched by ``m`` ("named", "listed" ...) names something a title ("named the
    base a provincial demonstration base"): a happening, though "a company named X" is none."""
    return _naming(text, m.start(), min(len(text), m.end() + 100)) is not None and \
        _VERB.match(text, m.start()) is not None


# a person named to a post: "X named Yu Fei as its chairman", "named Ms. Du as its new chief
# executive" (the role read against data/roles.txt, any case)
_TO_POST = re.compile(r"[ \t\n]+(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t\n]+)?[A-Z][\w'\u2019-]*(?:[ \t\n]+[A-Z]"
                      r"[\w'\u2019-]*){0,3}[ \t\n]+as[ \t\n]+(?:(?:its|their|the|his|her|a|an)[ \t\n]+)?"
                      r"(?:(?:new|next|acting|interim)[ \t\n]+)?(?P<role>[A-Za-z][\w-]*(?:[ \t\n]+"
                      r"[A-Za-z][\w-]*){0,3})")


@lru_cache(maxsize=1)
def _roles() -> frozenset:
    return frozenset(r.lower() for r in lines("roles"))


def names_to_post(text: str, m) -> bool:
    """The word matched by ``m`` ("named", "names") names a person to a post ("X named Yu Fei as
    its chairman on 3 March"): an appointment, a happening (not "a company named X")."""
    if m.group(0).lower() not in ("named", "names"):
        return False
    t = _TO_POST.match(text, m.end())
    if t is None:
        return False
    ws = t.group("role").lower().split()
    return any(" ".join(ws[:k]) in _roles() for k in range(len(ws), 0, -1))


def namings(draft, spans_of) -> None:
    text = draft.text
    by_iri = {}
    for s, e, ent in spans_of:
        by_iri.setdefault(ent.iri, []).append((s, e))
    for ent in list(draft.entities.values()):
        if ent.known or not ent.role or ent.rule not in _CLAUSE_RULES or not ent.mentions:
            continue
        span = ent.mentions[0]
        m = _naming(text, span.start, span.end)
        if m is None:
            continue
        namer = None
        parts = [(p, o, sp, r) for p, o, sp, r in ent.statements if p == NFO.participant]
        for p, o, sp, r in parts:
            other = draft.entities.get(o)
            if other is None or _local(other.cls) == "Person":
                continue
            at = [s for s, e in by_iri.get(o, ()) if span.start <= s < span.end]
            if not at:
                continue
            if m.group("passive"):
                by = _BY.search(text, m.end(), span.end)
                if by is not None and any(s >= by.end() and s - by.end() < 4 for s in at):
                    namer = o
            elif any(s < m.start() for s in at):
                namer = o
        ent.cls = NFO.Milestone
        if namer is not None:
            ent.statements[:] = [st for st in ent.statements
                                 if not (st[0] == NFO.participant and st[1] == namer)]
            ent.add(NFO.organizedBy, namer, span, RULE)
