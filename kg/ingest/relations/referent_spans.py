"""A term a text defines for an organisation right after its name ('X Co., Ltd. (the "Debtor")',
'Y Ltd ("the Issuer")', 'Z (hereinafter referred to as the "Buyer")') as a span of that
organisation wherever it recurs after the definition ("The Debtor is based in Qingzhen", "the
Buyer's controlling shareholder"), for every rule that reads a sentence, as its name would be.

"the Company" / "the Group" are referents.py's (read by the company-news rules only: as spans
for every rule, "the company" drew more wrong low-confidence pairs than right ones on the dev
sets); a term for an agreement, a plan or shares (``_NOT_TERMS``), or a short form of the name
itself ('X Nickel Co., Ltd. ("Nickel")': the name rules' own), is no organisation's. The spans
are not evidence (``surgery.add_mention(..., evidence=False)``): the draft's mentions stay
names. One pass over the names, one search per term defined: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.names import surgery
from kg.ingest.relations.kinds import kind

# 'X Co., Ltd. (the "Debtor")', '("the Issuer")', '(hereinafter referred to as the "Buyer")'
_TERM = re.compile(r"[ \t\n]*\((?:hereinafter[ \t\n]+)?(?:(?:referred[ \t\n]+to|called)[ \t\n]+)?"
                   r"(?:as[ \t\n]+)?(?:the[ \t\n]+)?[\"“][ \t\n]*(?:[Tt]he[ \t\n]+)?"
                   r"(?P<t>[A-Z][a-z]{2,20})[ \t\n]*[\"”][ \t\n]*\)")
# terms referents.py reads, and words that are no term for an organisation
_NOT_TERMS = frozenset(("Company", "Group", "Plan", "Notice", "Measures", "Agreement",
                        "Contract", "Project", "Transaction", "Deal", "Announcement", "Report",
                        "Meeting", "Shares", "Bonds", "Notes", "Offering", "Issuance"))


def referent_spans(draft, spans_of: list) -> None:
    text = draft.text
    if "\"" not in text and "“" not in text:
        return
    for term, (after, ent) in _defined(text, spans_of).items():
        for m in re.finditer(rf"\b(?:[Tt]he[ \t\n]+)?{term}\b(?![ \t\n]*[\"”])", text[after:]):
            surgery.add_mention(ent, spans_of, after + m.start(), after + m.end(),
                                evidence=False)


def _defined(text, spans_of) -> dict:
    """term -> (where the definition ends, organisation), for each term a text defines right
    after an organisation's name (the first definition of a term counts)."""
    out: dict = {}
    for s, e, ent in spans_of:
        if text[e:e + 3].lstrip()[:1] != "(" or kind(ent) != "org" or ent.role:
            continue
        m = _TERM.match(text, e)
        if m is None or m.group("t") in _NOT_TERMS:
            continue
        # a short form of the name ('X Nickel Co., Ltd. ("Nickel")') is the name rules' own
        if m.group("t").lower() in ent.label.lower():
            continue
        if m.group("t") not in out or out[m.group("t")][0] > m.end():
            out[m.group("t")] = (m.end(), ent)
    return out
