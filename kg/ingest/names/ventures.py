"""Investment abroad named as a clause: "investing in Indonesia, Guinea, Kazakhstan, and beyond",
"invested in Chile and Peru". The clause from the verb to the end of its list (two names at
least, "and beyond" may close it) is one project (its parties and places are for the relation rules to find in the
sentence). Class ``nfo:Project``, low confidence: a reviewer names it. Linear: one regex."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.names.rule_tags import INVESTING_IN
from kg.ingest.reading.windows import Near

RULE = INVESTING_IN
CONFIDENCE = 0.4
_PLACE = r"[A-Z][a-z]+(?:[ ][A-Z][a-z]+){0,2}"
_RX = re.compile(
    rf"\b(?:investing|invested|invests|invest)[ \t]+(?:heavily[ \t]+)?in[ \t]+"
    rf"(?:{_PLACE})(?:,[ \t]*{_PLACE})*,?[ \t]+(?:and|or)[ \t]+(?:{_PLACE}|beyond|elsewhere"
    rf"|other[ \t]+(?:countries|regions))")
_RX_NEAR = Near(_RX, ("invest",), stops=".;\n")    # (none of them in a match)


def ventures(text: str) -> list[Candidate]:
    out = []
    for m in _RX_NEAR.finditer(text):
        label = " ".join(m.group(0).split())
        out.append(Candidate(m.start(), m.end(), label, "Project", RULE, CONFIDENCE))
    return out
