"""A place's own government bodies, named by the place and a lower-case office (used by
``lower_bodies``; rule ``name:place-body``, a government body, low confidence):

* the place, its level and the office: "the Wen County ecology bureau", "the Jiaozuo municipal
  tax bureau", "Hami customs", "the Lindian people's court", "Gejiu's public security bureau";
  or the office "of" the place: "the emergency management bureau of Xuanwei City". The offices
  are those of ``data/place-body-offices.txt``; the name before them is a place when a level
  word follows it ("county", "municipal" ...), when it ends with a rank's word ("Wen County",
  "Honghe Prefecture"), or when it is a listed place (China's cities and provinces, the world's
  countries, states and cities: ``data/china-cities.txt``, ``data/world-places.txt`` ...). An
  office followed by a noun it modifies ("Kunming customs officers": ``data/place-body-not-
  after.txt``) names no body;
* the government "of" a place: "the government of Argentina's Salta province", "the state
  government of Western Australia", "Catamarca's provincial government" (labelled "Government
  of Salta province", "Catamarca provincial government"; the country before the place is left
  out of the label and stays a place of its own);
* a customs district named by its city, capitalised: "Kunming Customs", "Huangpu Customs".

The offices' last words and "government" found once (``word_runs``), the words around each
read; the customs districts by one pattern run only around "Customs" (reading/windows.py);
linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.word_runs import CAP, after, before, clean_end, occurrences, phrase_at_end

RULE, CONFIDENCE = "name:place-body", 0.45
_CAP = r"[A-Z][a-zà-ÿ]+(?:['’](?!s\b)[a-zà-ÿ]+|-[A-Za-zà-ÿ][a-zà-ÿ]+)?"
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
# a place's name: one to three capitalised words, then maybe its rank's word
_RANKS = ("County", "City", "District", "Prefecture", "Province", "Region", "Banner",
          "Municipality", "Township", "Town", "State", "Oblast", "Governorate", "Department")
_PLACE = rf"(?:{_CAP}{_SP}){{0,2}}{_CAP}"
_LEVEL = (r"(?:county|city|municipal|provincial|district|prefectural|prefecture|township|town|"
          r"state|regional|region|autonomous\s+region|autonomous\s+prefecture|autonomous\s+county)")
# words that open a sentence or a clause, not a place's name
_NOT_FIRST = frozenset({
    "The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our",
    "In", "On", "At", "By", "For", "From", "With", "Under", "After", "Before", "Since", "As",
    "And", "But", "Or", "If", "When", "While", "Both", "All", "Each", "Every", "Other",
    "Meanwhile", "However", "Also", "Then", "Last", "Next", "Mr", "Ms", "Dr", "Some", "Many",
    "Most", "Several", "Any", "No", "Such"})
# words that name no place alone ("the Central government", "the State council", "China
# customs"), though a place's name may open with one ("Central Halmahera")
_GENERIC = frozenset({"Local", "National", "Central", "Federal", "State", "General", "China",
                      "Chinese", "Provincial", "Municipal", "County", "City", "District",
                      "Northern", "Southern", "Eastern", "Western", "North", "South", "East",
                      "West", "Upper", "Lower", "New"})


@lru_cache(maxsize=1)
def _offices() -> tuple[str, ...]:
    return tuple(sorted(set(lines("place-body-offices")), key=lambda o: (-len(o), o)))


@lru_cache(maxsize=1)
def listed_place_names() -> frozenset[str]:
    """China's cities and provinces (short names), the world's countries, states and cities."""
    out = set()
    for name in ("china-cities", "china-provinces", "place-countries", "world-places",
                 "place-prefectures"):
        for line in lines(name):
            out.add(re.split(r"\s{2,}|\t", line, maxsplit=1)[0].strip())
    return frozenset(out)


@lru_cache(maxsize=1)
def _patterns():
    # "government of Argentina's Salta province", "government of Western Australia": matched
    # at the word "government" (the level before it read as a token)
    # ("the Government of the Republic of Zambia", "... of the Democratic Republic of the
    # Congo": the state's style and the place after it)
    gov_of = re.compile(rf"(?P<g>[Gg]overnment){_SP}of{_SP}(?:the{_SP})?"
                        rf"(?P<style>(?:{_CAP}{_SP}){{0,2}}(?:Republic|Kingdom|Commonwealth|"
                        rf"Federation|Sultanate|State){_SP}of{_SP}(?:the{_SP})?)?"
                        rf"(?:(?P<country>{_CAP}(?:{_SP}{_CAP})?)['’]s{_SP})?(?P<place>{_PLACE})"
                        rf"(?:{_SP}(?P<rank>province|state|region|department|territory|county|"
                        rf"prefecture|oblast|governorate|district|municipality))?(?![\w'’-])")
    customs = re.compile(rf"(?<![\w'’&.-])(?P<place>{_CAP}(?:{_SP}{_CAP})?){_SP}Customs"
                         rf"(?![\w-]|{_SP}(?:[A-Z&]|and\b|of\b))")
    return gov_of, customs


# offices no company has: the name before them is a place's
_ONLY_A_PLACES = re.compile(r"people['’]s|bureau|procuratorate|commission|public\s+security|"
                            r"customs")

def _is_place(place: str, level, office: str) -> bool:
    """A level word after the name, a rank's word ending it, a listed place, or an office only
    a place has ("people's court", "public security bureau": a bureau or a procuratorate)."""
    ws = place.split()
    if not ws or ws[0] in _NOT_FIRST or ws[0] in _demonyms() and len(ws) == 1 \
            or all(w in _GENERIC for w in ws) or ws[0] in ("China", "Chinese"):
        return False
    if level or ws[-1] in _RANKS and len(ws) > 1 or _ONLY_A_PLACES.search(office) \
            or office.split()[0] in _LEVELS:
        return True         # ("Lindian people's court", "the Central Halmahera district court")
    if ws[0] in _GENERIC and " ".join(ws[1:]) in listed_place_names():
        return True         # "North Maluku" ... "Central Halmahera" of a listed "Halmahera"
    return " ".join(ws) in listed_place_names()


def _strip_first(place: str, start: int, text: str) -> tuple[str, int]:
    """Drop a sentence's opening word that is no part of the name ("In Wen County ...")."""
    ws = place.split()
    while len(ws) > 1 and ws[0] in _NOT_FIRST:
        k = text.index(ws[1], start + len(ws[0]))
        start, ws = k, ws[1:]
    return " ".join(ws), start


def place_bodies(text: str) -> list[Candidate]:
    from kg.ingest.reading.windows import near
    gov_of, customs = _patterns()
    out = _offices_named(text)
    for hs, he, _ in occurrences(text, ("government", "Government")):
        toks = before(text, hs, 60)
        level = toks[-1] if toks and toks[-1].group(0) in _GOV_LEVELS else None
        rest = toks[:-1] if level is not None else toks
        m = gov_of.match(text, hs)
        if m is not None:
            # "the (provincial) government of X": "Government of X"
            place = " ".join(m.group("place").split())
            if place.split()[0] in _NOT_FIRST and place not in listed_place_names():
                continue
            rank = m.group("rank")
            name = place + (f" {rank}" if rank else "")
            if m.group("style"):
                name = "the " + " ".join(m.group("style").split()) + " " + name
            start = level.start() if level is not None else hs
            # (its span the words before the place: the place stays a mention of its own)
            out.append(Candidate(start, he, f"Government of {name}", "GovernmentBody", RULE,
                                 CONFIDENCE))
            continue
        # "Catamarca's provincial government"
        if not rest or not re.search(r"['’]s$", rest[-1].group(0)):
            continue
        place = _place_back(rest)
        if not place:
            continue
        name = re.sub(r"['’]s$", "", " ".join(t.group(0) for t in place))
        if not (name in listed_place_names() or name.split()[-1] in _RANKS):
            continue
        label = " ".join(f"{name} {level.group(0) if level is not None else ''} government".split())
        out.append(Candidate(place[0].start(), he, label, "GovernmentBody", RULE, CONFIDENCE))
    for m in near(customs, text, ("Customs",), before=40, after=12):
        place, start = _strip_first(m.group("place"), m.start("place"), text)
        if place.split()[0] in _NOT_FIRST or place.split()[0] in _demonyms() or \
                all(w in _GENERIC for w in place.split()):
            continue
        out.append(Candidate(start, m.end(), f"{place} Customs", "GovernmentBody", RULE, 0.5))
    return out


@lru_cache(maxsize=1)
def _office_set() -> tuple[frozenset, int, frozenset]:
    """The offices, the most words one has, and their last words: in lower case, and in
    capitals where no name's head word reads the capitalised name ("Henan Provincial Tax
    Service": no finder reads "Service"; "X Municipal Ecology Bureau" is the head word's)."""
    from kg.ingest.names.head_words import heads
    offs = [o for o in _offices() if not o.endswith("government")]
    last = {o.split()[-1] for o in offs}
    capital = {w.capitalize() for w in last if w not in heads()}
    return frozenset(offs), max(len(o.split()) for o in offs), frozenset(last | capital)


_GOV_LEVELS = frozenset({"county", "city", "municipal", "provincial", "district", "prefectural",
                         "township", "state", "regional", "local", "national", "federal"})
_LEVELS = frozenset({"county", "city", "municipal", "provincial", "district", "prefectural",
                     "prefecture", "township", "town", "state", "regional", "region"})


def _offices_named(text: str) -> list[Candidate]:
    """"the Wen County ecology bureau", "Gejiu's public security bureau" (the place before the
    office) and "the ecology bureau of Wen County" (after it): the office's last word found,
    the words around it read."""
    offs, longest, heads = _office_set()
    not_after = words("place-body-not-after")
    out: list[Candidate] = []
    for hs, he, _ in occurrences(text, heads):
        toks = before(text, he)
        capital = text[hs].isupper()
        k = _capital_office(toks, offs, longest) if capital else phrase_at_end(toks, offs, longest)
        if not k:
            continue
        office = " ".join(t.group(0) for t in toks[-k:]).lower()
        rest = toks[:-k]
        level = None
        if rest and (rest[-1].group(0).lower() if capital else rest[-1].group(0)) in _LEVELS:
            level, rest = rest[-1], rest[:-1]
        if capital and level is None:
            continue        # ("Henan Provincial Tax Service": a level word names the place's)
        nxt = next(after(text, he, 40), None)
        # the place before: "Wen County ecology bureau", "Erenhot's ..."
        place = _place_back(rest)
        if capital:
            place = _own_words(text, place)
        if place and not (nxt is not None and nxt.group(0).rstrip(",.;:") in not_after
                          and nxt.start() - he < 3):
            name = " ".join(t.group(0) for t in place)
            name = re.sub(r"['’]s$", "", name)
            if _is_place(name, level, office):
                start = place[0].start()
                label = " ".join(text[start:he].split())
                out.append(Candidate(start, he, label, "GovernmentBody", RULE, CONFIDENCE))
                continue
        # the place after: "the ecology bureau of Wen County"
        if not rest or rest[-1].group(0) not in ("the", "The", "its", "Its"):
            continue
        nx = list(after(text, he, 120))
        if len(nx) < 2 or nx[0].group(0) != "of":
            continue
        nx = nx[2:] if len(nx) > 2 and nx[1].group(0) == "the" else nx[1:]
        place = []
        for t in nx[:3]:
            w = t.group(0)
            if not CAP.fullmatch(w.rstrip(",.;:")):
                break
            place.append(t)
            if w != w.rstrip(",.;:"):
                break
        if not place or len(nx) > len(place) and place[-1].group(0) == place[-1].group(0).rstrip(",.;:") \
                and CAP.match(nx[len(place)].group(0)):
            continue            # a longer name after "of"
        end = clean_end(place)
        name = text[place[0].start():end]
        if not _is_place(" ".join(name.split()), None, office):
            continue
        start = level.start() if level is not None else toks[-k].start()
        label = " ".join(text[start:end].split())
        # (its span the office's words: the place after "of" stays a mention of its own)
        out.append(Candidate(start, he, label[0].upper() + label[1:], "GovernmentBody", RULE,
                             CONFIDENCE))
    return out


def _capital_office(toks: list, offs: frozenset, longest: int) -> int:
    """How many of the last tokens make an office printed with each word capitalised ("Tax
    Service"; "and" in lower case); 0 if none."""
    for k in range(min(longest, len(toks)), 0, -1):
        ws = [t.group(0) for t in toks[-k:]]
        if all(w[:1].isupper() or w == "and" for w in ws) and " ".join(ws).lower() in offs:
            return k
    return 0


def _own_words(text: str, place: list) -> list:
    """The words of ``place`` after the last that opens a sentence ("The"), a line or a cell
    (a wide gap before it: "In-charge      X District Tax Service"): a capitalised body's name
    reads back over capitals that are no part of it."""
    for i in range(len(place) - 1, -1, -1):
        gap = text[place[i - 1].end():place[i].start()] if i else ""
        if place[i].group(0) in _NOT_FIRST or "\n" in gap or len(gap) > 1:
            return place[i + (place[i].group(0) in _NOT_FIRST):]
    return place


def _place_back(rest: list) -> list:
    """The one to three capitalised words that end ``rest`` (the last may end "'s")."""
    place: list = []
    for i, t in enumerate(reversed(rest)):
        w = t.group(0)
        if i == 0:
            w = re.sub(r"['’]s$", "", w)
        if len(place) == 3 or not CAP.fullmatch(w):
            break
        place.insert(0, t)
    while place and place[0].group(0) in _NOT_FIRST:
        place = place[1:]       # "The Baiyin ...", "In Luxi County ..."
    return place


@lru_cache(maxsize=1)
def _demonyms() -> frozenset[str]:
    return frozenset(line.split()[0] for line in lines("place-demonyms"))
