"""A body's unit named in full once, with its parent after "of" ("Nanhu Sub-bureau of the Lanxi
Municipal Bureau of Ecology and Environment"), and by its own words elsewhere ("the Nanhu
Sub-bureau", a signature "Nanhu Sub-bureau, Lanxi Municipal Bureau of ..."): the short name is
the unit, not a body of its own. A new organisation or government body whose whole label is
the words before "of" of exactly one new long name of the same kind, those words ending in a
unit's head word (``data/unit-short-heads.txt``: Sub-bureau, Branch, Office ...) and opening
with a capitalised word of their own ("Nanhu", not "the"), is folded into the long name (its
mentions and statements move over; the short name an alias). A short name two long names
yield ("Xinmin Branch of A" and "Xinmin Branch of B") names neither and is left. So is a
company's research unit printed both ways, "the Postdoctoral Research Workstation of X Group Co.,
Ltd." and "X Group Postdoctoral Research Workstation": one unit (its head word's class of
:mod:`kg.ingest.names.branch_parents`). Reads the
draft's new names only: no text scan."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.names.branch_parents import UNIT_OF, unit_class
from kg.ingest.names.legal_forms import without_suffix
from kg.ingest.terms import NFO
from kg.ingest.names import surgery

_LEGAL_TAIL = re.compile(r"(?:[\s,]+(?:Co\.|Ltd\.?|Limited|Inc\.|Corp\.|Corporation|Company))+$")
_KINDS = (NFO.GovernmentBody, NFO.Organization, NFO.AssociationBranch, NFO.PartyOrganization)


def _short_of(label: str, heads: frozenset) -> str | None:
    """"Nanhu Sub-bureau of the X" -> "Nanhu Sub-bureau" (None when the words before "of" end
    in no unit's head or are the head alone)."""
    head, sep, _ = label.partition(" of ")
    ws = head.split()
    if not sep or len(ws) < 2 or ws[-1].lower() not in heads or not ws[0][:1].isupper():
        return None
    return head


def fold_unit_short_forms(draft, spans_of: list) -> None:
    heads = words("unit-short-heads")
    news = [e for e in draft.entities.values()
            if not e.known and not e.role and e.cls in _KINDS]
    longs: dict[str, list] = {}
    for ent in news:
        short = _short_of(ent.label, heads)
        if short is not None:
            longs.setdefault(short.lower(), []).append(ent)
    for ent in draft.entities.values():     # "X of Y Co., Ltd." printed "Y X" elsewhere too
        if not ent.known and not ent.role and unit_class(ent) is not None:
            m = UNIT_OF.match(ent.label)
            parent = m.group("parent").strip()
            unit = re.sub(r"\s+of(?:\s+the)?\s*$", "", ent.label[:m.start("parent")])
            # the company by its name less its legal form ("Jinchuan Group", "Jinchuan")
            for owner in {without_suffix(parent), _LEGAL_TAIL.sub("", parent)}:
                longs.setdefault(" ".join(f"{owner} {unit}".split()).lower(), []).append(ent)
    for ent in news:
        into = longs.get(ent.label.lower())
        if into is None or len(into) != 1 or into[0] is ent \
                or ent.iri not in draft.entities or into[0].iri not in draft.entities:
            continue
        surgery.fold(draft, spans_of, ent, into[0])
        into[0].aliases.add(ent.label)
