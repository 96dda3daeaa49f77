"""Where places and organisations are (``nfo:locatedIn``), from what fresh news text gives:

* cities of a province the article names: a city (known or new; a county has its city) whose
  province, by the graph or by China's list of cities (``data/china-cities.txt``,
  ``data/place-prefectures.txt``), is the only province of the city's paragraph, printed close
  to it (rule ``place:paragraph-province``: "Ganzhou, in the south of Jiangxi Province"). Only
  one province: a city the list would put in two the article names is left alone, and so is one
  the text already places; mentions inside longer names do not count;
* a body is not placed by its name: a government body ("Yunnan Provincial Department of
  Commerce", "Government of Salta province") or an association of a province names its
  jurisdiction, which the curators do not record as a location (place:body-of-place and
  place:body-of-named-place, dropped: right 46 times in 339 on the dev sets, 0 in 250 on sets
  22-80). Nor is a university, institute or company whose name opens with a city's name
  ("Taiyuan University of Technology", "Chifeng X Copper"): its name states no location (data/CURATION.md, "Stated versus
  inferred"; the rule that did, ``place:named-after-city``, was right 20 times in 168 on the dev
  sets and 0 in 8 on leave-one-out), only a cue of the text does ("X, based in Y");
* "Lincang in Yunnan", "Fengxin County of Yichun", "Obi Island in X Province": a city or county
  "in" or "of" a place of a higher rank, a region in any (``place:in-place``); "Pingguo, a
  county-level city under Baise City" (``place:described-under``);
* a site whose name opens with a city or county ("Guiyang International Convention and
  Exhibition Center", "Hami Industrial Park") is not thereby placed either
  (``place:site-named-after``, dropped in round 42: right 16 times in 90 on the dev sets);
* "X (JCC), headquartered in Y", "X, which will be based in Y", "X, which lies in Y", "X,
  lying in Y" (a place too, in one of a higher rank: "Mawei Town, which lies in Dushan County"), "X Co., Ltd., a wholly owned
  unit, in Y", "X, a Y-based producer" (``place:located-cue``); "X Co., Ltd., Liaoning" ending
  a line or clause, perhaps with its postcode ("X Center, Y University, Shanghai 200240, China":
  ``place:org-comma-place``, a known organisation too), or with its larger place after it, or
  after a quoted short form ('X Co., Ltd. ("Qianyuan"), Guiyang, Guizhou'; not a mention that
  ends a longer name: "Gasikule East Salt Lake, Mangya City, Qinghai"); "the Chilean miner
  X" (relations/demonym_homes.py, ``place:demonym``); "X Co., Ltd. in Suzhou", "X Co., Ltd.
  (Y High-tech Zone)" (relations/org_places.py, ``place:org-in-place``); "A, B and C are all
  under Y" (relations/place_lists.py, ``place:listed-in``);
* "Mugalzhar District of Aktobe Region", "Kolwezi, in the Lualaba province", "a village in X
  County", "X in Chile's Atacama region" (the region), "Huize County, southwest China's Yunnan
  Province": a place in one of a higher rank (``place:in-place``; a known place too: the text
  states it);
* "P's X" (a country or province, then a city or county: "Yunnan's Wenshan"), a site "of" a
  place ("the Hondlon Industrial Park of Baotou"), "X, capital of P": ``place:possessive``,
  ``place:site-of``, ``place:capital-of``;
* and two checks: two places of the same rank are not one inside the other ("in Kunming,
  Lincang and Wenshan" lists three cities; "Kunming, Lincang" is no "city, province" pair), and
  an "X, Y" pair a list goes on after ("Zigong, Hunan and Guizhou") is no pair.

The name rules read each organisation's label once; the province rule looks at each place's
mentions once: linear in the draft."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Span
from kg.ingest.relations.owner_place_sites import owner_place_sites
from kg.ingest.relations.demonym_homes import demonym_homes
from kg.ingest.relations.org_places import org_places
from kg.ingest.relations.place_lists import place_lists
from kg.ingest.relations.stated_places import stated_places
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

_RANK = {"County": 0, "City": 1, "Province": 2, "Country": 3}
# "X, a county-level city under Y", "X, a district of Y": the apposition says where X is
_UNDER_PLACE = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:city|county|district|"
                          r"town|township|region|prefecture|province|island|area)\s+"
                          r"(?:under|in|of|within)\s+(?:the\s+)?", re.I)
# the words after a place's name that make a government body of that place
# (in either case: "Jiaozuo municipal tax bureau"; a customs district, a court: "Kunming
# Customs", "Lindian people's court")
_ADMIN = {"City", "County", "Province", "Country"}
_CAPITAL = re.compile(r",\s+(?:the\s+)?(?:provincial\s+|regional\s+)?capital\s+of\s+(?:the\s+)?")
# "X (JCC), headquartered in Nanchang", "X, which will be based in Changsha", "X, set up in Hefei
# in 2025" (the participles: data/located-verbs.txt)
_LOCATED = re.compile(r"(?:\s*\([^()\n]{1,24}\))?\s*,?\s*(?:(?:which\s+(?:is|was|will\s+be)\s+|"
                      r"that\s+(?:is|was)\s+)?(?:" + alternation("located-verbs") + r")"
                      # "X, which lies in Y", "X, lying in Y", "X, which sits in Y"
                      r"|,\s*(?:(?:which|that)\s+(?:lies|lay|sits|stands)|lying|sitting))"
                      r"\s+in\s+(?:the\s+)?")
# "X Co., Ltd., a wholly owned subsidiary, in Changzhou": an apposition, then "in" a place
_APPOSED_IN = re.compile(r"\s*,\s+(?:a|an)\s+[^,;.()\n]{1,50},\s+(?:located\s+|based\s+)?in\s+"
                         r"(?:the\s+)?")
_COMMA = re.compile(r",(?:[ \t]+|[ \t]*\n[ \t]*)")       # (an address wraps: "X,\n    Shanghai")
_ALIAS_COMMA = re.compile(r"[ \t]*\((?:the[ \t]+)?[\"\u201c][^()\n\"\u201d]{1,30}[\"\u201d]\),"
                          r"(?:[ \t]+|[ \t]*\n[ \t]*)")
# a mention printed as the end of a longer name ("Gasikule East Salt Lake"): a capitalised word
# right before it
_INSIDE_NAME = re.compile(r"[A-Z][\w'\u2019-]*[ \t]+$")
_APPOSED_BASED = re.compile(r"\s*,\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){0,2}")
_BASED_AFTER = re.compile(r"-(?:based|headquartered)\b")
# (a postcode and the country may close an address line: "Yantai 264006, China")
_CLAUSE_END = re.compile(r"(?:[ \t]+\d{5,6})?(?:[ \t]*,[ \t]*(?:P\.[ \t]*R\.[ \t]*)?China)?"
                         r"[ \t]*(?:\n|;|\)|\.(?:\s|$)|$)")
_DIVISION_END = re.compile(r"\s(?:District|County|Banner|New\s+Area|district|county)$")
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(?:the\s+)?[A-Z]")
_LONGEST = 200          # characters: a name is shorter
# "X in Y", "X of the Y", "X, in southern Y": a place inside another (of a higher rank: the
# inner place's rank below the outer's; a region may hold a city or county, sit in a province
# or country, or in another region)
_COMPASS = (r"(?:(?:north|south)(?:-?(?:east|west))?(?:ern)?|(?:east|west)(?:ern)?|central|"
            r"far|upper|lower|inland|coastal|remote|rural|mountainous)")
_IN_PLACE = re.compile(rf"(?:\s+(?:province|region|district|county|prefecture|regency|state|"
                       rf"oblast))?\s*,?\s+(?:of|in)\s+(?:the\s+)?(?:{_COMPASS}\s+)?")
_APPOSED = re.compile(rf"\s*,\s+(?:{_COMPASS}\s+)?")
_INNER = {"Place": 0, "Site": 0, "County": 1, "City": 2, "Region": 2, "Province": 4}
_OUTER = {"County": 2, "City": 3, "Region": 3, "Province": 4, "Country": 5}


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


@lru_cache(maxsize=1)
def _listed() -> dict[str, frozenset[str]]:
    """city name -> the short names of the provinces it is listed in."""
    out: dict[str, set] = {}
    for line in lines("china-cities") + lines("place-prefectures"):
        name, prov = line.split("\t", 1)
        out.setdefault(normalise_name(name.strip()), set()).add(normalise_name(prov.strip()))
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _province_keys() -> dict[str, str]:
    """normalised full or short name of a province -> its short name, normalised."""
    out: dict[str, str] = {}
    for line in lines("china-provinces"):
        short, full = re.split(r"\s{2,}", line, maxsplit=1)
        first = out.setdefault(normalise_name(full), normalise_name(short))
        out[normalise_name(short)] = first        # "Guangxi Zhuang": "Guangxi"
    return out


def _short_of(ent) -> str | None:
    for name in (ent.label, *ent.aliases):
        got = _province_keys().get(normalise_name(name))
        if got:
            return got
    return None


# a city and its paragraph's only province placed together only when printed close (the span
# from one to the other at most this long: "Ganzhou, in the south of Jiangxi Province",
# "Golmud 816000, Qinghai"); farther apart, the paragraph names both, and states no place of one
# in the other (dev sets: 8 right of 10 within, 11 of 62 beyond); a city of the article's only
# province that no nearby words place there is not placed (place:article-province: 2 right in 56)
_NEAR_PROVINCE = 60


def _placed(ent) -> bool:
    return any(p == NFO.locatedIn for p, _, _, _ in ent.statements)


def locations(draft, spans_of, sents, prior, kind) -> None:
    text = draft.text
    _same_rank(draft)
    _listed_pairs(draft)
    places = [e for e in draft.entities.values() if e.kind == "place" and e.mentions]
    provinces = [e for e in places if _cls(e) == "Province"]
    located = str(NFO.locatedIn)

    def graph_says(inner, outer) -> bool:
        if prior is None or not inner.known or not outer.known:
            return False
        return any(p == located and x == str(inner.iri) and y == str(outer.iri)
                   for x, p, y in prior.links.get(frozenset((str(inner.iri), str(outer.iri))), ()))

    def province_of(city):
        """The provinces the article names that the graph or the list puts the city in."""
        got = {p.iri: p for p in provinces if graph_says(city, p)}
        if not got:
            listed = set()
            for name in (city.label, *city.aliases):
                listed |= _listed().get(normalise_name(name), frozenset())
            if city.known and len(listed) > 1:
                return []   # the graph's Yulin may be the other province's Yulin
            got = {p.iri: p for p in provinces if _short_of(p) in listed}
        return list(got.values())

    def paragraph(pos):
        return text.rfind("\n\n", 0, pos), text.find("\n\n", pos)

    # a mention inside a longer name ("Suzhou Inovance", "Anhui Baowu") names the company, not
    # the place: the province rule reads the places the text names on their own
    names = sorted((s, e) for s, e, x in spans_of
                   if not x.role and x.kind in ("org", "place", "policy", "project"))
    starts = [s for s, _ in names]

    def alone(m) -> bool:
        i = bisect.bisect_right(starts, m.start)
        j = bisect.bisect_left(starts, m.start - _LONGEST)
        return not any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end)
                       for s, e in names[j:i])

    # 1. what a cue states first: "Yunnan's Wenshan", "the X Industrial Park of Chifeng"
    rows = sorted((s, e, ent) for s, e, ent in spans_of if not ent.role)
    rows = _outer_places(rows, kind)    # "Aktobe" inside "Aktobe Region" is no place of its own
    for (s, e, a), (s2, e2, b) in zip(rows, rows[1:]):
        if a is b or b.known or _placed(b):
            continue
        between = text[e:s2]
        ca, cb = _cls(a), _cls(b)
        if re.fullmatch(r"['’]s\s+", between) and (ca in ("Country", "Province") and (
                cb in ("City", "County", "Region", "Place") or b.kind == "org") or ca == "City"
                and cb in ("County", "Region") and _DIVISION_END.search(b.label)
                or ca == "Country" and cb == "Province"
                or ca == "Region" and cb in ("City", "County", "Region", "Place")):
            # ("Quzhou's Qujiang District": a city's district too; "Chile's Atacama Region",
            # "Western Australia's Pilbara")
            b.add(NFO.locatedIn, a.iri, Span(s, e2), "place:possessive")
    for i, ((s, e, a), (s2, e2, b)) in enumerate(zip(rows, rows[1:])):
        if a is b:
            continue
        if a.known:
            # "Qinzhou Port in south China's Guangxi ...": what the text states of a known place
            if s2 - e < 40 and a.kind == "place" and b.kind == "place" and not _placed(a):
                _known_in_place(text, rows, i, a, b)
            continue
        if _placed(a):
            continue
        if _cls(a) == "City" and _cls(b) in ("Province", "Country") and \
                _CAPITAL.fullmatch(text, e, s2):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:capital-of")
            continue
        if _cls(a) == "Site" and _cls(b) in _ADMIN and re.fullmatch(r"\s+(?:of|in)\s+", text[e:s2]):
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:site-of")
        elif _cls(a) in _INNER and _IN_PLACE.fullmatch(text, e, s2) and \
                _INNER[_cls(a)] < _OUTER.get(_cls(b), -1):
            # "Lincang in Yunnan", "Obi Island in X", "Mugalzhar District of Aktobe Region",
            # "Kolwezi, in the Lualaba province", "a village in Longli County", "the Lualaba
            # province of Congo"; "X in Chile's Atacama region": the region
            b, e2 = _possessed(text, rows, i + 1, b, e2)
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:in-place")
        elif _cls(a) in _INNER and _cls(b) == "Country" and _APPOSED.fullmatch(text, e, s2):
            # "Huize County, southwest China's Yunnan Province"
            c, e3 = _possessed(text, rows, i + 1, b, e2)
            if c is not b and _INNER[_cls(a)] < _OUTER.get(_cls(c), -1):
                a.add(NFO.locatedIn, c.iri, Span(s, e3), "place:in-place")
        elif a.kind == "place" and b.kind == "place" and _UNDER_PLACE.fullmatch(text, e, s2) \
                and _RANK.get(_cls(b), 9) >= _RANK.get(_cls(a), -1):
            # "Pingguo, a county-level city under Baise City"
            a.add(NFO.locatedIn, b.iri, Span(s, e2), "place:described-under")

    # "Jiangxi Copper Corporation (JCC), headquartered in Nanchang", "a centre, which will be
    # based in Changsha": a cue after the name (and its bracketed short form)
    at_start: dict = {}
    for s, e, ent in rows:
        if ent.kind == "place":
            at_start.setdefault(s, (e, ent))
    for s, e, a in rows:
        if _cls(a) in _INNER and _cls(a) != "Site" and not a.known and not _placed(a):
            # "Xinyou Town, which lies in Wangmo County", "X Park, located in Y District": a
            # place in one of a higher rank
            m = _LOCATED.match(text, e)
            pe, place = at_start.get(m.end(), (0, None)) if m else (0, None)
            if place is not None and place is not a and \
                    _INNER[_cls(a)] < _OUTER.get(_cls(place), -1):
                a.add(NFO.locatedIn, place.iri, Span(s, pe), "place:located-cue")
            continue
        if a.kind not in ("org", "project") and _cls(a) != "Site" or \
                a.known and not _COMMA.match(text, e) or _placed(a):
            continue
        m = None if a.known else _LOCATED.match(text, e) or _APPOSED_IN.match(text, e)
        if m is not None:
            pe, place = at_start.get(m.end(), (0, None))
            if place is not None and place is not a:
                a.add(NFO.locatedIn, place.iri, Span(s, pe), "place:located-cue")
            continue
        # "Qianxi Light Metals, a Guiyang-based company"
        m = None if a.known else _APPOSED_BASED.match(text, e)
        pe, place = at_start.get(m.end(), (0, None)) if m else (0, None)
        if place is not None and place is not a and _BASED_AFTER.match(text, pe):
            a.add(NFO.locatedIn, place.iri, Span(s, pe), "place:located-cue")
            continue
        # "Ma Lijun, Chaoyang Jinda Titanium Co., Ltd., Liaoning": a place that ends the line
        # or clause after an organisation's name and a comma (a known one too: stated here)
        # (its quoted short form between: 'X Co., Ltd. ("Qianyuan"), Guiyang'; the place's own
        # larger place after it: "X Co., Ltd., Jiyuan, Henan")
        m = _COMMA.match(text, e) or (None if _INSIDE_NAME.search(text, max(0, s - 40), s)
                                      else _ALIAS_COMMA.match(text, e))
        pe, place = at_start.get(m.end(), (0, None)) if m else (0, None)
        if place is None or a.kind != "org" or _cls(place) not in _ADMIN:
            continue
        end = pe
        if not _CLAUSE_END.match(text, end) and not _INSIDE_NAME.search(text, max(0, s - 40), s):
            m = _COMMA.match(text, end)
            oe, outer = at_start.get(m.end(), (0, None)) if m else (0, None)
            if outer is not None and _RANK.get(_cls(outer), -1) > _RANK.get(_cls(place), 9):
                end = oe
        if _CLAUSE_END.match(text, end):
            a.add(NFO.locatedIn, place.iri, Span(s, end), "place:org-comma-place")

    demonym_homes(draft, spans_of)      # "the Chilean miner X"
    owner_place_sites(draft, spans_of, kind)    # "X operates plants in A and B"
    stated_places(draft, spans_of, sents, kind)  # "X, a northern Y county"; "the mine is in Y"
    org_places(draft, rows, kind)   # "X Co., Ltd. in Suzhou", "X Co., Ltd. (Y High-tech Zone)"
    place_lists(draft, rows, kind)  # "Xun County, Qi County and Qibin District are all under Hebi"

    # 2. cities of the province the article names
    for city in places:
        if _cls(city) != "City" or _placed(city):
            continue
        got = province_of(city)
        if len(got) != 1:
            continue
        prov = got[0]
        best = None
        own = [m for m in city.mentions if alone(m)]
        if not own:
            continue
        for m in own:
            lo, hi = paragraph(m.start)
            hi = len(text) if hi < 0 else hi
            if any(lo <= pm.start < hi and alone(pm) for p in provinces if p is not prov
                   for pm in p.mentions):
                continue        # the paragraph names other provinces too: a list, not a home
            for pm in prov.mentions:
                if lo <= pm.start < hi and alone(pm):
                    d = abs(pm.start - m.start)
                    if best is None or d < best[0]:
                        best = (d, Span(min(m.start, pm.start), max(m.end, pm.end)))
        if best is not None and best[1].end - best[1].start <= _NEAR_PROVINCE:
            city.add(NFO.locatedIn, prov.iri, best[1], "place:paragraph-province")

    # (a body or a site is not placed by its name: "Yunnan Provincial Department of Commerce"
    # names its jurisdiction, "Guiyang International Convention and Exhibition Center" the city
    # it is named after, neither a location the curators record (data/CURATION.md, "Stated
    # versus inferred"); the rules that did, place:body-of-place and place:site-named-after,
    # were right 44 times in 328 and 16 in 90 on the dev sets, 0 in 250 and 11 in 70 on sets
    # 22-80)


def _known_in_place(text, rows, i, a, b) -> None:
    (s, e, _), (s2, e2, _) = rows[i], rows[i + 1]
    if _cls(a) not in _INNER or _cls(b) not in _OUTER:
        return
    if _IN_PLACE.fullmatch(text, e, s2) or _cls(b) == "Country" and _APPOSED.fullmatch(text, e, s2):
        c, e3 = _possessed(text, rows, i + 1, b, e2)
        if c is b and _cls(b) == "Country" and not _IN_PLACE.fullmatch(text, e, s2):
            return
        if _INNER[_cls(a)] < _OUTER.get(_cls(c), -1):
            a.add(NFO.locatedIn, c.iri, Span(s, e3), "place:in-place")


def _outer_places(rows, kind) -> list:
    """The rows without a place's mention printed inside another place's name ("Aktobe" in
    "Aktobe Region"; not a site's: "a smelter in Aktobe")."""
    out = []
    ps = pe = -1
    for row in rows:
        s, e, ent = row
        if ent.kind == "place" and _cls(ent) != "Site":     # (a site holds its place's name)
            if ps <= s and e <= pe and (s, e) != (ps, pe):
                continue
            if e > pe:
                ps, pe = s, e
        out.append(row)
    return out


def _possessed(text, rows, j, b, e2):
    """"in Chile's Atacama region": the place after a place's possessive (of a lower rank), with
    where it ends; else (b, e2)."""
    if j + 1 < len(rows) and re.fullmatch(r"['’]s\s+", text[e2:rows[j + 1][0]]):
        c = rows[j + 1][2]
        if _cls(c) in _OUTER and _OUTER[_cls(c)] < _OUTER.get(_cls(b), -1):
            return c, rows[j + 1][1]
    return b, e2


def _listed_pairs(draft) -> None:
    """"plants in Zigong, Hunan and Guizhou": a "X, Y" pair that a list goes on after (", Z",
    "and Z") names three places, not a city and its province."""
    text = draft.text
    for ent in draft.entities.values():
        if ent.known or not any(st[3] == "context:located-in" for st in ent.statements):
            continue
        ent.statements[:] = [
            st for st in ent.statements
            if not (st[0] == NFO.locatedIn and st[3] == "context:located-in"
                    and "," in text[st[2].start:st[2].end]
                    and _LIST_GOES_ON.match(text, st[2].end))]


def _same_rank(draft) -> None:
    """"in Kunming, Lincang and Wenshan": a city is not located in another city (nor a
    province in a province, a county in a county); a rule that paired two places of one rank
    read a list."""
    for ent in draft.entities.values():
        r = _RANK.get(_cls(ent))
        if r is None or ent.known:
            continue
        keep = []
        for st in ent.statements:
            if st[0] == NFO.locatedIn:
                other = draft.entities.get(st[1])
                if other is not None and _RANK.get(_cls(other)) is not None and \
                        _RANK[_cls(other)] <= r:
                    continue
            keep.append(st)
        ent.statements[:] = keep
