"""Who bought a company, stated from the side of the company bought or of its seller:

* "B was acquired by A", "B has been taken over by A", "B was bought in 2020 by A":
  ``A nfo:acquired B`` (rule ``org:acquired-by``);
* "C sold B to A", "C sold 60% of B to A" (a majority): ``A nfo:acquired B`` (rule
  ``org:sold-to``); a minority sold ("sold 20% of B to A") is no acquisition and is left.

Read at each organisation's mention: the passive verb or "sold" right after it, the
organisation right after "by" or "to" (no words between); "was not acquired by" and other
words between are not read. One match at each name: linear in the text. The active forms
("A acquired B") are :mod:`acquisitions`'."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

_PASSIVE = re.compile(
    r"[ \t\n]+(?:was|were|has\s+been|had\s+been|have\s+been)[ \t\n]+(?:(?:formally|fully|later|"
    r"eventually|finally|recently|wholly)[ \t\n]+)?(?:acquired|bought|purchased|taken[ \t\n]+over)"
    r"(?:[ \t\n]+in[ \t\n]+(?:19|20)\d\d)?[ \t\n]+by[ \t\n]+(?:the[ \t\n]+)?")
_SOLD = re.compile(r"[ \t\n]+(?:has[ \t\n]+|had[ \t\n]+)?sold[ \t\n]+(?:(?P<pct>\d{1,3}(?:\.\d+)?)"
                   r"[ \t]*(?:%|per[ \t]*cent|percent)[ \t\n]+(?:of|in)[ \t\n]+(?:the[ \t\n]+)?)?")
_TO = re.compile(r"[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?")


def passive_acquisitions(text: str, orgs, by_start: dict) -> None:
    """``orgs``: the organisations' (start, end, entity), ``by_start`` the longest at each start."""
    for s, e, first in orgs:
        nxt = text[e:e + 12]
        if "was" in nxt or "were" in nxt or "been" in nxt:
            m = _PASSIVE.match(text, e)
            hit = by_start.get(m.end()) if m else None
            if hit is not None and hit[2] is not first:
                hit[2].add(NFO.acquired, first.iri, Span(s, hit[1]), "org:acquired-by")
        if "sold" in nxt:
            m = _SOLD.match(text, e)
            sold = by_start.get(m.end()) if m else None
            if sold is None or m.group("pct") and float(m.group("pct")) < 50:
                continue
            t = _TO.match(text, sold[1])
            buyer = by_start.get(t.end()) if t else None
            if buyer is not None and len({id(first), id(sold[2]), id(buyer[2])}) == 3:
                buyer[2].add(NFO.acquired, sold[2].iri, Span(s, buyer[1]), "org:sold-to")
