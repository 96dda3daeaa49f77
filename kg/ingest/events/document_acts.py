"""An act done to a document by someone other than its writer, in a dated clause: "The plan was
approved by the provincial commission on 3 May", "The audit report, No. 17, was delivered on 2
September", "The bureau reviewed the scheme on 26 November". The approval, the delivery and the
review are milestones of their own (the curators record them beside the document), so the
document named in the clause, or the clause opening with a word that refers back to a document
("The plan ..."), does not take the clause's day from the clause event of
:mod:`kg.ingest.events.verb_happenings` (which otherwise yields the clause to the document).

Read: a verb of ``data/document-act-verbs.txt`` in the passive ("was approved", "had been
forwarded") or after its subject with the document after it; not "issued", "adopted", "signed"
or "published" (those days are the document's own)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words

# the auxiliary of a passive right before the verb (an adverb may stand between)
_PASSIVE = re.compile(r"\b(?:was|were|been|is|are)[ \t\n]+(?:[a-z]+ly[ \t\n]+|also[ \t\n]+|"
                      r"first[ \t\n]+)?$")
# what may stand before a day that opens its clause ("On", "In", "By")
_OPENING = re.compile(r"[ \t\n]*(?:(?:On|In|By|on|in|by)[ \t\n]+(?:the[ \t\n]+)?)?")
# the first passive of a clause and its verb ("The plan was approved", "The report, No. 17,
# had been forwarded")
_FIRST_PASSIVE = re.compile(r"\b(?:was|were|been)[ \t\n]+(?:[a-z]+ly[ \t\n]+)?(?P<v>[a-z]+)\b")
_REACH = 160        # how far into its clause the passive may stand


@lru_cache(maxsize=1)
def _acts() -> frozenset:
    return words("document-act-verbs")


def act_verb(text: str, verb) -> bool:
    """``verb`` (a match of the clause's verb) is one of the list."""
    return verb is not None and verb.group(0).lower() in _acts()


def acted_on(text: str, verb, ent, at: int, start: int, day) -> bool:
    """The document ``ent`` (its mention at ``at``) of the clause from ``start`` is what
    ``verb`` was done to on ``day``: the verb an act of the list, in the passive ("The plan was
    approved by X on ...") or with the document after it ("X approved the plan in May"), the
    day after the verb, right before it or opening the clause ("On 3 May X received the
    letter", "The court on Tuesday approved the plan"). Not a standard
    (its approval is its issue: "SAMR approved GB/T 1 on 10 July"), nor a day said of the
    document before the verb ("Your request of 9 November has been received": the request's),
    nor a participle after its noun ("acting on a report forwarded by X")."""
    if not act_verb(text, verb) or "Standard" in str(ent.cls):
        return False
    if not (_PASSIVE.search(text, max(0, verb.start() - 24), verb.start()) or at >= verb.end()):
        return False
    return day.start >= verb.end() or _OPENING.fullmatch(text, start, day.start) is not None \
        or not text[day.end:verb.start()].strip()     # ("X on Tuesday approved the plan")


def opens_with_act(text: str, start: int, end: int, day) -> bool:
    """The clause ``text[start:end]`` opens with a document referred back to and an act done
    to it in the passive, dated after the verb ("The plan was reviewed by X on ...", "The audit
    report, No. 17, was delivered on ..."): its first passive is such an act. Not a standard
    ("The standard was approved on ...": its issue)."""
    m = _FIRST_PASSIVE.search(text, start, min(end, start + _REACH))
    return m is not None and m.group("v") in _acts() and m.end() <= day.start and \
        "standard" not in text[start:m.start()].lower()
