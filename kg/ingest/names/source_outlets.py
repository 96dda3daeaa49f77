"""The outlet a digest or a news item credits on a "Source:" line or in a bracket after the
item: "(Source: Times of Zambia, 19 November)", "(Source: ZNBC, 18 November)", "Source: Lusaka
Herald    2026-05-11". The capitalised name right after "Source:" (up to seven words, "of",
"the", "and", "&" between; or an acronym), ended by a comma, the bracket, a wide gap or the
line's end, is an ``nfo:MediaOutlet`` (rule ``name:source-outlet``, confidence 0.5) when no
head word of ``data/name-heads.txt`` / ``data/org-name-heads.txt`` other than an outlet's says it
is another kind of body ("Source: X Municipal Bureau of ...", "(Source: Ministry of Mines ...)"
are bodies, read by their heads; "Shaanxi Daily" is read by its head). One regex pass: linear."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.names.head_words import heads as _heads

RULE, CONFIDENCE = "name:source-outlet", 0.5
_WORD = r"[A-Z][\w&'\u2019.\-]*"
_SOURCE = re.compile(rf"(?:^|\()[ \t]*(?:Source|SOURCE)[ \t]*[:\uff1a][ \t]*"
                     rf"(?P<name>{_WORD}(?:[ \t](?:of|the|and|&|{_WORD})){{0,6}})"
                     r"(?=[ \t]*(?:,|\)|$)|[ \t]{2,}|[ \t]*\|)", re.M)
_SMALL = frozenset(("of", "the", "and", "&"))


def source_outlets(text: str) -> list[Candidate]:
    if "ource" not in text and "SOURCE" not in text:
        return []
    heads = _heads()
    out = []
    for m in _SOURCE.finditer(text):
        words = m.group("name").split()
        if words[-1].lower() in _SMALL:
            continue        # "Source: The" (a name cut short), "Source: Ministry of"
        kinds = {heads[w.rstrip(".,").lower()][0] for w in words if w.rstrip(".,").lower() in heads}
        if kinds - {"MediaOutlet"}:
            continue        # a bureau, a ministry, a company: read by its head word
        out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), "MediaOutlet",
                             RULE, CONFIDENCE))
    return out
