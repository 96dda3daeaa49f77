"""Who bought a company, stated from the side of the company bought or of its seller:

* "B was acquired by A", "B has been taken over by A", "B was bought in 2020 by A":
  ``A nfo:acquired B`` (rule ``org:acquired-by``);
* "C sold B to A", "C sold 60% of B to A" (a majority): ``A nfo:acquired B`` (rule
  ``org:sold-to``); a minority sold ("sold 20% of B to A") is no acquisition and is left;
* "B, which A bought in 2020, ...", "B, which A acquired from C last year", "B, which was
  taken over by A in 2019": ``A nfo:acquired B`` (rule ``org:acquired-which``): the relative
  clause's verb right after A, in the past, and then no object of its own (a stop, or a time, a
  seller or a price: "which A bought a stake in" or "which A will buy" is not read).

Read at each organisation's mention: the passive verb or "sold" right after it, the
organisation right after "by" or "to" (no words between); "was not acquired by" and other
words between are not read. One match at each name: linear in the text. The active forms
("A acquired B") are :mod:`acquisitions`'."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.name_asides import after_name
from kg.ingest.terms import NFO

_PASSIVE = re.compile(
    r"[ \t\n]+(?:was|were|has\s+been|had\s+been|have\s+been)[ \t\n]+(?:(?:formally|fully|later|"
    r"eventually|finally|recently|wholly)[ \t\n]+)?(?:acquired|bought|purchased|taken[ \t\n]+over)"
    r"(?:[ \t\n]+in[ \t\n]+(?:19|20)\d\d)?[ \t\n]+by[ \t\n]+(?:the[ \t\n]+)?")
_SOLD = re.compile(r"[ \t\n]+(?:has[ \t\n]+|had[ \t\n]+)?sold[ \t\n]+(?:(?P<pct>\d{1,3}(?:\.\d+)?)"
                   r"[ \t]*(?:%|per[ \t]*cent|percent)[ \t\n]+(?:of|in)[ \t\n]+(?:the[ \t\n]+)?)?")
_TO = re.compile(r"[ \t\n]+to[ \t\n]+(?:the[ \t\n]+)?")
# "B, which A bought in 2020": the relative clause after B (its buyer, or its passive verb)
_WHICH = re.compile(r",[ \t\n]+which(?=[ \t\n])")
_WHICH_BY = re.compile(r"[ \t\n]+(?:the[ \t\n]+)?")
_BOUGHT = re.compile(
    r"[ \t\n]+(?:(?:has|had|have)[ \t\n]+)?(?:(?:formally|later|eventually|finally|recently)[ \t\n]+)?"
    r"(?:acquired|bought|purchased|took[ \t\n]+over|took[ \t\n]+control[ \t\n]+of)"
    # (what may follow a verb with no object: a stop, a time, a seller, a price, a deal)
    r"(?=[ \t\n]*[,.;)\u2014]|[ \t\n]+(?:in[ \t\n]+(?:19|20)\d\d|in[ \t\n]+(?:January|February|March|"
    r"April|May|June|July|August|September|October|November|December|early|late|mid|a[ \t\n]+deal)\b|"
    r"on[ \t\n]+\d|(?:last|this)[ \t\n]+(?:year|month|week|spring|summer|autumn|winter)\b|"
    r"(?:earlier|from|for|through|via)\b|(?:two|three|four|five|six|\d+)[ \t\n]+years?[ \t\n]+ago\b))")


def passive_acquisitions(text: str, orgs, by_start: dict) -> None:
    """``orgs``: the organisations' (start, end, entity), ``by_start`` the longest at each start."""
    for s, e, first in orgs:
        e = after_name(text, e)     # ("B (\u6c49\u4e2d\u950c\u4e1a) was acquired by A")
        nxt = text[e:e + 12]
        if "which" in nxt:
            _which(text, s, e, first, by_start)
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
            t = _TO.match(text, after_name(text, sold[1]))
            buyer = by_start.get(t.end()) if t else None
            if buyer is not None and len({id(first), id(sold[2]), id(buyer[2])}) == 3:
                buyer[2].add(NFO.acquired, sold[2].iri, Span(s, buyer[1]), "org:sold-to")


def _which(text: str, s: int, e: int, bought, by_start: dict) -> None:
    """"B, which A bought in 2020" / "B, which was acquired by A": ``A nfo:acquired B``."""
    m = _WHICH.match(text, e)
    if m is None:
        return
    passive = _PASSIVE.match(text, m.end())
    if passive is not None:
        hit = by_start.get(passive.end())
    else:
        w = _WHICH_BY.match(text, m.end())
        hit = by_start.get(w.end()) if w else None
        if hit is None or _BOUGHT.match(text, after_name(text, hit[1])) is None:
            return
    if hit is not None and hit[2] is not bought:
        hit[2].add(NFO.acquired, bought.iri, Span(s, hit[1]), "org:acquired-which")
