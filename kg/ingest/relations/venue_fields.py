"""Where a gathering a notice or a programme announces is held, from a field line naming its
venue: "Venue:     Lecture Hall, 2nd floor, X Service Centre", "Meeting place: Y Hotel" (the
labels are a word list, ``data/venue-labels.txt``). The venue is the site, organisation or
place whose name opens the field's value (after "the"); the gathering is the event named last
before the line (within ``_BACK`` characters: the "Course:" or "Time:" line above it, the
notice's title or its "... will be held as follows"). When no name opens the value, a room the
draft does not name ("Venue: Grand Ballroom, X Hotel, Y District"), the venue is the first name
that opens one of the value's comma-separated parts on that line (rule
``event:venue-field-part@0.5``). A numbered field ("2. Place: X Hotel", "(3) Venue:") places
only a gathering (a meeting, a forum, a ceremony...): a numbered list's "Place:" is as often
where claims or documents go ("1. Period: ...", "2. Place: Room 1206, X Building").
``nfo:heldIn``, rule ``event:venue-field@0.5``; an event that states a venue already (a rule's, not a guess) is
left alone. One pass of an anchored pattern over the lines' openings: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.kinds import GATHERINGS, kind
from kg.ingest.span_order import spans_by_start_longest
from kg.ingest.terms import NFO

RULE = "event:venue-field@0.5"
PART_RULE = "event:venue-field-part@0.5"
# a part of the field's value after a comma: "Grand Ballroom, X Hotel"
_PART = re.compile(r",[ \t]+(?:the[ \t]+)?")
_BACK = 1200            # characters: how far before the field its event may be named
_VENUES = frozenset(("org", "place", "site", "facility"))
_GUESSES = ("cooccur:", "prior:", "context:")
# a numbered field's mark: "2.", "(3)", "4)", "2.1", "(b)", "iv.", "二、"
_NUMBER = r"(?:\(?(?:\d{1,2}(?:\.\d{1,2})*|[a-z]|[ivx]{1,4})[.)、]|[一二三四五六七八九十]{1,3}、)"


@lru_cache(maxsize=1)
def _field():
    alts = alternation("venue-labels", r"[ \t]+")
    # (a list's mark or number before the label: "- Venue:", "2. Place:", "(3) Venue:"; a colon
    # or a dotted leader after it: "Venue ........ X Hall")
    return re.compile(rf"^[ \t]*(?:[*•·-][ \t]*|(?P<num>{_NUMBER})[ \t]*)?(?:{alts})"
                      rf"(?:[ \t]*[:：]|[ \t]*\.{{3,}})[ \t]*(?:the[ \t]+)?", re.I | re.M)


def venue_fields(draft, spans_of) -> None:
    text = draft.text
    fields = list(_field().finditer(text))
    if not fields:
        return
    starts = {}
    for s, e, x in spans_by_start_longest(spans_of):
        if x.kind in _VENUES and not x.role:
            starts.setdefault(s, x)
    # (the events of every rule: a schedule's "Course:" line is one, and no name of spans_of)
    events = [(m.end, m.start, x) for x in draft.entities.values()
              if not x.known and x.kind == "event" for m in x.mentions]
    if not events:
        return
    events.sort(key=lambda t: t[0])
    ends = [e for e, _, _ in events]
    for m in fields:
        venue, rule = starts.get(m.end()), RULE
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        if venue is None:
            parts = (starts.get(p.end()) for p in _PART.finditer(text, m.end(), eol))
            venue = next((x for x in parts if x is not None), None)
            rule = PART_RULE
        if venue is None:
            continue
        i = bisect.bisect_right(ends, m.start())
        if i == 0 or events[i - 1][0] < m.start() - _BACK:
            continue
        event = events[i - 1][2]
        if m.group("num") and str(event.cls).rsplit("#", 1)[-1] not in GATHERINGS:
            continue        # ("I. Claims" / "2. Place: Room 5": where claims go, not a meeting's)
        if event is venue or any(p == NFO.heldIn and not r.startswith(_GUESSES)
                                 for p, _, _, r in event.statements):
            continue
        event.add(NFO.heldIn, venue.iri, Span(m.start(), eol), rule)
