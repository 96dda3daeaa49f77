"""Owners stated in the passive, and the rest of a company's shares
(:mod:`kg.ingest.relations.holdings` reads the active "A holds 60% of X"):

* "X is wholly / majority / jointly / 62% owned by A (and B)", "X is owned 65% by A and 35% by
  B", "X, based in Y, is owned by A", "X, which is owned by A,", "X, a company owned by A":
  each owner ``nfo:shareholderOf`` X (rule ``org:owned-by``); X may be "It" or "the company"
  (the referent, ``@0.5``). An owner may be introduced by a short description ("by the
  county's state investment company, A"). A site or project that is owned, operated, run or
  managed by A ("The mine is run by A", "The park is built and run by A" after the X Park,
  "The open-pit mine lies in X and is run by A": the sentence's subject; "run by our joint
  venture A"; "the X Mine in A Town, B County, was worked by A": the site before a chain of
  places): ``nfo:ownedBy`` A (rule ``site:owned-by``).
* "the remaining 30% belongs to / is held by / goes to A", "A holds the remaining 35%", "... and
  B the remaining 40 percent", "... and B the rest", "the remainder is held by B": A holds the company whose shareholder the text stated last, in
  the same paragraph and not far back (rule ``org:holds-remaining``).

Each cue is matched once and its names found by a dict look-up: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.reading.mood import CONDITIONAL, NEGATED, may_set_mood, mood
from kg.ingest.names.site_hosts import Hosts
from kg.ingest.reading.windows import near
from kg.ingest.relations.company_anaphors import for_draft
from kg.ingest.relations.defined_terms import defined_terms
from kg.ingest.relations.rows import starting_in
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start, spans_by_start_longest
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_PCT = r"\d{1,3}(?:\.\d+)?(?:\s*|-)(?:%|\uff05|per\s*cent\b|percent\b|pct\b)"
_ADV = (r"(?:wholly|fully|entirely|solely|majority|minority|jointly|partly|partially|mainly|"
        r"mostly|largely|privately|directly|indirectly|ultimately|100\s*%|" + _PCT + r")")
# "owned by", "wholly owned by", "62%-owned by", "owned 65% by", "owned jointly by"
_OWNED = re.compile(r"\b(?:" + _ADV + r"[\s-]+)?(?:(?:built|developed|constructed)\s+and\s+)?"
                    r"(?P<verb>owned|operated|run|managed|worked)\s+(?:(?P<post>" + _PCT + r"|jointly|"
                    r"wholly|entirely|outright)\s+)?by\s+(?:the\s+)?", re.I)
# what may stand between the owned one's name and the cue
_BEFORE = re.compile(r"(?P<gap>\s*\([^()\n]{1,60}\))?(?P<app>\s*,[^,;()\d%\n]{1,60},)?"
                     r"(?:\s*,\s*(?:(?:which|that)\s+|(?P<a>(?:a|an)\s+(?:[\w-]+\s+){0,4}?))?)?\s*"
                     r"(?:(?:is|are|was|were|will\s+be|would\s+be|has\s+been|have\s+been|"
                     r"had\s+been|remains|remained|became|becomes|is\s+now|is\s+still)\s+)?"
                     r"(?:(?:now|still|also|currently|then|already|effectively|in\s+turn)\s+)*$",
                     re.I)
# between two owners: "A and B", "A, B and C", "A (65%) and B", "65% by A and 35% by B"
_NEXT = re.compile(r"(?:\s*\(\s*" + _PCT + r"\s*\))?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
                   r"(?:(?:" + _PCT + r"|the\s+remaining\s+" + _PCT + r")\s+by\s+)?(?:the\s+)?",
                   re.I)
# a short description before an owner's name: "the county's state investment company, A"
_DESCRIBED = re.compile(r"(?:[a-z][\w'’-]*[ \t\n]+){0,7}?[a-z][\w-]*\s*,\s*(?:the\s+)?")
# lower-case words right before a further owner's name ("the county's state-owned B")
_OF_END = re.compile(r"\bof[ \t\n]*$")
_MODIFIED = re.compile(r"(?:[a-z][\w'’-]*[ \t\n]+){1,4}")
# what the owner is, before its name, with no comma: "by our joint venture A", "by its wholly
# owned subsidiary B", "by the state-owned operator C"
_TIE_DESCRIBED = re.compile(r"(?:our|its|their|the)[ \t\n]+(?:(?:wholly[- ]owned|majority[- ]"
                            r"owned|state[- ]owned|listed|local|new|own)[ \t\n]+){0,2}"
                            r"(?:joint[ \t\n]+venture|subsidiary|unit|affiliate|operator|arm|"
                            r"parent(?:[ \t\n]+company)?)[ \t\n]+(?:company[ \t\n]+)?")
# a predicate coordinated after the subject's own: "... lies in X and is run by A"
_AND_IS = re.compile(r"\s(?:,\s*)?and\s+(?:is|was|are|were|has\s+been|will\s+be)\s+"
                     r"(?:now\s+|also\s+|still\s+)?$")
_PLACE_COMMA = re.compile(r",[ \t\n]*$")
_IN_PLACE = re.compile(r"\s(?:in|at|near)\s+(?:the\s+)?$")
_LEAD = re.compile(r"[ \t\n\"“]{0,20}")
_IT = re.compile(r"(?:^|(?<=[\s\"“(]))[Ii]t\s*$")
# the rest with no figure: "B the rest", "the remainder of the shares" (not "the rest of the
# year", "the balance sheet")
_REST_ALL = r"the\s+(?:rest|remainder|balance)(?:\s+of\s+(?:the|its)\s+(?:shares|equity|stake))?" \
            r"(?!\s+of\b)(?![\w-])(?!\s+sheet)"
# the rest of the shares: "the remaining 30% belongs to A", "the other 49% is held by A"
_REST_TO = re.compile(r"\b(?:(?:the\s+)?(?:remaining|other|rest\s+of\s+the|balance\s+of\s+the)\s+"
                      r"(?P<pct>" + _PCT + r")(?:\s+(?:stake|interest|equity|of\s+(?:the|its)\s+"
                      r"(?:shares|equity)|of\s+it|of\s+the\s+(?:shares|company|equity)))?|"
                      + _REST_ALL + r")\s+"
                      r"(?:belongs?\s+to|belonged\s+to|will\s+belong\s+to|goes\s+to|went\s+to|"
                      r"will\s+go\s+to|lies\s+with|rests\s+with|sits\s+with|"
                      r"(?:is|are|was|were|will\s+be)\s+(?:held|owned|controlled)\s+by|"
                      r"(?:is|are|was|were)\s+in\s+the\s+hands\s+of)\s+(?:the\s+)?", re.I)
# "A holds the remaining 35%", "and B the remaining 40 percent" (the verb left out)
_HOLDS_REST = re.compile(r"(?:\s*,\s*(?:which|that|who))?[ \t\n]+(?:(?:will\s+|would\s+|also\s+)?(?:holds?|held|owns?|owned|has|"
                         r"had|keeps?|kept|retains?|retained|takes?|took|controls?)\s+)?"
                         r"(?:(?:the\s+)?(?:remaining|other|rest\s+of\s+the|balance\s+of\s+the)\s+"
                         r"(?P<pct>" + _PCT + r")|" + _REST_ALL + r")", re.I)
# where the rest of the shares may be named: "the remaining 30%", "the other 49 per cent"
_REST = re.compile(r"\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the|balance\s+of\s+the)\s+\d|"
                   r"\b" + _REST_ALL, re.I)
_REST_WORDS = ("remaining", "other", " rest", "balance", "remainder")
# an owner of the past: "was owned by A until 2020", "formerly / once / previously owned by"
# (from 2012 to 2020, between 2012 and 2020; "had been owned by A": its state before)
_FORMER = re.compile(r"\b(?:until|till|up\s+to|before)\s+(?:(?:early|late|mid-?|the\s+end\s+of|"
                     r"[A-Z][a-z]+)\s+)?(?:19|20)\d\d\b|\b(?:formerly|previously|once|used\s+to\s+be|"
                     r"had\s+been)\s+(?:\w+\s+){0,2}?owned\b|\bfrom\s+(?:19|20)\d\d\s*(?:to|until|till|-|"
                     r"\u2013)\s*(?:19|20)?\d\d\b|\bbetween\s+(?:19|20)\d\d\s+and\s+(?:19|20)\d\d\b", re.I)
# a verb after a name: the name opens a clause of its own (no owner coordinated with another)
_CLAUSE_VERB = re.compile(r"\s*(?:is|are|was|were|has|have|had|will|would|holds?|held|owns?|"
                          r"controls?|said|says|bought|acquired|sold)\b", re.I)
_REST_BACK = 600            # characters: a stated shareholder this far back is of the company
_SITES = ("Site", "Project", "Mine")
_THE_WORD = re.compile(r"[Tt]he\s+\w+")
_NO_PART = re.compile(r"(?!)")          # (the parts of parks are facility_nouns.py's)


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def owned_by(draft, spans_of, sents, kind, refs=()) -> None:
    text = draft.text
    owned = list(near(_OWNED, text, ("owned", "Owned", "operated", "run", "managed", "worked"),
                      before=40, after=40))
    rests = [m.start() for m in near(_REST, text, _REST_WORDS, before=10, after=40)]
    if not owned and not rests:
        return
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES
            and (ent.kind in ("org", "person") or _cls(ent) in _SITES)]
    if not rows:
        return
    starts = [s for s, _, _ in rows]
    by_start, by_end = {}, {}
    for x in rows:
        by_start.setdefault(x[0], x)
        by_end.setdefault(x[1], x)
    for r in refs:
        if text[r[0]:r[1]].lower() != "its":
            by_end.setdefault(r[1], (r[0], r[1], r[2], "@0.5"))
    site_starts: dict = {}
    for ent in draft.entities.values():     # "The mine is run by A": a site's every mention
        if _cls(ent) in _SITES and not ent.role:
            for sp in ent.mentions:
                by_end.setdefault(sp.end, (sp.start, sp.end, ent))
                site_starts.setdefault(sp.start, (sp.start, sp.end, ent))
    # "The park is built and run by A" after "the X Park" (a park, zone or port named before)
    hosts = Hosts(text, spans_by_start(spans_of), _NO_PART)
    for w, ats in hosts.back_at.items():
        for p in ats:
            ent = hosts.before(p, w)
            if ent is not None:
                e = _THE_WORD.match(text, p).end()
                by_end.setdefault(e, (p, e, ent))
    for r in defined_terms(text, [x for x in rows if x[2].kind == "org"]):
        by_end.setdefault(r[1], r)              # 'X Co., Ltd. (the "Debtor")': "the Debtor is"
    if owned:
        places_end = {e: (s, e, x) for s, e, x in spans_of
                      if x.kind == "place" and _cls(x) not in _SITES}
        _passive(text, sents, rows, starts, by_start, by_end, kind, owned,
                 for_draft(draft, spans_of, sents), places_end, site_starts)
    if rests:
        _remaining(draft, text, sents, by_start, kind, rests)


def _passive(text, sents, rows, starts, by_start, by_end, kind, owned, ana=None,
             places_end=None, site_starts=None) -> None:
    cued: dict = {}         # a sentence's start -> whether a mood's cue is in it
    for k, m in enumerate(owned):
        ss, se = sents.bounds(m.start())
        while ss > 0 and text[ss:ss + 1].islower():
            ss = sents.bounds(ss - 1)[0]    # "... Co., Ltd.\nis owned by": one sentence
        b = _BEFORE.search(text, max(ss, m.start() - 160), m.start())
        if b is None:
            continue
        lo = max(ss, m.start() - 60, owned[k - 1].end() if k else 0)
        hi = min(se, owned[k + 1].start()) if k + 1 < len(owned) else se
        one, guess = _owned_one(text, sents, rows, starts, by_end, ss, b, ana)
        if one is None and _AND_IS.search(text, max(ss, m.start() - 30), m.start()):
            # "The open-pit mine lies in X District and is run by A": the sentence's subject
            at = _LEAD.match(text, ss).end()
            one = by_start.get(at) or (site_starts or {}).get(at)
            one = one if one is not None and (one[2].kind == "org" or
                                              _cls(one[2]) in _SITES) else None
        if one is None and places_end and b.group(0).lstrip().startswith(","):
            # "The X plant in Central Sulawesi, run by A": the site before "in" the place
            pl = places_end.get(b.start())
            for _ in range(4):      # "the X Mine in A Town, B County, C, was worked by": a chain
                c = _PLACE_COMMA.search(text, max(ss, pl[0] - 4), pl[0]) if pl is not None else None
                if c is None or places_end.get(c.start()) is None:
                    break
                pl = places_end[c.start()]
            w = _IN_PLACE.search(text, max(ss, pl[0] - 12), pl[0]) if pl is not None else None
            one = by_end.get(w.start()) if w is not None else None
            one = one if one is not None and _cls(one[2]) in _SITES else None
            guess = ""
        if one is None or (m.group("verb").lower() != "owned" and _cls(one[2]) not in _SITES):
            continue            # ("run by" a manager: only a site or project is run by its owner)
        if _FORMER.search(text, lo, hi):
            continue            # "X was owned by A until 2020", "X, formerly owned by A," (in
            #                     the cue's own part of the sentence: "..., is now owned by B")
        moody = cued.get(ss)
        if moody is None:
            moody = cued[ss] = may_set_mood(text, ss, se)     # (once a sentence: linear)
        if moody and mood(text, min(one[0], m.start()), m.end(), ss, se) in (NEGATED,
                                                                            CONDITIONAL):
            continue            # "If it were owned by A, it would grow": supposed, not stated
        at, n = m.end(), 0
        while at < len(text) and n < 6:
            x = by_start.get(at)
            if x is None:
                d = _DESCRIBED.match(text, at)
                x = by_start.get(d.end()) if d is not None and n == 0 else None
            if x is None and n == 0:
                # "run by our joint venture A", "owned by its wholly owned subsidiary B"
                d = _TIE_DESCRIBED.match(text, at)
                x = by_start.get(d.end()) if d is not None else None
            if x is None and n:
                # "... and 45 percent by the county's state-owned B": a few lower-case words
                d = _MODIFIED.match(text, at)
                x = by_start.get(d.end()) if d is not None and not _OF_END.search(
                    d.group(0)) else None       # (not "A, a subsidiary of B": A's parent)
            if x is None or x[2] is one[2] or x[2].kind not in ("org", "person"):
                break
            if n and _CLAUSE_VERB.match(text, x[1]):
                break           # ", and C is owned by D": the subject of a clause of its own
            read = any(p == NFO.shareholderOf and ss <= sp.start < se
                       for p, _, sp, _ in x[2].statements)
            span = Span(min(one[0], m.start()), x[1])
            if read:
                pass            # (holdings read "It is 72% owned by A" already; "and 20% by B")
            elif _cls(one[2]) in _SITES:
                if x[2].kind == "org":
                    one[2].add(NFO.ownedBy, x[2].iri, span, "site:owned-by" + guess)
            elif one[2].kind == "org":
                x[2].add(NFO.shareholderOf, one[2].iri, span, "org:owned-by" + guess)
            nx = _NEXT.match(text, x[1])
            if nx is None:
                break
            at, n = nx.end(), n + 1


def _owned_one(text, sents, rows, starts, by_end, ss, b, ana=None):
    """The one the cue says is owned: the name (or "the company") ending where the words before
    the cue begin, after a bracket or an apposition; a sentence's "It": the first name of the
    sentence before (same paragraph)."""
    p = b.start()
    x = by_end.get(p)
    if x is None and ana is not None:
        x = ana.ending_at(p)                # "The miner is 55% owned by A": "the miner"
        x = x + ("@0.5",) if x is not None else None
    if x is None and b.group("gap"):
        x = by_end.get(b.start("gap"))
    if x is None and b.group("app"):
        x = by_end.get(b.start("app"))
    if x is not None:
        return x, (x[3] if len(x) > 3 else "")
    if b.group("a") is not None or b.group("app") or b.group("gap"):
        return None, ""
    if not _IT.search(text, max(ss, p - 4), p) or ss == 0:
        return None, ""
    ps = sents.bounds(ss - 1)[0]
    if "\n\n" in text[ps:ss]:
        return None, ""
    named = [x for x in starting_in(rows, starts, ps, ss) if _cls(x[2]) not in _SITES][:1]
    return (named[0], "@0.5") if named else (None, "")


def _remaining(draft, text, sents, by_start, kind, rests) -> None:
    """"The remaining 30% belongs to A", "A holds the remaining 35%": A holds the company whose
    shareholder the text stated last before (same paragraph, within ``_REST_BACK``)."""
    stated = []
    for ent in draft.entities.values():
        for p, o, span, _ in ent.statements:
            if p == NFO.shareholderOf:
                stated.append((span.start, o, ent.iri))
    if not stated:
        return
    stated.sort(key=lambda x: x[0])
    at = [x[0] for x in stated]
    hits = []
    for m in (_REST_TO.match(text, p) for p in rests):
        if m is None:
            continue
        x = by_start.get(m.end())
        if x is None:
            d = _DESCRIBED.match(text, m.end())
            x = by_start.get(d.end()) if d is not None else None
        if x is not None:
            hits.append((m.start(), x[1], x))
    for s, e, ent in by_start.values():
        i = bisect.bisect_left(rests, e)
        if ent.kind != "org" or i == len(rests) or rests[i] - e > 60:
            continue
        m = _HOLDS_REST.match(text, e)
        if m is not None:
            hits.append((s, m.end(), (s, e, ent)))
    for s, e, x in hits:
        i = bisect.bisect_left(at, s) - 1
        while i >= 0 and stated[i][2] == x[2].iri:
            i -= 1
        if i < 0 or s - stated[i][0] > _REST_BACK or "\n\n" in text[stated[i][0]:s]:
            continue
        company = stated[i][1]
        if company == x[2].iri:
            continue
        x[2].add(NFO.shareholderOf, company, Span(min(s, x[0]), max(e, x[1])),
                 "org:holds-remaining")
