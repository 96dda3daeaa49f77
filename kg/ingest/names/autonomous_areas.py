"""China's autonomous counties, prefectures and banners named in full (rule
``place:autonomous-name``): the place's own name, the peoples it is of
(``data/china-ethnic-groups.txt``), then "Autonomous County" / "Prefecture" / "Banner":
"Hekou Yao Autonomous County", "Qiandongnan Miao and Dong Autonomous Prefecture", "Ewenki
Autonomous Banner" (no own name: the people's). Without the peoples' words a name rule would cut
the place's own name off ("Yao Autonomous County"). A County, or a City for a prefecture (as
``data/place-unit-words.txt`` has it); its own name, alone or with the rank's word, an alias
(the place rules then give that name's mentions to it). One pattern, run only around "Autonomous"."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate

RULE, CONFIDENCE = "place:autonomous-name", 0.6
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_CLASS = {"County": "County", "Prefecture": "City", "Banner": "County"}


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    peoples = "|".join(sorted({re.escape(p) for p in lines("china-ethnic-groups")},
                              key=lambda p: (-len(p), p)))
    one = rf"(?:{peoples})"
    return re.compile(
        rf"(?<![\w'’&.-])(?:(?P<own>[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?){_SP})?"
        rf"(?P<peoples>{one}(?:(?:,{_SP}|{_SP}and{_SP}|{_SP}){one}){{0,3}}){_SP}"
        rf"Autonomous{_SP}(?P<rank>County|Prefecture|Banner)\b")


def autonomous_areas(text: str) -> list[Candidate]:
    if "Autonomous" not in text:
        return []
    from kg.ingest.reading.windows import near
    out = []
    for m in near(_pattern(), text, ("Autonomous",), before=90, after=20):
        own = m.group("own")
        if own in ("The", "A", "An", "In", "Of", "And", "Each", "This", "Its", "Every"):
            own = None
        start = m.start("own") if own else m.start("peoples")
        label = " ".join(text[start:m.end()].split())
        # (its own name alone, and with the rank's word, is the same place: "smelters in
        # Nujiang", "Nujiang Prefecture")
        aliases = {own, f"{own} {m.group('rank')}"} if own else set()
        out.append(Candidate(start, m.end(), label, _CLASS[m.group("rank")], RULE, CONFIDENCE,
                             aliases))
    return out
