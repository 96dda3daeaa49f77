"""Places named with what they are right after them, in an appositive (rule
``place:appositive``): "the Salar de Tolar Chico, a salt flat in the Los Andes department",
"Kolwezi, a mining town near the border", "Obi, an island off Halmahera", "Uyuni, the
provincial capital of ...". The noun at the head of the appositive is one of
``data/place-feature-nouns.txt`` and gives the class (a salt flat a Place, a river a Region, a
town a Place, a department a County ...); up to three words may stand before it ("a remote
mountain village in"), and a preposition or a distance after it ("in", "near", "off", "40 km
from"): "Zhang Wei, a town official in X" names no town. The name: capitalised words, with the
particles of Spanish, Portuguese, French and Dutch names between them ("Salar de Tolar Chico",
"Rio de la Plata"). A unit the appositive places it in that no other rule reads ("in the Los
Andes department", "in the Amazonas state") is a place of its own too (a County, a Province).
``relations/named_in_place.py`` places the first in the second. One scan for the comma and
the article that open an appositive, the words around each read (``word_runs``)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.word_runs import CAP, after, before

RULE, CONFIDENCE = "place:appositive", 0.5
_PARTICLES = frozenset({"de", "del", "la", "las", "los", "el", "du", "des", "da", "do", "dos",
                        "das", "di", "al", "van", "von", "y", "sur"})
# what may follow the noun: where ("in", "near", "off") or how far ("40 km from")
_NEXT = frozenset({"in", "on", "near", "off", "along", "outside", "of", "at", "about", "some",
                   "between"})
_ARTICLES = frozenset({"a", "an", "the"})
# what a unit the appositive places it in is called, when no other rule reads the word
_UNITS = {"department": "County", "state": "Province", "territory": "Province"}
_NOT_FIRST = frozenset({
    "The", "A", "An", "This", "That", "In", "On", "At", "By", "For", "From", "With", "Near",
    "Meanwhile", "However", "Also", "And", "But", "Or", "Its", "Their", "Last", "Next"})
_LOWER = re.compile(r"[a-z][a-z-]+")


@lru_cache(maxsize=1)
def features() -> dict[str, str]:
    """feature noun -> class (data/place-feature-nouns.txt)."""
    out = {}
    for line in lines("place-feature-nouns"):
        noun, cls = re.split(r"\s{2,}", line, maxsplit=1)
        out[noun] = cls
    return out


# the comma and the article that open an appositive (a literal first: a fast scan)
_OPEN = re.compile(r",[ \t]*\n?[ \t]*(?:an?|the|one[ \t]+of[ \t]+the)[ \t]*\n?[ \t]*(?=[a-z])")


def appositive_places(text: str) -> list[Candidate]:
    feats = features()
    longest = max(len(f.split()) for f in feats)
    out = []
    for m in _OPEN.finditer(text):
        # up to three words before the noun ("a remote mountain village in")
        toks = []
        for t in after(text, m.end(), 90):
            toks.append(t)
            if len(toks) == 4 + longest:
                break
        hit = None
        for i in range(len(toks)):
            for k in range(min(longest, len(toks) - i - 1), 0, -1):
                noun = " ".join(t.group(0) for t in toks[i:i + k])
                nxt = toks[i + k].group(0)
                if noun in feats and (nxt in _NEXT or nxt[:1].isdigit()):
                    hit = (noun, list(after(text, toks[i + k].start(), 80)))
                    break
            if hit or i == 3 or not _LOWER.fullmatch(toks[i].group(0)):
                break
        if hit is None:
            continue
        noun, nx = hit
        name = _name_back(before(text, m.start() + 1, 120))
        if not name:
            continue
        a, b = name[0].start(), name[-1].end() - 1      # (without the comma)
        out.append(Candidate(a, b, " ".join(text[a:b].split()), feats[noun], RULE, CONFIDENCE))
        unit = _unit_after(nx)
        if unit is not None:
            ua, ub, cls = unit
            out.append(Candidate(ua, ub, " ".join(text[ua:ub].split()), cls, RULE, CONFIDENCE))
    return out


def _name_back(rest: list) -> list:
    """The name before the appositive's comma: capitalised words, particles between them."""
    if not rest or not rest[-1].group(0).endswith(","):
        return []
    name: list = []
    caps = 0
    for i, t in enumerate(reversed(rest)):
        w = t.group(0)[:-1] if i == 0 else t.group(0)
        if CAP.fullmatch(w) and caps < 5:
            caps += 1
        elif not (name and w in _PARTICLES):
            break
        name.insert(0, t)
    while name and (name[0].group(0) in _PARTICLES or name[0].group(0) in _NOT_FIRST):
        name = name[1:]
    return name


def _unit_after(nx: list):
    """"in the Los Andes department": (start, end, class) of a unit no other rule reads."""
    if nx[0].group(0) != "in":
        return None
    toks = nx[2:] if len(nx) > 2 and nx[1].group(0) == "the" else nx[1:]
    caps = 0
    for t in toks[:4]:
        w = t.group(0)
        core = w.rstrip(",.;:")
        if caps and core in _UNITS:
            return toks[0].start(), t.start() + len(core), _UNITS[core]
        if not CAP.fullmatch(core) or core != w:
            return None
        caps += 1
    return None
