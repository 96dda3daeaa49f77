"""Two readers of the line or clause around "signed" / "signs" (used by
:mod:`kg.ingest.events.happenings`, kept apart to keep that module one screenful shorter):

* :func:`timeline_entry`: a line that opens with a year or a date and a dash or a colon ("2021 -
  A signs a supply agreement with B", "June 2021: ...", "3 June 2021 -- ..."), whose present
  tense tells the past;
* :func:`clause_break`: where the clause of a signing starts, at the last ";" or ":" that is not
  inside brackets (a stock code: "A (601899.SH; 2899.HK) and B (SHA: 600362) signed");
* :func:`subject_parties`: when "signed" is a second verb of its clause's subject ("A bought
  3% of B on 28 October, and signed ..."), the names of that subject only; and
  :func:`second_verb_parties`, the same for the names of a sentence whose agreement a second
  verb of its subject tells."""
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


# a second verb of the clause's subject: ", and signed", "and then signed"
_SECOND_VERB = re.compile(r",?[ \t\n]+and[ \t\n]+(?:(?:then|also|later|has|have|had)[ \t\n]+)?$")
# what may stand before a subject's first name, and between its names
# (a group of it too: "A delegation of A visited X and signed")
# (after a fronted time or place: "On 28 October, A bought ..., and signed")
_LEAD = re.compile(r"[\s\"'(\u201c]*(?:(?:on|in|at|by|from|since|after|last|this|earlier|later)\b"
                   r"[^,;\n]{0,40},[ \t\n]+)?(?:(?:the|both|and|an?)[ \t\n]+)?"
                   r"(?:(?:[a-z]+[ \t\n]+){1,2}of[ \t\n]+(?:the[ \t\n]+)?)?", re.I)
_JOIN = re.compile(r"[ \t\n]*(?:,[ \t\n]*)?(?:and[ \t\n]+)?(?:the[ \t\n]+)?", re.I)


def subject_parties(text: str, cs: int, at: int, parties: list) -> list:
    """``parties`` (spans sorted by start, in ``text[cs:at]``) when "signed" at ``at`` opens a
    clause of its own; when it is a second verb of the clause's subject ("The Company bought 3%
    of B on 28 October, and signed a supply agreement with C"), only the names the clause
    opens with (B is what was bought, no party)."""
    if not parties or _SECOND_VERB.search(text, cs, at) is None:
        return parties
    out, pos = [], cs
    for x in parties:
        gap = (_LEAD if not out else _JOIN).fullmatch(text, pos, x[0])
        if gap is None:
            break
        out.append(x)
        pos = x[1]
    return out


# a second verb of the clause's subject before an agreement ("..., and signed a supply agreement")
_AND_VERB = re.compile(r",?[ \t\n]+and[ \t\n]+(?:(?:then|also|later)[ \t\n]+)?(?=[a-z]+ed\b)")


def second_verb_parties(text: str, ss: int, at: int, names: list) -> list:
    """``names`` (spans of a sentence from ``ss``) less those the clause before a second verb
    of its subject names outside its subject, when the agreement at ``at`` follows that verb
    ("A bought 3% of B, and signed a supply agreement with C": not B)."""
    cut = None
    for m in _AND_VERB.finditer(text, ss, at):
        cut = m
    if cut is None:
        return names
    before = [x for x in names if x[1] <= cut.start()]
    keep = {id(x) for x in subject_parties(text, ss, cut.end(), before)}
    return [x for x in names if x[1] > cut.start() or id(x) in keep]
