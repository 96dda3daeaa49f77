"""The term of an agreement: the span of days it runs for, printed as a field ("Term:  1
January 2027 to 31 December 2031", "3. Term: ...", "Cl. 3  Term      ...": the keys in
``data/term-field-keys.txt``) or in a sentence whose subject is an agreement ("The agreement
runs from 1 January 2027 to 31 December 2031": a word of ``data/term-subjects.txt`` before a
phrase of ``data/term-run-verbs.txt`` and "from"). Its first day is the day the agreement
starts to run: ``nfo:plannedDate`` when it is after the text's date (a term still to begin,
data/CURATION.md rule 4), else ``nfo:dateInForce``; its last day the agreement's
``nfo:endDate``. Not the day it was signed (date_attach reads that).

Whose: the nearest new agreement named before the span (within ``_BACK`` characters), or,
with none there (a summary's bullet above the body), the text's only new agreement or the first
one named after it within ``_BACK`` characters. An agreement that already has a start or an
end of its own keeps it; a first day it already has as another date (signed on the day it
starts) is not written twice. Rule ``date:agreement-term``. Called by
:func:`kg.ingest.events.date_attach.attach_dates`.

Round 58: a term that runs from the day of signing to a day printed ("This contract is valid
from the date of signing until 30 June 2030") gives the agreement's ``nfo:endDate``; its first
day is the day it was signed, which ``events/document_itself`` or ``date_attach`` date."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE = "date:agreement-term"
# the word right before a term's last day ("... until 30 June 2030")
_UNTIL = re.compile(r"\b(?:to|until|till|through)[ \t\n]+$")
_BACK = 3000        # how far back (characters) the agreement the term is of may be named


@lru_cache(maxsize=1)
def _field() -> re.Pattern:
    """A field line's start up to its value: an item's mark or a clause's number, the key, then
    a colon, leader dots or a wide gap (and perhaps "from")."""
    return re.compile(
        r"[ \t]*(?:(?:(?:Cl(?:ause)?|Art(?:icle)?)\.?[ \t]*)?\(?\d{1,2}(?:\.\d{1,2})*[.)]?[ \t]+|"
        r"\(?[a-z]\)[ \t]+|[-*\u2022\u00b7][ \t]+)?(?:" + alternation("term-field-keys", r"[ \t]+")
        + r")(?:[ \t]*[:\uff1a][ \t]*|[ \t]*\.{3,}[ \t]*|[ \t]{2,}|\t[ \t]*)"
        r"(?:(?:valid[ \t]+)?from[ \t]+)?", re.I)


@lru_cache(maxsize=1)
def _runs() -> re.Pattern:
    """A sentence's agreement running from the span: "The agreement runs from "."""
    return re.compile(
        r"\b(?:" + alternation("term-subjects") + r")s?\b[^.;:!?]{0,80}?\b(?:"
        + alternation("term-run-verbs") + r")(?:[ \t\n]+of[ \t\n]+[\w -]{1,20}?)?[ \t\n]+from"
        r"[ \t\n]+$", re.I)


@lru_cache(maxsize=1)
def _from_signing() -> re.Pattern:
    """A sentence's agreement running from the day it is signed to a day printed after it:
    "This contract is valid from the date of signing until ", "runs from signature to "."""
    return re.compile(
        r"\b(?:" + alternation("term-subjects") + r")s?\b[^.;:!?]{0,80}?\b(?:"
        + alternation("term-run-verbs") + r")[ \t\n]+from[ \t\n]+(?:(?:the[ \t\n]+)?(?:date|day)"
        r"[ \t\n]+of[ \t\n]+(?:its[ \t\n]+)?)?(?:signing|signature)[ \t\n]+(?:to|until|till|"
        r"through)[ \t\n]+$", re.I)


def _term_of(text: str, d, sents) -> bool:
    ls = text.rfind("\n", 0, d.start) + 1
    if _field().fullmatch(text, ls, d.start):
        return True
    lo = max(sents.bounds(d.start)[0], d.start - 160)
    return _runs().search(text, lo, d.start) is not None


def agreement_terms(text: str, dates, sents, dated_kinds, kind, doc_date: str | None) -> int:
    """Give agreements the start and end of the term the text prints (see the module);
    returns how many got a date."""
    agreements = [(s, e, ent) for s, e, ent in dated_kinds
                  if not ent.known and kind(ent) == "agreement"]
    if not agreements:
        return 0
    starts = [s for s, _, _ in agreements]
    only = {id(ent) for _, _, ent in agreements}
    n = 0
    for d in dates:
        if not d.until and d.kind == "date" and _UNTIL.search(text, max(0, d.start - 9), d.start) \
                and "sign" in text[max(0, d.start - 40):d.start] and _from_signing().search(
                text, max(sents.bounds(d.start)[0], d.start - 200), d.start) is not None:
            # ("This contract is valid from the date of signing until 30 June 2030": its end;
            # its first day is the day it was signed, dated as such)
            ent = _whose(agreements, starts, only, d)
            if ent is not None and not any(st[0] == NFO.endDate for st in ent.statements):
                ent.add(NFO.endDate, date_literal(d.value),
                        Span(text.rfind("\n", 0, d.start) + 1, d.end), RULE)
                n += 1
            continue
        if not d.until or len(d.value) != len(d.until) or d.kind not in ("date", "gYearMonth") \
                or not _term_of(text, d, sents):
            continue
        ent = _whose(agreements, starts, only, d)
        if ent is None:
            continue
        span = Span(text.rfind("\n", 0, d.start) + 1, d.end)
        have = {str(st[1]) for st in ent.statements}
        if not any(st[0] in (NFO.plannedDate, NFO.dateInForce) for st in ent.statements) \
                and d.value not in have:
            ahead = doc_date is not None and d.value > doc_date[:len(d.value)]
            ent.add(NFO.plannedDate if ahead else NFO.dateInForce, date_literal(d.value), span,
                    RULE)
            n += 1
        if not any(st[0] == NFO.endDate for st in ent.statements):
            ent.add(NFO.endDate, date_literal(d.until), span, RULE)
            n += 1
    return n


def _whose(agreements, starts, only, d):
    """The agreement the term at ``d`` is of (see the module), or None."""
    i = bisect.bisect_left(starts, d.start) - 1
    if i >= 0 and d.start - agreements[i][0] <= _BACK:
        return agreements[i][2]
    if len(only) == 1 or i + 1 < len(agreements) and agreements[i + 1][0] - d.end <= _BACK:
        # (a summary's bullet above the body: "* The agreement runs from ..." over "On 21
        # December the Company signed a Long-Term Supply Agreement")
        return agreements[min(i + 1, len(agreements) - 1)][2]
    return None
