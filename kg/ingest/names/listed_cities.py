"""China's listed cities (``data/china-cities.txt``, ``data/place-prefectures.txt``) printed
alone: "plants in Chenzhou and Hengyang" names two cities (``place:city-list``, read for
names/places.py). Not inside a longer name, not next to a surname ("Yulin Zhang"), and not the
first word of a company's short form whose full name the text gives ("Dongying Magnesium said"
after "Hebi Dongying Magnesium Industry Co., Ltd.": a city word then the next word of a name
the text names). And a place's name found by a cue loses an ordinal before it
(:func:`without_ordinal`)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.knowledge.word_senses import opens_street
from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines, words
from kg.ingest.names import surgery
from kg.ingest.terms import NFO


@lru_cache(maxsize=1)
def listed_cities() -> dict[str, frozenset[str]]:
    """name -> provinces of China's cities (data/china-cities.txt; Suzhou is in two)."""
    out: dict[str, set] = {}
    for line in lines("china-cities") + lines("place-prefectures"):
        name, prov = line.split("\t", 1)
        out.setdefault(name.strip(), set()).add(prov.strip())
    return {k: frozenset(v) for k, v in out.items()}


_SCAN = ("kg.ingest.names.listed_cities", "city_pattern")


def city_pattern():
    """The listed cities' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _city_rx()


@lru_cache(maxsize=1)
def _city_rx():
    alts = sorted((re.escape(n).replace("'", "['’]") for n in listed_cities()), key=len,
                  reverse=True)
    if all(a[:1].isalpha() for a in alts):
        # the same matches, faster: grouped by first letter (each group in the same order), the
        # letter first and the check of the character before it second, so that the engine
        # skips to the next such letter instead of trying every name at every position
        groups: dict[str, list[str]] = {}
        for a in alts:
            groups.setdefault(a[0], []).append(a[1:])
        return re.compile("(?:" + "|".join(f"{c}(?<![\\w'’&-]{c})(?:{'|'.join(rest)})"
                                           for c, rest in groups.items()) + ")(?![\\w'’&-])")
    return re.compile(rf"(?<![\w'’&-])(?:{'|'.join(alts)})(?![\w'’&-])")


_AUTONOMOUS = re.compile(r"[ \t]+[A-Z][a-z]+(?:(?:,[ \t]*|[ \t]+and[ \t]+)[A-Z][a-z]+){0,3}[ \t]+"
                         r"Autonomous[ \t]+(?:Prefecture|County|Region|Banner)\b")


def short_form_at(text, b, name, pairs) -> bool:
    """The place name ``name`` ending at ``b`` opens the short form of a company's name of
    ``pairs`` (its last word, then the next word printed, follow each other in that name)."""
    after = _NEXT.match(text, b)
    return after is not None and (name.split()[-1], after.group(1)) in pairs


_NEXT = re.compile(r"[ \t]+([A-Z][a-z]+)")


def name_pairs(spans_of) -> set:
    """The pairs of words that follow each other in a name of a company the text names (a
    city's word then the next word of such a name opens its short form)."""
    out = set()
    for _, _, ent in spans_of:
        if ent.cls != NFO.Company:
            continue
        ws = ent.label.split()
        out.update(zip(ws, ws[1:]))
    return out



def city_list(text: str, spans_of: list, note, covered=None) -> None:
    """"plants in Chenzhou and Hengyang": a listed city's name standing alone (not inside a
    longer name a rule proposed or the graph knows, not next to a surname: "Yulin Zhang") is a
    City; the list's province is not a statement (only what the text pairs it with is)."""
    if covered is None:     # (what the names of spans_of cover: places.py passes it)
        covered, _ = surgery.coverage(text, spans_of)
    surnames = lines("surnames")
    pairs = None
    for m in scans_ahead.finditer(_city_rx(), text, _SCAN):     # (maybe read ahead)
        a, b = m.span()
        if any(covered[a:b]):
            continue
        before = re.search(r"([A-Z][a-z]+)[ \t]+$", text[max(0, a - 20):a])
        after = re.match(r"[ \t]+([A-Z][a-z]+)", text[b:b + 20])
        if ((before and before.group(1) in surnames) or (after and after.group(1) in surnames)) \
                and not _AUTONOMOUS.match(text, b):
            continue                # "Zhang Yulin", "Yulin Zhang": a person (not "Wenshan
            # Zhuang and Miao Autonomous Prefecture": the peoples of a place's full name)
        if after:
            if pairs is None:
                pairs = name_pairs(spans_of)
            if short_form_at(text, b, m.group(0), pairs):
                continue    # "Dongying Magnesium said": the short form of "Hebi Dongying
                # Magnesium Industry Co., Ltd.", named in the text, not the city
        if after and opens_street(text, b):
            continue        # "No. 88 Fengcheng Fifth Road", "Xianning West Road, Xi'an": a
            #                 street named after the city, in another place's address
        note(m.group(0), (a, b), "City", 0.5, "place:city-list")


def without_ordinal(x: str, xs: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """A place's name ``x`` at ``xs`` without an ordinal word before it (``data/ordinal-words.txt``):
    "the Sixteenth Lanxi Municipal People's Congress" names the congress's term, and the city
    is "Lanxi"."""
    if " " in x and x.split(" ", 1)[0].lower() in words("ordinal-words"):
        cut = x.index(" ") + 1
        return x[cut:], (xs[0] + cut, xs[1])
    return x, xs
