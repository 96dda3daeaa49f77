"""Which two new entities the twin rules (:mod:`kg.ingest.names.of_twins`,
:mod:`kg.ingest.names.inner_twins`) may take for one thing drafted twice: those of one class, or
two organisations one of which a rule drafted under the plain class ("Organization": a bare head
word, "the Standing Committee", "Member Services Department", read with no word that tells
its kind) beside the other's body, company or branch ("Standing Committee of the 18th People's
Congress of X County", a government body): the plain class says nothing against the other.
Where the name has a holder of its own class, that one alone is the twin (as before).

Round 49, measured on the development sets: the plain class beside a body's was where of_twins
and inner_twins left "the Management Committee", "the Standing Committee", "the Price
Management Section" apart from the full name a line above."""
from __future__ import annotations

from kg.ingest.relations.kinds import kind

_PLAIN = "Organization"


def _local(cls) -> str:
    return str(cls).rsplit("#", 1)[-1]


def family(ent):
    """The key the twin rules group by: the kind for an organisation, else the class."""
    return "org" if kind(ent) == "org" else ent.cls


def compatible(a, b) -> bool:
    """Whether ``a`` and ``b`` may be one thing: one class, or organisations one of them plain."""
    if a.cls == b.cls:
        return True
    return kind(a) == kind(b) == "org" and _PLAIN in (_local(a.cls), _local(b.cls))


def prefer_same_class(holders: list, short) -> list:
    """Of the (words, entity) pairs that may hold ``short``'s name, those of its own class when
    there are any (the rules' earlier reading: one holder of the class is the twin, whatever
    plain organisation names the same words), else all."""
    same = [h for h in holders if h[1].cls == short.cls]
    return same or holders
