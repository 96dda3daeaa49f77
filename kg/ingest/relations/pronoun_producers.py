"""The metals a mine, plant or company produces, stated by the next sentence through a pronoun
or a definite noun: "The mine is run by X Co., Ltd. It produces about 3,000 tonnes of tin and
12,000 tonnes of zinc a year." / "The smelter belongs to Y. The plant turned out 80,000 tonnes
of cathode copper last year." The subject "It" / "The <noun>" (a noun of
``data/facility-heads.txt`` or company, group, firm) followed by a producer verb
(``data/producer-verbs.txt`` less the verbs of being and having) stands for what the sentence
before opens with (a site or organisation, or the last site or organisation before whose name
ends with the noun), and for the organisation that sentence says runs, operates or owns it.
The metals the sentence names (not inside other names) become ``nfo:concernsMetal``, rule
``context:pronoun-producer-metal@0.5``. One pass over the sentence starts: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.terms import NFO

_BE_HAVE = {"'s", "is", "was", "are", "has", "have", "had", "ranks", "ranked", "leads", "hosts",
            "accounts", "accounted", "boasts", "possesses", "holds", "owns", "operates",
            "develops", "will develop", "is developing", "sold", "sells", "trades", "traded",
            "markets", "marketed"}
_RUN_BY = re.compile(r"\b(?:run|operated|owned|managed|controlled|held)\s+by\s+(?:the\s+)?$", re.I)
_NOUN_WORDS = ("company", "group", "firm", "enterprise", "operator")


@lru_cache(maxsize=1)
def _nouns() -> str:
    """The facility nouns (first field of ``data/facility-heads.txt``) and company nouns."""
    heads = {re.split(r"\s{2,}", h)[0].lower() for h in lines("facility-heads")}
    return "|".join(r"\s+".join(re.escape(w) for w in h.split())
                    for h in sorted(heads | set(_NOUN_WORDS), key=lambda h: (-len(h), h)))


@lru_cache(maxsize=1)
def _subject():
    verbs = [v for v in lines("producer-verbs") if v not in _BE_HAVE]
    alt = "|".join(sorted((r"\s+".join(re.escape(w) for w in v.split()) for v in verbs),
                          key=len, reverse=True))
    return re.compile(rf"[\"“]?(?:It|The\s+(?P<noun>{_nouns()}))\s+"
                      r"(?:(?:[a-z]+ly|also|still|now|already|currently|annually)\s+)*"
                      rf"(?:{alt})\b")


@lru_cache(maxsize=1)
def _subject_noun():
    return re.compile(rf"\s*[\"“]?The\s+({_nouns()})\b")


def pronoun_producers(text, spans_of, sents, kind) -> None:
    if "It " not in text and "The " not in text:
        return
    nested = plain_containers(spans_of)
    plain = [x for x in spans_of if (x[0], x[1], id(x[2])) not in nested and not x[2].role]
    metals = sorted((x for x in plain if x[2].kind == "metal"), key=lambda x: x[:2])
    if not metals:
        return
    holders = sorted((x for x in plain if x[2].kind == "org" or
                      str(x[2].cls).rsplit("#", 1)[-1] == "Site"), key=lambda x: x[:2])
    m_starts = [s for s, _, _ in metals]
    h_starts = [s for s, _, _ in holders]
    subject = _subject()
    for ss in sents.starts:
        m = subject.match(text, ss)
        if m is None or ss == 0:
            continue
        ps, pe = sents.bounds(ss - 1)
        n = 0       # ("... Co., Ltd., in which ...": a sentence cut after "Ltd." goes on)
        while ps > 0 and n < 3 and re.match(r"\s*[,;a-z(]", text[ps:ps + 3]):
            ps = sents.bounds(ps - 1)[0]
            n += 1
        before = holders[bisect.bisect_left(h_starts, ps):bisect.bisect_left(h_starts, ss)]
        if not before:
            continue
        noun = (m.group("noun") or "").lower()
        if not noun:            # "The mine is run by X. It produces": "It" is the mine
            opens = _subject_noun().match(text, ps)
            noun = opens.group(1).lower() if opens else ""
        who = []
        lead = re.match(r"\s*[\"“]?(?:The\s+)?", text[ps:before[0][0]])
        if lead and lead.end() == before[0][0] - ps and (
                not noun or before[0][2].label.lower().endswith(noun)):
            who.append(before[0][2])            # what the sentence before opens with
        elif noun:                              # "The mine": the last whose name ends so
            i = bisect.bisect_left(h_starts, ss) - 1
            while i >= 0 and holders[i][0] >= ps - 3000:
                if holders[i][2].label.lower().endswith(noun):
                    who.append(holders[i][2])
                    break
                i -= 1
        if not who:
            continue
        for s, e, ent in before:                # "... is run by X Co., Ltd.": X too
            if ent.kind == "org" and _RUN_BY.search(text, max(ps, s - 30), s) and \
                    all(ent is not w for w in who):
                who.append(ent)
        _, se = sents.bounds(ss)
        for ms, me, metal in metals[bisect.bisect_left(m_starts, m.end()):
                                    bisect.bisect_left(m_starts, se)]:
            for w in who:
                if not any(p == NFO.concernsMetal and o == metal.iri for p, o, *_ in w.statements):
                    w.add(NFO.concernsMetal, metal.iri, Span(ss, se),
                          "context:pronoun-producer-metal@0.5")
