"""Places abroad and districts at home that the text names without a cue (used by ``places``):

* a name of ``data/world-places.txt`` (cities, states, provinces and regions of mining and
  trading countries: "Perth", "Western Australia", "Antofagasta", "Kolwezi") printed alone (not
  inside a longer name, not after another capitalised word) is a new place of the listed class
  (rule ``place:world-list``, 0.6); after the places are made, a state or province is located
  in the country the list puts it in when the text names that country too ("Western Australia"
  and "Australia's Foreign Investment Review Board": :func:`world_containers`);
* "Qujiang District", "Jingxi County", "Alxa Left Banner", "Lanzhou New Area": a capitalised
  name before a suffix of a county-level division that no other rule took is a County (rule
  ``place:division-suffix``, 0.6; not after a post's rank, "Deputy County Magistrate", nor a
  determiner of ``data/place-determiners.txt``), placed by the rules of relations/locations.py ("X District of
  Y", "Y's X District"); one printed only inside its own body's name ("the Gaoling District
  Ecology Bureau", "Hegou Town People's Government") is a place too (rule
  ``place:body-division``, 0.5: a town a Place).

One compiled alternation (by first letter) and one suffix pattern: one pass each."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.names import surgery
from kg.ingest.names.countries import inside_name
from kg.ingest.reading.text import normalise_name
from kg.ingest.reading.windows import Near, near
from kg.ingest.terms import NFO

_RULE = "place:world-list"


@lru_cache(maxsize=1)
def world() -> dict[str, tuple[str, str]]:
    """name as printed -> (class, container label)."""
    out = {}
    for line in lines("world-places"):
        name, cls, cont = re.split(r"\s{2,}", line, maxsplit=2)
        out[name] = (cls, cont)
    return out


def province_label(name: str) -> str:
    """A new province's label: "X Province" as China's are, but a listed state or province of a
    country that names them without a suffix by its name alone ("Nevada", "Ontario",
    "Queensland": data/bare-division-countries.txt)."""
    where = world().get(name)
    bare = where is not None and where[0] == "Province" and \
        where[1].lower() in words("bare-division-countries")
    return name if bare else f"{name} Province"


_SCAN = ("kg.ingest.names.world_places", "world_pattern")


def world_pattern():
    """The world's places' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _world_rx()


@lru_cache(maxsize=1)
def _world_rx():
    alts = sorted((re.escape(n).replace("\\ ", " ").replace(" ", r"[ \t]*\n?[ \t]*")
                   for n in world()), key=len, reverse=True)
    groups: dict[str, list[str]] = {}
    for a in alts:
        groups.setdefault(a[0], []).append(a[1:])
    return re.compile("(?:" + "|".join(f"{c}(?<![\\w'’&.-]{c})(?:{'|'.join(rest)})"
                                       for c, rest in groups.items())
                      + r")(?![\w&-]|['’](?!s\b)|[ \t]+[A-Z]|[ \t]+(?:region|province|state|"
                        r"district|county|city|prefecture|area|basin|mine|port)\b)")


# a county-level division by its suffix; the name: one or two capitalised words (every match
# holds one of _DIVISION_WORDS: the pattern is run only around them, reading/windows.py)
_DIVISION_WORDS = ("District", "County", "Banner", "New")
_DIVISION = re.compile(r"(?<![\w'’&-])(?P<x>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]+"
                       r"(?P<s>District|County|Banner|Autonomous[ \t]+County|New[ \t]+Area)\b"
                       r"(?![ \t]+(?:People|Party|Government|Bureau|Committee|Court|Office|"
                       r"Branch|Company|Co\.|Hospital|School|Association|Administration|"
                       r"Department|Commission)\b)")
# "the Gaoling District Ecology Bureau", "Yuchuan County Health Commission", "Hegou Town
# People's Government": a division (or a town) printed only inside the name of its own body
_BODY_DIVISION = re.compile(r"(?<![\w'’&-])(?P<x>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)[ \t]+"
                            r"(?P<s>District|County|Banner|Town|Township)[ \t]+(?:People['’]s[ \t]+"
                            r"(?:Government|Congress|Court|Procuratorate)|Government|government|"
                            r"(?:[A-Z][a-z]+[ \t]+(?:and[ \t]+)?){0,5}(?:Bureau|Commission|Office))\b")
_NOT_DIVISION = frozenset({"the", "this", "that", "each", "every", "one", "new", "old", "north",
                           "south", "east", "west", "central", "urban", "rural", "industrial",
                           "business", "financial", "school", "mining", "our", "its", "their",
                           "in", "of", "and", "a", "an", "another", "which", "whole"})


def world_places(text: str, spans_of: list, note, not_names, covered=None) -> None:
    """``note(name, span, class, confidence, rule)`` of places.py for each listed name
    standing alone, and for each county-level division by its suffix."""
    if covered is None:     # (what the names of spans_of cover: places.py passes it)
        covered, _ = surgery.coverage(text, spans_of)
    for m in scans_ahead.finditer(_world_rx(), text, _SCAN):    # (maybe read ahead)
        a, b = m.span()
        if any(covered[a:b]) or inside_name(text, a, not_names):
            continue
        name = " ".join(m.group(0).split())
        note(name, (a, b), world()[name][0], 0.6, _RULE)
    for m in near(_DIVISION, text, _DIVISION_WORDS):     # (only around its suffixes)
        a, b = m.span()
        if any(covered[a:b]) or m.group("x").split()[0].lower() in _NOT_DIVISION \
                or m.group("x").split()[0].lower() in words("place-determiners") \
                or inside_name(text, a, not_names):
            continue
        note(" ".join(m.group(0).split()), (a, b), "County", 0.6, "place:division-suffix")
    _body_divisions(text, note, not_names)
    possessive_divisions(text, spans_of, note, covered)


def _body_divisions(text: str, note, not_names) -> None:
    """A district, county or town printed only inside its own body's name ("the Gaoling District
    Ecology Bureau") is a place all the same (rule ``place:body-division``, 0.5; a town a
    Place, a district or county a County), when the text prints it nowhere on its own (there
    the suffix rule above reads it)."""
    seen: dict[str, tuple[int, int, str]] = {}
    for m in near(_BODY_DIVISION, text, ("District", "County", "Banner", "Town")):
        x, a = m.group("x"), m.start("x")
        if " " in x and x.split()[0].lower() in _NOT_DIVISION:
            a += len(x.split()[0]) + 1          # ("The Gaoling District ...")
            x = x.split(None, 1)[1]
        if x.split()[0].lower() in _NOT_DIVISION or x.split()[0].lower() in \
                words("place-determiners") or inside_name(text, a, not_names):
            continue
        name = f"{x} {m.group('s')}"
        seen.setdefault(name, (a, m.end("s"), m.group("s")))
    for name, (a, b, suffix) in seen.items():
        lit = re.escape(name).replace("\\ ", r"[ \t]+")
        if len(re.findall(rf"(?<![\w'’-]){lit}\b", text)) > len(re.findall(
                rf"(?<![\w'’-]){lit}[ \t]+(?:People|Government|government|[A-Z])", text)):
            continue        # (printed on its own too: read by the suffix rule)
        note(" ".join(name.split()), (a, b), "Place" if suffix.startswith("Town") else "County",
             0.5, "place:body-division")


# "Quzhou's Qujiang District", "Baise's Tianyang County": a listed city before a division
_POSS_DIVISION = re.compile(r"(?<![\w'’&-])(?P<c>[A-Z][a-z]+)['’]s[ \t\n]+[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
                            r"[ \t\n]+(?:District|County|Banner|New[ \t]+Area)\b")
_POSS_DIVISION_NEAR = Near(_POSS_DIVISION, ("District", "County", "Banner", "Area"), stops=".,;")


@lru_cache(maxsize=1)
def _china_cities() -> frozenset:
    return frozenset(line.split("\t", 1)[0].strip() for line in lines("china-cities"))


def possessive_divisions(text: str, spans_of: list, note, covered=None) -> None:
    """"in Quzhou's Qujiang District": the city of a listed name before "'s" and a division (the
    division is read by :func:`world_places`; relations/locations.py puts it in the city)."""
    if "District" not in text and "County" not in text and "Banner" not in text \
            and "New Area" not in text:
        return
    if covered is None:
        covered, _ = surgery.coverage(text, spans_of)
    for m in _POSS_DIVISION_NEAR.finditer(text):
        a, b = m.span("c")
        if m.group("c") in _china_cities() and not any(covered[a:b]):
            note(m.group("c"), (a, b), "City", 0.6, "place:possessive-division")


def world_containers(draft) -> None:
    """A listed state or province of the draft (new) is in the country the list names when the
    draft has that country. (Cities and regions are not: on the development sets, 0 of 4 such
    pairs were curated, "Jakarta ... Indonesia" in one sentence included, against 4 of 5 for
    states and provinces.)"""
    listed = world()
    places = {NFO.Country, NFO.Province, NFO.City, NFO.County, NFO.Region, NFO.Place}
    by_name: dict = {}
    for ent in draft.entities.values():
        if ent.cls in places and ent.mentions:
            for name in (ent.label, *ent.aliases):
                by_name.setdefault(normalise_name(name), ent)
    if not by_name:
        return
    for ent in list(draft.entities.values()):
        if ent.known or ent.cls not in places or not ent.mentions:
            continue
        got = next((listed[n] for n in (ent.label, *ent.aliases) if n in listed), None)
        if got is None or any(st[0] == NFO.locatedIn for st in ent.statements):
            continue
        cont = by_name.get(normalise_name(got[1]))
        if cont is None or cont is ent:
            continue
        if got[0] == "Province":
            m = ent.mentions[0]
            ent.add(NFO.locatedIn, cont.iri, Span(m.start, m.end), _RULE)
