"""Whether a name spelled out before an acronym in brackets can be the known entity the graph
knows only by that acronym ("London Metal Exchange (LME)": the exchange the graph calls LME).
Not when the name's last word says it is another kind of thing: a government body's head
("State Administration for Industry and Commerce (SAIC)" is no carmaker SAIC), a company's or
an organisation's head for a known government body, or the noun of a made thing or a system
for a known organisation ("Terminal Management System (TMS)" is no society TMS:
data/named-product-nouns.txt). A name whose last word says nothing (no head of a list) may be
it, as before. A head that opens a name before "of"/"for" ("Administration for ...") counts. Read by names/acronyms.take_over; one look-up per defined acronym."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.names.head_words import name_head_lines

_GOVERNMENT = {"GovernmentBody", "PartyOrganization"}
_ORGANISATION = {"Company", "Organization", "IndustryAssociation", "InternationalOrganization",
                 "ResearchInstitute", "University", "MediaOutlet", "Alliance",
                 "AssociationBranch", "Fund"}


@lru_cache(maxsize=1)
def _head_classes() -> tuple[dict[str, str], dict[str, str]]:
    """({word that ends a name: its class}, {word that opens one before "of"/"for": its
    class}), lower case, from data/name-heads.txt and data/org-name-heads.txt."""
    ends: dict[str, str] = {}
    opens: dict[str, str] = {}
    for word, cls, pos in name_head_lines():
        (ends if pos == "end" else opens).setdefault(word.lower().rstrip("."), cls)
    return ends, opens


def _class_of(ws: list[str]) -> str | None:
    """The class the head of the name of words ``ws`` gives: its last word's, or that of a
    head word before "of" or "for" ("State Administration for Industry and Commerce")."""
    ends, opens = _head_classes()
    cls = ends.get(ws[-1])
    if cls is None:
        cls = next((opens[w] for w, nxt in zip(ws, ws[1:]) if nxt in ("of", "for") and w in opens),
                   None)
    return cls


def _kind(cls: str) -> str | None:
    if cls in _GOVERNMENT:
        return "government"
    if cls in _ORGANISATION:
        return "organisation"
    return None


def other_kind(spelled: str, known_cls: str) -> bool:
    """Is the name ``spelled`` (printed before an acronym's bracket) by its last word another
    kind of thing than the known entity of class ``known_cls`` (the class's local name)?"""
    ws = [w.lower().strip(".,;:'’\"") for w in spelled.split()]
    if not ws:
        return False
    last = ws[-1]
    known = _kind(known_cls)
    if known is None:
        return False
    if known == "organisation" and (last in words("named-product-nouns")
                                    or last.rstrip("s") in words("named-product-nouns")):
        return True         # "Terminal Management System (TMS)": a system, no society
    cls = _class_of(ws)
    kind = _kind(cls) if cls else None
    return kind is not None and kind != known
