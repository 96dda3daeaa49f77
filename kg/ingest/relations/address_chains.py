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
province, autonomous region or country, or whose levels climb strictly (a village, a town, a
district or county, a city: address_ranks.rising), and that no "and" / "or" continues ("plants in Zigong,
Hunan and Guizhou" is a list). Two counties, provinces or countries never follow each other
(two cities do: the county-level city and its prefecture; so do a park and its town). One pass over the place names: linear in the text.

A street between an organisation and the places ("X Editorial Office, 12 Fuxing Road, Haidian
District, Beijing", "Y Center, Gaoxin Avenue, Baoji": a street's name ending in a word of
``data/street-words.txt``, its rooms and floors before it) makes an address of even one place:
the organisation, not placed by another rule, is in the first (``place:address-of-name``)."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.names.nesting import containers
from kg.ingest.relations.address_ranks import rising
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_RANK = {"Site": 0, "Place": 0, "Region": 0, "County": 1, "City": 2, "Province": 3,
         "Country": 4}
_ONE_OF_RANK = {1, 3, 4}         # a county, province, country is not in another of its rank
_TOP = 3                        # the chain ends in a province or a country
_GAP = re.compile(r"[ \t]*,[ \t]*\n?[ \t]*")
# between a name and its address: a comma, or the end of a table cell's line and the borders of
# its next one ("X Co., Ltd.      |\n|        | Y District, Z")
_HEAD_GAP = re.compile(r"[ \t]*,?[ \t]*(?:\|[ \t]*)?(?:\n[ \t]*(?:\|[ \t]*){0,3})?")
# between a name and its address, a street ("X Office, 12 Fuxing Road, Haidian District",
# "Y Center, Gaoxin Avenue, Baoji", "Z Co., Ltd., Room 607, 98 Jinchuan Road, Jinchang"): the
# rooms, floors and buildings of the address, then a street's name ending in a word of
# data/street-words.txt, its number before or after it
_UNIT = r"(?:(?:Room|Suite|Block|Unit|Level|Floor)[ \t]+[\w-]{1,6}|\d{1,3}(?:st|nd|rd|th)[ \t]+[Ff]loor|\d{1,3}/F)"


@lru_cache(maxsize=1)
def _street_gap() -> re.Pattern:
    streets = alternation("street-words", r"[ \t]+")
    return re.compile(
            rf"[ \t]*[,;][ \t]*\n?[ \t]*(?:{_UNIT}[ \t]*,[ \t]*\n?[ \t]*){{0,3}}"
            rf"(?:No\.[ \t]*)?(?:\d{{1,5}}[A-Z]?[ \t]+)?(?:[A-Z][\w'’-]*[ \t\n]+){{1,4}}"
            rf"(?:{streets})\.?(?:[ \t]+(?:No\.[ \t]*)?\d{{1,5}})?"
            rf"[ \t]*,[ \t]*\n?[ \t]*")


_DISTRICT = re.compile(r"\s(?:District|Banner|New\s+Area)$")
# the places locations.py guesses from the province a paragraph or the article names
_GUESSES = frozenset({"place:paragraph-province", "place:article-province"})
# (a name after the "and": ", and the refiner also sells" goes on with a clause, not a list)
_LIST_GOES_ON = re.compile(r"\s*,?\s*(?i:and|or|as\s+well\s+as)\s+(?:the\s+)?[A-Z]")


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def address_chains(text, spans_of, kind) -> None:
    plain = [x for x in spans_of if not x[2].role]
    nested = containers(plain)
    places = sorted((x for x in plain if x[2].kind == "place" and _cls(x[2]) in _RANK
                     and (x[0], x[1], id(x[2])) not in nested), key=lambda x: x[0])
    heads = {x[1]: x for x in plain if (x[2].kind == "org" or _cls(x[2]) == "Site")
             and (x[0], x[1], id(x[2])) not in nested}
    head_ends = sorted(heads)
    sites = frozenset(str(x[2].iri) for x in plain if _cls(x[2]) == "Site")
    run: list = []
    for x in places + [None]:
        if x is not None and run and _GAP.fullmatch(text, run[-1][1], x[0]) and \
                x[2] is not run[-1][2]:
            run.append(x)
            continue
        if len(run) >= 3:
            _chain(text, run)
        if run:
            _headed(text, run, heads, head_ends, sites)
        run = [x] if x is not None else []


def _headed(text, run, heads, head_ends, sites=frozenset()) -> None:
    """An address after the name it places, in a field or a table cell: "Venue: X College, Y
    District, Z", "X Co., Ltd., / Y District, Z" (a cell's next line), "Location: the builder's
    roasting plant, Y Town, Z District, W": the organisation or site is in the first place
    (``place:address-of-name``); the places of the address, smallest first, of ranks rising
    to a city or above, are each in the next (when no rule placed them)."""
    i = bisect.bisect_right(head_ends, run[0][0]) - 1
    head = heads[head_ends[i]] if i >= 0 else None
    gap = _HEAD_GAP.fullmatch(text, head[1], run[0][0]) if head is not None else None
    street = gap is None and head is not None and \
        _street_gap().fullmatch(text, head[1], run[0][0]) is not None
    if street:
        # a street before the places: an address however short ("X, 28 Huanghe Road,
        # Golmud"), its first place a district, county or above
        # (an organisation only, not placed yet: a room or a plot is in its building, a
        # provincial body in its province)
        if _LIST_GOES_ON.match(text, run[-1][1]) or _cls(run[0][2]) in ("Site", "Place") or \
                _cls(run[0][2]) == "Region" and not _DISTRICT.search(run[0][2].label) or \
                _cls(head[2]) == "Site" or \
                any(p == NFO.locatedIn for p, *_ in head[2].statements):
            return
        run = run[:1]
    elif len(run) < 2:
        return
    elif gap is None or ("," not in gap.group(0) and "\n" not in gap.group(0)):
        if _cls(run[0][2]) != "Site" or len(run) < 3:
            return
        head, run = run[0], run[1:]         # (the site opens the chain)
    ranks = [_RANK[_cls(x[2])] for x in run]
    if not street and (ranks[-1] < 2 or ranks[-1] <= ranks[0] or
                       _LIST_GOES_ON.match(text, run[-1][1])):
        return
    for a, b in zip(ranks, ranks[1:]):
        if b < a or (b == a and a in _ONE_OF_RANK):
            return
    h = head[2]
    if h.known or h in [x[2] for x in run]:
        return
    if any(p == NFO.locatedIn and str(o) in sites for p, o, *_ in h.statements):
        return      # ("Room 412, X Building, Y Campus": the room is in the building already)
    if not any(p == NFO.locatedIn and o == run[0][2].iri for p, o, _, _ in h.statements):
        h.add(NFO.locatedIn, run[0][2].iri, Span(head[0], run[0][1]), "place:address-of-name")
    for (s, e, a), (s2, e2, b) in zip(run, run[1:]):
        if not a.known and a is not b and not any(p == NFO.locatedIn for p, *_ in a.statements):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:address-chain")


def _chain(text, run) -> None:
    ranks = [_RANK[_cls(x[2])] for x in run]
    if _LIST_GOES_ON.match(text, run[-1][1]):
        return
    if ranks[-1] < _TOP and not rising([x[2] for x in run]):
        return      # (below a province, an address climbs strictly: "Jinlong Town, Luonan
        # County, Shangluo", "Xiahe Village, Yeping Town, Shangzhou District")
    # the list may start before the chain: "A, B, C and D" ends in "and D" (checked above);
    # "A and B, C, D" pairs nothing across "and" (the run starts after it)
    for a, b in zip(ranks, ranks[1:]):
        if b < a or (b == a and a in _ONE_OF_RANK):
            return
    for (s, e, a), (s2, e2, b) in zip(run, run[1:]):
        if a is b:
            continue
        if a.known:
            # a known place the address puts in the next ("Gucheng Village, Fugu County,
            # Shaanxi Province": the county in the province) when nothing placed it; a place
            # the graph has elsewhere is dropped later (known_places)
            if not any(p == NFO.locatedIn for p, *_ in a.statements):
                a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:address-chain")
            continue
        if any(p == NFO.locatedIn and r in _GUESSES for p, _, _, r in a.statements):
            # the address says more than the province its paragraph names ("Gejiu, Honghe
            # Prefecture, Yunnan Province": Gejiu is in the prefecture)
            a.statements[:] = [st for st in a.statements
                               if not (st[0] == NFO.locatedIn and st[3] in _GUESSES)]
        if not any(p == NFO.locatedIn for p, *_ in a.statements):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:address-chain")
