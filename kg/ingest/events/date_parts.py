"""The part of a sentence a date owns when the sentence tells several dated happenings, each in
a clause of its own ("An expert review was held on 24 November and the site was visited on 27
November"; "Registration on 16 July; sessions on 17 and 18 July; technical visit on 19 July"):
the sentence is cut at a semicolon, or at "and" / "while" / "then" opening a new clause (a
determiner or a capital after it), when another date lies across that cut in the same sentence.
A sentence with one date, or whose dates share one clause ("held on 3 May and closed on 5 May":
no new subject), is left whole; a year alone is no other clause's date ("X and the Y announced
in December the winners of the 2024 awards")."""
from __future__ import annotations

import re
from bisect import bisect_left
from operator import attrgetter

# where a clause of its own begins: after a semicolon, or "and" / "while" / "then" before a
# subject (a determiner, a possessive or a name)
_CUT = re.compile(r";[ \t\n]*|,?[ \t\n]+(?:and|while|whereas|but)(?:[ \t\n]+then)?[ \t\n]+"
                  r"(?=(?:the|a|an|its|their|his|her|this|these|those|our)[ \t\n]|(?P<cap>[A-Z]))")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_start = attrgetter("start")


def _name_inside(text: str, m: re.Match) -> bool:
    """The cut is "and" between two capitalised words: a name's own ("the Summit and Expo
    opened", "Magnesium and Aluminium Lightweighting")."""
    if m.group("cap") is None:
        return False
    w = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
    return w is not None and w.group(1)[:1].isupper()


def own_part(text: str, ss: int, se: int, d, dates, words_at: int) -> tuple[int, int]:
    """(start, end) of the part of the sentence ``text[ss:se]`` that date ``d`` belongs to
    (see above); ``dates``: the text's dates, in order; ``words_at``: where the sentence's own
    words begin (after a dateline it opens with: the dateline's day is no other clause's). The
    whole sentence when no other date of it lies across a cut."""
    others = []
    # (the dates from ``words_at`` up to the sentence's end only: by their starts, in order)
    for i in range(bisect_left(dates, words_at, key=_start), len(dates)):
        o = dates[i]
        if o.start > se:
            break
        if o.end <= se and o is not d and o.kind != "gYear" and (o.end <= d.start
                                                                or o.start >= d.end):
            others.append(o)
    if not others:
        return ss, se
    a, b = ss, se
    for m in _CUT.finditer(text, ss, se):
        if _name_inside(text, m):
            continue
        if m.end() <= d.start and any(o.end <= m.start() for o in others):
            a = max(a, m.end())
        elif m.start() >= d.end and any(o.start >= m.end() for o in others):
            b = min(b, m.start())
            break
    return a, b
