"""Places named by their level noun and "of": "the villages of Shangyuan, Xiaqiao and Lingtou",
"the town of Gejiu", "the counties of A and B" (the nouns, their plurals and the class of the
places they name: ``data/level-of-places.txt``). Each name (one or two capitalised words) is
a new place of that class (rule ``place:level-of``, confidence 0.5), labelled by the name and,
for a county or a district, its level word ("A County"); a name the graph knows is linked by the
pipeline as any candidate is. A singular noun names one place, a plural two or more ("the
villages of A and B"); a name followed by another capitalised word ("the city of X Group") is
part of a longer name and none. One scan of one pattern, bounded: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.place_cue_scan import PLACE_PARTICLE

RULE, CONFIDENCE = "place:level-of", 0.5
# (an apostrophe inside a name, "Xi'an", not a possessive's after it: "the town of Gejiu's
# smelter" names Gejiu)
_WORD = r"[A-Z](?:[a-z-]|['\u2019](?!s\b))+"
# ("the city of Rio de Janeiro": a particle joins two words of one name)
_NAME = rf"{_WORD}(?:[ \t]{PLACE_PARTICLE}[ \t]{_WORD}|[ \t]{_WORD})?"


@lru_cache(maxsize=None)
def _table():
    rows = {}
    for line in lines("level-of-places"):
        one, many, cls, word = (x.strip() for x in line.split("|"))
        rows[one] = (cls, None if word == "-" else word, False)
        rows[many] = (cls, None if word == "-" else word, True)
    nouns = "|".join(sorted(rows, key=len, reverse=True))
    rx = re.compile(rf"\b[Tt]he[ \t\n]+(?P<noun>{nouns})[ \t\n]+of[ \t\n]+"
                    rf"(?P<list>{_NAME}(?:,[ \t\n]+{_NAME}){{0,8}}(?:,?[ \t\n]+and[ \t\n]+{_NAME})?)"
                    rf"(?:(?=['\u2019]s\b)|(?![ \t\n]*[A-Z&(]|[\w'\u2019-]))")
    return rows, rx


def level_of_places(text: str) -> list[Candidate]:
    rows, rx = _table()
    low = text.lower()
    if " of " not in low:
        return []
    out = []
    for m in rx.finditer(text):
        cls, word, plural = rows[m.group("noun")]
        names = [(m.start("list") + x.start(), m.start("list") + x.end())
                 for x in re.finditer(_NAME, m.group("list")) if x.group(0) != "And"]
        if plural != (len(names) > 1):
            continue        # ("the villages of X" alone: one village, or a longer name)
        for s, e in names:
            name = " ".join(text[s:e].split())
            label = f"{name} {word}" if word else name
            out.append(Candidate(s, e, label, cls, RULE, CONFIDENCE,
                                 {name} if word else set()))
    return out
