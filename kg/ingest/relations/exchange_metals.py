"""The metals a commodity exchange trades (``nfo:concernsMetal``, rule ``topic:exchange-metal``),
as market news names them:

* "lithium carbonate futures on the Guangzhou Futures Exchange", "nickel prices on the LME",
  "copper stocks in LME warehouses": a metal, at most three market words
  (``data/market-words.txt``), then "on"/"at"/"in" the exchange;
* "the Shanghai Futures Exchange's most-traded aluminium contract", "LME nickel", "SHFE zinc
  futures": the exchange (or its possessive) right before the metal, at most two market words
  between;
* "The exchange launched cobalt futures on Monday", "the Dalian Commodity Exchange will list
  ... alumina options": the exchange, a listing verb, then the metal within the clause.

An exchange is an organisation whose label names a futures, metal, commodity or mercantile
exchange (a stock exchange lists companies, not metals). One pass over the exchanges'
mentions, each reading a few dozen characters around it: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "topic:exchange-metal"
_EXCHANGE = re.compile(r"\b(?:futures|metals?|commodit(?:y|ies)|mercantile)\s+exchange\b", re.I)
_AFTER_METAL = re.compile(r"[ \t\n]+((?:[\w-]+[ \t\n]+){0,3}?)(?:traded[ \t\n]+|listed[ \t\n]+)?"
                          r"(?:on|at|in|from)[ \t\n]+(?:the[ \t\n]+)?$", re.I)
_BEFORE_METAL = re.compile(r"(?:['’]s)?[ \t\n]+((?:[\w-]+[ \t\n]+){0,2}?)$")
_LISTS = re.compile(r"\b(?:launch(?:ed|es)?|list(?:ed|s)?|introduc(?:ed|es)|start(?:ed|s)?\s+"
                    r"trading|began\s+trading|will\s+(?:launch|list|introduce|start\s+trading))\b",
                    re.I)
# "The exchange will not / has no plans to / has yet to launch cobalt futures": no listing
_NOT_LISTED = re.compile(r"\b(?:not|never|no|nor|cannot|yet\s+to|whether|if|ruled\s+out|"
                         r"declined\s+to|refused\s+to|denied)\b|n['\u2019]t\b", re.I)


def exchange_metals(draft, spans_of, sents, kind) -> None:
    text = draft.text
    rows = [(s, e, x) for s, e, x in spans_by_start_longest(spans_of) if not x.role]
    named = {}
    for x in rows:
        ent = x[2]
        if ent.kind == "org" and id(ent) not in named:
            named[id(ent)] = bool(_EXCHANGE.search(ent.label) or any(
                _EXCHANGE.search(a) for a in ent.aliases) or any(
                _EXCHANGE.search(text, m.start, m.end) for m in ent.mentions))
    exchanges = [x for x in rows if named.get(id(x[2]))]
    if not exchanges:
        return
    metals = [x for x in rows if x[2].kind == "metal"]
    if not metals:
        return
    market = words("market-words")
    m_starts = [x[0] for x in metals]
    m_ends = sorted((x[1], i) for i, x in enumerate(metals))
    e_ends = [x[0] for x in m_ends]
    for s, e, ex in exchanges:
        ss, se = sents.bounds(s)
        # "nickel prices on the LME": a metal ending just before
        j = bisect.bisect_right(e_ends, s) - 1
        if j >= 0:
            ms, me, metal = metals[m_ends[j][1]]
            m = _AFTER_METAL.fullmatch(text, me, s) if s - me <= 60 and me >= ss else None
            if m is not None and all(w.lower() in market for w in m.group(1).split()):
                _add(ex, metal, Span(min(ms, s), max(me, e)))
        # "LME nickel", "the exchange's most-traded aluminium contract": a metal just after
        k = bisect.bisect_left(m_starts, e)
        if k < len(metals) and metals[k][0] - e <= 40 and metals[k][0] < se:
            ms, me, metal = metals[k]
            m = _BEFORE_METAL.fullmatch(text, e, ms)
            if m is not None and all(w.lower() in market for w in m.group(1).split()):
                _add(ex, metal, Span(s, me))
        # "The exchange launched cobalt futures": a listing verb, then the metals of the clause
        v = _LISTS.search(text, e, min(se, e + 40))
        if v is not None and not re.search(r"[;,]", text[e:v.start()]) and \
                not _NOT_LISTED.search(text, e, v.start()):
            stop = min([x for x in (text.find(";", v.end(), se),) if x >= 0] or [se])
            for ms, me, metal in metals[bisect.bisect_left(m_starts, v.end()):]:
                if ms >= stop or ms - v.end() > 80:
                    break
                after = text[me:me + 30].lower()
                if any(w in after.split()[:3] for w in ("futures", "options", "contract",
                                                       "contracts", "futures,")):
                    _add(ex, metal, Span(s, me))


def _add(ex, metal, span) -> None:
    if not any(st[0] == NFO.concernsMetal and st[1] == metal.iri for st in ex.statements):
        ex.add(NFO.concernsMetal, metal.iri, span, RULE)
