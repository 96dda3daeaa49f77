"""Bodies whose capitalised name ends "Board" or "Service" (rule ``name:board``): "Australia's
Foreign Investment Review Board", "Chile's National Geology and Mining Service", "the Internal
Revenue Service", "the State Grid Dispatch Service". The words are too common in headings and
headlines to be a head everywhere ("X Elects New Board", "Product and Service"), so only: after
a place's possessive (a government body: the place stays a place of its own) or after "the" (an
organisation), two to five capitalised words before the head (with "and", "of", "for" between
two), none "New" and none a verb's form (ending "-s" after a name: "Elects"), not on a line
printed in title case (a headline); or after "the" and before "of" and another country ("the
Energy Regulation Board of Zambia": a government body of that country). One pattern each, run
only around the two words."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.names.countries import countries

RULE = "name:board"
_SP = r"[ \t]+"
_CW = r"(?!New\b|And\b|The\b)[A-Z][a-z]+"
_NAME = rf"{_CW}(?:{_SP}(?:(?:and|of|for|&){_SP})?{_CW}){{1,4}}{_SP}(?:Board|Service)"
_RX = re.compile(rf"(?:(?P<poss>(?<![\w'’-])[A-Z][a-z]+(?:{_SP}[A-Z][a-z]+)?['’]s)|"
                 rf"\b(?P<the>[Tt]he)){_SP}(?P<name>{_NAME})\b(?!{_SP}(?:of\b|[A-Z])|-)")
# "the Energy Regulation Board of Zambia": the body of another country named after "of" (China's
# are the graph's own): a government body, the country a word of its name
_RX_OF = re.compile(rf"\b[Tt]he{_SP}(?P<name>{_NAME}){_SP}of{_SP}"
                    rf"(?P<country>[A-Z][a-z]+(?:{_SP}[A-Z][a-z]+)?)\b")
_HEADS = ("Board", "Service")
_REACH = 200


def named_boards(text: str) -> list[Candidate]:
    if "Board" not in text and "Service" not in text:
        return []
    from kg.ingest.reading.windows import near
    out = []
    for m in near(_RX, text, _HEADS, before=110, after=10):
        words = m.group("name").split()
        if any(w.endswith("s") and not w.endswith("ss") and i < len(words) - 1 and w[0].isupper()
               and w not in ("Resources", "Minerals", "Metals", "Affairs", "Services")
               for i, w in enumerate(words[:-1])):
            continue            # "X Elects New Board": a verb
        # (the line around it, looked for within a short reach: a text without line breaks
        # is not scanned to its ends for each match)
        lo = max(0, m.start() - _REACH)
        hi = min(len(text), m.end() + _REACH)
        line_start = text.rfind("\n", lo, m.start()) + 1 or lo
        line_end = text.find("\n", m.end(), hi)
        line = text[line_start:hi if line_end < 0 else line_end].split()
        if line and sum(w[:1].isupper() for w in line) >= 0.8 * len(line):
            continue            # a headline in title case
        cls = "GovernmentBody" if m.group("poss") else "Organization"
        out.append(Candidate(m.start("name"), m.end("name"), " ".join(words), cls, RULE, 0.5))
    return out + _of_countries(text, near)


def _of_countries(text: str, near) -> list[Candidate]:
    listed = countries()
    out = []
    for m in near(_RX_OF, text, _HEADS, before=110, after=40):
        country = " ".join(m.group("country").split())
        if country not in listed and country.split()[0] in listed:
            country = country.split()[0]        # "of Zambia Ltd": the country alone
        if country not in listed or country in ("China", "PRC"):
            continue
        words = m.group("name").split()
        if any(w.endswith("s") and not w.endswith("ss") and w not in (
                "Resources", "Minerals", "Metals", "Affairs", "Services") for w in words[:-1]):
            continue            # "X Elects New Board of Y": a verb
        end = m.start("country") + len(m.group("country").split()[0]) if country == \
            m.group("country").split()[0] else m.end("country")
        label = " ".join(words) + " of " + country
        out.append(Candidate(m.start("name"), end, label, "GovernmentBody", RULE, 0.5))
    return out
