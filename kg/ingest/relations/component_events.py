"""Events a text names by their kind alone that are parts of the gathering it reports: "the
closing ceremony", "a signing ceremony", "a parallel session on recycling", "the gala dinner"
(an event whose label opens with a noun of ``data/event-part-nouns.txt``) is part of the
nearest gathering named before it (an event whose label or class holds a noun of
``data/event-wholes.txt``: a conference, expo, contest, visit ..., and is none of these parts;
within 3,000 characters), when their
days agree: the part's day (if it has one) lies in the gathering's days (its start day to its
end day, or the start day and three weeks after when only that is known). ``nfo:partOfEvent``,
rule ``event:component-of@0.5``. Run by event_parts.py after the cues and the days; an event
already part of one is left alone. Linear: one pass over the events in text order."""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.terms import NFO, local_name

_BACK = 3000
_WEEKS = 21


@lru_cache(maxsize=1)
def _parts() -> re.Pattern:
    words = sorted({w.lower() for w in lines("event-part-nouns")}, key=lambda w: (-len(w), w))
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?:(?:the|a|an)\s+)?(?:\d{{4}}\s+)?(?:{alts})\b", re.I)


@lru_cache(maxsize=1)
def gathering_words() -> re.Pattern:
    """Words of a gathering that has parts (a visit, a forum, an expo: data/event-wholes.txt),
    plural too, in any case (also for :mod:`kg.ingest.events.agenda_rows`)."""
    words = sorted({w.lower() for w in lines("event-wholes")}, key=lambda w: (-len(w), w))
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"\b(?:{alts})(?:e?s)?\b", re.I)


def _cls(ent) -> str:
    return local_name(ent.cls).lower()


def _is_gathering(ent) -> bool:
    return gathering_words().search(ent.label) is not None or \
        gathering_words().search(_cls(ent)) is not None


def _day(value):
    v = str(value)
    if len(v) == 10 and v[4] == "-":
        try:
            return date.fromisoformat(v)
        except ValueError:
            return None
    return None


def _days(ent):
    first = last = None
    for p, o, _, _ in ent.statements:
        if p in (NFO.startDate, NFO.plannedDate) and first is None:
            first = _day(o)
        elif p == NFO.endDate and last is None:
            last = _day(o)
    return first, last


def _has_part(ent) -> bool:
    return any(p == NFO.partOfEvent for p, *_ in ent.statements)


def component_events(events) -> None:
    """``events``: (start, end, entity) of every event mention, in text order."""
    firsts: dict = {}
    for s, e, ent in events:
        firsts.setdefault(id(ent), (s, e, ent))
    parts = _parts()
    if not any(parts.match(ent.label) for _, _, ent in firsts.values()):
        return      # (no part named: most articles)
    order = sorted(firsts.values(), key=lambda x: (x[0], x[1]))
    gatherings = []     # (start, entity): the gatherings named so far, none of them a part
    for s, e, ent in order:
        if parts.match(ent.label) is not None:
            if ent.known or _has_part(ent):
                continue
            parent = next((g for gs, g in reversed(gatherings) if gs >= s - _BACK), None)
            if parent is None or parent.label.lower() in ent.label.lower():
                continue
            day = _days(ent)[0]
            a, b = _days(parent)
            if day is not None and (a is None or day < a or day > (
                    b or date.fromordinal(a.toordinal() + _WEEKS))):
                continue
            ent.add(NFO.partOfEvent, parent.iri, Span(s, e), "event:component-of@0.5")
        elif not ent.known and _is_gathering(ent):
            gatherings.append((s, ent))
