"""Two readers of the line or clause around "signed" / "signs" (used by
:mod:`kg.ingest.events.happenings`, kept apart to keep that module one screenful shorter):

* :func:`timeline_entry`: a line that opens with a year or a date and a dash or a colon ("2021 -
  A signs a supply agreement with B", "June 2021: ...", "3 June 2021 -- ..."), whose present
  tense tells the past;
* :func:`clause_break`: where the clause of a signing starts, at the last ";" or ":" that is not
  inside brackets (a stock code: "A (601899.SH; 2899.HK) and B (SHA: 600362) signed")."""
from __future__ import annotations

import re


def clause_break(text: str, ss: int, at: int) -> int:
    """The last ";" or ":" of ``text[ss:at]`` that is not inside brackets (a stock code,
    "A (601899.SH; 2899.HK) and B (SHA: 600362) signed": no clause ends there), or -1."""
    p = at
    while True:
        p = max(text.rfind(";", ss, p), text.rfind(":", ss, p))
        if p < 0 or text.rfind("(", ss, p) <= text.rfind(")", ss, p):
            return p


# a timeline's entry: a line that opens with a year or a date and a dash or a colon ("2021 - A
# signs a supply agreement with B", "March 2021: ..."): its present tense tells the past
_ENTRY = re.compile(r"[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:[0-3]?\d[ \t]+)?(?:[A-Z][a-z]{2,8}\.?[ \t]+)?"
                    r"(?:[0-3]?\d,?[ \t]+)?"
                    r"(?:19|20)\d\d|(?:19|20)\d\d[-/.][01]?\d(?:[-/.][0-3]?\d)?)[ \t]*"
                    r"(?:--?|\u2013|\u2014|:)[ \t]")


def timeline_entry(text: str, pos: int) -> bool:
    """Is ``pos`` on a line that is a timeline's entry (within its first 200 characters)?"""
    ls = text.rfind("\n", max(0, pos - 200), pos) + 1
    return (ls > 0 or pos < 200) and _ENTRY.match(text, ls, pos) is not None
