"""Dated clauses a sentence joins by a bare comma: "The case was accepted on 30 June, further
review began on 30 July, and the period was extended on 26 October" tells three happenings,
the middle one joined to the first by a comma alone (no "and", "but" or "while").

Reads: the sentence's clause around one date, the days of the other dated clauses in it, and
the commas between them. A comma cuts the clause when a lower-case word follows it and a finite
verb (an auxiliary, an "-ed" form or an irregular past, ``finite``) lies on each side of it
within the two dates' parts: the part from the other date's side up to the comma, and the part
from the comma to this date. It does not cut at a comma that opens an aside or a list of nouns
("X, a maker of foil founded in 2001, ..." holds no date of its own before the comma; "copper,
zinc and lead in May" has no verb between comma and date), nor at a comma after a name
(an upper-case word follows it), nor before a verb or an "-ing" word ("the mill, which X bought
in March 2024, restarted on 5 May": one clause), nor when another comma lies between it and the
date ("..., up 3.6% year on year, according to data released on the 15th")."""
from __future__ import annotations

import re

_WORD = re.compile(r"(?:(?:the|its|their) )?\w+")
_COMMA = re.compile(r",[ \t\n]+(?=(?:the[ \t\n]+|its[ \t\n]+|their[ \t\n]+)?[a-z])")


def comma_cut(text: str, start: int, end: int, d, others: list, finite) -> tuple[int, int]:
    """``(start, end)`` narrowed to the comma-joined clause that holds the date ``d`` when
    another dated clause (a start in ``others``) lies past a comma on either side."""
    if "," not in text[start:end]:
        return start, end
    lo, hi = start, end
    for m in _COMMA.finditer(text, start, d.start):
        before = [x for x in others if lo <= x < m.start()]
        if before and finite(text, lo, m.start()) and _clause_of_its_own(text, m.end(), d.start,
                                                                         finite):
            lo = m.end()
    for m in _COMMA.finditer(text, d.end, end):
        after = [x for x in others if m.end() <= x < hi]
        if after and finite(text, lo, d.start) and _clause_of_its_own(text, m.end(), min(after),
                                                                      finite):
            hi = m.start()
            break
    return lo, hi


def _clause_of_its_own(text: str, at: int, until: int, finite) -> bool:
    """``text[at:until]``, from a comma to a date, is a clause of its own: one part (no comma
    in it), opened by its subject (not by a verb, "..., is to be completed by March"; nor by a
    participle or a preposition in "-ing", "..., including a line that began in May"), with a
    finite verb after that subject ("further review began on")."""
    if "," in text[at:until]:
        return False
    m = _WORD.match(text, at)
    if m is None or " " not in m.group(0) and m.group(0).endswith("ing") or \
            finite(text, at, m.end()):
        return False
    return finite(text, m.end(), until)
