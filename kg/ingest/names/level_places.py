"""Which place a lower-case body of a level means: "the county government", "the county market
regulation bureau", "the provincial department of ecology and environment" name no place, but
Chinese reports use them for the body of the county, city or province the text named last
("... in Mengzi County. The county government set up a team"). So the place of a level is the
one of that rank printed last before the phrase:

* a county or district: a capitalised name before "County" / "District" ("Mengzi County");
* a province: a listed province (``data/china-provinces.txt``) or a name before "Province";
* a city ("city", "municipal"): a listed city (``data/china-cities.txt``) or a name before
  "City";
* a prefecture: a listed prefecture (``data/place-prefectures.txt``) or a name before
  "Prefecture";
* a township or town: a name before "Township" / "Town".

With none before it, or two of that rank named together just before it ("the Zhuzhou and
the Xiangtan governments ... the city government"), the phrase keeps no place (a reviewer
names it). The places of the text
are found once per level (one scan each) and looked up by bisection: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_CAP = r"[A-Z][a-z]+(?:['’-][a-z]+)?"
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# the rank word a level's place ends with, and the word a body's label puts after the place
RANK = {"county": "County", "district": "District", "provincial": "Province",
        "province": "Province", "city": "City", "municipal": "City",
        "prefectural": "Prefecture", "prefecture": "Prefecture", "township": "Township",
        "town": "Town"}
LABEL_LEVEL = {"county": "County", "district": "District", "provincial": "Provincial",
               "province": "Provincial", "city": "Municipal", "municipal": "Municipal",
               "prefectural": "Prefecture", "prefecture": "Prefecture",
               "township": "Township", "town": "Town"}
_LISTS = {"Province": ("china-provinces",), "City": ("china-cities",),
          "Prefecture": ("place-prefectures",)}
# words that open a sentence or clause, never the first word of a place's name
_NOT_FIRST = frozenset({
    "The", "A", "An", "This", "That", "In", "On", "At", "By", "For", "From", "With", "And",
    "Of", "To", "Its", "Their", "Both", "Each", "Every", "After", "Before", "Since", "As",
    "When", "While", "Under", "Across", "Neighbouring", "Neighboring", "Nearby", "Local",
    "Rural", "Urban", "Central", "Provincial", "Municipal", "County", "City", "District"})


@lru_cache(maxsize=1)
def _listed() -> dict[str, frozenset[str]]:
    out = {}
    for rank, names in _LISTS.items():
        got = set()
        for name in names:
            for line in lines(name):
                got.add(re.split(r"\s{2,}|\t", line, maxsplit=1)[0].strip())
        out[rank] = frozenset(got)
    return out


@lru_cache(maxsize=16)
def _ranked(rank: str) -> re.Pattern:
    return re.compile(rf"(?<![\w'’-])(?P<n>(?:{_CAP}{_SP})?{_CAP}){_SP}{rank}\b")


# a listed name followed by another capitalised word is part of a longer name ("Hebi Dongying
# Magnesium", "Qingyang County") unless that word is its own rank's ("Hebi Municipal People's
# Government", "Yunnan Provincial Department")
_NEXT = re.compile(rf"{_SP}([A-Z][\w'’-]*)")
_OWN = {"Province": {"Provincial", "Province"}, "City": {"Municipal", "City"},
        "Prefecture": {"Prefecture", "Prefectural"}}

_LAST: list = [None, None]      # (text, its places by rank), the last text read


def _places(text: str, rank: str) -> tuple[list[int], list[str]]:
    """Where (the end of each) and which place of ``rank`` the text prints, in text order."""
    if _LAST[0] is not text:
        _LAST[:] = [text, {}]
    cache = _LAST[1]
    if rank not in cache:
        found = []
        for m in _ranked(rank).finditer(text):
            ws = m.group("n").split()
            while ws and ws[0] in _NOT_FIRST:
                ws = ws[1:]
            if ws:
                found.append((m.end(), " ".join(ws)))
        listed = _listed().get(rank)
        if listed:
            # (a possessive is the place too: "Hebi's mayor")
            for m in re.finditer(r"(?<![\w'’-])[A-Z][a-z]+(?:-[a-z]+|['’](?!s\b)[a-z]+)?"
                                 r"(?![\w-]|['’](?!s\b))",
                                 text):
                nxt = _NEXT.match(text, m.end())
                if m.group() in listed and (nxt is None or nxt.group(1) in _OWN[rank]):
                    found.append((m.end(), m.group()))
        found.sort()
        cache[rank] = ([e for e, _ in found], [n for _, n in found])
    return cache[rank]


def place_before(text: str, pos: int, level: str) -> str | None:
    """The short name of the place of ``level`` ("county", "provincial" ...) printed last before
    ``pos``, or None."""
    rank = RANK.get(level.lower())
    if rank is None:
        return None
    ends, names = _places(text, rank)
    i = bisect.bisect_right(ends, pos) - 1
    if i < 0:
        return None
    j = i - 1
    while j >= 0 and names[j] == names[i]:
        j -= 1
    if j >= 0 and ends[i] - ends[j] < 200 and "\n\n" not in text[ends[j]:ends[i]]:
        return None     # "the Zhuzhou ... and the Xiangtan Municipal People's Government ...
        # the city government": two of that level named together, neither is sure
    return names[i]


def body_label(place: str, level: str, rest: str) -> str:
    """"Mengzi County Market Regulation Bureau" of ("Mengzi", "county", "market regulation
    bureau"): the place, the level's word, the office in title case ("of", "and", "for" kept)."""
    words = [w if w in ("of", "and", "for", "the") else w[:1].upper() + w[1:]
             for w in rest.split()]
    return f"{place} {LABEL_LEVEL[level.lower()]} {' '.join(words)}"
