"""The metals and fields of a contract's or a ruling's parties, stated by a sentence that opens
with the part a party plays: a contract, a mediation agreement or a court paper names its
parties in labelled fields ("Party A:  X Co., Ltd.", "Respondent:  Y Co., Ltd.", "Supplier
(Party B):  Z Co., Ltd.": :func:`kg.ingest.relations.labelled_parties.labelled_parties`) and
then says what each does by its part alone: "Party A makes zinc-rich primers for marine
engineering", "The Respondent melts titanium ingots and forges titanium alloy bars from sponge
titanium", "Party B supplies zinc powder". The party concerns each metal (``nfo:concernsMetal``)
and field (``nfo:concernsField``) the clause after the verb prints, up to its end or another
organisation's name, not one inside the name of an organisation, person or place; the verb is one of what a maker or a trader
does (``data/producer-verbs.txt``, not "is" or "has"), and the part opens its sentence (the
subject, not "supplied to Party A"). Rule ``org:party-producer-metal@0.5``, a guess a reviewer
confirms.

The parts read are "Party A" ... and those of ``data/field-party-terms.txt`` after "the" ("the
respondent", "the supplier"); a part two fields give to different organisations stands for
neither. Measured on the dev sets (round 52): 6 of 9 new pairs right (the wrong ones the
copper, aluminium and magnesium alloy of parts a maker supplies to its service partner). One
pass of a pattern over the text when it has such fields: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, phrases
from kg.ingest.model import Span
from kg.ingest.names.nesting import containers
from kg.ingest.relations.labelled_parties import labelled_parties
from kg.ingest.terms import NFO

RULE = "org:party-producer-metal@0.5"
_BE_HAVE = {"'s", "is", "was", "are", "has", "have", "had", "ranks", "ranked", "leads", "hosts",
            "accounts", "accounted", "holds", "owns", "boasts", "possesses"}
_CLAUSE_END = re.compile(r"[.;](?=\s|$)|\n[ \t]*\n")
_LONGEST = 300          # characters a clause runs at most
# a metal inside their names is theirs ("X Zinc Co., Ltd."); one inside a product's is the
# product's metal, made or sold by the party ("titanium alloy bars")
_HOLDERS = ("org", "person", "place")


@lru_cache(maxsize=1)
def _use() -> re.Pattern:
    verbs = [v for v in lines("producer-verbs") if v not in _BE_HAVE]
    alt = "|".join(sorted((re.escape(v).replace(r"\ ", r"[ \t]+") for v in verbs),
                          key=len, reverse=True))
    terms = "|".join(sorted((re.escape(t) for t in phrases("field-party-terms")),
                            key=len, reverse=True))
    # the part at a sentence's or a line's start, then the verb (adverbs may stand between)
    return re.compile(
        rf"(?:^|(?<=[.;:!?][ \t])|(?<=[.;:!?][ \t]{{2}})|(?<=\n))[ \t]*"
        rf"(?:(?P<party>Party[ \t][A-Z])|[Tt]he[ \t]+(?P<term>(?i:{terms})))"
        rf"[ \t\n]+(?:(?:[a-z]+ly|also|now|still|mainly)[ \t\n]+)*"
        rf"(?:{alt})\b(?![ \t]+not\b)", re.M)


def party_metals(draft, spans_of, kind) -> int:
    """Add the metals and fields of the clauses the parties' parts open; returns how many."""
    text = draft.text
    parties = labelled_parties(text, spans_of, kind)
    if not parties:
        return 0
    terms = phrases("field-party-terms")
    parts = {k: v for k, v in parties.items() if k in terms or re.fullmatch(r"party [a-z]", k)}
    if not parts:
        return 0
    inside = containers(spans_of)
    things = sorted((s, e, x) for s, e, x in spans_of
                    if x.kind in ("metal", "field", "org")
                    and not (x.kind != "org" and (s, e, id(x)) in inside
                             and inside[(s, e, id(x))].kind in _HOLDERS))
    starts = [s for s, _, _ in things]
    n = 0
    for m in _use().finditer(text):
        part = " ".join((m.group("party") or m.group("term")).lower().split())
        got = parts.get(part)
        if got is None:
            continue
        org = got[2]
        if org.known:
            continue        # (a known group's trades are the graph's already)
        end_m = _CLAUSE_END.search(text, m.end(), m.end() + _LONGEST)
        end = end_m.start() if end_m else min(len(text), m.end() + _LONGEST)
        for s, e, x in things[bisect.bisect_left(starts, m.end()):
                              bisect.bisect_left(starts, end)]:
            if x.kind == "org":
                if x is not org:
                    break       # (another organisation's part of the clause)
                continue
            pred = NFO.concernsMetal if x.kind == "metal" else NFO.concernsField
            if not org.statements.has(pred, x.iri):
                org.add(pred, x.iri, Span(m.start(), end), RULE)
                n += 1
    return n
