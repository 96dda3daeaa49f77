"""Addresses written as a chain of places, smallest first, joined by commas: "in the Hongguo
Industrial Park, Panzhou City, Liupanshui, Guizhou Province", "Address: Xinzhuang Town, Yifeng
County, Yichun City, Jiangxi Province", "Malili District, East Luwu Regency, South Sulawesi
Province, Indonesia". Each place of the chain is in the next one (rule
``place:address-chain``). It runs after topics.py's ``place:chain`` (places of strictly rising
rank, a list of peers left out; "Debao County, Baise City, Guangxi") and adds what that rule
leaves, within a whole address only: the parks, towns and districts before the county, and a
county-level city in its prefecture-level city ("Panzhou City, Liupanshui"); a place a rule has
already placed is left alone (unless by the guess of its paragraph's province: the address
says more).

A chain is three or more places with only a comma (and spaces or a line break) between them,
whose ranks never go down (site or district, county, city, province, country), that ends in a
province, autonomous region or country, and that no "and" / "or" continues ("plants in Zigong,
Hunan and Guizhou" is a list). Two counties, provinces or countries never follow each other
(two cities do: the county-level city and its prefecture; so do a park and its town). One pass over the place names: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.names.nesting import containers
from kg.ingest.terms import NFO

_RANK = {"Site": 0, "Place": 0, "Region": 0, "County": 1, "City": 2, "Province": 3,
         "Country": 4}
_ONE_OF_RANK = {1, 3, 4}         # a county, province, country is not in another of its rank
_TOP = 3                        # the chain ends in a province or a country
_GAP = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*")
# the places locations.py guesses from the province a paragraph or the article names
_GUESSES = frozenset({"place:paragraph-province", "place:article-province"})
# (a name after the "and": ", and the refiner also sells" goes on with a clause, not a list)
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?i:and|or|as\s+well\s+as)\s+(?:the\s+)?[A-Z]")


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1]


def address_chains(text, spans_of, kind) -> None:
    plain = [x for x in spans_of if not x[2].role]
    nested = containers(plain)
    places = sorted((x for x in plain if kind(x[2]) == "place" and _cls(x[2]) in _RANK
                     and (x[0], x[1], id(x[2])) not in nested), key=lambda x: x[0])
    run: list = []
    for x in places + [None]:
        if x is not None and run and _GAP.fullmatch(text, run[-1][1], x[0]) and \
                x[2] is not run[-1][2]:
            run.append(x)
            continue
        if len(run) >= 3:
            _chain(text, run)
        run = [x] if x is not None else []


def _chain(text, run) -> None:
    ranks = [_RANK[_cls(x[2])] for x in run]
    if ranks[-1] < _TOP or _LIST_GOES_ON.match(text, run[-1][1]):
        return
    # the list may start before the chain: "A, B, C and D" ends in "and D" (checked above);
    # "A and B, C, D" pairs nothing across "and" (the run starts after it)
    for a, b in zip(ranks, ranks[1:]):
        if b < a or (b == a and a in _ONE_OF_RANK):
            return
    for (s, e, a), (s2, e2, b) in zip(run, run[1:]):
        if a.known or a is b:
            continue
        if any(p == NFO.locatedIn and r in _GUESSES for p, _, _, r in a.statements):
            # the address says more than the province its paragraph names ("Gejiu, Honghe
            # Prefecture, Yunnan Province": Gejiu is in the prefecture)
            a.statements[:] = [st for st in a.statements
                               if not (st[0] == NFO.locatedIn and st[3] in _GUESSES)]
        if not any(p == NFO.locatedIn for p, *_ in a.statements):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:address-chain")
