"""Two cues that a month printed without its year is the next year's, read by
:func:`kg.ingest.reading.dates.roll_forward` (which reads the tense of the date's clause):

* the month ends a fronted stretch of a period ("By the end of January, the federation will set
  up ...", "(2) Before the middle of March the works are to ..."): the clause it opens tells
  what is to come, as "In March the line will restart" does;
* the month, more than half a year before the document's date, is in a clause in the present
  tense about an arrangement ("registration opens in April", "visas are handled collectively in
  late January", a line of data/present-ahead-verbs.txt or "is"/"are" with a participle) with no
  past form in it: in a text of December, the coming January, not the one eleven months gone."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.reading.happened import happened, happened_after, past_verb_next

# a list's mark, then a stretch of a period before the month: "By the end of", "(2) Before the
# middle of", "- Until the close of", "Towards the end of"
_PERIOD_FRONT = re.compile(
    r"[ \t\n\"'\u201c*\u2022\u25cf>\u2013\u2014-]*(?:\(?(?:\d{1,2}|[a-z])[.)][ \t]+)?"
    r"(?:[Bb]y|[Bb]efore|[Uu]ntil|[Tt]ill|[Ff]rom|[Aa]t|[Tt]owards?|[Ii]n)[ \t\n]+the[ \t\n]+"
    r"(?:end|beginning|start|middle|close|turn|first[ \t\n]+half|second[ \t\n]+half|"
    r"first[ \t\n]+week|last[ \t\n]+week)[ \t\n]+of[ \t\n]+")
# "is"/"are" and a participle: "are handled", "is held", "are trained" (not "is up", "are
# higher": a state)
_BE_PARTICIPLE = re.compile(r"\b(?:is|are)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?[a-z]{3,}(?:ed|en)\b")
# a past participle or form ("the plan submitted in May", "delivered"), and the "is"/"are" that
# makes it a present passive ("are handled")
_PARTICIPLE = re.compile(r"\b[a-z]{3,}ed\b")
_BE_BEFORE = re.compile(r"\b(?:is|are|be|being)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?$")
# a past form or a past time word anywhere in the clause: then it is no arrangement to come
_PAST_WORDS = re.compile(r"\b(?:was|were|had|did|last|ago|earlier|previous|already|since)\b",
                         re.I)


@lru_cache(maxsize=1)
def _present():
    verbs = sorted((r"[ \t\n]+".join(map(re.escape, v.split())) for v in lines(
        "present-ahead-verbs")), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(verbs) + r")\b", re.I)


def period_fronted(text: str, lo: int, at: int) -> bool:
    """The month at ``at`` ends a stretch of a period that opens its clause (from ``lo``)."""
    cut = max(text.rfind(c, lo, at) for c in ",;:")
    return _PERIOD_FRONT.fullmatch(text, max(lo, cut + 1), at) is not None


def present_arrangement(clause: str, past: bool) -> bool:
    """``clause`` (the month's own clause, the month itself left out) tells an arrangement in
    the present tense with no past form in it (``past``: the caller's reading found one)."""
    if past or _PAST_WORDS.search(clause):
        return False
    for m in _PARTICIPLE.finditer(clause):
        if not _BE_BEFORE.search(clause, max(0, m.start() - 24), m.start()):
            return False    # ("the plan submitted to the authority in May": done)
    return _BE_PARTICIPLE.search(clause) is not None or _present().search(clause) is not None


def present_ahead(text: str, lo: int, start: int, end: int) -> bool:
    """The month printed at ``start:end`` is in a clause (from ``lo``) that tells an arrangement
    in the present tense (:func:`present_arrangement`); a full stop the month's abbreviation
    took ends the clause ("in late February.")."""
    if text[end - 1:end] == ".":
        end -= 1
    past = happened(text, lo, start) or happened_after(text, end) or past_verb_next(text, end)
    return present_arrangement(text[lo:start] + " " + _clause_rest(text, end), past)


def _clause_rest(text: str, at: int) -> str:
    """The rest of the clause after ``at`` (to a full stop, a semicolon or a blank line, at
    most 160 characters)."""
    m = _REST_STOP.search(text, at, min(len(text), at + 160))
    return text[at:m.start() if m else min(len(text), at + 160)]


_REST_STOP = re.compile(r"[.;!?](?:\s|$)|\n[ \t]*\n")
