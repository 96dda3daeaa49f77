"""The metals a company's relative clause names: "A Co., Ltd., which makes aluminium alloy
ingots", "B, which sorts and pre-treats scrap copper", "C, a subsidiary of D, which smelts
nickel" (the clause after an apposition is about the company the apposition describes, C).

A company followed by ", which / that" and a verb (or "is (mainly) engaged / involved in"): each metal named in that clause (up to the
next ";", ".", line end, or a place or organisation named in it) is ``nfo:concernsMetal`` of the
company (rule ``context:which-metal``); a metal after "from" is what it starts from, not what it
makes. The same for a "whose" clause that says what the company is in business with, right
after the name or after a short description ("X, whose main products are tin and indium",
"Y, a state-owned group whose core businesses include copper, nickel, and gold": a noun of
``data/whose-business-nouns.txt``, then "is / are / include / cover ..."; rule
``context:whose-metal``); not "whose largest shareholder is ...", "whose customers include
copper smelters". A metal so stated replaces the statistical guess of the article's metal
(``context:article-metal@0.5``) when the two differ.

Each company reads the clause after it once: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines

from kg.ingest.model import Span
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, mood
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start_longest

# ", which makes", ", which also sorts and pre-treats", "that now produces"
_WHICH = re.compile(r"[ \t]*,[ \t]*(?:which|that)[ \t]+(?:(?:also|mainly|now|still|chiefly|"
                    r"largely|mostly)[ \t]+)*(?:[a-z][a-z-]+(?:s|ed)\b|(?:is|are|was|were)\s+"
                    r"(?:(?:also|mainly|chiefly|primarily|principally|largely|mostly)\s+)?"
                    r"(?:engaged|involved|active|specialised|specialized)\s+in\b)", re.I)
# "A, a subsidiary of B" (B before ", which ..."): the apposition describes A
_APPOSITION = re.compile(r",[ \t]+(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,3}?(?:of|under|to)[ \t]+"
                         r"(?:the[ \t]+)?$", re.I)
_CLAUSE_END = re.compile(r"[;.\n]|,[ \t]+(?:and|while|but)\b")
# a "whose" list may close with ", and gold" (the serial comma): only a clause's own "and" ends
# it; a hard-wrapped line goes on (a blank line or a list item's line ends it)
_LIST_END = re.compile(r"[;.]|\n[ \t]*(?:\n|[*•-]|\d+[.)])|,[ \t]+(?:while|but|which|and[ \t]+(?:its?|the|has|have|is|was|"
                       r"will|it|they|their|which|whose)\b)")


@lru_cache(maxsize=1)
def _stated() -> str:
    """"main businesses are", "core products include": what the company is in business with
    (a noun of ``data/whose-business-nouns.txt`` after up to three modifiers), then a verb that
    lists it."""
    nouns = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in
                     sorted(lines("whose-business-nouns"), key=lambda n: (-len(n), n)))
    return (r"(?:(?:main|core|principal|key|chief|primary|major|leading|own|current|other)"
            r"\s+(?:and\s+)?){0,3}"
            rf"(?:{nouns})\s+(?:(?:also|mainly|now|still|chiefly|largely|mostly)\s+)?"
            r"(?:is|are|was|were|include|includes|included|including|cover|covers|covered|span|"
            r"spans|comprise|comprises|consist\s+of|consists\s+of|range\s+from|"
            r"ranges\s+from|lie\s+in|lies\s+in|centre\s+on|center\s+on|"
            r"centres\s+on|centers\s+on|focus\s+on|focuses\s+on|remain|remains)\b")


@lru_cache(maxsize=1)
def _whose():
    """", whose main businesses are", ", a state-owned group whose products include": the
    description before "whose" is a few words with no clause of its own."""
    return re.compile(r"\s*,\s*(?:(?:a|an|the)\s+(?:[\w'’-]+\s+){0,8}?)?whose\s+"
                      + _stated(), re.I)


@lru_cache(maxsize=1)
def _possessed():
    """"'s main products are" after a name or "the company"; "main products include" after
    "its"."""
    return re.compile(r"(?:['’]s)?\s+" + _stated(), re.I)


@lru_cache(maxsize=1)
def _any_stated():
    """Whether a text states an owner's business at all (one pass before any other work)."""
    return re.compile(r"(?:['’]s|\b[Ii]ts)\s+" + _stated(), re.I)


_FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.I)
_ARTICLE_METAL = "context:article-metal@0.5"


def which_metals(draft, spans_of, kind) -> None:
    text = draft.text
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
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
        rule, ends = "context:which-metal", _CLAUSE_END
        if m is None:
            m = _whose().match(text, e, e + 160) if "whose" in text[e:e + 100] else None
            if m is None:
                continue
            rule, ends = "context:whose-metal", _LIST_END
        end = ends.search(text, m.end())
        end = end.start() if end else len(text)
        at = m.start() + len(m.group()) - len(m.group().lstrip(" \t,"))
        if mood(text, at, min(end, at + 200), lo=at) in (NEGATED, CONDITIONAL):
            continue        # ", which does not make copper", ", which could mine nickel"
        _clause_metals(text, rows, starts, subject, s, m.end(), end, rule, kind)


def _clause_metals(text, rows, starts, subject, s, at, end, rule, kind) -> None:
    """The metals named from ``at`` to ``end`` (up to another organisation or place, not those
    after "from") concern ``subject``, and replace the guess of the article's metal."""
    metals = []
    for s2, e2, other in rows[bisect.bisect_left(starts, at):]:
        if s2 >= end:
            break
        k = other.kind
        if k in ("org", "place"):
            break               # another company's or a place's clause
        if k == "metal" and not _FROM_BEFORE.search(text, max(0, s2 - 10), s2):
            metals.append((e2, other))
    if not metals:
        return
    # (the guess of the article's metal goes: the stated metals replace it, under their rule)
    if any(st[3] == _ARTICLE_METAL for st in subject.statements):
        subject.statements[:] = [st for st in subject.statements
                                 if not (st[0] == NFO.concernsMetal and st[3] == _ARTICLE_METAL)]
    for e2, metal in metals:
        subject.add(NFO.concernsMetal, metal.iri, Span(s, e2), rule)


def stated_metals(draft, spans_of, kind, refs) -> None:
    """"Its main products include electrolytic copper, gold and silver", "The company's core
    businesses are tin and indium", "X's main products are ...": the metals the sentence lists
    after the owner's business noun and its verb (rule ``org:stated-metal``, ``@0.5`` when the
    owner is "its" / "the company" read by referents.py). One anchored match per owner."""
    text = draft.text
    if scans_ahead.search(_any_stated(), text, (__name__, "_any_stated")) is None:
        return
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    starts = [s for s, _, _ in rows]
    ref_at = {(s, e) for s, e, _ in refs}
    rx = _possessed()
    for s, e, owner in sorted(list(refs) + [x for x in rows if x[2].kind == "org"],
                              key=lambda x: x[0]):
        if owner.kind != "org":
            continue
        its = text[s:e].lower() == "its"
        if not its and text[e:e + 2] not in ("'s", "’s"):
            continue
        m = rx.match(text, e, e + 120)
        if m is None or (its and text[e:e + 1] in "'’"):
            continue
        end = _LIST_END.search(text, m.end())
        end = end.start() if end else len(text)
        _clause_metals(text, rows, starts, owner, s, m.end(), end,
                       "org:stated-metal" + ("@0.5" if (s, e) in ref_at else ""), kind)
