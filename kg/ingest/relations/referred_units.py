"""A unit whose body the text names by its head noun only, "the Bureau", "this Court", "the
station": "the Registration Section of the Administration", "the Grassland Management Section
of the Bureau", "the Civil and Commercial Division II of this Court", "the Bureau's Criminal
Investigation Brigade", "the station's Documentary Centre". Notices, rulings and replies name
their own units so, the body itself printed in full at the head or the foot of the text.

A new organisation whose name ends in a unit's head word (``data/unit-parent-heads.txt``), with
no owner stated by another rule, printed right before "of the <Noun>" / "of this <Noun>" (the
noun not going on into a longer name: "of the Bureau of X" is another's), or right after "the
<noun>'s" / "this <noun>'s", or whose own name ends "of the <Noun>", is ``nfo:unitOf`` the
body that noun stands for (rule ``org:unit-of-referred-body@0.5``):

* the document's house (:func:`kg.ingest.relations.house_org.house`: its letterhead or its
  signature) when the noun is a word of its name before any "of" (the name of what it is, not
  of the body it belongs to);
* else the one organisation the text calls so ('X Group Co., Ltd. (the "Group")': its alias is
  the noun);
* else the one organisation of the draft whose name holds the noun as a word, or of several the
  one the text names more than twice as often as any other (the text's subject); two named
  alike ("the Fund" in a text naming two funds as often) give nothing.

A unit of a company or an association so placed is an organisation, not a government body (as
the name rules may have guessed from "Department"). One look around each new organisation's
mentions, the bodies read once: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.house_org import house
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE = "org:unit-of-referred-body@0.5"
_TIES = (NFO.unitOf, NFO.subsidiaryOf, NFO.ownedBy, NFO.hasUnit)
_WORD = r"[A-Za-z][\w'’-]*"
_BEFORE_OF = r"\s+of\s+"
# "of the Bureau", "of this Court": one noun, not going on into a longer name ("of the Bureau
# of X", "of the Bureau's", "of the Bureau Chief")
_OF_NOUN = (r"[ \t]*\n?[ \t]*of[ \t]+\n?[ \t]*(?:the|this|our)[ \t]+\n?[ \t]*"
                      r"(?P<noun>[A-Z][a-z]+)\b(?![ \t]*\n?[ \t]*(?:of\b|for\b|['’]s\b|[A-Z&(]))")
_NAME_OF_NOUN = (r"\s+of\s+(?:the|this|our)\s+(?P<noun>[A-Z][a-z]+)$")
# "the Bureau's ", "this station's " right before the unit
_POSSESSIVE = (r"\b(?:[Tt]he|[Tt]his|[Oo]ur)[ \t]+\n?[ \t]*(?P<noun>[A-Za-z][a-z]+)"
                         r"['’]s[ \t]+\n?[ \t]*$")
# nouns that stand for no body ("the week's", "the year's", "the plan's", "the park's")
_NOT_BODIES = frozenset({"week", "year", "month", "day", "plan", "project", "park", "zone",
                         "city", "county", "province", "country", "district", "town", "region",
                         "world", "nation", "industry", "sector", "market", "meeting", "forum",
                         "conference", "event", "contest", "competition", "programme", "program",
                         "report", "notice", "mine", "plant", "site", "line", "area"})


@lru_cache(maxsize=None)
def _rx(pattern: str, flags: int = 0) -> re.Pattern:
    """The pattern compiled, once, when a text first needs it."""
    return re.compile(pattern, flags)


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return frozenset(w.lower() for w in lines("unit-parent-heads"))


def _unit_like(name: str) -> bool:
    words = _rx(_WORD).findall(name)
    return len(words) >= 2 and words[-1].lower() in _heads()


def _plain(name: str) -> str:
    return " ".join(name.split()).lower()


def _words(ent) -> set:
    """The words of the organisation's names before any "of": "Committee of the Youth League of
    X Group" is a committee, not the group it belongs to."""
    out = set()
    for n in (ent.label, *ent.aliases):
        out.update(w.lower() for w in _rx(_WORD).findall(_rx(_BEFORE_OF, re.I).split(n, 1)[0]))
    return out


def referred_units(draft, spans_of, kind) -> None:
    text = draft.text
    if " of th" not in text and "'s" not in text and "’s" not in text:
        return
    orgs = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
            if ent.kind == "org" and not ent.role]
    if len(orgs) < 2:
        return
    home = None
    home_done = False
    bodies = None
    done = set()
    for s, e, ent in orgs:
        if id(ent) in done:
            continue
        label = ent.label
        named = (" of the " in label or " of this " in label or " of our " in label) \
            and _rx(_NAME_OF_NOUN).search(label)
        # (cheap looks first: "of" right after the mention, "'s" right before it)
        after = not named and "of" in text[e:e + 6]
        before = not named and not after and "s" in text[max(0, s - 4):s]
        if not (named or after or before):
            continue
        if ent.known or ent.cls == NFO.Company or any(p in _TIES for p, *_ in ent.statements):
            done.add(id(ent))
            continue
        if named and _unit_like(label[:named.start()]):
            noun, end = named.group("noun"), e
        elif named or not _unit_like(text[s:e]) or _plain(text[s:e]) != _plain(label):
            continue        # (a mention of a longer name: "the group's Party Committee" that
            #                 a rule merged into "X County Party Committee")
        else:
            m = _rx(_OF_NOUN).match(text, e) if after else None
            if m is not None:
                noun, end = m.group("noun"), m.end()
            else:
                m = _rx(_POSSESSIVE).search(text, max(0, s - 40), s)
                if m is None:
                    continue
                noun, end = m.group("noun"), e
                s = m.start()
        low = noun.lower()
        if low in _NOT_BODIES:
            continue
        if not home_done:
            home, home_done = house(text, orgs), True
        if home is not None and home is not ent and low in _words(home):
            parent = home
        else:
            if bodies is None:
                bodies = [x for x in {id(o[2]): o[2] for o in orgs}.values()
                          if not _unit_like(x.label)]
            parent = _called(bodies, low, ent)
        if parent is not None and parent is not ent and not parent.role:
            ent.add(NFO.unitOf, parent.iri, Span(s, end), RULE)
            done.add(id(ent))
            if ent.cls == NFO.GovernmentBody and parent.cls != NFO.GovernmentBody:
                ent.cls = NFO.Organization      # (a company's department is no government's)


def _called(bodies, noun: str, unit):
    """The organisation the text calls by ``noun`` (its alias, "the Group"), else the only one
    whose name holds it as a word, else None."""
    named = [x for x in bodies if x is not unit
             and any(a.lower().removeprefix("the ").strip() == noun for a in x.aliases)]
    if len(named) == 1:
        return named[0]
    holding = sorted((x for x in bodies if x is not unit and noun in _words(x)),
                     key=lambda x: -len(x.mentions))
    if len(holding) == 1 or len(holding) > 1 and \
            len(holding[0].mentions) > 2 * len(holding[1].mentions):
        return holding[0]
    return None
