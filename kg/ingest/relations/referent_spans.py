"""A term a text defines for an organisation right after its name ('X Co., Ltd. (the "Debtor")',
'Y Ltd ("the Issuer")', 'Z (hereinafter referred to as the "Buyer")', in lower case too: 'the
Ministry of Commerce (the "investigating authority")') as a span of that organisation wherever
it recurs after the definition ("The Debtor is based in Qingzhen", "the Buyer's controlling
shareholder", "The investigating authority held a hearing"), for every rule that reads a
sentence, as its name would be. A term in lower case is one to three words, used after "the";
one in the plural names several ('A, B and C (the "applicants")') and stands for none.

"the Company" / "the Group" are referents.py's (read by the company-news rules only: as spans
for every rule, "the company" drew more wrong low-confidence pairs than right ones on the dev
sets); a term for an agreement, a plan or shares (``_NOT_TERMS``), or a short form of the name
itself ('X Nickel Co., Ltd. ("Nickel")': the name rules' own), is no organisation's. The spans
are not evidence (``surgery.add_mention(..., evidence=False)``): the draft's mentions stay
names. One pass over the names, one search per term defined: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.names import surgery
from kg.ingest.relations.kinds import kind
from kg.ingest.span_order import spans_by_start

# 'X Co., Ltd. (the "Debtor")', '("the Issuer")', '(hereinafter referred to as the "Buyer")'
_TERM = re.compile(r"[ \t\n]*\((?:hereinafter[ \t\n]+)?(?:(?:referred[ \t\n]+to|called)[ \t\n]+)?"
                   r"(?:as[ \t\n]+)?(?:the[ \t\n]+)?[\"“][ \t\n]*(?:[Tt]he[ \t\n]+)?"
                   r"(?:(?P<t>[A-Z][a-z]{2,20})|(?P<low>[a-z]{3,20}(?:[ -][a-z]{2,20}){0,2}))"
                   r"[ \t\n]*[\"”][ \t\n]*\)")
# terms referents.py reads, and words that are no term for an organisation
_NOT_TERMS = frozenset(("Company", "Group", "Plan", "Notice", "Measures", "Agreement",
                        "Contract", "Project", "Transaction", "Deal", "Announcement", "Report",
                        "Meeting", "Shares", "Bonds", "Notes", "Offering", "Issuance"))


# a capitalised word, with or without "the", not the term inside its own quotes
_WORD = re.compile(r"\b(?:[Tt]he[ \t\n]+)?(?P<t>[A-Z][a-z]{2,20})\b(?![ \t\n]*[\"”])")


def referent_spans(draft, spans_of: list) -> None:
    text = draft.text
    if "\"" not in text and "“" not in text:
        return
    defined = _defined(text, spans_of)
    if not defined:
        return
    # one scan of the capitalised words; each term found stands for the organisation of its
    # latest definition before it (none when two organisations defined it at once)
    ends = {t: [p for p, _ in defs] for t, defs in defined.items()}
    first = min(e[0] for e in ends.values())
    low = [t for t in defined if t[:1].islower()]
    uses = [(m.start(), m.end(), m.group("t")) for m in _WORD.finditer(text, first)]
    if low:     # ("the investigating authority": the term's words after "the")
        rx = re.compile(r"\b[Tt]he[ \t\n]+(" + "|".join(
            r"[ \t\n]+".join(map(re.escape, t.split())) for t in sorted(low, key=len, reverse=True))
            + r")\b(?![ \t\n]*[\"”])")
        uses += [(m.start(), m.end(), " ".join(m.group(1).split()))
                 for m in rx.finditer(text, first)]
    for a, b, term in uses:
        defs = defined.get(term)
        if defs is None:
            continue
        i = bisect.bisect_right(ends[term], a) - 1
        if i >= 0 and defs[i][1] is not None:
            surgery.add_mention(defs[i][1], spans_of, a, b, evidence=False)


def _defined(text, spans_of) -> dict:
    """term -> [(where a definition ends, organisation or None), ...] in text order, for each
    term a text defines right after an organisation's name; a term defined again for another
    organisation stands for that one from there on, and for none when two define it in one
    sentence ('A (the "Buyer") and B (the "Buyer")')."""
    out: dict = {}
    for s, e, ent in spans_by_start(spans_of):
        if text[e:e + 3].lstrip()[:1] != "(" or ent.kind != "org" or ent.role:
            continue
        m = _TERM.match(text, e)
        if m is None:
            continue
        term = m.group("t") or " ".join(m.group("low").split())
        if term in _NOT_TERMS or term.lower().capitalize() in _NOT_TERMS or \
                m.group("low") and term.endswith("s"):
            continue        # ('A, B and C (the "applicants")': several, no one's)
        # a short form of the name ('X Nickel Co., Ltd. ("Nickel")') is the name rules' own
        if term.lower() in ent.label.lower():
            continue
        defs = out.setdefault(term, [])
        if defs and defs[-1][1] is not ent and not _SENTENCE_END.search(text, defs[-1][0], s):
            defs.append((m.end(), None))        # two at once: it stands for neither
        elif not defs or defs[-1][1] is not ent:
            defs.append((m.end(), ent))
    return out


_SENTENCE_END = re.compile(r"[.!?;][\s\"”)]|\n\s*\n")
