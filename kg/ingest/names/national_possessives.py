"""A country's possessive before a name the graph knows ("China's 14th Five-Year Plan", "the
EU's Carbon Border Adjustment Mechanism"): the known entity, owned by the country the text
names, not a new entity whose name starts with the possessive. A possessive of a province or
city stays a name of its own ("Anhui's 14th Five-Year Plan" is the province's plan, not the
country's), and so does one of an ordinary word ("People's Congress")."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import local_name

# the classes of an owner whose possessive names its own national entity
_NATIONAL = ("Country", "InternationalOrganization")
_POSSESSIVE = re.compile(r"(?:the\s+)?(\S+?)['\u2019]s\s+(\S.*)", re.S | re.I)


def national_possessives(news: list[Candidate], text: str, gaz) -> list[Candidate]:
    """``news`` without the candidates read as "<country>'s <known name>": the known names
    there (the country, the entity) are the gazetteer's mentions and stay links."""
    out = []
    for c in news:
        m = _POSSESSIVE.fullmatch(c.label) if "'" in c.label or "\u2019" in c.label else None
        if m is not None:
            owner = gaz.owner(normalise_name(m.group(1)))
            cls = gaz.classes.get(owner) if owner is not None else None
            if cls is not None and local_name(cls) in _NATIONAL \
                    and gaz.owner(normalise_name(m.group(2))) is not None:
                continue
        out.append(c)
    return out
