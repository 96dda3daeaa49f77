"""Two readers of the line or clause around "signed" / "signs" (used by
:mod:`kg.ingest.events.happenings`, kept apart to keep that module one screenful shorter):

* :func:`timeline_entry`: a line that opens with a year or a date and a dash or a colon ("2021 -
  A signs a supply agreement with B", "June 2021: ...", "3 June 2021 -- ..."), whose present
  tense tells the past;
* :func:`bare_sign`: whether a bare "sign" (no "-ed", no "-s") tells of a signing: after a
  modal or "to" ("will sign", "shall sign", "is to sign": a planned one, which the mood rules
  mark), or in a timeline's or a schedule's line ("2023.10  On 17 October A and B sign a research
  agreement", "10:30-12:00 ... A and B sign a contract for ..."); not when denied ("refused to
  sign", "will not sign"). (Not an item's imperative, "- Sign a new agreement with X in
  January": a task list's, whose day the task rules read as planned);
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
    source = _SOURCE.search(text, cs, at) if parties else None
    if source is not None:      # "According to SMM, A signed ... with B": SMM told it
        parties = [x for x in parties if not source.start() <= x[0] < source.end()]
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


# who tells the clause, set off before it: "According to SMM, ", "Citing X, ", "As reported by
# X, " (its names are the teller's, no party)
_SOURCE = re.compile(r"\b(?:[Aa]ccording[ \t\n]+to|[Cc]iting|[Aa]s[ \t\n]+reported[ \t\n]+by|"
                     r"[Aa]s[ \t\n]+told[ \t\n]+by)[ \t\n]+[^,;\n]{1,80},")
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


# a modal or "to" right before a bare "sign" (an adverb between: "will jointly sign")
_MODAL = re.compile(r"\b(?:will|shall|must|would|should|may|can|could|to)[ \t\n]+"
                    r"(?:(?:also|jointly|formally|then|each|both)[ \t\n]+)?$", re.I)
_DENIED = re.compile(r"\b(?:not|never|n't|refus\w*|fail\w*|declin\w*|reject\w*|unable|"
                     r"no[ \t]+longer|whether|if)\b", re.I)
# a schedule's or timeline's line: it opens with a clock time (range) or a year and month
# ("10:30-12:00", "2023.10") and a gap
_DATED_LINE = re.compile(r"[ \t]*(?:[0-2]?\d:[0-5]\d(?:[ \t]*[-\u2013][ \t]*[0-2]?\d:[0-5]\d)?|"
                         r"(?:19|20)\d\d[./-][01]?\d)(?:[ \t]{2,}|\t|[ \t]+(?=[A-Z]))")


def bare_sign(text: str, pos: int) -> bool:
    """Does the bare "sign" at ``pos`` tell of a signing (done or planned)? See the module."""
    before = text[max(0, pos - 60):pos]
    if _MODAL.search(before):
        return not _DENIED.search(before.split(".")[-1][-40:])
    ls = text.rfind("\n", max(0, pos - 200), pos) + 1
    for _ in range(3):      # (a line that goes on the one above, indented under its words)
        if ls < 2 or text[ls:ls + 1] not in " \t" or text[ls - 2:ls] == "\n\n" or \
                _DATED_LINE.match(text, ls, pos) is not None:
            break
        ls = text.rfind("\n", max(0, ls - 200), ls - 1) + 1
    return (ls > 0 or pos < 200) and (_ENTRY.match(text, ls, pos) is not None
                                      or _DATED_LINE.match(text, ls, pos) is not None)
