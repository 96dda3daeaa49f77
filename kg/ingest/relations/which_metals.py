"""The metals a company's relative clause names: "A Co., Ltd., which makes aluminium alloy
ingots", "B, which sorts and pre-treats scrap copper", "C, a subsidiary of D, which smelts
nickel" (the clause after an apposition is about the company the apposition describes, C).

A company followed by ", which / that" and a verb: each metal named in that clause (up to the
next ";", ".", line end, or a place or organisation named in it) is ``nfo:concernsMetal`` of the
company (rule ``context:which-metal``); a metal after "from" is what it starts from, not what it
makes. A metal so stated replaces the statistical guess of the article's metal
(``context:article-metal@0.5``) when the two differ.

Each company reads the clause after it once: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, mood
from kg.ingest.terms import NFO

# ", which makes", ", which also sorts and pre-treats", "that now produces"
_WHICH = re.compile(r"[ \t]*,[ \t]*(?:which|that)[ \t]+(?:(?:also|mainly|now|still|chiefly|"
                    r"largely|mostly)[ \t]+)*[a-z][a-z-]+(?:s|ed)\b", re.I)
# "A, a subsidiary of B" (B before ", which ..."): the apposition describes A
_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:of|under|to)[ \t]+"
                         r"(?:the[ \t]+)?$", re.I)
_CLAUSE_END = re.compile(r"[;.\n]|,[ \t]+(?:and|while|but)\b")
_FROM_BEFORE = re.compile(r"\bfrom[ \t]+(?:the[ \t]+)?$", re.I)
_ARTICLE_METAL = "context:article-metal@0.5"


def which_metals(draft, spans_of, kind) -> None:
    text = draft.text
    rows = sorted(((s, e, x) for s, e, x in spans_of if not x.role), key=lambda r: (r[0], -r[1]))
    starts = [s for s, _, _ in rows]
    prev_company = None
    for i, (s, e, ent) in enumerate(rows):
        if not str(ent.cls).endswith("#Company"):
            continue
        subject = ent
        if prev_company is not None and _APPOSITION.search(text, prev_company[1], s) and \
                text.count("\n", prev_company[1], s) == 0:
            subject = prev_company[2]        # "C, a subsidiary of D, which ...": C
        prev_company = (s, e, ent) if subject is ent else prev_company
        m = _WHICH.match(text, e, e + 80)
        if m is None:
            continue
        end = _CLAUSE_END.search(text, m.end())
        end = end.start() if end else len(text)
        at = m.start() + len(m.group()) - len(m.group().lstrip(" \t,"))
        if mood(text, at, min(end, at + 200), lo=at) in (NEGATED, CONDITIONAL):
            continue        # ", which does not make copper", ", which could mine nickel"
        metals = []
        for s2, e2, other in rows[bisect.bisect_left(starts, m.end()):]:
            if s2 >= end:
                break
            k = kind(other)
            if k in ("org", "place"):
                break               # another company's or a place's clause
            if k == "metal" and not _FROM_BEFORE.search(text, max(0, s2 - 10), s2):
                metals.append((e2, other))
        if not metals:
            continue
        for e2, metal in metals:
            subject.add(NFO.concernsMetal, metal.iri, Span(s, e2), "context:which-metal")
        stated = {metal.iri for _, metal in metals}
        subject.statements[:] = [st for st in subject.statements
                                 if not (st[0] == NFO.concernsMetal and st[3] == _ARTICLE_METAL
                                         and st[1] not in stated)]
