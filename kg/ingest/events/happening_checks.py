"""What tells that a phrase :mod:`kg.ingest.events.bare_nouns` found names no happening, or not
one of the article's company (kept apart to keep bare_nouns under the size limit):

* a quantifier that says none or any ("held no talks", "signed any contract", "few talks"):
  :data:`NONE`;
* a collapse with nothing built in its sentence that could collapse ("Prices suffered a
  collapse in 2015"): :func:`unbuilt_collapse`;
* an accident given to the article's company though its sentence names another organisation
  ("Rival X said a fire broke out at its own plant") or it happened at places in the plural
  ("a strike at Chilean mines"): :func:`keep_lead`."""
from __future__ import annotations

import re

NONE = frozenset("no any every each all few fewer zero neither either".split())
# what physically collapses (a dam, a roof, a pit), else prices and markets do
_BUILT = re.compile(r"\b(?:dams?|tailings|roofs?|walls?|buildings?|tunnels?|pits?|shafts?|bridges?|"
                    r"slopes?|mines?|furnaces?|structures?|scaffold\w*|cranes?|tanks?|workshops?|"
                    r"plants?|silos?|heaps?|stopes?|galler(?:y|ies)|cave-in)\b", re.I)
# "at Chilean mines", "at mines in Peru": places in the plural, not the company's own
_PLURAL_AT = re.compile(r"\w+\s+(?!(?:its|their|the|one|an?)\b)(?:(?!(?:its|their|the|of)\b)"
                        r"[\w'’-]+\s+){0,3}?[a-z]+[^s\W]s\b")


def unbuilt_collapse(text: str, sents, phrase: str, hs: int) -> bool:
    """A collapse whose sentence names nothing built ("Prices suffered a collapse")."""
    if not phrase.endswith("collapse"):
        return False
    ss, se = sents.bounds(hs)
    return not _BUILT.search(text, ss, se)


def keep_lead(lead, group: str, about_groups, at, kinds, within, ss: int, se: int):
    """``lead`` (the article's company), or None when the accident of ``group`` happened at
    places in the plural (the "at" stretch ``at``) or its sentence names another organisation."""
    if lead is None or group not in about_groups:
        return lead
    if at is not None and _PLURAL_AT.match(at.group(1)):
        return None
    if any(kinds.get(id(x[2])) == "org" and x[2] is not lead for x in within(ss, se)):
        return None
    return lead
