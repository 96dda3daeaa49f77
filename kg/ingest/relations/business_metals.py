"""The metals an organisation is in business with, read from constructions that tie the metal
to it (a metal merely named in the same sentence is not enough):

* the owner's metal: "its molybdenum and tungsten base", "the group's copper output",
  "X's nickel operations", "its nickel sulfate line", "for its cobalt." (a business noun of
  ``data/business-nouns.txt``, right after the metals or after up to two words of the product,
  or nothing; rule ``org:possessive-metal``, ``@0.5`` when the owner is "its",
  "the group" or "the company", resolved by :mod:`kg.ingest.relations.referents`);
* the metal's output of the owner: "copper output from its overseas mine" (same rules);
* a description: "X, a tungsten miner", "X, China's largest nickel and copper producer",
  "X is a leading aluminium processing company" (a noun of ``data/producer-nouns.txt``; rule
  ``org:described-metal``); "Gansu is one of China's main bases for copper and nickel" (a place
  or an organisation described as a base, centre or producer "for/of" the metals; rule
  ``context:described-base-metal``);
* "the group produced 18,600 tonnes of molybdenum": "the group" / "the company" as the subject
  of a producer verb (``data/producer-verbs.txt``; rule ``org:referent-producer-metal@0.5``);
* the facility it owns, named by its metal: "X runs a 100,000-tonne primary magnesium smelter",
  "Y owns an electrolytic aluminium smelter and an alumina refinery", "the zinc smelter of Z"
  (a new site or project whose only owner is the new company, a metal printed in its own
  mention, not inside another organisation's name there, nor a material the works burns or
  leaves, ``data/facility-side-materials.txt``: "its red mud yard"; rule
  ``org:facility-metal@0.5``)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.relations.plain_nesting import plain_containers
from kg.ingest.relations.producers import _OPENERS, home_country
from kg.ingest.relations.which_metals import stated_metals
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

FACILITY_RULE = "org:facility-metal@0.5"
_FACILITIES = (NFO.Site, NFO.Project)     # ("a 60,000-tonne copper strip plant": a project)
_POSS_S = re.compile(r"['’]s\s+")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"([a-z][\w-]*(?:['’]s)?)\s+")    # ("the world's largest producer")
_NOT_MODIFIER = {"of", "the", "a", "an", "and", "or", "in", "at", "to", "for", "by", "with",
                 "is", "was", "are", "were", "has", "have", "had", "will", "would", "that",
                 "which", "who", "its", "their", "own"}
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)")
_END = re.compile(r"\s*(?:[,.;:)]|$)")
# "part of its cobalt under a supply deal", "its nickel from Indonesia": the metal ends its noun
# phrase (a preposition or a verb follows, not another noun)
_PHRASE_END = re.compile(r"\s+(?:under|from|in|at|to|for|with|by|into|through|via|was|were|is|"
                         r"are|came|comes|come|has|have|had|will|would|went|goes|rose|fell)\b")
_NEXT_WORD = re.compile(r"\s+([a-z][\w-]*)\b")
_OUTPUT_OF = re.compile(r"\s+(?:output|production|sales|exports|business|operations|capacity)\s+"
                        r"(?:of|from|at)\s+", re.I)
_DESCRIBED = re.compile(r"(?:\s*,\s*|\s+(?:is|was|remains|became|has\s+become)\s+)"
                        r"(?:a|an|the|one\s+of\s+the|one\s+of\s+[A-Z][\w-]*['’]s|"
                        r"[A-Z][\w-]*['’]s)\s+")
_BASE_FOR = re.compile(r"(?:base|bases|centre|center|centres|centers|hub|hubs|producer|"
                       r"producers|supplier|suppliers|home|makers?|manufacturers?|miners?|"
                       r"refiners?|smelters?|processors?|exporters?|importers?|recyclers?|"
                       r"traders?|consumers?|buyers?|sellers?|sources?|reserves)\s+(?:for|of)\s+"
                       r"(?:the\s+)?", re.I)
_BE_HAVE = {"is", "was", "are", "has", "have", "had", "ranks", "ranked", "leads", "hosts",
            "accounts", "accounted"}    # ("the group is accelerating ...": no production)
_THE_END = re.compile(r"\b[Tt]he$")      # (a referent's span starts at its noun: "The company")
# a quantity the owner's metal is measured in: "500,000 tonnes (a year) of", "2.4 million t of"
_QUANTITY_OF = re.compile(r"(?:about\s+|some\s+|nearly\s+|almost\s+|around\s+|over\s+)?"
                          r"\d[\d.,]*\s*(?:million\s+|billion\s+|thousand\s+)?"
                          r"(?:metric\s+)?(?:tonnes|tons|tonne|ton|t|mt|kt|lots|ounces|oz)"
                          r"(?:\s+(?:a|per)\s+(?:year|annum))?\s+of\s+", re.I)
_LEAD_PP = re.compile(r"^(?:In|By|During|Since|Over|Last|This)\b[^,.;]{0,30}$")


@lru_cache(maxsize=1)
def _producer_verb():
    verbs = [v for v in lines("producer-verbs") if v != "'s" and v not in _BE_HAVE]
    alt = "|".join(sorted((re.escape(v) for v in verbs), key=len, reverse=True))
    return re.compile(rf"\s+(?:(?:[a-z]+ly|also|still|now|already)\s+)*(?:{alt})\b")


@lru_cache(maxsize=1)
def _business_nouns():
    return words("business-nouns")


def _business_noun_after(text, pos) -> bool:
    """A business noun right after the metals, or after up to two words of the product
    ("its nickel sulfate line", "the group's copper foil plants")."""
    for _ in range(3):
        nw = _NEXT_WORD.match(text, pos)
        if nw is None:
            return False
        w = nw.group(1).lower()
        if w in _business_nouns():
            return True
        if w in _NOT_MODIFIER:
            return False
        pos = nw.end()
    return False


@lru_cache(maxsize=1)
def _producer_nouns():
    return words("producer-nouns")


def business_metals(draft, spans_of, sents, kind, refs) -> None:
    text = draft.text
    stated_metals(draft, spans_of, kind, refs)  # "its main products include copper and gold"
    nested = plain_containers(spans_of)
    plain = [x for x in spans_of if x[2].cls not in RELATION_NODES
             and (x[0], x[1], id(x[2])) not in nested]
    metal_at: dict = {}
    for x in spans_of:
        if x[2].kind == "metal":
            old = metal_at.get(x[0])
            if old is None or x[1] > old[1]:
                metal_at[x[0]] = x
    if not metal_at:
        return
    ref_at = {(s, e) for s, e, _ in refs}
    owners = sorted([x for x in plain if x[2].kind in ("org", "place")] + list(refs),
                    key=lambda x: x[0])
    org_at = {x[0]: x for x in owners if x[2].kind == "org"}
    verb = _producer_verb()
    home = home_country(spans_of)     # (the backdrop of a national report: no producer)

    def metals_from(pos):
        """The metals listed from ``pos`` ("nickel and copper"), and where the list ends."""
        out = []
        hit = metal_at.get(pos)
        while hit is not None and len(out) < 8:
            out.append(hit)
            g = _LIST_GAP.match(text, hit[1])
            nxt = metal_at.get(g.end()) if g else None
            if nxt is None:
                return out, hit[1]
            hit = nxt
        return out, pos

    def after_modifiers(pos, most=3):
        """Skip up to ``most`` lower-case modifiers ("largest", "overseas") to a metal."""
        for _ in range(most + 1):
            if pos in metal_at:
                return pos
            w = _WORD.match(text, pos)
            if w is None or w.group(1) in _NOT_MODIFIER:
                return None
            pos = w.end()
        return None

    for s, e, owner in owners:
        is_ref = (s, e) in ref_at
        guess = "@0.5" if is_ref else ""
        if owner.kind == "org":
            # the owner's metal: "its molybdenum base", "X's copper output"
            poss = (_SPACES if text[s:e].lower() == "its" else _POSS_S).match(text, e, e + 3)
            if poss and (text[e:e + 1] in "'’" or is_ref):
                # "its 500,000 tonnes of electrolytic aluminium capacity": a quantity first
                q = _QUANTITY_OF.match(text, poss.end())
                at = after_modifiers(q.end() if q else poss.end(), 2)
                if at is not None:
                    ms, end = metals_from(at)
                    if ms and (_business_noun_after(text, end) or _END.match(text, end)
                               or _PHRASE_END.match(text, end)):
                        for hit in ms:
                            owner.add(NFO.concernsMetal, hit[2].iri, Span(s, hit[1]),
                                      "org:possessive-metal" + guess)
            # "the group produced 18,600 tonnes of molybdenum"
            if is_ref and text[s:e].lower() != "its" and verb.match(text, e, e + 60):
                ss, se = sents.bounds(s)
                lead = _THE_END.sub("", text[ss:s].strip(" \t\n\"“")).strip()
                if _OPENERS.search(lead) or _LEAD_PP.match(lead):
                    _subject_metals(text, owner, s, e, se, metal_at, owners, kind)
        if is_ref or owner.iri == home:
            continue
        # a description: "X, a tungsten miner"; "Gansu is one of China's main bases for copper"
        d = _DESCRIBED.match(text, e)
        if d is None:
            continue
        pos = d.end()
        for _ in range(4):
            b = _BASE_FOR.match(text, pos)
            if b:
                ms, _ = metals_from(b.end())
                for hit in ms:
                    owner.add(NFO.concernsMetal, hit[2].iri, Span(s, hit[1]),
                              "context:described-base-metal")
                break
            if owner.kind == "org" and pos in metal_at:
                ms, end = metals_from(pos)
                nw = _NEXT_WORD.match(text, end)
                if nw and nw.group(1).lower() not in _producer_nouns():
                    nw = _NEXT_WORD.match(text, nw.end())      # "aluminium processing company"
                if ms and nw and nw.group(1).lower() in _producer_nouns():
                    for hit in ms:
                        owner.add(NFO.concernsMetal, hit[2].iri, Span(s, nw.end()),
                                  "org:described-metal")
                break
            w = _WORD.match(text, pos)
            if w is None or w.group(1) in _NOT_MODIFIER:
                break
            pos = w.end()
    facility_metals(draft, spans_of, kind)   # "X runs a primary magnesium smelter"
    # "copper output from its overseas mine"
    for ms0, me0, metal in sorted(metal_at.values()):
        o = _OUTPUT_OF.match(text, me0)
        if o is None:
            continue
        hit = org_at.get(o.end())
        if hit is None:
            continue
        hit[2].add(NFO.concernsMetal, metal.iri, Span(ms0, hit[1]),
                   "org:possessive-metal" + ("@0.5" if hit[:2] in ref_at else ""))


def _subject_metals(text, owner, s, e, se, metal_at, owners, kind):
    """The metals of the subject's clause, up to another organisation or place."""
    stops = [x[0] for x in owners if e <= x[0] < se and x[2] is not owner]
    end = min(stops) if stops else se
    for ms, me, metal in sorted(metal_at.values()):
        if e <= ms and me <= end:
            owner.add(NFO.concernsMetal, metal.iri, Span(s, me),
                      "org:referent-producer-metal@0.5")


def facility_metals(draft, spans_of, kind) -> None:
    """The metals printed in the mention of a new site that one organisation owns are that
    organisation's (see the module). One pass over the draft's sites, each mention's metals
    found by bisection: linear."""
    rows = [(s, e, x) for s, e, x in spans_by_start(spans_of) if x.kind in ("metal", "org")]
    side = words("facility-side-materials")
    starts = [r[0] for r in rows]
    for site in list(draft.entities.values()):
        if site.known or site.cls not in _FACILITIES or not site.mentions:
            continue
        owners = {o for p, o, *_ in site.statements if p == NFO.ownedBy}
        owner = draft.entities.get(next(iter(owners))) if len(owners) == 1 else None
        if owner is None or owner.known or owner.cls != NFO.Company:
            continue        # (a known group's trades are the graph's already: dev sets 2-68,
            #                 0 of 20 such right)
        have = {o for p, o, *_ in owner.statements if p == NFO.concernsMetal}
        for m in site.mentions:
            inside = rows[bisect.bisect_left(starts, m.start):bisect.bisect_right(starts, m.end)]
            orgs = [(s, e) for s, e, x in inside if x.kind == "org" and e <= m.end]
            for s, e, x in inside:
                if x.kind != "metal" or e > m.end or x.iri in have or \
                        x.label.lower() in side or \
                        any(a <= s and e <= b for a, b in orgs):
                    continue        # (the "Zinc" of "the smelter of X Zinc Co., Ltd.")
                have.add(x.iri)
                owner.add(NFO.concernsMetal, x.iri, Span(m.start, m.end), FACILITY_RULE)
