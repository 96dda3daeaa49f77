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
from kg.ingest.names.lower_teams import lower_teams
from kg.ingest.names.minister_bodies import minister_bodies
from kg.ingest.names.named_boards import named_boards
from kg.ingest.names.org_units import org_units
from kg.ingest.names.place_bodies import place_bodies

_LEVEL = r"(?:provincial|municipal|city|county|district|prefectural|prefecture|township|regional)"
_HEAD = r"(?:department|bureau|commission|administration|office)"
_WORD = r"[a-z][a-z-]+"
# "the provincial department of ecology and environment", "the municipal ecology and environment
# bureau": level, up to five field words, head, an optional "of" and up to six field words
_BODY = re.compile(rf"\b(?:[Tt]he|[Aa]|[Ii]ts)[ \t]+(?:(?:city|province|county|district)['’]s[ \t]+)?"
                   rf"(?P<level>{_LEVEL})(?:['’]s)?[ \t]+(?P<mid>(?:{_WORD}[ \t]+){{0,5}}?)"
                   rf"(?P<head>{_HEAD})\b(?P<of>[ \t]+(?:of|for)[ \t]+(?:{_WORD}(?:[ \t]+|(?=[^\w-])))"
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
        out.append(Candidate(start, end, phrase, "GovernmentBody", "name:lower-body", 0.4))
    # bodies set up for one task ("a rescue headquarters"); another country's ministry; a
    # place's own office ("the Wen County ecology bureau"); a unit of an organisation ("the
    # Qinghai branch of Chalco"); a board or service ("Australia's Foreign Investment Review
    # Board"); a ministry named by its minister's title ("vice minister of energy of Kazakhstan")
    return out + lower_teams(text) + foreign_ministries(text) + place_bodies(text) \
        + org_units(text) + named_boards(text) + minister_bodies(text)


def _named_before(text: str, level: str, head: str, field: list[str]) -> bool:
    """The text prints a capitalised name with the same level, head and field words, in any
    order ("Yunnan Provincial Department of Commerce" ... "the provincial commerce department")."""
    want = {level.lower(), head.lower()} | {w.lower() for w in field} - _INNER
    for hit in re.finditer(rf"\b{head.capitalize()}\b", text):
        near = text[max(0, hit.start() - 80):hit.end() + 80]
        caps = {w.lower() for w in re.findall(r"[A-Z][a-z-]+", near)}
        if want <= caps:
            return True
    return False
