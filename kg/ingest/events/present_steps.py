"""A step a timetable tells in the present tense, its date still to come: "construction starts
in May", "The first lot, about 80 tonnes of forgings, ships in January", "The fair opens on 8
May" (in a text written before those days). :mod:`kg.ingest.events.future_steps` reads a step
after a plan word ("will", "is to"); here the verb itself (``data/present-step-verbs.txt``)
stands right before the date's lead, or at most six words before it, and the clause's subject
comes before it. Before a deadline's lead ("by", "before", "no later than") a verb of a duty a
notice sets (``data/duty-step-verbs.txt``, with its -s form) tells the step too, at most twelve
words before it: "Recipients submit a self-evaluation before 31 January 2028", "Applicants
register and pay the deposit by 17:00 on 11 January 2027" (round 36; an imperative with no
subject is events/deadlines', a modal's clause future_steps' own). The date must fall after the document's (its day, month or year); a clause
that a condition or a negation governs, or that holds a figure after the verb, is none. The
milestone is made by future_steps (rule ``event:future-step``), labelled by the clause.

Round 56: a plural subject's bare form ("Bids for the lease close on 30 June"), not after "to",
a modal or a form of "be" ("was due to open", "are open until"); the verb nearest the date's
lead tells the step ("A help desk run by the works opens on 4 May": its opening)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines, words
from kg.ingest.reading.clause_opens import CLAUSE_OPEN
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood, told_unreal

# where the clause of the verb opens: a sentence's, a clause's or a list item's start
_OPEN = CLAUSE_OPEN     # (reading/clause_opens.py)
_NOT = re.compile(r"\b(?:if|unless|whether|not|never|no\s+longer|usually|normally|often|always|"
                  r"every|each)\b", re.I)
_FIGURE = re.compile(r"\d")
# a condition right after the date: "starts in August only if the price recovers"
_NOT_AFTER = re.compile(r"[ \t\n]*,?[ \t\n]*(?:(?:only|even|but)[ \t\n]+)?(?:if|unless|whether|"
                        r"provided[ \t\n]+that|in[ \t\n]+case|subject[ \t\n]+to)\b", re.I)
_TAIL = 200         # how far after the date the clause's mood is read
# the noun phrase a relative "which" stands for: from the last determiner before the comma with
# no stop or bracket between ("the association's award for 2027"; the greedy opening makes the
# match start at the last such determiner)
HEAD_BACK = 100
# a capitalised name and "of" before that noun phrase
_OF_HEAD = re.compile(r"(?<![\w'-])((?:[A-Z][\w'-]*[ \t\n]+){1,6}of[ \t\n]+)$")
HEAD = re.compile(r"(?s:.*)(?<![\w'-])((?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hese|[Oo]ur)[ \t\n]+"
                   r"[^.;:!?,()\"\u201c\u201d]{2,80}?)$")

_ASIDE = 120        # how far back an aside's opening comma, and its clause's start, are looked for
# (a line break alone is no stop: a hard-wrapped aside goes on, "The first lot,\nabout 80
# tonnes of forgings, ships in January"; a blank line is)
_STOP = re.compile(r"[.;:!?]|\n[ \t]*\n")
_OPEN_OR_DASH = re.compile(_OPEN.pattern + r"|[ \t]--?[ \t]+|\u2014[ \t]*", re.M)   # (a dateline's)
# "X said on Friday that | its smelter ...": a verb of saying or its "that" before the subject
_SAID_THAT = re.compile(r"\b(?:said|says|that)[ \t\n]+(?=(?:the|its|their|our|this|[A-Z])\b)")


def _before_aside(text: str, close: int) -> int | None:
    """Where the clause starts whose subject stands before the aside that the comma at ``close``
    ends (", closed since March 2024,"), after a verb of saying or its "that"; None when the
    aside's opening comma or the clause's start is not found near."""
    o = text.rfind(",", max(0, close - _ASIDE), close)
    if o == -1 or _STOP.search(text, o, close):
        return None
    start = None
    for x in _OPEN_OR_DASH.finditer(text, max(0, o - _ASIDE), o):
        start = x.end()
    if start is None:
        return None
    for x in _SAID_THAT.finditer(text, start, o):
        start = x.end()
    return start


@lru_cache(maxsize=1)
def _verbs() -> re.Pattern:
    alt = alternation("present-step-verbs")
    return re.compile(r"(?<![\w'-])(?:" + alt + r")(?![\w'-])(?P<rest>(?:[ \t\n]+[\w'\u2019,-]+){0,6}?)"
                      r"[ \t\n]*$")


def _last_verb(text: str, lo: int, at: int):
    """The match of the verb nearest the date's lead: "A help desk run by the works opens on 4
    May" is the desk's opening, not its running (a few looks in 80 characters at most). A bare
    form (a plural subject's, "Bids close on ...") stands right before the lead or a place's
    preposition ("The delegates arrive in Hull on ..."), not after "to", a modal or a form of
    "be": not "was due to open in", "are open until", "its open pits before", "heard in open
    court in", "from the close of trading on"."""
    last = None
    m = _verbs().search(text, lo, at)
    while m is not None:
        if m.group(0).split(None, 1)[0].endswith("s") or _BARE_REST.match(m.group("rest")) and \
                not _BARE_AFTER.search(text, max(lo, m.start() - 12), m.start()):
            last = m
        m = _verbs().search(text, m.start() + 1, at)
    return last


# what may not stand before a verb's bare form: "to" or a modal (an infinitive), a form of "be"
# or "remain" ("are open": an adjective)
_BARE_REST = re.compile(r"\s*(?:(?:in|at|to|into|from|again|back)\b.*)?\Z", re.S)
_BARE_AFTER = re.compile(r"(?:\b(?:to|not|will|shall|must|should|may|might|can|would|could|did|"
                         r"does|do|is|are|was|were|be|been|remains?|stays?|kept)|'ll)[ \t\n]+$",
                         re.I)

_FROM = re.compile(r"from\b", re.I)
# a deadline's lead, and a figure that is no year in a duty's words ("pays 30% of the value")
_DEADLINE_LEAD = re.compile(r"(?:by|before|no[ \t\n]+later[ \t\n]+than|not[ \t\n]+later[ \t\n]+than)\b",
                            re.I)
_NOT_YEAR = re.compile(r"(?<![\d.,])(?!(?:19|20)\d\d(?![\d.,%]))\d")
# what may not stand right before a duty's verb: "to", a modal, "not" ("fail to submit")
_NOT_SUBJECT_END = re.compile(r"(?:\b(?:to|not|will|shall|must|should|may|can|would|could|did|"
                              r"does|do)|[,(])[ \t\n]*$", re.I)

# a request, no subject: "Please return ...", "Kindly send ..."
_REQUEST = re.compile(r"[\s\d.)(*-]*(?:please|kindly)\b", re.I)


@lru_cache(maxsize=1)
def _duties() -> re.Pattern:
    forms = []
    for w in lines("duty-step-verbs"):
        head, _, tail = w.partition(" ")
        if head.endswith("y") and head[-2:-1] not in "aeiou":
            third = head[:-1] + "ies"
        elif head.endswith(("s", "sh", "ch", "x")):
            third = head + "es"
        else:
            third = head + "s"
        for f in (head, third):
            forms.append(r"[ \t\n]+".join(map(re.escape, (f + " " + tail).split())))
    alt = "|".join(sorted(set(forms), key=lambda f: (-len(f), f)))
    return re.compile(r"(?<![\w'-])(?:" + alt + r")(?![\w'-])(?P<rest>(?:[ \t\n]+[\w'\u2019,@.-]+)"
                      r"{0,12}?)[ \t\n]*$")


@lru_cache(maxsize=1)
def _terms() -> frozenset:
    return frozenset(w.rstrip("s") for w in words("term-subjects"))


@lru_cache(maxsize=1)
def _runs() -> frozenset:
    return frozenset(w.rstrip("s") for w in words("run-subjects"))


@lru_cache(maxsize=1)
def _any_verb() -> re.Pattern:
    return re.compile(r"\b(?:" + alternation("present-step-verbs") + r")\b")


def may_hold(text: str) -> bool:
    """The text prints one of the verbs at all (a cheap test before any date is read), or a
    deadline's lead a duty's verb may stand before."""
    return _any_verb().search(text) is not None or _DEADLINE_LEAD.search(text) is not None


def _duty(text: str, at: int, lo: int):
    """The match of a duty's verb before a deadline's lead at ``at``, its subject before it;
    else None."""
    if not _DEADLINE_LEAD.match(text, at):
        return None
    m = _duties().search(text, max(lo, at - 140), at)
    if m is None or _NOT_YEAR.search(m.group("rest")) or \
            _NOT_SUBJECT_END.search(text, max(lo, m.start() - 12), m.start()):
        return None
    return m


def present_step(text: str, d, at: int, lo: int, doc_date: str | None):
    """(start of the clause, where its verb ends) of a step told in the present tense before the
    date's lead at ``at`` (its clause not before ``lo``), else None."""
    if doc_date is None:
        return None
    n = min(len(d.value), len(doc_date))
    if (d.value[:n] < doc_date[:n] and not d.weekday_year) or n == 10 and d.value == doc_date[:10]:
        return None         # (not a day still to come: "the line starts at 8:00 today"; the
        #                     document's month may be: "ships in January", written on 8 January;
        #                     a day its weekday dates is a timetable's whatever the text's date:
        #                     "Registration closes on Tuesday, 8 December")
    m = _last_verb(text, max(lo, at - 80), at)
    if m is not None and _FIGURE.search(m.group("rest")):
        return None
    duty = m is None
    if duty:
        m = _duty(text, at, lo)
        if m is None:
            return None
    ran = m.group(0).split(None, 1)[0].lower() in ("runs", "run")
    if ran and not _FROM.match(text, at):
        return None         # ("the exhibition runs until 15 February": how long, not a step)
    start = lo
    for o in _OPEN.finditer(text, lo, m.start()):
        start = o.end()
    comma = text.rfind(",", start, m.start())
    while comma > start and text[comma - 1:comma].isdigit() and text[comma + 1:comma + 2].isdigit():
        comma = text.rfind(",", start, comma)   # (a figure's comma: "The first 5,000 tonnes")
    if comma != -1 and text[comma + 1:m.start()].strip():
        start = comma + 1       # ("Design is by X, construction starts in May": construction)
    elif comma != -1:
        # "its smelter, closed since March 2024, restarts in July": the subject is before the
        # aside (the clause was looked for from the aside's date on)
        start = _before_aside(text, comma)
        if start is None:
            return None
    subject = text[start:m.start()]
    if subject.strip() in ("which", "that") and comma != -1:
        # "... the association's award for 2027, which closes at the end of February": the
        # noun phrase before the comma is what closes (back to its determiner, in its clause)
        head = HEAD.search(text, max(0, comma - HEAD_BACK), comma)
        if head is None:
            return None
        start = head.start(1)
        of = _OF_HEAD.search(text, max(0, start - HEAD_BACK), start)
        if of is not None:
            start = of.start(1)     # ("Degree Evaluation Sub-committee of the college, which
            #                         meets in January": the sub-committee meets)
        subject = text[start:m.start()]
    said = {w.lower().rstrip("s") for w in re.findall(r"[A-Za-z]+", subject)} if ran else set()
    if ran and (said & _terms() or not said & _runs()):
        return None         # ("The agreement runs from 1 September 2026 to 31 August 2029":
        #                     its term, a note of the agreement; "The overhaul runs from ...":
        #                     the overhaul named before; a period or a round runs as a step)
    if duty and _REQUEST.match(subject):
        return None         # ("Please return the form by ...": a request, events/deadlines')
    if not subject.strip() or len(subject.split()) > 14 or _NOT.search(text, start, at) \
            or _NOT_AFTER.match(text, d.end):
        return None
    hi = min(len(text), d.end + _TAIL)
    if may_set_mood(text, start, hi) and mood(text, start, d.end, start, hi) in (NEGATED,
                                                                               CONDITIONAL) \
            or told_unreal(text, d.end):
        return None         # ('"The plant restarts in June," the rumour says': told, not set)
    while start < m.start() and text[start] in " \t\n\"'(*-":
        start += 1
    return start, m.end()
