"""A window a notice opens from a day still to come, told with a verb of permission: "The brand
may be used for warrant registration from 1 December 2026", "Warrants may be registered from the
close of trading on Friday, 18 December", "the admission ticket can be printed from 14 October",
"Citizens may apply from 23 November to 2 December 2026 by letter", "From 1 July 2027, scrap
that meets the standards may be imported freely". The date's lead is "from" (also "from the
close of trading on", "with effect from", "starting from"); "may" or "can" (perhaps "now",
"also", "only", "again", then "be") stands in the same clause with its subject before it and a
verb of a step after it (not one of amount or level, ``data/plan-not-steps.txt``: "prices may
rise from January"; no preposition or determiner right before "can": "metal for can body sheet
from next year"), at most twelve words before the lead, or after a fronted "From <date>,".
A negation or a condition governs none ("may not pass from 15 December"). The milestone is made
by future_steps (rule ``event:future-step``), labelled by the clause, planned on the window's
first day, its last day the end when a span is printed."""
from __future__ import annotations

import re

from kg.ingest.events.step_patterns import not_steps
from kg.ingest.reading.clause_opens import CLAUSE_OPEN
from kg.ingest.reading.mood import NEGATED, may_set_mood, mood

# "from" and what may stand between it and the date's own lead ("from the close of trading on")
_FROM = re.compile(r"(?:(?:with[ \t\n]+effect|starting|beginning)[ \t\n]+)?from[ \t\n]+"
                   r"(?:the[ \t\n]+(?:close|end|start|opening|beginning)[ \t\n]+of[ \t\n]+"
                   r"(?:[a-z]+[ \t\n]+){1,3}?)?$", re.I)
_PERMIT = re.compile(r"(?<![\w'-])(?:may|can)(?:[ \t\n]+(?:now|also|only|again|still|then))?"
                     r"[ \t\n]+(?:be[ \t\n]+)?(?P<verb>[a-z][a-z-]+)\b(?P<rest>(?:[ \t\n]+[\w'\u2019,()-]+)"
                     r"{0,12}?)[ \t\n]*$")
_FRONTED = re.compile(r"[ \t\n]*,?[ \t\n]+(?P<subject>(?:[\w'\u2019()&-]+[ \t\n]+){1,10}?)"
                      r"(?:may|can)(?:[ \t\n]+(?:now|also|only|again|still))?[ \t\n]+"
                      r"(?:be[ \t\n]+)?(?P<verb>[a-z][a-z-]+)\b")
# what may not stand right before "may" or "can": a preposition or a determiner makes it a noun
# ("metal for can body sheet from next year")
_NOUN_BEFORE = re.compile(r"(?<![\w'-])(?:for|of|the|a|an|in|on|at|to|with|from|by|per|into|"
                          r"its|their|each|every)[ \t\n]+$", re.I)
_FIGURE = re.compile(r"\d")
_NOT = re.compile(r"\b(?:if|unless|whether|not|never|no\s+longer|only\s+if)\b", re.I)
_CLAUSE_END = re.compile(r"[.;:!?](?=[\s\"')]|$)|\n[ \t]*\n")
_TAIL = 200


def _governed(text: str, s: int, d) -> bool:
    """A negation governs the clause (the mood reader calls "may" itself a hedge, so only
    its negation is read here; a condition is ``_NOT``'s)."""
    hi = min(len(text), d.end + _TAIL)
    return may_set_mood(text, s, hi) and mood(text, s, d.end, s, hi) == NEGATED


def permission_step(text: str, d, at: int, lo: int):
    """(start, end, label start, label end) of the clause of a window opened with a verb of
    permission from the date ``d`` (its lead at ``at``; the clause not before ``lo``), else
    None: the clause ends at the date for a permission before it, its label before "from"; a
    fronted "From <date>, X may ..." runs to the clause's end, its label after the date."""
    f = _FROM.search(text, max(lo, at - 60), at + 4 if text[at:at + 4].lower() == "from" else at)
    if text[at:at + 4].lower() == "from":
        f_start = at
    elif f is not None:
        f_start = f.start()
    else:
        return None
    start = lo
    for o in CLAUSE_OPEN.finditer(text, lo, f_start):
        start = o.end()
    while start < f_start and text[start] in " \t\n\"'(*-\u2022":
        start += 1
    line = text.rfind("\n", 0, f_start) + 1
    if start == f_start or not text[line:f_start].strip(" \t-*\u2022"):
        # "From 1 July 2027, scrap that meets the standards may be imported freely" (at a
        # clause's or a line's start)
        start = f_start
        stop = _CLAUSE_END.search(text, d.end)
        end = stop.start() if stop is not None else len(text)
        m = _FRONTED.match(text, d.end, end)
        if m is None or m.group("verb") in not_steps() or _NOT.search(text, start, end) or \
                _governed(text, start, d):
            return None
        while end > m.end() and text[end - 1] in " \t\n,":
            end -= 1
        return start, end, d.end, end
    m = _PERMIT.search(text, start, f_start)
    if m is None or not text[start:m.start()].strip() or \
            _NOUN_BEFORE.search(text, max(start, m.start() - 12), m.start()) or m.group("verb") in not_steps() or \
            _FIGURE.search(m.group("rest")) or _NOT.search(text, start, f_start) or \
            _governed(text, start, d):
        return None
    return start, d.end, start, f_start
