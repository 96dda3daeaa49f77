"""A known body's alias that drops its place ("Provincial Department of Ecology and
Environment" for "Shaanxi Provincial Department of Ecology and Environment") names the body of
whichever province, city or county the article is about: it is a mention of the known body only
in an article that also names that place. Elsewhere ("the provincial department of ecology and
environment of Guangxi") it is another place's body of the same kind, not a link.

So too a known city or county printed with a province other than its own ("Yulin, Guangxi" when
the graph knows Yulin in Shaanxi; "Suzhou, Anhui Province" for Suzhou in Jiangsu): China has
many namesake cities, and that one is another place (``in_other_province``).

And a known company's name without the province it opens with ("Yuguang Gold Lead" for "Henan
Yuguang Gold Lead Co., Ltd.", ``placeless_company``): a form of its name, linked only in an
article that names the province too, as the bodies above are."""
from __future__ import annotations

import functools
import re

from kg.ingest.knowledge.place_homes import province_words
from kg.ingest.lexicon import lines, words
from kg.ingest.names.person_names import reads_as_pinyin
from kg.ingest.names.places import province_names

# the words an alias opens with when it is a level of government without its place
_LEVELS = frozenset({"provincial", "municipal", "prefectural", "county", "city", "district",
                     "regional", "autonomous", "township"})


@functools.lru_cache(maxsize=1)
def _province_names() -> tuple:
    """The provinces' short names news prints (names/places.province_names), lower case,
    longest first."""
    return tuple(sorted({s.lower() for s in province_names()}, key=len, reverse=True))


@functools.lru_cache(maxsize=1)
def _province_firsts() -> frozenset:
    return frozenset(p.split(" ", 1)[0] for p in _province_names())


def placeless_company(key: str) -> tuple[str, str] | None:
    """(the name without its province, the province) for a company's normalised name without
    its legal form that opens with a province's short name before two words or more, the first
    a pinyin word no list calls ordinary ("henan yuguang gold lead" -> "yuguang gold lead");
    else None ("qinghai salt lake", "shaanxi nonferrous metals": ordinary words)."""
    if key.split(" ", 1)[0] not in _province_firsts():
        return None         # (most names: one look-up, the gazetteer asks of every key)
    for p in _province_names():
        if key.startswith(p + " "):
            rest = key[len(p) + 1:]
            first = rest.split(" ", 1)[0]
            if " " in rest and first.isalpha() and reads_as_pinyin(first) \
                    and first not in words("common-words"):
                return rest, p
            return None
    return None


def place_of_alias(gaz, key: str, iri) -> str | None:
    """The place words (normalised) that ``iri``'s label has before ``key``, when ``key`` is an
    alias opening with a level word and the label is that place plus the alias, or a company's
    name without its province (``gaz.placeless``); else None."""
    cut = gaz.__dict__.get("placeless", {}).get(key)
    if cut is not None:
        return cut
    if key.split(" ", 1)[0] not in _LEVELS or (key, iri) in gaz.is_label:
        return None
    labels = gaz.__dict__.get("_label_keys")
    if labels is None:
        labels = gaz.__dict__["_label_keys"] = {}
        for k, o in gaz.is_label:
            labels.setdefault(o, []).append(k)
    for label in labels.get(iri, ()):
        if label.endswith(" " + key):
            return label[:-len(key) - 1].strip() or None
    return None


def named_elsewhere(gaz, key: str, iri, text: str) -> bool:
    """Whether the alias ``key`` of ``iri`` drops a place that the article ``text`` never names
    (in any case): then the words are some other place's body."""
    place = place_of_alias(gaz, key, iri)
    if place is None:
        return False
    cache = gaz.__dict__.setdefault("_place_rx", {})
    rx = cache.get(place)
    if rx is None:
        rx = cache[place] = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, place.split()))
                                       + r"(?!\w)", re.IGNORECASE)
    # the answer for the article read last, by place (each mention of such an alias asked it
    # anew, a scan of the whole text each: quadratic in an article that names the body often)
    seen = gaz.__dict__.get("_place_seen")
    if seen is None or seen[0] is not text:
        seen = gaz.__dict__["_place_seen"] = (text, {})
    got = seen[1].get(place)
    if got is None:
        got = seen[1][place] = rx.search(text) is None
    return got


# "Yulin, Guangxi", "Suzhou City, Anhui Province", "Yulin City of Guangxi", "Suzhou in Anhui"
_PROVINCE_AFTER = re.compile(r"(?:[ \t]+(?:City|County|Prefecture))?(?:,[ \t]*|[ \t]+(?:of|in)"
                             r"[ \t]+(?:the[ \t]+)?)([A-Z][a-z]+)")


@functools.lru_cache(maxsize=None)
def _provinces(with_cities: bool = False) -> frozenset:
    """China's provinces by their short names (data/china-provinces.txt), with its listed
    cities too (data/china-cities.txt)."""
    files = ("china-provinces", "china-cities") if with_cities else ("china-provinces",)
    return frozenset(re.split(r"\s{2,}|\t", ln)[0] for f in files for ln in lines(f))


def listed_places() -> frozenset:
    """China's provinces and listed cities by their short names (the general geography files)."""
    return _provinces(True)


def in_other_province(gaz, iri, text: str, end: int) -> bool:
    """Whether the known city or county ``iri``, printed up to ``end``, is followed by a
    province other than the one the graph places it in."""
    m = _PROVINCE_AFTER.match(text, end)
    if m is None or m.group(1) not in _provinces():
        return False
    homes = province_words(gaz).get(iri)         # (kept in the ingest snapshot)
    if homes is None:
        return False        # where the graph's one is, it does not say
    return m.group(1).lower() not in homes
