"""Ministries and agencies of another country named in lower case after the country: "the
Democratic Republic of Congo's mines ministry", "Indonesia's energy ministry", "Chile's mining
regulator", "the Guinean port authority" (a country's adjective: the body is labelled and spanned
with it). The country is
one of ``data/place-countries.txt`` (China is left out: its ministries are the graph's, and a
lower-case "commerce ministry" of China is a reference for the gazetteer); the field one of
``data/ministry-fields.txt``. A new government body labelled as printed without the possessive
("Indonesia energy ministry"; its span the words after the country, which stays a place of its
own), rule ``name:foreign-ministry``, low confidence: a reviewer gives it its own name. One pass of one pattern, looked for only around its heads."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.countries import countries
from kg.ingest.reading.windows import near

RULE, CONFIDENCE = "name:foreign-ministry", 0.4
_HEADS = ("ministry", "regulator", "agency", "authority", "commission", "department", "bureau",
          "office", "service", "board", "council", "directorate")


@lru_cache(maxsize=1)
def _adjectives() -> frozenset[str]:
    """The adjectives of countries other than China (data/place-demonyms.txt: those with a
    country)."""
    return frozenset(line.split()[0] for line in lines("place-demonyms")
                     if len(line.split()) > 1 and line.split()[0] != "Chinese")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted((n for n in countries() if n not in ("China", "PRC")),
                   key=lambda n: (-len(n), n))
    fields = sorted(lines("ministry-fields"), key=lambda f: (-len(f), f))
    # (or the country's adjective: "the Guinean port authority", "the Peruvian mines ministry")
    names += sorted(_adjectives(), key=lambda n: (-len(n), n))
    alt_c = "|".join(re.escape(n).replace(r"\ ", r"[ \t]+") for n in names)
    alt_f = "|".join(re.escape(f).replace(r"\ ", r"[ \t]+") for f in fields)
    return re.compile(rf"(?<![\w'’-])(?P<country>{alt_c})(?:['’]s)?[ \t]+(?P<field>{alt_f})"
                      rf"[ \t]+(?P<head>{'|'.join(_HEADS)})\b")


def foreign_ministries(text: str) -> list[Candidate]:
    out = []
    for m in near(_pattern(), text, _HEADS, before=120, after=20):
        if m.group("country") in _adjectives() and text[m.end("country"):m.end("country") + 1] in "'’":
            continue        # (an adjective has no possessive)
        label = " ".join(f"{m.group('country')} {m.group('field')} {m.group('head')}".split())
        # (its span the words after the country: the country stays a place of its own; an
        # adjective is no place: the span opens with it)
        start = m.start("country") if m.group("country") in _adjectives() else m.start("field")
        out.append(Candidate(start, m.end(), label, "GovernmentBody", RULE, CONFIDENCE))
    return out
