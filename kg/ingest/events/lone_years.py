"""A year printed alone that dates a happening (read by :mod:`kg.ingest.events.verb_happenings`):
"In 1994 he led the commissioning ...", "the line was built in 2011", "Work began in 2021 with
laboratory tests". A year alone dates statistics as often ("In 2025 the group produced 18,600
tonnes"), a state ("has controlled exports since 2023") or a period a figure covers ("in 2025
and 2026"), so only a year after "in", not one of a range, and only for a verb right before
it or a clause it opens, with no quantity in the verb's part."""
from __future__ import annotations

import re

_YEAR_LEAD = re.compile(r"\b[Ii]n[ \t]+$")
_YEAR_NEXT = re.compile(r"[ \t]*(?:and|or|to|-|\u2013|/)[ \t]*(?:19|20)\d\d|['\u2019]s")
_YEAR_OPENS = re.compile(r"\W*[Ii]n[ \t]+")
# a quantity of output or money ("18,600 tonnes", "46 billion yuan", "$3.2 million")
_QUANTITY = re.compile(r"[$\u00a5\u20ac\u00a3]\s?\d|\d[\d,.]*\s*(?:(?:million|billion|trillion|"
                       r"thousand|hundred)\s+)?(?:metric\s+)?(?:tonnes?|tons?|yuan|renminbi|dollars?|"
                       r"euros?|ounces|barrels|units|pieces|sets|kilo\w*|[kMG]Wh?|mu|hectares)\b", re.I)
_REPORTED = re.compile(r"\bthat[ \t\n]+[Ii]n[ \t]+$")
_TO_COME = re.compile(r"\b(?:will|would|shall|to|plans?|expected|due|set|scheduled)[ \t\n]+"
                      r"(?:[a-z]+[ \t\n]+){0,2}$")
_WORD = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+)?")
_REACH = 300     # characters at most between the verb and the year
_NAME_RUN = re.compile(r"[A-Z][\w'\u2019.-]*(?:\s+(?:(?:and|of|for|&)\s+)?[A-Z][\w'\u2019.-]*)*")
_BY_AGENT = re.compile(r"[ \t\n]+by\b")
_AUX_BEFORE = re.compile(r"\b(?:was|were|is|are|been|be|being|had|has|have)[ \t\n]+(?:\w+[ \t\n]+)?$")
_GAP = 6        # words at most between the verb and "in" YEAR ("became a subsidiary of Y in")


def lone_year(text: str, d) -> bool:
    """``d`` is a year printed alone after "in" that may date its clause."""
    return d.kind == "gYear" and not d.until and \
        _YEAR_LEAD.search(text, max(0, d.start - 8), d.start) is not None and \
        _YEAR_NEXT.match(text, d.end) is None


def year_dates(text: str, start: int, end: int, verb: re.Match, d) -> bool:
    """The year ``d`` dates the verb ``verb`` of the clause ``text[start:end]``: the year opens
    the clause ("In 1994 he led ...") or comes right after the verb's words ("Work began in
    2021"), not after "that" (what is said of the year: "pointed out that in 2024, output
    will be ..."), nor after a verb of what is to come ("will be held in 2027"), and the clause
    states no quantity ("made 46,000 tonnes in 2025")."""
    if _QUANTITY.search(text, start, end) or _REPORTED.search(text, max(start, d.start - 12),
                                                                d.start) or \
            _TO_COME.search(text, max(start, verb.start() - 30), verb.start()):
        return False
    if _YEAR_OPENS.fullmatch(text, start, d.start):
        return True
    if verb.end() > d.start or d.start - verb.end() > _REACH:
        return False
    if _BY_AGENT.match(text, verb.end()) and not _AUX_BEFORE.search(
            text, max(start, verb.start() - 12), verb.start()):
        return False        # "a policy issued by the NDRC in 2021": the policy's year
    # (a name counts as one word: "filed with the Xinjiang Development and Reform Commission")
    between = _NAME_RUN.sub("Name", text[verb.end():d.start])
    return len(_WORD.findall(between)) <= _GAP
