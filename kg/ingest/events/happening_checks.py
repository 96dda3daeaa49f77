"""What tells that a phrase :mod:`kg.ingest.events.bare_nouns` found names no happening, or not
one of the article's company (kept apart to keep bare_nouns under the size limit):

* a quantifier that says none or any ("held no talks", "signed any contract", "few talks"):
  :data:`NONE`;
* a collapse with nothing built in its sentence that could collapse ("Prices suffered a
  collapse in 2015"): :func:`unbuilt_collapse`;
* an accident given to the article's company though its sentence names another organisation
  ("Rival X said a fire broke out at its own plant") or it happened at places in the plural
  ("a strike at Chilean mines"): :func:`keep_lead`;
* where a phrase's tail ends before "by" and its doer (:func:`before_agent`: "the mine owned |
  by X", so that the label is not "... owned of X")."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words

NONE = frozenset("no any every each all few fewer zero neither either".split())
# what physically collapses (a dam, a roof, a pit), else prices and markets do
_BUILT = re.compile(r"\b(?:dams?|tailings|roofs?|walls?|buildings?|tunnels?|pits?|shafts?|bridges?|"
                    r"slopes?|mines?|furnaces?|structures?|scaffold\w*|cranes?|tanks?|workshops?|"
                    r"plants?|silos?|heaps?|stopes?|galler(?:y|ies)|cave-in)\b", re.I)
# "at Chilean mines", "at mines in Peru": places in the plural, not the company's own
_PLURAL_AT = re.compile(r"\w+\s+(?!(?:its|their|the|one|an?)\b)(?:(?!(?:its|their|the|of)\b)"
                        r"[\w'’-]+\s+){0,3}?[a-z]+[^s\W]s\b")


# what makes an accident's noun a figure of speech besides "of"/"in <noun>" (bare_nouns
# ._FIGURE): a modifier that says it is no physical one ("a political earthquake", "a perfect
# storm"), or "in" and what grows or falls ("an explosion in EV demand", "in LME stocks")
_FIGURATIVE_MODS = re.compile(r"\b(?:political|perfect|financial|economic|price|pricing|"
                              r"trade|tariff|regulatory|media|diplomatic|legal|policy|demand|"
                              r"supply|credit|debt|liquidity|investor|social|public-relations|"
                              r"PR|digital|virtual|metaphorical|proverbial)\b", re.I)
_FIGURATIVE_IN = re.compile(r"\s+in\s+(?:[A-Z][\w-]*\s+){1,2}(?:demand|sales|prices|output|orders|"
                            r"supply|supplies|imports|exports|interest|investment|stocks|"
                            r"inventories|volumes|trading|costs|spending|buying|selling|"
                            r"production|consumption|capacity)\b")


def figurative(text: str, a: int, hs: int, he: int) -> bool:
    """The accident phrase ``text[a:he]`` (head at ``hs``) is a figure of speech."""
    return bool(_FIGURATIVE_MODS.search(text, a, hs) or _FIGURATIVE_IN.match(text, he))


def same_thing(tail: str, ent) -> bool:
    """A later "the <head>" whose own tail is ``tail`` ("the overhaul of its refinery", "the
    strike at Y") is the chain's entity ``ent``: no tail, or the one its label already holds
    ("the talks between A and B" again); a tail with "its"/"their" is the clause subject's
    own ("X completed the overhaul of its smelter. Y completed the overhaul of its refinery")."""
    tail = " ".join(tail.split()).lower()
    if not tail:
        return True
    if re.search(r"\b(?:its|their|his|her)\b", tail):
        return False
    return tail in " ".join(ent.label.split()).lower()


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


_BY = re.compile(r"[ \t\n]+by\b")
_LAST_WORD = re.compile(r"[ \t\n]+(?P<w>[a-z]+)$")


def before_agent(text: str, a: int, end: int) -> int:
    """Where a tail ``text[a:end]`` ends when its last word is a participle whose doer follows
    after "by" ("of the mine owned | by X", "of the plant run | by Y": data/agent-participles.txt
    for the irregular ones): before that word, so that the label does not read "owned of X"."""
    if not _BY.match(text, end):
        return end
    m = _LAST_WORD.search(text, a, end)
    if m is None or not (m.group("w").endswith("ed") or m.group("w") in words("agent-participles")):
        return end
    return m.start() if m.start() > a else end


# an ordinal or "next"/"another" before a head: a new one of its kind ("a second course")
_ANOTHER = re.compile(r"\b(?:second|third|fourth|fifth|next|another|further|new|last|previous)\b", re.I)


def of_the_title(title: str | None, text: str, a: int, hs: int, noun: str) -> bool:
    """A head the text's headline (``title``; else its first line) also holds, with no ordinal
    of its own ("Notice on Holding the 2027 Training Course on X ... will hold a two-day
    course"): the event the headline names (another rule's), not a new one (family flag
    ``titled``)."""
    if not title:
        nl = text.find("\n", 0, 400)
        title = text[:nl if nl >= 0 else min(len(text), 400)]
    word = noun.lower().split()[-1]
    word = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    return re.search(rf"\b{re.escape(word)}", title[:400].lower()) is not None \
        and _ANOTHER.search(text, a, hs) is None
