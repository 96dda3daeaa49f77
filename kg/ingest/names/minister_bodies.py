"""Ministries named only through a minister's title: "vice minister of natural resources of
China", "the deputy minister of energy of Kazakhstan", "Peru's minister of energy and mines",
"Chile's Mining Minister" is not read (no field after "of"). The title's field (one to six
words, "and" or commas between, no "of") and the country (``data/place-countries.txt``, "the
People's Republic of China" too) make a new government body "Ministry of <Field> of <Country>"
("Ministry of <Field>" for China: the graph's name of China's ministry), spanned by the words
"minister of <field>" (the country stays a place of its own; the body's name says "of" it,
a jurisdiction, not a stated location: no ``locatedIn``). Rule ``name:minister-body``, low confidence. One pattern, looked
for only around "inister"."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.names.candidates import Candidate
from kg.ingest.names.countries import countries
from kg.ingest.reading.windows import near

RULE, CONFIDENCE = "name:minister-body", 0.4
_FIELD_WORD = r"(?!(?:of|the|a|an|for|in|on|to|with|said|says|and)\b)[A-Za-z][a-z]+"
_CHINA = {"China", "the People's Republic of China", "People's Republic of China"}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    names = sorted(set(countries()) | _CHINA, key=lambda n: (-len(n), n))
    alt = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    field = (rf"{_FIELD_WORD}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s+){_FIELD_WORD}){{0,5}}?")
    title = r"(?<![\w-])(?P<title>[Mm]inister)\s+of\s+(?:the\s+)?"
    after = rf"(?P<field>{field})\s+of\s+(?:the\s+)?(?P<country>{alt})(?![\w-])"
    before = rf"(?<![\w-])(?P<country2>{alt})['’]s\s+(?:(?:[Vv]ice|[Dd]eputy|[Ff]irst)[ -]+)*" \
             rf"(?P<title2>[Mm]inister)\s+of\s+(?P<field2>{field})(?=\s*(?:[,.;:)]|\s(?:said|says|told|who|was|is|has|will|met|visited|signed)\b))"
    return re.compile(rf"{title}{after}|{before}")


def _title(field: str) -> str:
    small = {"and", "of"}
    return " ".join(w if w in small else w[:1].upper() + w[1:] for w in field.split())


def minister_bodies(text: str) -> list[Candidate]:
    out = []
    for m in near(_pattern(), text, ("inister",), before=80, after=160):
        if m.group("title"):
            country, field = m.group("country"), m.group("field")
            start, end = m.start("title"), m.end("field")
        else:
            country, field = m.group("country2"), m.group("field2")
            start, end = m.start("title2"), m.end("field2")
        field = " ".join(field.replace(",", " , ").split()).replace(" , ", ", ")
        country = " ".join(country.split())
        label = f"Ministry of {_title(field)}"
        if country not in _CHINA:
            label += f" of {country}"
        out.append(Candidate(start, end, label, "GovernmentBody", RULE, CONFIDENCE))
    return out
