"""Owners of a mine, smelter, plant or project stated by a noun or a phrasal verb, where
:mod:`owned_by` ("is owned / run by A") and :mod:`projects` ("A's project", "A operates the
plant") find no verb of their own:

* "the Kitwe smelter, a unit / a subsidiary / an asset / part of A", "the Mutanda refinery
  belongs to A", "the mine is part of A";
* "A, (the) owner / operator / developer of the Cerro Lindo mine";
* "the Antamina mine's operator, A" / "the mine's owner is A";
* "the A-owned / A-operated Gove mine";
* "the Olympic Dam mine is owned by A" (the name stops before its head: :mod:`owned_by` reads
  the names that end before "is owned by");

each ``nfo:ownedBy`` A (rule ``site:owner-noun``). And a site's name printed right after its
company's full name on the same line, as licences, permits and lists of works write them ("A
Co., Ltd. Qiyugou Mine", "A Mining Co., Ltd. Shijiagou Tailings Pond"): ``nfo:ownedBy`` A (rule
``site:owner-prefix``, :func:`prefixed_sites`). A site's name may stop before the lower-case
head the text adds ("the Olympic Dam mine is owned by A": the site "Olympic Dam"); its mention
then reaches over the head (``data/facility-heads.txt``). Not: a person or a place after the
cue, "A, the former owner of", "belonged to A until 2020".

One match per site or organisation name (a substring gate first): linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.terms import NFO

_SITE_CLASSES = frozenset(str(c) for c in (NFO.Site, NFO.Project, NFO.Mine))
_GATE = ("unit of", "subsidiary of", "belong", "part of", "owner", "operator", "developer",
         "-owned", "-operated", "-run", "asset of", "arm of")
_NOUNS = r"(?:owner|operator|developer|builder|proprietor)"
_FORMER = re.compile(r"\b(?:former|previous|ex-|one-time|then)\b|\buntil\b|\btill\b|\bbefore\s+\d",
                     re.I)


@lru_cache(maxsize=1)
def _head() -> str:
    heads = sorted({ln.split("  ")[0].strip() for ln in lines("facility-heads")},
                   key=lambda h: (-len(h), h))
    return r"(?:[ \t\n]+(?:" + "|".join(re.escape(h).replace(r"\ ", r"[ \t\n]+")
                                        for h in heads) + r"))?"


@lru_cache(maxsize=1)
def _after_site() -> re.Pattern:
    # after a site's name: ", a unit of", " belongs to", " is part of", "'s operator,"
    return re.compile(
        _head() + r"(?:\s*,\s*(?:which\s+is\s+|now\s+)?(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
        r"(?:unit|subsidiary|division|arm|asset|operation|business)|part)\s+of\s+|"
        r"\s+(?:(?:now|still|also)\s+)?(?:belongs|belonged|belong)\s+to\s+|"
        r"\s+(?:is|was|has\s+been|remains)\s+(?:now\s+|still\s+)?(?:part|a\s+unit|an\s+asset|"
        r"a\s+subsidiary)\s+of\s+|"
        r"\s+(?:is|was|are|has\s+been)\s+(?:(?:wholly|jointly|now|still)\s+)?(?:owned|operated|"
        r"run|managed)\s+by\s+|"
        r"['\u2019]s\s+(?:(?:main|sole|current|new|majority)\s+)?" + _NOUNS +
        r"(?:\s*,\s*|\s+(?:is|was)\s+))(?:the\s+)?")


# after an organisation's name: ", owner of the", ", the operator of", "-owned"
_AFTER_ORG = re.compile(r"\s*,\s*(?:(?:the|a|an|its)\s+)?(?:(?:main|sole|current|majority|"
                        r"joint)\s+)?" + _NOUNS + r"\s+of\s+(?:the\s+)?|"
                        r"-(?:owned|operated|run|controlled|backed)\s+(?:the\s+)?")


def _longest(rows) -> dict:
    """start -> the longest name starting there."""
    out: dict = {}
    for x in rows:
        old = out.get(x[0])
        if old is None or x[1] > old[1]:
            out[x[0]] = x
    return out


def site_owners(draft, spans_of, kind) -> None:
    text = draft.text
    if not any(g in text for g in _GATE):
        return
    sites = _longest(x for x in spans_of if str(x[2].cls) in _SITE_CLASSES and not x[2].known)
    if not sites:
        return
    orgs = _longest(x for x in spans_of if x[2].kind == "org" and x[2].cls not in RELATION_NODES)
    if not orgs:
        return
    after_site = _after_site()
    for s, e, site in sites.values():
        m = after_site.match(text, e)
        if m is None:
            continue
        owner = orgs.get(m.end())
        if owner is None or _FORMER.search(text, m.start(), m.end() + 1) or \
                _FORMER.search(text, owner[1], owner[1] + 14):
            continue
        _own(site, owner[2], Span(s, owner[1]))
    for s, e, org in orgs.values():
        m = _AFTER_ORG.match(text, e)
        if m is None or _FORMER.search(text, m.start(), m.end()):
            continue
        site = sites.get(m.end())
        if site is None:
            continue
        _own(site[2], org, Span(s, site[1]))


# a company's full name ends in its legal form: then, after spaces on the same line, its site's
# name ("A Co., Ltd. Qiyugou Mine")
_LEGAL_END = re.compile(r"(?:\bCo\.,?[ \t]*Ltd\.|\bLtd\.|\bLimited|\bCompany|\bCorporation|"
                        r"\bCorp\.|\bInc\.)[ \t]+$")


def prefixed_sites(draft, spans_of, kind) -> None:
    """A new site whose capitalised name stands right after an organisation's full name, only
    spaces between on one line ("A Co., Ltd. Qiyugou Mine"): owned by it (``site:owner-prefix``)."""
    text = draft.text
    if "Co" not in text and "Ltd" not in text and "Limited" not in text and \
            "Corp" not in text and "Inc" not in text:
        return
    sites = _longest(x for x in spans_of if str(x[2].cls) in _SITE_CLASSES and not x[2].known)
    if not sites:
        return
    ends: dict = {}
    for x in spans_of:
        if x[2].kind == "org" and x[2].cls not in RELATION_NODES:
            old = ends.get(x[1])
            if old is None or x[0] < old[0]:
                ends[x[1]] = x
    for s, e, site in sites.values():
        if not text[s:s + 1].isupper():
            continue
        m = _LEGAL_END.search(text, max(0, s - 24), s)
        if m is None:
            continue
        owner = ends.get(m.end() - len(m.group()) + len(m.group().rstrip(" \t")))
        if owner is None:
            continue
        _own(site, owner[2], Span(owner[0], e), "site:owner-prefix")


def _own(site, org, span, rule: str = "site:owner-noun") -> None:
    if site is org or any(p == NFO.ownedBy and o == org.iri for p, o, _, _ in site.statements):
        return
    site.add(NFO.ownedBy, org.iri, span, rule)
