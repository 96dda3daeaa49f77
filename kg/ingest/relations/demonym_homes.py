"""An organisation is in the country its adjective names, when the text names that country
too: "the Chilean state miner Andina Cobre", "Kazakh state-owned Steppe Zinc JSC", "Indonesian
nickel producer PT Halmahera Nikel" (rule ``place:demonym``). The adjective (``data/
place-demonyms.txt``, with its country) stands at most four lower-case words before the
organisation's name ("state-owned", "nickel producer"), with nothing but those words between;
not hyphened to another word ("Chinese-run", "Australian-listed": run or listed there, not
based), not for a known organisation (the graph says where it is), and only when the draft has
the country (the text names it). Read backwards from each organisation's name within a short
window: linear in the text.

A list after the adjective and a plural noun for firms (``data/demonym-list-nouns.txt``) with
"including", "such as" or "like" ("Chinese enterprises—including A, B, and C", "Peruvian
miners such as A and B") states the home of each organisation it lists, known ones too (rule
``place:demonym-list``): the list runs from the cue over organisations joined by commas and
"and", and ends at the first word that is not one of them."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Span
from kg.ingest.reading.text import normalise_name
from kg.ingest.reading.windows import Near
from kg.ingest.terms import NFO

_ORGS = {"Company", "Organization", "ResearchInstitute", "University", "IndustryAssociation",
         "Fund", "MediaOutlet"}
_RULE = "place:demonym"
# words that end the adjective's noun phrase ("the Chinese market and Zijin": no home)
_NOT_WORDS = ("(?:and|or|of|in|to|with|for|from|by|on|at|as|is|are|was|were|be|been|has|have|"
              "had|will|would|said|says|that|which|who|than|but|the|a|an|its|their|after|"
              "before|while|when|where|like|such|including|between|against|over|under|into)")


@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """adjective -> country label (normalised)."""
    out = {}
    for line in lines("place-demonyms"):
        word, *country = re.split(r"\s{2,}", line, maxsplit=1)
        if country:
            out[word] = normalise_name(country[0])
    return out


# the adjective, then up to four lower-case words ("state-owned", "nickel producer"), ending
# where the organisation's name starts (read backwards from there, within a short window)
_BEFORE = re.compile(rf"(?<![\w'’-])(?P<d>[A-Z][a-z]+)(?:[ \t\n]+(?!{_NOT_WORDS}\b)[a-z][\w-]*)"
                     r"{0,4}[ \t\n]+\Z")
_WINDOW = 80
_LIST_RULE = "place:demonym-list"
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|as\s+well\s+as)\s+)(?:the\s+)?")
_LIST: list = []


def _list_lead():
    if not _LIST:
        nouns = alternation("demonym-list-nouns", space=r"\ ")
        # (tried only in the sentences that print "including", "such" or "like":
        # reading/windows.py; the pattern reads no full stop)
        _LIST.append(Near(re.compile(
            rf"(?<![\w'’-])(?P<d>[A-Z][a-z]+)[ \t]+(?:[a-z][\w-]*[ \t]+){{0,2}}?(?:{nouns})"
            rf"[ \t]*(?:,|[—–]|--)?[ \t]*(?:including|such[ \t]+as|like)[ \t\n]+(?:the[ \t]+)?"),
            ("including", "such", "like"), stops="."))
    return _LIST[0]


def demonym_homes(draft, spans_of) -> None:
    text = draft.text
    countries = {}
    for ent in draft.entities.values():
        if str(ent.cls).rsplit("#", 1)[-1] == "Country" and ent.mentions:
            for name in (ent.label, *ent.aliases):
                countries.setdefault(normalise_name(name), ent)
    if not countries:
        return
    done = set()
    for s, e, org in spans_of:
        if org.known or org.role or id(org) in done or \
                str(org.cls).rsplit("#", 1)[-1] not in _ORGS:
            continue
        m = _BEFORE.search(text, max(0, s - _WINDOW), s)
        if m is None or m.group("d") not in _countries():
            continue
        country = countries.get(_countries()[m.group("d")])
        if country is None or country is org or any(
                p == NFO.locatedIn for p, _, _, _ in org.statements):
            continue
        done.add(id(org))
        org.add(NFO.locatedIn, country.iri, Span(m.start(), e), _RULE)
    _listed(draft, spans_of, countries)


def _listed(draft, spans_of, countries) -> None:
    """"Chinese enterprises—including A, B, and C": each is in China (``place:demonym-list``)."""
    text = draft.text
    lead = _list_lead()
    rows = sorted({(s, -e): (s, e, x) for s, e, x in spans_of if not x.role}.values(),
                  key=lambda r: (r[0], -r[1]))
    by_start: dict = {}
    for r in rows:
        by_start.setdefault(r[0], r)        # (the longest name at each start)
    for m in lead.finditer(text):
        country = countries.get(_countries().get(m.group("d"), ""))
        if country is None:
            continue
        pos = m.end()
        while True:
            r = by_start.get(pos)
            if r is None or str(r[2].cls).rsplit("#", 1)[-1] not in _ORGS:
                break
            org = r[2]
            if org is not country and not any(p == NFO.locatedIn for p, _, _, _ in
                                              org.statements):
                org.add(NFO.locatedIn, country.iri, Span(m.start(), r[1]), _LIST_RULE)
            j = _JOIN.match(text, r[1])
            if j is None:
                break
            pos = j.end()
