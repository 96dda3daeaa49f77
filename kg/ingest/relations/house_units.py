"""Units of an organisation named without it: "Equipment Department", "Adsorption Workshop",
"Technology Center", "Jiyuan X Safety and Environmental Protection Department". A new
organisation whose name ends in a unit's head word (``data/house-unit-heads.txt``), has no
"of" and opens with no place, and for which no rule stated an owner, is ``nfo:unitOf``:

* the organisation printed right after it, past a comma ("Technology Center, X Co., Ltd.,
  Yantai": an affiliation line);
* else the one organisation whose name opens with the same two words ("X Yuguang Safety ...
  Department" and "X Yuguang Renewable Lead Co., Ltd."), not one that is the unit's name
  "of" another ("Organisation Department" and "Organisation Department of Y");
* else the document's house (:mod:`house_org`: its letterhead or its signature).

A unit named on a notice's contact line ("Contact: Institute of Occupational Health, Wen Lu,
0917-...", labels of ``data/contact-labels.txt``) is the house's even with "of" in its name,
when its head noun opens it ("Division of Enterprise Finance"; not "Office of the X body": of
another). Rule ``org:house-unit@0.4``. A government's department ("Provincial Department of ...") has a
place or an "of" and is left to the rules of its own; a unit of a company or an association is
an organisation, not a government body (as the name rules may have guessed from "Department"). One look at each new organisation."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.knowledge.placeless import listed_places
from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Span
from kg.ingest.relations.house_org import house
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "org:house-unit@0.4"
_OWNED = (NFO.unitOf, NFO.subsidiaryOf, NFO.ownedBy, NFO.hasUnit)
_SMALL = frozenset({"and", "for", "the", "&"})
_COMMA = re.compile(r"[ \t]*,[ \t\n]*")


@lru_cache(maxsize=1)
def level_words() -> frozenset[str]:
    """Words of a body's level or country (data/unit-level-words.txt), lower case."""
    return frozenset(w.lower() for w in lines("unit-level-words"))


@lru_cache(maxsize=1)
def _heads():
    heads = sorted((" ".join(h.split()) for h in lines("house-unit-heads")), key=len,
                   reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in heads)
                      + r")$", re.I)


@lru_cache(maxsize=1)
def _contact():
    return re.compile(r"[ \t]*(?:[-*•][ \t]*)?(?:" + alternation("contact-labels", r"[ \t]+")
                      + r")[ \t]*[:：][ \t]*", re.I)


def _unit_of_contact(label: str) -> bool:
    """"Division of Enterprise Finance", "Institute of Occupational Health": a unit's head
    noun, then "of" and what it deals with (a contact line's unit); not "Office of the X
    recognition body" (of another body, named after "the")."""
    words = label.split()
    if len(words) < 3 or words[1] != "of" or words[2].lower() == "the":
        return False
    return bool(_heads().search(words[0])) or words[0].lower() == "institute"


def _is_unit(label: str, places: frozenset, contact: bool = False) -> bool:
    words = label.split()
    if contact and _unit_of_contact(label) and not any(
            w[:1].islower() and w not in _SMALL and w != "of" for w in words):
        return True
    if len(words) < 2 or " of " in f" {label.lower()} " or not _heads().search(label) \
            or any(w[:1].islower() and w not in _SMALL for w in words):
        return False        # ("an investigation team": a phrase, no unit's name)
    first = words[0].strip(",.").lower()
    return first not in level_words() and words[0] not in listed_places() \
        and first not in places


def house_units(draft, spans_of, kind) -> None:
    text = draft.text
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role and ent.cls != NFO.MediaOutlet]
    if len(orgs) < 2:
        return
    places = frozenset(ent.label.lower() for ent in draft.entities.values()
                       if ent.kind == "place")
    at = {s: (e, ent) for s, e, ent in orgs}
    home = house(text, orgs)
    by_two: dict = {}
    for ent in {id(x[2]): x[2] for x in orgs}.values():
        two = " ".join(ent.label.lower().split()[:2])
        by_two.setdefault(two, []).append(ent)
    first_at = {}
    for s, e, ent in orgs:
        first_at.setdefault(id(ent), (s, e))
    for s, e, ent in orgs:
        if (s, e) != first_at[id(ent)] or ent.known \
                or any(p in _OWNED for p, *_ in ent.statements) \
                or not _is_unit(ent.label, places, _contact().fullmatch(
                    text, text.rfind("\n", 0, s) + 1, s) is not None):
            continue
        owner, span = None, None
        c = _COMMA.match(text, e)
        if c is not None and c.end() in at and at[c.end()][1] is not ent:
            oe, owner = at[c.end()]
            span = Span(s, oe)
        if owner is None:
            # (not "Organisation Department of Y": the same unit's name, another's unit)
            twins = [o for o in by_two.get(" ".join(ent.label.lower().split()[:2]), [])
                     if o is not ent and not _is_unit(o.label, places)
                     and not o.label.lower().startswith(ent.label.lower() + " ")]
            if len(twins) == 1:
                owner, span = twins[0], Span(s, e)
        if owner is None and home is not None and home is not ent:
            owner, span = home, Span(s, e)
        if owner is not None and not owner.role:
            ent.add(NFO.unitOf, owner.iri, span, RULE)
            if ent.cls == NFO.GovernmentBody and owner.cls != NFO.GovernmentBody:
                ent.cls = NFO.Organization      # (a company's department is no government's)
