"""Documents a body issues, named in lower case by their noun: "X issued the penalty decision on
May 28", "released a rectification notice", "an administrative penalty decision issued by X
against Y". The phrase (a content word or more before a head of ``data/document-nouns.txt``)
is a new document (rule ``document:issued-noun``, 0.5), labelled by the body that issued it
("Penalty decision of X") or the organisation it is against ("Penalty decision on Y"), the
bare phrase an alias. Who issued it and when are read later like any policy's (the clause's
subject before "issued", the clause's date). "The action plan" after a named "Action Plan for
..." is that plan, not another; a phrase a name covers is left to the name. One regex pass."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "document:issued-noun", 0.5
# words that say nothing of which document it is
_EMPTY = (r"a|an|the|and|of|its|their|this|that|new|latest|relevant|related|above|said|same|"
          r"first|second|final|official|formal|written|such|further|another|other|draft")
_MOD = rf"(?!(?:{_EMPTY})\s)[a-z][a-z\-]*"
_VERB = r"issued|released|published|promulgated|handed\s+down|imposed|delivered|served"
_AGAINST = re.compile(r"\s+(?:against|on|to)\s+(?:the\s+)?")
_BY = re.compile(rf"\s+(?:{_VERB})\s+by\s+(?:the\s+)?")
_VERB_AT = re.compile(rf"\b(?:{_VERB})\s+(?:(?P<by>by)\s|(?=(?:[Tt]he|[Aa]n?|[Ii]ts)\s))")


@lru_cache(maxsize=None)
def _table() -> tuple[re.Pattern, re.Pattern, dict[str, str]]:
    table = {}
    for line in lines("document-nouns"):
        head, cls = line.rsplit(None, 1)
        table[" ".join(head.split())] = cls
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in sorted(table, key=len,
                                                                        reverse=True))
    np_ = rf"\b(?P<det>[Tt]he|[Aa]n?|[Ii]ts)\s+(?P<np>(?:{_MOD}\s+){{1,3}}?(?P<head>{alt}))(?![\w\-])"
    # (found from the verb: "issued the ...", or "... issued by"; a scan for every "the" costs
    # more)
    return re.compile(np_), re.compile(np_ + r"\s+$"), table


def _phrases(text: str, ahead: re.Pattern, before: re.Pattern):
    """(match of the phrase, where the verb before it starts, else None) for "issued the X
    decision" and "the X decision issued by"."""
    for c in _VERB_AT.finditer(text):
        if c.group("by"):
            m = before.search(text, max(0, c.start() - 80), c.start())
            if m is not None:
                yield m, None
        else:
            m = ahead.match(text, c.end())
            if m is not None:
                yield m, c.start()


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the documents named by their noun to the draft and to ``spans_of``."""
    text = draft.text
    ahead, before, table = _table()
    spans = sorted(spans_of, key=lambda x: x[0])
    starts = [x[0] for x in spans]
    longest = max((b - a for a, b, _ in spans), default=0)
    policies = [(s, ent) for s, _, ent in spans if kind_of(ent.cls) == "policy"]

    def org_at(p: int):
        i = bisect.bisect_left(starts, p)
        while i < len(spans) and spans[i][0] == p:
            if kind_of(spans[i][2].cls) == "org":
                return spans[i]
            i += 1
        return None

    made: list = []
    by_label: dict[str, Entity] = {}
    for m, verb in _phrases(text, ahead, before):
        a, b = m.span("np")
        lo = bisect.bisect_left(starts, a - longest)
        if any(s < b and a < e for s, e, _ in spans[lo:bisect.bisect_left(starts, b)]):
            continue        # a name covers it, or a metal inside: "the copper plan"
        np_ = " ".join(m.group("np").split())
        if m.group("det").lower() == "the" and any(
                s < a and np_.lower() in ent.label.lower() for s, ent in policies):
            continue        # "the action plan": the one named before
        issuer = against = None
        by = _BY.match(text, b)
        if by is not None:
            issuer = org_at(by.end())
        ag = _AGAINST.match(text, b if issuer is None else issuer[1])
        if ag is not None:
            against = org_at(ag.end())
        if verb is None and issuer is None:
            continue        # "the penalty decision says": only a document someone issued
        if against is not None:
            label = f"{np_} on {against[2].label}"
        elif issuer is not None:
            label = f"{np_} of {issuer[2].label}"
        else:
            subj = _subject(text, spans, starts, verb, kind_of)
            if subj is None:
                continue    # "issued a notice": whose, the text does not say here
            label = f"{np_} of {subj[2].label}"
        label = label[:1].upper() + label[1:]
        key = normalise_name(label)
        ent = by_label.get(key)
        if ent is None:
            ent = Entity(minter.mint(label), NFO[table[" ".join(m.group("head").split())]],
                         label, False, RULE, CONFIDENCE)
            ent.aliases.add(np_)
            by_label[key] = ent
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
        span = Span(min(a, (issuer or against or (a, b))[0]), max(b, (issuer or against
                                                                       or (a, b))[1]))
        if issuer is not None:
            ent.add(NFO.issuedBy, issuer[2].iri, span, RULE)
        if against is not None:
            ent.add(NFO.appliesTo, against[2].iri, span, RULE)
    spans_of.extend(made)
    return [e for _, _, e in made]


_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|had|have|also|then|later|formally|officially)\s+)*"
                          r"(?:on\s+[\w\s,]{1,25}?\s+)?$")


def _subject(text, spans, starts, verb_at: int, kind_of):
    """The organisation named right before the verb ("The X Bureau issued", "X on May 28
    issued"), else None."""
    i = bisect.bisect_left(starts, verb_at) - 1
    while i >= 0 and spans[i][0] >= verb_at - 200:
        s, e, ent = spans[i]
        if e <= verb_at and kind_of(ent.cls) == "org" and _SUBJECT_GAP.fullmatch(
                text, e, verb_at):
            return spans[i]
        i -= 1
    return None
