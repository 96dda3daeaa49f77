"""An organisation's plant named by the place it is in: "X's Changzhou plant", "X operates plants
in A and B", "Y runs a facility in C" -> one site per place, labelled "X A plant" the way
curators name them (the owner, the place, the kind of site). Class ``nfo:Site``, low
confidence: the label is built, not printed (a reviewer confirms). The span leaves the owner's
name free for the rules that name it: "facility in C" (or the place's own name when the clause
names several), "Changzhou plant" after the possessive. One regex pass: linear."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.names.rule_tags import OWNER_PLACE
from kg.ingest.reading.windows import Near

RULE = OWNER_PLACE
CONFIDENCE = 0.4
_KINDS = {"plant": "plant", "plants": "plant", "facility": "facility", "facilities": "facility",
          "factory": "factory", "factories": "factory", "mill": "mill", "mills": "mill",
          "smelter": "smelter", "smelters": "smelter", "refinery": "refinery",
          "refineries": "refinery", "base": "base", "bases": "base"}
_KIND = "|".join(sorted(_KINDS, key=len, reverse=True))
# (a name starts a word: each capital of a 40,000-character hyphenated run began a name that
# read to the run's end, quadratic: 3 s for 20 kB)
_ORG = r"(?<![A-Za-z0-9&\-])[A-Z][A-Za-z0-9&\-]+(?:[ ][A-Z][A-Za-z0-9&\-]+){0,3}"
_PLACE = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?"
_VERBS = r"operates|runs|owns|has|opened|built|set[ ]up|established|operated|ran|owned|had"
_CLAUSE = re.compile(
    rf"(?P<org>{_ORG})[ ](?:{_VERBS})[ ](?:(?:a|an|its|two|three|four|new|several)[ ])*"
    rf"(?P<kind>{_KIND})[ ]in[ ](?P<places>{_PLACE}(?:(?:,[ ]|,?[ ]and[ ]){_PLACE})*)")
_POSSESSIVE = re.compile(rf"(?P<org>{_ORG})['\u2019]s[ ](?P<place>{_PLACE})[ ](?P<kind>{_KIND})\b")
# (each match holds its kind word and reads no full stop and no line break: looked for only in
# the stretches between them that hold a kind word, kg/ingest/reading/windows.py)
_KIND_WORDS = ("plant", "facilit", "factor", "mill", "smelter", "refiner", "base")
_CLAUSE_NEAR = Near(_CLAUSE, _KIND_WORDS, stops=".\n")
_POSSESSIVE_NEAR = Near(_POSSESSIVE, _KIND_WORDS, stops=".\n")
_NOT_ORG = {"The", "This", "That", "It", "Its", "He", "She", "They", "We", "China", "Company"}


def plants(text: str) -> list[Candidate]:
    out = []
    for m in _CLAUSE_NEAR.finditer(text):
        org = _org(m.group("org"))
        if not org:
            continue
        kind = _KINDS[m.group("kind")]
        places = [(p.start(), p.end()) for p in re.finditer(_PLACE, m.group("places"))]
        base = m.start("places")
        for a, b in places:
            place = m.group("places")[a:b]
            s, e = (m.start("kind"), m.end()) if len(places) == 1 else (base + a, base + b)
            out.append(Candidate(s, e, f"{org} {place} {kind}", "Site", RULE, CONFIDENCE))
    for m in _POSSESSIVE_NEAR.finditer(text):
        org = _org(m.group("org"))
        if org:
            out.append(Candidate(m.start("place"), m.end(), f"{org} {m.group('place')} "
                                 f"{_KINDS[m.group('kind')]}", "Site", RULE, CONFIDENCE,
                                 {" ".join(m.group(0).split())}))
    return out


def _org(name: str) -> str | None:
    words_ = name.split()
    while words_ and words_[0] in _NOT_ORG:
        words_ = words_[1:]
    return " ".join(words_) or None
