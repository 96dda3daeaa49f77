"""The gathering a sentence reports presence at when it names no event: "Representatives of A and
B attended.", "Officials of C were also present." at the end of a report of a ceremony, with a
step or happening the report told of in between ("Dynamic commissioning on the line is due in
March", "The project is one of 14 listed in ..."). People attend a gathering (a meeting, a
ceremony, a forum, a launch), not a step of a project: such a cue (a word of
``data/presence-cue-words.txt`` in it) is about the last gathering named before its sentence,
wherever in the text; the nearest event named before it is taken only when it is a gathering
itself or no gathering was named before (relations/event_roles.read_cues).

A gathering is an event of a gathering's class (nfo:Meeting, nfo:Conference, nfo:Forum,
nfo:SigningCeremony ...) or a plain nfo:Event whose label holds a noun of
``data/attended-gathering-nouns.txt`` (of a label "Kind: headline" its kind: "Delivery ceremony:
first train rolls out", not "Clinical evaluation: X launches Y")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.relations.kinds import GATHERINGS
from kg.ingest.terms import local_name

_CLASSES = GATHERINGS | {"Launch"}       # (a launch is attended too)


@lru_cache(maxsize=1)
def _presence():
    return re.compile(rf"\b(?:{alternation('presence-cue-words', lower=True)})", re.I)


@lru_cache(maxsize=1)
def _noun():
    return re.compile(rf"\b(?:{alternation('attended-gathering-nouns', lower=True)})(?:e?s)?\b",
                      re.I)


def says_presence(cue: str) -> bool:
    """The cue's words say someone was there ("attended", "were present", "spoke")."""
    return _presence().search(cue) is not None


def is_gathering(ent) -> bool:
    cls = local_name(ent.cls)
    if cls in _CLASSES:
        return True
    # (of a label "Kind: headline" only the kind: "Clinical evaluation: X launches Y" is none)
    return cls == "Event" and _noun().search(ent.label.split(":", 1)[0]) is not None


def went_to(events, i, cue: str, refers) -> object | None:
    """The gathering a presence cue (its words ``cue``) is about when its sentence names no
    event and refers to none by its noun (``refers``: that noun's match, or None) and the
    event named last before it, ``events[i]``, is no gathering: the last gathering named
    before; None to keep the event the cue's rule chose."""
    if refers or not says_presence(cue) or is_gathering(events[i][2]):
        return None
    return gathering_before(events, i)


def gathering_before(events, i):
    """The last gathering among ``events[:i + 1]`` ((start, end, entity) by start), or None."""
    for k in range(i, -1, -1):
        if is_gathering(events[k][2]):
            return events[k][2]
    return None
