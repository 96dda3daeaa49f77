"""A unit printed on the line right below or right above its body, each alone on its line, as
letterheads and signature blocks print them:

    Shangluo Tianzhu Copper Industry Co., Ltd.
    Youth League Committee

    Division of Pension Insurance
    Shaanxi Provincial Department of Human Resources and Social Security

The unit: a new organisation no rule gave an owner, whose name is a unit's name rather than a
body's: it ends in a unit's head word (``data/unit-parent-heads.txt``) with no "of", holds
no level word or place ("Youth League Committee", not "Fugu County Transport Bureau" nor
"Communist Youth League Baoji Municipal Committee"), or it
opens with the head word before "of" ("Division of Pension Insurance", not "Office of the X").
The body: the organisation filling the line next to it, no blank line between, that is no such
unit. ``nfo:unitOf``, rule ``org:stacked-unit@0.5``. One name cut by a line's end ("Office of
the X Fusion" over "Development Committee": the upper name ends in no word that ends names,
``data/name-heads.txt`` and ``org-name-heads.txt``, the lower one does), two such lines
within a longer run of lines
each filled by an organisation (a joint letterhead, a list one a line), two bodies or two units,
a line marked as an item ("- X", "2. X"), and a body that stands on its own by its head word
("Bureau of Border Trade" under "Ministry of Mineral Order": a joint letterhead;
``data/stacked-body-heads.txt``) give nothing. One pass over the organisations'
mentions: linear."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.knowledge.placeless import listed_places
from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.names.head_words import name_head_lines
from kg.ingest.relations.house_units import level_words
from kg.ingest.terms import NFO

RULE = "org:stacked-unit@0.5"
_OWNED = (NFO.unitOf, NFO.subsidiaryOf, NFO.ownedBy)
_SMALL = frozenset({"and", "for", "the", "&", "of"})


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return frozenset(" ".join(h.lower().split()) for h in lines("unit-parent-heads"))


@lru_cache(maxsize=1)
def _ends() -> frozenset:
    """The words that end an organisation's name (data/name-heads.txt, org-name-heads.txt)."""
    return _heads() | frozenset(word.lower() for word, _, pos in name_head_lines() if pos == "end")


def _headed(label: str) -> bool:
    """Whether ``label`` ends in a word that ends names ("... Co., Ltd.", "... Committee")."""
    words = label.split()
    return bool(words) and words[-1].lower().strip(",") in _ends()


def _wrapped(upper: str, lower: str) -> bool:
    """One name cut at a line's end: the upper line's name does not end as a name ends and the
    lower one's does ("Office of the X Fusion" over "Development Committee")."""
    return not _headed(upper) and _headed(lower)


@lru_cache(maxsize=1)
def _bodies() -> frozenset:
    """Head words of a body that stands on its own (data/stacked-body-heads.txt)."""
    return frozenset(h.lower() for h in lines("stacked-body-heads"))


def _unit_name(label: str, places: frozenset) -> bool:
    """Whether ``label`` names a unit by what it does, not a body by its place and name."""
    words = label.split()
    if len(words) < 2 or any(w[:1].islower() and w not in _SMALL for w in words):
        return False
    heads = _heads()
    if (words[0] if words[1] == "of" else words[-1]).lower() in _bodies():
        return False        # ("Bureau of Border Trade": a joint letterhead's second issuer)
    if words[1] == "of":        # "Division of Pension Insurance", not "Office of the X"
        return words[0].lower() in heads and len(words) > 2 and words[2].lower() != "the"
    if "of" in words or words[-1].lower() not in heads:
        return False
    return not any(w.lower() in level_words() or w in listed_places() or w.lower() in places
                   for w in words)


def stacked_units(draft, spans_of, kind) -> None:
    text = draft.text
    if "\n" not in text:
        return
    filled: dict = {}       # line start -> (line end, the organisation filling the line)
    n = len(text)
    for s, e, ent in spans_of:
        if ent.kind != "org" or ent.role:
            continue
        ls = s      # (only blanks between the line's start and the name, the name and its end)
        while ls > 0 and text[ls - 1] in " \t":
            ls -= 1
        le = e
        while le < n and text[le] in " \t.,;":
            le += 1
        if (ls > 0 and text[ls - 1] != "\n") or (le < n and text[le] != "\n") \
                or "\n" in text[s:e]:
            continue
        if ls not in filled or e - s > filled[ls][3] - filled[ls][2]:
            filled[ls] = (le, ent, s, e)
    if len(filled) < 2:
        return
    places = frozenset(x.label.lower() for x in draft.entities.values() if x.kind == "place")
    for ls, (le, upper, us, _) in sorted(filled.items()):
        nxt = filled.get(le + 1)
        if nxt is None or nxt[1] is upper:
            continue
        above = text.rfind("\n", 0, ls - 1) + 1 if ls > 0 else None
        if nxt[0] + 1 in filled or (above is not None and above in filled
                                     and filled[above][0] == ls - 1):
            continue        # (a run of three or more: a joint letterhead or a list)
        lower, le2 = nxt[1], nxt[3]
        up_unit, low_unit = (_unit_name(x.label, places) and not x.known
                             for x in (upper, lower))
        if up_unit == low_unit:
            continue
        unit, body = (lower, upper) if low_unit else (upper, lower)
        if _wrapped(upper.label, lower.label) or any(p in _OWNED for p, *_ in unit.statements) or \
                any(p in _OWNED and o == unit.iri for p, o, *_ in body.statements):
            continue
        unit.add(NFO.unitOf, body.iri, Span(us, le2), RULE)
