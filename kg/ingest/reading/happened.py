"""Whether the clause around a date printed with no year says that something happened ("An
explosion occurred at the smelter in May", "Talks were held in May", "Ma was arrested in
September", "On 22 June the bureau ordered it to stop"), so that a month or day after the
document's date is of the year before, not a planned one of the document's year (used by
:func:`kg.ingest.reading.dates.roll_forward`). Bounded searches: the clause before the date
(its caller's window) and at most ``_AFTER`` characters after it."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words

# a verb of a happening in the past
_PAST = re.compile(r"\b(?:occurred|happened|broke\s+out|took\s+place|(?:was|were)\s+(?:held|"
                   r"signed|completed|killed|injured|closed|opened|staged)|killed|ended|began|started|"
                   r"signed|struck|hit|ran|lasted|concluded)\b", re.I)
# a passive in the past: "was arrested", "were formally approved" (not "was to", "was expected
# to", "was due": what was still to come)
_PASSIVE = re.compile(r"\b(?:was|were)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?(?!(?:expected|scheduled|planned|"
                      r"supposed|set|due|going|about|able|likely|to)\b)(?P<v>[a-z]+)\b")
_AFTER = 90         # how far after a date its clause's verb is looked for (characters)
# what ends the clause after the date
_STOP = re.compile(r"[.;:!?]|,[ \t\n]+(?:and|but|which|who|when|while)\b|\n[ \t]*\n")
# a word before a verb's form that makes it an adjective or a form of what is to come: "the
# revised rules", "will be completed", "is expected"
_NOT_BEFORE = frozenset("the a an its their our his her this that these those of for with to in "
                        "on at by from be been being is are am will shall would should could "
                        "can may might must newly not".split())
_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")
# a future in the clause after the date: "On 5 March the plant will restart"
_AHEAD = re.compile(r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|is\s+due|are\s+due|is\s+"
                    r"expected|are\s+expected|is\s+scheduled|are\s+scheduled)\b", re.I)


@lru_cache(maxsize=1)
def _irregular() -> frozenset[str]:
    return words("happening-verbs") | words("past-forms")


def _past_form(word: str) -> bool:
    w = word.lower()
    return w in _irregular() or (len(w) > 4 and w.endswith("ed") and not w.endswith("eed"))


# a comma that joins one more step to a future's verb: ", hold the first meeting of the year in
# February" (the verb of a plan's step in its bare form, ``data/task-verbs.txt``)
_JOINED_STEP = re.compile(r",[ \t\n]+(?:and[ \t\n]+)?(?P<v>[a-z]+)\b")


@lru_cache(maxsize=1)
def _step_verbs() -> frozenset[str]:
    return frozenset(line.split()[0].lower() for line in lines("task-verbs"))


def joined_step(text: str, at: int) -> bool:
    """The comma at ``at`` joins another step to the verb of what is to come before it ("The
    county will finish the buffer before the flood season, hold its first meeting in February
    and publish ..."): a step's verb in its bare form follows it, so a month after it is still
    the future's (not "will apply the rules, which X published in May")."""
    m = _JOINED_STEP.match(text, at)
    return m is not None and m.group("v") in _step_verbs()


def happened(text: str, lo: int, at: int) -> bool:
    """``text[lo:at]`` (the clause before a date) says something happened."""
    if _PAST.search(text, lo, at) is not None:
        return True
    m = None
    for m in _PASSIVE.finditer(text, max(lo, at - 80), at):
        pass
    return m is not None and _past_form(m.group("v"))


def acted(text: str, lo: int, at: int) -> bool:
    """``text[lo:at]`` (the clause before a date, in its own part: after a semicolon, a bar
    or a dash) has a first verb after its subject in the past ("The Tin Recycling Alliance met
    in May", "X acquired the mine in June") with no plan, wish or mood in it ("X said output
    would rise in May", "X planned a restart in May", "X agreed to buy it in June": what was
    still to come), and that verb is no verb of saying, amount or state nor an adjective
    ("said", "rose", "unchanged": data/happening-not-verbs.txt)."""
    a = max(lo, at - 120, *(text.rfind(c, lo, at) + 1 for c in ";|\u2014"))
    clause = text[a:at]
    if _AHEAD.search(clause) or _NOT_DONE.search(clause):
        return False
    p = _first_past(clause)
    if p is None:
        # (the verb of a clause of time inside it, past a subject too long to reach from the
        # clause's start: "Under the Measures ..., and after the brigades of the districts
        # checked the returns in December")
        inner = None
        for inner in _INNER_OPEN.finditer(clause):
            pass
        p = _first_past(clause[inner.end():]) if inner is not None else None
        if p is None:
            return False
        p += inner.end()
        if _LEADS_DATE.fullmatch(clause, _WORD.match(clause, p).end()):
            return False    # ("after a briefing for applicants held on": a participle of the
            #                 noun before it, the date its own, no verb of the clause)
    return _WORD.match(clause, p).group(0).lower() not in words("happening-not-verbs")


# the preposition of a date right after a verb, nothing between: "held on", "signed in"
_LEADS_DATE = re.compile(r"[ \t\n]+(?:on|in|at|from|during|by|since)[ \t\n]+(?:the[ \t\n]+)?")
# what opens a clause of time (or one more clause) inside the clause before a date
_INNER_OPEN = re.compile(r"\b(?:after|when|once)[ \t\n]+|,[ \t\n]+and[ \t\n]+", re.I)


# a relative clause that opens after a comma: ", which passed its acceptance on", ", who joined"
_RELATIVE = re.compile(r",[ \t\n]*(?:which|who|that)\b", re.I)


def past_aside(text: str, lo: int, at: int) -> bool:
    """The date at ``at`` is in a relative clause told in the past, the last one that opens
    after ``lo`` ("The sensors will be calibrated at the new laboratory, which passed its
    acceptance on 20 November": that November, not the next one, though "will" leads the
    sentence)."""
    m = None
    for m in _RELATIVE.finditer(text, lo, at):
        pass
    return m is not None and (acted(text, m.start() + 1, at) or happened(text, m.start() + 1, at))


# what a clause in the past may tell that was still to come then: a mood, a plan, an aim
# ("to" of an infinitive, "agreed to buy"; not a place's or a thing's "to": "sent 62 volunteers
# to Yongchang County in October", "delivered the ore to the port in May"; "No." of a number,
# "Bao Zheng Fa [2025] No. 19", is no "no")
_NOT_DONE = re.compile(r"\b(?:would|could|might|should|may|must|"
                       r"to(?![ \t\n]+(?:[A-Z0-9]|(?:the|a|an|its|their|his|her|our)\b))|"
                       r"planned|expected|scheduled|"
                       r"intended|proposed|aimed|hoped|targeted|slated|due|set|if|unless|"
                       r"until|by|before|not|no(?!\.)|never)\b", re.I)


# a list entry's label colon after its date ("- October: X inspected the plant"): the clause is
# the entry's, after it
_LABEL_COLON = re.compile(r"[ \t]*[:\uff1a][ \t]+")


def _clause_after(text: str, at: int) -> str:
    label = _LABEL_COLON.match(text, at)
    if label is not None:
        at = label.end()
    end = min(len(text), at + _AFTER)
    stop = _STOP.search(text, at, end)
    return text[at:stop.start() if stop else end]


# how many words a clause's subject may run to before its verb: "the Corps and the China
# Nonferrous Metals Industry Association held ...", "the volunteer association of the Group's
# nickel smelter sent ..." (a subject of a name and an "of" phrase passes eight words)
_SUBJECT_WORDS = 13


def _first_past(clause: str) -> int | None:
    """Where the first past form after a subject is in ``clause`` (its first
    ``_SUBJECT_WORDS`` words)."""
    prev = None
    for n, w in enumerate(_WORD.finditer(clause)):
        word = w.group(0)
        # (a verb is in lower case: "Lanping United Metals holds ..." tells no past)
        if n > 0 and word[:1].islower() and _past_form(word) and (
                prev is None or prev.lower() not in _NOT_BEFORE):
            return w.start()
        if n >= _SUBJECT_WORDS - 1:
            return None
        prev = word
    return None


# what may open a clause before its date: "On", "From", "In", "Starting in", "Handling: On"
# (a label's colon, a comma or a semicolon before it)
# (a list item's mark may come first: "  * In March the park will ...", "- On 3 May, ...")
_FRONT = re.compile(r"[ \t\n\"'\u201c(*\u2022\u25cf>\u2013\u2014-]*(?:[A-Za-z]+[ \t\n]+){0,2}")


def fronted(text: str, lo: int, at: int) -> bool:
    """The date starting at ``at`` opens its clause (which starts after ``lo``): at most two words
    before it, after the last comma, semicolon or colon."""
    cut = max(text.rfind(c, lo, at) for c in ",;:")
    return _FRONT.fullmatch(text, max(lo, cut + 1), at) is not None


def happened_after(text: str, at: int) -> bool:
    """The clause that a date ending at ``at`` opens says something happened: a past form after
    its subject ("On 22 June the bureau ordered ...", "in March, we signed ..."), none of what is
    to come in it."""
    clause = _clause_after(text, at)
    return not _AHEAD.search(clause) and _first_past(clause) is not None


# a clause of when right after a date: "On the night of 3 July, when a transformer caught fire"
_WHEN = re.compile(r",?[ \t\n]+when[ \t\n]+")


def when_past(text: str, at: int) -> bool:
    """A clause of when told in the past follows the date ending at ``at`` ("On the night of 3
    July, when a transformer caught fire beside the furnace, ...": a day gone by), none of
    what is to come in it ("in May, when the line will restart")."""
    m = _WHEN.match(text, at)
    if m is None:
        return False
    clause = _clause_after(text, m.end())
    return not _AHEAD.search(clause) and _first_past(clause) is not None


def ahead_after(text: str, at: int) -> bool:
    """The clause that a date ending at ``at`` opens tells what is to come ("from January the
    city will reward ...", "In March the line is to restart"), with no past form before its
    future ("In March the company said it will ...": a saying that happened)."""
    clause = _clause_after(text, at)
    m = _AHEAD.search(clause)
    if m is None:
        return False
    past = _first_past(clause)
    return past is None or past > m.start()


_NEXT_WORD = re.compile(r"[ \t\n]+([a-z][a-z'\u2019-]*)\b")


def past_verb_next(text: str, at: int) -> bool:
    """The word right after a date ending at ``at`` is a verb in the past, the date ending its
    clause's subject ("the first call in December drew only two bids", "output in May rose")."""
    m = _NEXT_WORD.match(text, at)
    return m is not None and _past_form(m.group(1))
