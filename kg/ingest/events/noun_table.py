"""The table of happenings named by a common noun (:mod:`kg.ingest.events.bare_nouns`): the rows
of ``data/bare-nouns.txt`` and of ``data/happening-nouns.txt`` (more families: contests, drills,
rescues, checks, votes, police and court steps, weather, mishaps, protests, stoppages,
shipments, openings), and what else makes such a noun one happening: a date right after the
phrase ("a mid-term review in 2028", "the drill on the 3rd of this month", "a blockade since
Saturday", "the strike last Thursday"), as a timetable or a report names a step without a verb."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.")
_DAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a date right after a phrase: "in 2028", "on 12 May", "on Monday", "since Saturday", "last
# week", "earlier this month", "in the second half of 2027", "yesterday", "on the 3rd"
DATED_AFTER = re.compile(
    r"[ \t]*\n?[ \t]*(?:(?:on|in|since|from|between|during|by\s+the\s+end\s+of|at\s+the\s+end\s+of|"
    r"early|late|later|earlier|at\s+noon\s+on|at\s+\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?\s+)?on)\s+)?"
    r"(?:the\s+(?:(?:first|second|third|fourth|last)\s+(?:half|quarter)\s+of\s+)?)?"
    r"(?:(?:19|20)\d\d\b(?![-/\d])|(?:" + _MONTHS + r")(?=[\s,.;]|$)|(?:" + _DAYS + r")\b|"
    r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:(?:and|to|-|\u2013)\s+[0-3]?\d\s+)?(?:" + _MONTHS + r")\b|"
    r"[0-3]?\d(?:st|nd|rd|th)\b|"
    r"(?:last|next|this)\s+(?:week|month|year|" + _DAYS + r")\b|yesterday\b|today\b|tomorrow\b)")


def rows() -> tuple[str, ...]:
    """Every row of the two tables, in order (bare-nouns.txt first: its heads win)."""
    return lines("bare-nouns") + lines("happening-nouns")


# a date that opens a sentence ("On December 12,", "Last Monday,", "In 2024,", "Yesterday")
_DATE_BEFORE = re.compile(r"\s*(?:(?:On|In|Since|From|By|During|Early|Late|Last|This|Earlier|Later)\s+)?"
                          r"(?:the\s+)?(?:(?:19|20)\d\d\b|(?:" + _MONTHS + r")\s+\d|\d{1,2}\s+(?:"
                          + _MONTHS + r")|(?:" + _DAYS + r")\b|[Yy]esterday\b|[Tt]oday\b|"
                          r"[0-3]?\d(?:st|nd|rd|th)\b|(?:week|month|year)\b)")


# what makes the phrase after it no happening: avoided, averted, feared, threatened, denied
_NOT_HAPPENED = re.compile(r"\b(?:(?:avoid|avert|prevent|forestall|escap|fear|threat|risk|den[iy]|"
                           r"warn)\w*|(?:stave|staved|ward|warded|head|headed)\s+off|rul(?:e|ed|es|"
                           r"ing)\s+out)\s+(?:\w+\s+){0,2}$", re.I)


def dated_after(text: str, end: int, head_end: int, own: bool = True, sentence_start: int = 0,
                start: int = 0) -> bool:
    """Whether a date follows the phrase that ends at ``end`` (or its head, at ``head_end``),
    no verb before it says it did not happen or is only wanted ("avoided a shutdown on May 5",
    "threatened a strike on Monday"), and its sentence (from ``sentence_start``) does not open
    with a date of its own before the phrase's ``start`` ("On December 12, X organised the review of the 2024 batch": the
    clause's day is the opening one, the clause's event another rule's); ``own``: the phrase
    says which one it is (not a bare "the strike", which refers back)."""
    return own and (DATED_AFTER.match(text, end) is not None or DATED_AFTER.match(
        text, head_end) is not None) and _DATE_BEFORE.match(text, sentence_start, start) is None \
        and _NOT_HAPPENED.search(text, max(sentence_start, start - 40), start) is None
