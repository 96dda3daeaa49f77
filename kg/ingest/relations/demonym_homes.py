"""An organisation is in the country its adjective names, when the text names that country
too: "the Chilean state miner Andina Cobre", "Kazakh state-owned Steppe Zinc JSC", "Indonesian
nickel producer PT Halmahera Nikel" (rule ``place:demonym``). The adjective (``data/
place-demonyms.txt``, with its country) stands at most four lower-case words before the
organisation's name ("state-owned", "nickel producer"), with nothing but those words between;
not hyphened to another word ("Chinese-run", "Australian-listed": run or listed there, not
based), not for a known organisation (the graph says where it is), and only when the draft has
the country (the text names it). Read backwards from each organisation's name within a short
window: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.text import normalise_name
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
