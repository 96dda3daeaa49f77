"""Government bodies printed in lower case, named by their level and their field: "the provincial
department of ecology and environment", "the municipal bureau of natural resources and
planning", "the city's market regulation administration", "the county emergency management
bureau". The field (words between the level and the head, or after "of") is what makes it a
name: "the provincial department" alone points back at a body named before and is no new one,
and so is a lower-case phrase whose words the text also prints as part of a capitalised name
("Hunan Provincial Department of Ecology and Environment ... the provincial department of ecology
and environment"). Rule ``name:lower-body``, a government body, low confidence: a reviewer
gives it its full name. One scan for the heads; a look at the words around each."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate
from kg.ingest.names.foreign_ministries import foreign_ministries
from kg.ingest.names.level_places import body_label, place_before
from kg.ingest.names.lower_teams import lower_teams
from kg.ingest.names.minister_bodies import minister_bodies
from kg.ingest.names.named_boards import named_boards
from kg.ingest.names.org_units import org_units
from kg.ingest.names.place_bodies import place_bodies
from kg.ingest.reading.windows import Near

_LEVEL = r"(?:provincial|municipal|city|county|district|prefectural|prefecture|township|regional)"
_HEAD = r"(?:department|bureau|commission|administration|office)"
_WORD = r"[a-z][a-z-]+"
# "the provincial department of ecology and environment", "the municipal ecology and environment
# bureau": level, up to five field words, head, an optional "of" and up to six field words
# (a line may break between any two words: "the\ncounty market regulation bureau")
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_BODY = re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts){_SP}(?:(?:city|province|county|district)['’]s{_SP})?"
                   rf"(?P<level>{_LEVEL})(?:['’]s)?{_SP}(?P<mid>(?:{_WORD}{_SP}){{0,5}}?)"
                   rf"(?P<head>{_HEAD})\b(?P<of>{_SP}(?:of|for){_SP}(?:{_WORD}(?:{_SP}|(?=[^\w-])))"
                   rf"{{1,6}})?")
# words that end the field: a verb, a preposition, a pronoun
_STOP = frozenset({
    "said", "says", "will", "would", "has", "have", "had", "is", "was", "are", "were", "on",
    "in", "at", "to", "for", "with", "that", "which", "who", "by", "from", "issued",
    "approved", "announced", "also", "the", "a", "an", "its", "their", "this", "these", "said",
    "should", "must", "can", "could", "may", "and", "or", "as", "after", "before", "under",
    "since", "during", "last", "next", "jointly", "recently", "of", "organised", "organized",
    "held", "released", "published", "require", "requires", "required", "plans", "planned"})
_INNER = frozenset({"and", "of"})


def _field(words: list[str]) -> list[str]:
    """The leading field words of ``words`` (an "and" inside kept only between two of them)."""
    out: list[str] = []
    for w in words:
        if w in _STOP and w not in _INNER or w.endswith("ed"):
            break       # "... of commerce agreed"
        if w == "of" and out:
            break
        out.append(w)
    while out and out[-1] in _INNER:
        out.pop()
    return out


def lower_bodies(text: str) -> list[Candidate]:
    out = []
    for m in _BODY.finditer(text):
        mid = m.group("mid").split()
        if any(w in _STOP and w != "and" or w.endswith("ed") or w == "government" for w in mid) \
                or (mid and mid[-1] == "and"):
            continue
        of = _field(m.group("of").split()[1:]) if m.group("of") else []
        if not mid and not of:
            continue            # "the provincial department": a body named before
        start = m.start("level")
        end = m.end("head")
        if of:
            words = list(re.finditer(r"\S+", text[m.end("head"):m.end()]))
            end = m.end("head") + words[len(of)].end()
        phrase = " ".join(text[start:end].split())
        if _named_before(text, m.group("level"), m.group("head"), mid + of):
            continue
        # "the county market regulation bureau" after "Mengzi County": that county's bureau
        place = (place_before(text, start, m.group("level"))
                 if text[m.start():m.start() + 3].lower() == "the" else None)
        # (not "its provincial department": each subject's own, no one place)
        if place is None:
            out.append(Candidate(start, end, phrase, "GovernmentBody", "name:lower-body", 0.4))
        else:
            out.append(Candidate(start, end, body_label(place, m.group("level"),
                                                        phrase.split(None, 1)[1]),
                                 "GovernmentBody", "name:lower-body", 0.4, {phrase}))
    out += level_governments(text)
    # bodies set up for one task ("a rescue headquarters"); another country's ministry; a
    # place's own office ("the Wen County ecology bureau"); a unit of an organisation ("the
    # Qinghai branch of Chalco"); a board or service ("Australia's Foreign Investment Review
    # Board"); a ministry named by its minister's title ("vice minister of energy of Kazakhstan")
    return out + lower_teams(text) + foreign_ministries(text) + place_bodies(text) \
        + org_units(text) + named_boards(text) + minister_bodies(text)


def _named_before(text: str, level: str, head: str, field: list[str]) -> bool:
    """The text prints a capitalised name with the same level, head and field words, in any
    order ("Yunnan Provincial Department of Commerce" ... "the provincial commerce department")."""
    want = {head.lower()} | {w.lower() for w in field} - _INNER
    levels = _SAME_LEVEL.get(level.lower(), {level.lower()})
    for hit in re.finditer(rf"\b{head.capitalize()}\b", text):
        near = text[max(0, hit.start() - 80):hit.end() + 80]
        caps = {w.lower() for w in re.findall(r"[A-Z][a-z-]+", near)}
        if want <= caps and caps & levels:
            return True
    return False


# a level printed in two ways: "the city's bureau" of the "X Municipal Bureau of ..."
_SAME_LEVEL = {"city": {"city", "municipal"}, "municipal": {"municipal", "city"},
               "provincial": {"provincial", "province"}, "prefectural": {"prefectural",
                                                                         "prefecture"},
               "prefecture": {"prefecture", "prefectural"}}


# "the county government", "the provincial people's government", "the city's government"
_GOVERNMENT = re.compile(rf"\b(?:[Tt]he|[Ii]ts){_SP}(?P<level>county|city|municipal|provincial|"
                         rf"district|prefectural|township|town)(?:['’]s)?{_SP}"
                         rf"(?:people['’]s{_SP})?government\b")
_GOVERNMENT_NEAR = Near(_GOVERNMENT, ("government",), stops=".,;:")   # (none of them in one)


def level_governments(text: str) -> list[Candidate]:
    """"the county government" after "Mengzi County": the "Mengzi County People's Government"
    (rule ``name:level-government``, low confidence; the phrase kept as an alias); with no
    place of its level before it, nothing (the reviewer's to name)."""
    out = []
    if "overnment" not in text:
        return out
    for m in _GOVERNMENT_NEAR.finditer(text):
        level = m.group("level").lower()
        place = place_before(text, m.start(), level)
        if place is None:
            continue
        phrase = " ".join(text[m.start("level"):m.end()].split())
        out.append(Candidate(m.start("level"), m.end(),
                             body_label(place, level, "people's government"),
                             "GovernmentBody", "name:level-government", 0.4, {phrase}))
    return out

