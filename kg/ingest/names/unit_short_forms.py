"""A body's unit named in full once, with its parent after "of" ("Nanhu Sub-bureau of the Lanxi
Municipal Bureau of Ecology and Environment"), and by its own words elsewhere ("the Nanhu
Sub-bureau", a signature "Nanhu Sub-bureau, Lanxi Municipal Bureau of ..."): the short name is
the unit, not a body of its own. A new organisation or government body whose whole label is
the words before "of" of exactly one new long name of the same kind, those words ending in a
unit's head word (``data/unit-short-heads.txt``: Sub-bureau, Branch, Office ...) and opening
with a capitalised word of their own ("Nanhu", not "the"), is folded into the long name (its
mentions and statements move over; the short name an alias). A short name two long names
yield ("Xinmin Branch of A" and "Xinmin Branch of B") names neither and is left. Reads the
draft's new names only: no text scan."""
from __future__ import annotations

from kg.ingest.lexicon import words
from kg.ingest.terms import NFO
from kg.ingest.names import surgery

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
    if not longs:
        return
    for ent in news:
        into = longs.get(ent.label.lower())
        if into is None or len(into) != 1 or into[0] is ent \
                or ent.iri not in draft.entities or into[0].iri not in draft.entities:
            continue
        surgery.fold(draft, spans_of, ent, into[0])
        into[0].aliases.add(ent.label)
