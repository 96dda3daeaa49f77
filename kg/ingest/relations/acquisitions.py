"""Who buys a company, stated with a verb of buying right after the buyer's name (or "the
Company" / "the group", :mod:`kg.ingest.relations.referents`):

* "A acquired B", "A will buy 65% of B", "A has agreed to acquire a 70% stake in B", "A
  completed the acquisition of B", "A took over B": ``nfo:acquired`` (rule ``org:acquires``);
  the whole company or a majority of it (at least 50%);
* "A bought a 15% stake in B": a minority is a share of B, not B (``nfo:shareholderOf``, rule
  ``org:buys-stake-in``);
* "the acquisition of B by A": ``org:acquisition-by``;
* "A bought an antimony mine in X", "A acquired the Y Smelter": a site or project bought is
  ``nfo:acquired`` too (``org:acquires``);
* "A, which acquired B in 2022, grew": the relative clause's subject is the name before it;
* "B was acquired by A", "C sold B to A", "B, which A bought in 2020":
  :mod:`passive_acquisitions`.

The company bought is the name right after the verb phrase (so "A will buy half of the output"
or "A bought ore from B" is no acquisition); a referent buyer makes the rule ``@0.5``. One
pattern match at each name: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.passive_acquisitions import passive_acquisitions
from kg.ingest.reading.name_asides import after_name
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near
from kg.ingest.reading.caseless import lower_text
from kg.ingest.span_order import spans_by_start_longest

_BUYS = re.compile(      # (no space is printed after a full-width bracket: "A（600362.SH）acquired B")
    # (nor a word between the cell of a table's row that names the buyer and the next cell
    # that opens with its deed: "| A Co., Ltd. | acquired B Co., Ltd. |")
    r"(?:[ \t]*\|[ \t]*(?=[a-z])|[ \t\n]+|(?<=\uff09))(?:(?:has|have|had|will|would|also|then|later|recently|formally|not\s+only|"
    # (a day between the buyer and its verb: "X yesterday acquired", "X on Monday bought")
    r"yesterday|today|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
    r"agreed\s+to|plans\s+to|planned\s+to|intends\s+to|is\s+to|is\s+set\s+to|signed\s+up\s+to|"
    r"agrees\s+to|aims\s+to|seeks\s+to|offered\s+to|moved\s+to|won\s+approval\s+to|"
    r"completed\s+a\s+deal\s+to|struck\s+a\s+deal\s+to|reached\s+a\s+deal\s+to)"
    r"\s+)*(?:acquire[sd]?|buys?|bought|purchase[sd]?|snap(?:s|ped)?\s+up|"
    r"(?:take|takes|took|taking)\s+over|(?:take|takes|took|gain(?:s|ed)?|acquire[sd]?)\s+control\s+of|"
    r"(?:take|takes|took)(?=\s+(?:a|an)\s+\d)|"
    r"(?:completed|announced|finali[sz]ed|closed)\s+(?:the|its)\s+(?:acquisition|purchase|"
    r"takeover)\s+of)\s+"
    r"(?:(?:a|an|the\s+remaining|the|all\s+of\s+the|all|a\s+controlling)\s+)?"
    r"(?:(?P<pct>\d{1,3}(?:\.\d+)?)(?:\s*|-)(?:%|\uff05|per\s*cent\b|percent\b|pct\b)\s*"
    r"(?:(?:equity\s+)?(?:stake|interest|shares?|equity)\s+)?(?:of|in)\s+(?:the\s+)?)?", re.I)
# "X said on Monday that it will buy ...": "it", the subject of a clause, is the sentence's
# first organisation
_IT = re.compile(r"\b(?:said|says|announced|confirmed|stated|disclosed)(?:[^.;]{0,100}?\bthat)?"
                 r"[ \t\n]+(?P<it>it)\b(?=[ \t\n]+[a-z])")   # (not "dismissed reports that it")
_IT_NEAR = Near(_IT, ("said", "says", "announced", "confirmed", "stated", "disclosed"), stops=".;")
_POSSESSIVE = re.compile(r"['\u2019]s(?![\w'\u2019])")
_BY = re.compile(r"[ \t\n]+by[ \t\n]+(?:the\s+)?", re.I)
_ACQUISITION_OF = re.compile(r"\b(?:acquisition|takeover|purchase)\s+of\s+(?:the\s+)?$", re.I)
_CUES = ("acqui", "buy", "bought", "purchas", "take", "took", "sold")


def acquisitions(draft, spans_of, kind, refs) -> None:
    text = draft.text
    low = lower_text(text)
    if not any(c in low for c in _CUES):
        return
    orgs = [x for x in spans_by_start_longest(spans_of)
            if x[2].kind == "org" and x[2].cls not in RELATION_NODES]
    ref_at = {(r[0], r[1]) for r in refs}
    by_start: dict = {}
    for x in orgs:
        by_start.setdefault(x[0], x)
    buyers = orgs + [r for r in refs if text[r[0]:r[1]].lower() != "its"] + \
        _pronouns(text, orgs) + _which_subjects(text, orgs)
    # "the group bought an antimony mine in Tajikistan": a mine, a plant or a project bought
    sites = None                # start -> the longest site or project name there, when asked
    for s, e, buyer in buyers:
        # (past a stock code or a Chinese form printed after the buyer: "A (600362.SH)
        # acquired B", "A (\u6c49\u4e2d\u950c\u4e1a) acquired B"; past the
        # bracket the buyer's name fills, after its name in Chinese: "甲公司 (A) acquired B")
        if text[s - 1:s] in ("(", "\uff08") and text[e:e + 1] in (")", "\uff09"):
            e += 1
        m = _BUYS.match(text, after_name(text, e))
        if m is None:
            continue
        hit = by_start.get(m.end())
        if hit is None and not m.group("pct"):
            if sites is None:
                sites = _sites(spans_of, kind)
            hit = sites.get(m.end())
        if hit is None or hit[2] is buyer or hit[2].cls != NFO.Site and \
                _POSSESSIVE.match(text, hit[1]):
            continue    # ("A bought B's copper mine": B's mine, not B, was bought)
        guess = "@0.5" if (s, e) in ref_at or text[s:e] == "it" else ""
        pct = float(m.group("pct")) if m.group("pct") else None
        if pct is not None and pct > 100:
            continue
        if pct is not None and pct < 50:
            buyer.add(NFO.shareholderOf, hit[2].iri, Span(s, hit[1]), "org:buys-stake-in" + guess)
        else:
            buyer.add(NFO.acquired, hit[2].iri, Span(s, hit[1]), "org:acquires" + guess)
    # "the acquisition of B by A" (not "Regulators blocked the acquisition of B by A", nor
    # "... by A collapsed": what _nominal reads of "A's acquisition of B")
    sents = None
    for s, e, bought in orgs:
        if not _ACQUISITION_OF.search(text, max(0, s - 30), s):
            continue
        b = _BY.match(text, e)
        hit = by_start.get(b.end()) if b else None
        if hit is not None and hit[2] is not bought:
            sents = sents or Sentences(text)
            bs, be = sents.bounds(s)
            if _DEAL_OFF.search(text, bs, s) or _FELL_THROUGH.search(text, hit[1], be):
                continue
            hit[2].add(NFO.acquired, bought.iri, Span(s, hit[1]), "org:acquisition-by")
    _nominal(text, orgs, by_start, refs)
    passive_acquisitions(text, orgs, by_start)      # "B was acquired by A", "C sold B to A"


_WHICH = re.compile(r",[ \t\n]+which(?=[ \t\n])")


def _which_subjects(text, orgs) -> list:
    """(start of the name, end of "which", organisation) for each "A, which": the relative
    clause's verb, read as the buyer's ("A, which acquired B in 2022")."""
    out = []
    for s, e, org in orgs:
        if "which" in text[e:e + 9]:
            m = _WHICH.match(text, e)
            if m is not None:
                out.append((s, m.end(), org))
    return out


def _sites(spans_of, kind) -> dict:
    out: dict = {}
    for x in spans_of:
        if (x[2].cls == NFO.Site or x[2].kind == "project") and x[2].cls not in RELATION_NODES:
            old = out.get(x[0])
            if old is None or x[1] > old[1]:
                out[x[0]] = x
    return out


# "A's acquisition of B", "A approved the purchase of 70% of B", "A said it had completed the
# takeover of B": the noun of buying with the company bought after it (and no "by" after that)
_NOUN_OF = re.compile(
    r"\b(?:acquisition|purchase|takeover|buyout|buy-out)\s+of\s+(?:(?:a|an|the)\s+)?(?:"
    r"(?:remaining\s+|controlling\s+|majority\s+)?(?P<pct>\d{1,3}(?:\.\d+)?)(?:\s*|-)(?:%|\uff05|"
    r"per\s*cent\b|percent\b|pct\b)\s*(?:(?:equity\s+)?(?:stake|interest|shares?|equity)\s+)?(?:of|in)\s+(?:the\s+)?)?",
    re.I)
# (no comma, semicolon or colon in one: read only between them around its noun, in any case)
_NOUN_OF_NEAR = Near(_NOUN_OF, ("acquisition", "purchase", "takeover", "buyout", "buy-out"),
                     lower=True, stops=",;:")
# what the subject did to the deal, between its name and the noun: a deal it made or pursues
_DEAL_VERB = re.compile(
    r"\b(?:approved|approves|announced|announces|agreed|agrees|completed|completes|closed|"
    r"finali[sz]ed|signed|proposed|launched|won|received|plans?|planned|confirmed|unveiled|"
    r"pursu\w+|seeks?|sought|made|makes|said|says)\b", re.I)
_DEAL_OFF = re.compile(r"\b(?:oppos\w+|reject\w*|block\w*|den(?:y|ied|ies)|drop\w*|terminat\w+|"
                       r"abandon\w*|call\w*\s+off|withdr\w+|not|no|never|challeng\w+|review\w*|"
                       r"investigat\w+|rumou?r\w*|report\w*)\b", re.I)
_POSS_NOUN = re.compile(r"['’]s?\s+(?:[\w$.,-]+\s+){0,4}$")
# a deal that did not happen, said after it: "A's acquisition of B collapsed / was blocked"
_FELL_THROUGH = re.compile(r"\b(?:collapsed|fell\s+(?:through|apart)|failed|fails|was\s+(?:blocked|"
                           r"rejected|terminated|called\s+off|abandoned|scrapped|withdrawn|halted|"
                           r"suspended|vetoed|cancell?ed|dropped|denied)|would\s+not|will\s+not)\b",
                           re.I)


def _nominal(text, orgs, by_start, refs) -> None:
    """"A's acquisition of B" (rule ``org:acquisition-possessive``); "A (said its board had)
    approved the purchase of 70% of B" (the sentence's first organisation, when the words
    between tell a deal it made and no other organisation stands there: rule
    ``org:acquisition-subject@0.5``). At least half, or no share given, is ``nfo:acquired``;
    less, ``nfo:shareholderOf``."""
    low = lower_text(text)
    if "acqui" not in low and "purchase" not in low and "takeover" not in low and \
            "buy" not in low:
        return
    sents = Sentences(text)
    starts = [x[0] for x in orgs]
    by_end: dict = {}
    for x in orgs:
        by_end.setdefault(x[1], x)
    for m in _NOUN_OF_NEAR.finditer(text):
        hit = by_start.get(m.end())
        if hit is None or _BY.match(text, hit[1]):
            continue
        pct = float(m.group("pct")) if m.group("pct") else None
        if pct is not None and pct > 100:
            continue
        pred = NFO.shareholderOf if pct is not None and pct < 50 else NFO.acquired
        kind = "org:buys-stake-in" if pred == NFO.shareholderOf else "org:acquisition"
        lo = max(0, m.start() - 80)
        p = _POSS_NOUN.search(text, lo, m.start())
        buyer = by_end.get(p.start()) if p else None
        if buyer is not None and buyer[2] is not hit[2]:
            bs, be = sents.bounds(buyer[0])
            if _DEAL_OFF.search(text, bs, buyer[0]) or _FELL_THROUGH.search(text, hit[1], be):
                continue    # "Regulators blocked A's acquisition of B", "... collapsed"
        if buyer is not None and buyer[2] is not hit[2] and "\n\n" not in text[buyer[1]:m.start()]:
            buyer[2].add(pred, hit[2].iri, Span(buyer[0], hit[1]), kind + "-possessive")
            continue
        ss = sents.bounds(m.start())[0]
        i = bisect.bisect_left(starts, ss)
        if i >= len(orgs) or orgs[i][1] > m.start() or orgs[i][2] is hit[2]:
            continue
        subject = orgs[i]
        between = text[subject[1]:m.start()]
        if any(x[0] < m.start() and x[2] is not subject[2]
               for x in orgs[i + 1:i + 4] if x[0] < m.start()) or len(between) > 160:
            continue        # (another organisation may be the buyer)
        if not _DEAL_VERB.search(between) or _DEAL_OFF.search(between):
            continue
        subject[2].add(pred, hit[2].iri, Span(subject[0], hit[1]), kind + "-subject@0.5")


def _pronouns(text, orgs) -> list:
    """(start, end, organisation) for each "that it" / "said it" whose sentence names an
    organisation before it: the first such one (the subject that said it)."""
    out = []
    if not _IT_NEAR.search(text):
        return out
    sents = Sentences(text)
    starts = [x[0] for x in orgs]
    for m in _IT_NEAR.finditer(text):
        p = m.start("it")
        begin = sents.bounds(p)[0]
        while begin > 0 and text[begin:begin + 1].islower():
            begin = sents.bounds(begin - 1)[0]      # (a wrapped line starts no sentence)
        i = bisect.bisect_left(starts, begin)
        if i < len(orgs) and orgs[i][1] <= p:
            out.append((p, m.end("it"), orgs[i][2]))
    return out
