"""Signature lines a text's last lines print in cells rather than alone: what
:func:`kg.ingest.reading.dates._signed_above` reads besides a date alone on its line.

* Both parties' columns of an agreement's signature block, each with its own "Date:" label and
  the same day ("Date: Monday, 28 December 2026          Date: 2026-12-28"): one day, the
  text's (:func:`paired_day`).
* A label of the day the text was filed, posted or signed (``data/signature-date-labels.txt``:
  "Filing date: 15 December 2026", "Posted: 14 Dec. 2026") at the line's start, the date right
  after it (:func:`labelled_day`); a wide gap after the date sets another column apart
  ("Posted: 14 Dec. 2026          This notice was reviewed by the").
* A closing line that says where and when the text was signed, then how many copies were made
  ("Signed in Xi'an on Friday, 18 December 2026, in four copies, two for each party."):
  :func:`signed_clause`.
"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_WEEKDAY = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day"
# what may stand around the dates of paired cells: their "Date:" labels, a weekday, punctuation
_PAIR_REST = re.compile(r"(?:[\s:,.()]|\b(?:Date|DATE|Dated|Signed(?:[ \t]+on)?)\b|\b" + _WEEKDAY
                        + r"\b)*")
# a wide gap: another column starts after it
_GAP = re.compile(r"(?:[ ]{3,}|\t)")
# a closing line of the signing: "Signed at X, ", "Signed in X on Friday, ", "Done at X on ";
# the place may name its province after a comma ("Signed at Lueyang, Shaanxi, on Monday, ",
# "Signed at Gaoba Town, Xunyang County, Friday, ") or be a room or a building in lower case
# after "the" ("Signed at the smelter's staff service hall, Friday, "): eight words at most
_SIGNED_OPEN = re.compile(r"[ \t]*(?:Signed|Done|Made|Executed)[ \t]+(?:at|in)[ \t]+(?:the[ \t]+)?"
                          r"[A-Z][\w'\u2019.-]*(?:,?[ \t]+[A-Za-z][\w'\u2019.-]*){0,7}?,?"
                          r"(?:[ \t]+on)?(?:[ \t]+" + _WEEKDAY + r",?)?[ \t]*$")


@lru_cache(maxsize=1)
def _label() -> re.Pattern:
    alts = sorted((re.escape(w).replace(r"\ ", r"[ \t]+") for w in lines("signature-date-labels")),
                  key=len, reverse=True)
    return re.compile(r"[ \t]*(?:" + "|".join(alts) + r")[ \t]*:[ \t]*$", re.I)


def paired_day(line: str, got) -> bool:
    """The dates ``got`` read on ``line`` (two or more) are one day printed in each party's
    cell, with nothing else on the line but their labels and weekdays."""
    if len(got) < 2 or len({d.value for d in got}) != 1 or any(d.until for d in got):
        return False
    rest, at = [], 0
    for d in got:
        rest.append(line[at:d.start])
        at = d.end
    rest.append(line[at:])
    return all(_PAIR_REST.fullmatch(r) for r in rest)


def labelled_day(line: str, d) -> bool:
    """A label of the day the text was filed, posted or signed opens ``line`` right before the
    date ``d``, and after the date the line ends or a wide gap opens another column."""
    if _label().fullmatch(line, 0, d.start) is None:
        return False
    tail = line[d.end:]
    return not tail.strip(" \t.") or _GAP.match(tail) is not None


def signed_clause(line: str, d) -> bool:
    """``line`` opens with where (and on what weekday) the text was signed right before the date
    ``d``, and a new clause follows it ("Signed in Xi'an on Friday, 18 December 2026, in four
    copies")."""
    return _SIGNED_OPEN.match(line[:d.start]) is not None and \
        re.match(r"[ \t]*(?:[,;.]|$)", line[d.end:]) is not None


def paired_at(text: str, dates, d) -> bool:
    """The day ``d`` (of ``dates``, the text's) is one of a line of paired cells
    (:func:`paired_day`): both parties dated the text that day, the day they signed it."""
    ls = text.rfind("\n", 0, d.start) + 1
    le = text.find("\n", d.end)
    le = len(text) if le < 0 else le
    on_line = [x for x in dates if ls <= x.start and x.end <= le]
    return paired_day(text[ls:le], [_shifted(x, ls) for x in on_line])


class _At:
    __slots__ = ("start", "end", "value", "until")

    def __init__(self, start, end, value, until):
        self.start, self.end, self.value, self.until = start, end, value, until


def _shifted(d, by: int) -> _At:
    return _At(d.start - by, d.end - by, d.value, d.until)
