"""The company a bank's or an insurer's branch belongs to, named only inside the branch's name:
"the Lanzhou Branch of Xinglong Bank Co., Ltd.", "Dunhuang Property Insurance Co., Ltd., Gansu
Branch", "the Fugu Sub-branch of Qinfeng Rural Commercial Bank". A new organisation whose label is
a place's capitalised words and "Branch" / "Sub-branch" "of" a company, or a company and a
comma, then such words and "Branch", where the company's name ends in a word of
``data/branch-parent-heads.txt`` (bank, insurance, securities ...), is ``nfo:unitOf`` that
company (rule ``name:branch-of-company``): the organisation the draft has by that name, else a
new company, its evidence the words of the branch's first mention that name it. The company's
span is evidence only (not a span the sentence rules read: "signed a loan with the X Branch of
Y Bank" has the branch for its party, not the bank). An association's "Lithium Branch" is not
read (no such word ends its name).

A company's own unit named the same way, by a head word of a research or other body ("the
Research Institute of X Co., Ltd.", "the Postdoctoral Research Workstation of Y Co., Ltd.":
``data/name-heads.txt``, ``data/org-name-heads.txt`` of class ResearchInstitute or
Organization), read whole as a company by its legal form, is that body (its class the head's)
and ``nfo:unitOf`` the company after "of", whatever its business. One look at each new
organisation's label."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.model import Entity, Span
from kg.ingest.names.head_words import heads
from kg.ingest.names.legal_forms import suffix_rx, without_suffix
from kg.ingest.reading.text import normalise_name
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "name:branch-of-company", 0.5
_PLACE = r"(?:[A-Z][\w'’-]*[ \t\n]+){1,4}"
_BRANCH_OF = re.compile(rf"^{_PLACE}(?:Sub-|sub-)?[Bb]ranch[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?"
                        r"(?P<parent>[A-Z].+)$")
_COMMA_BRANCH = re.compile(rf"^(?P<parent>[A-Z].+?),[ \t\n]*{_PLACE}(?:Sub-|sub-)?[Bb]ranch$")


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return words("branch-parent-heads")


UNIT_OF = re.compile(r"^(?:[A-Z][\w'’-]*[ \t\n]+){0,5}?(?P<head>[A-Z][\w-]*)[ \t\n]+of[ \t\n]+"
                      r"(?:the[ \t\n]+)?(?P<parent>[A-Z].+)$")
_UNIT_CLASSES = {"ResearchInstitute", "Organization"}


def unit_class(ent) -> str | None:
    """The class of a company's unit read whole as a company ("Research Institute of X Co.,
    Ltd."): its head word's, or None."""
    if ent.cls != NFO.Company:
        return None
    m = UNIT_OF.match(ent.label)
    if m is None or not suffix_rx().search(m.group("parent")):
        return None
    cls = heads().get(m.group("head").lower(), ("", ""))[0]
    return cls if cls in _UNIT_CLASSES else None


def _parent(label: str) -> str | None:
    """The company's name a branch's label holds, or None."""
    if "ranch" not in label:
        return None
    m = _BRANCH_OF.match(label) or _COMMA_BRANCH.match(label)
    if m is None:
        return None
    parent = m.group("parent").strip()
    last = without_suffix(parent).rstrip(" ,.").rsplit(None, 1)[-1].lower()
    return parent if last in _heads() else None


def propose(draft, spans_of, minter) -> list:
    """Link each such branch to its company (see the module), minting the companies the draft
    does not have; the new companies."""
    by_name = None
    made: dict = {}
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or kind(ent) != "org" or not ent.mentions:
            continue
        parent = _parent(ent.label)
        unit = unit_class(ent) if parent is None else None
        if unit is not None:
            ent.cls = NFO[unit]
            parent = UNIT_OF.match(ent.label).group("parent").strip()
        if parent is None:
            continue
        if by_name is None:
            by_name = {}
            for x in draft.entities.values():
                if kind(x) == "org" and not x.role:
                    for n in (x.label, *x.aliases):
                        by_name.setdefault(without_suffix(normalise_name(n)), x)
        key = without_suffix(normalise_name(parent))
        owner = by_name.get(key) or made.get(key)
        first = ent.mentions[0]
        if owner is None:
            printed = draft.text[first.start:first.end]
            at = printed.find(parent.split()[0])
            if at < 0:
                continue
            # the words of the mention that name the company (its first word to the end of its
            # last word as printed)
            tail = parent.split()[-1]
            end = printed.find(tail, at)
            if end < 0:
                continue
            owner = Entity(minter.mint(parent), NFO.Company, parent, False, RULE, CONFIDENCE)
            owner.mentions.append(Span(first.start + at, first.start + end + len(tail)))
            draft.entities[owner.iri] = owner
            made[key] = owner
        if owner is not ent and not any(p == NFO.unitOf and o == owner.iri
                                        for p, o, *_ in ent.statements):
            ent.add(NFO.unitOf, owner.iri, Span(first.start, first.end), RULE)
    return list(made.values())
