"""Where an event was held when the text names its venue: "The forum was held on April 16 and 17
at the Ningbo International Conference Center", "X opened on August 26 at the Y Convention and
Exhibition Center in Z". The venue is a name (read as an organisation or a place) whose last word
is a venue's (``data/venue-heads.txt``: Center, Hall, Hotel ...), after "at (the)" or "in (the)"
that follows a verb of holding (held, hold, hosted, opened, took place, convened, kicked off, was
staged: "will hold a job fair at the X Centre", "held in the Y Hall") with at most 60
characters and no comma (but one of a day's: "held on Friday, 18 December at the X Center"),
semicolon, full stop or blank line between (a line break of a wrapped sentence is none). The event is the one named between the verb
and "at" ("X held a donation ceremony at the Y Center"), else the last one its sentence
names before the verb, else the one the sentence's subject refers back to ("The forum was held
at": the nearest event before whose name or class holds the noun). ``nfo:heldIn``, rule
``event:held-at-venue``. Each venue is read once, looking back 80 characters: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds

# a comma of the day between the verb and "at" ("held on Friday, 18 December at the X Center",
# "took place on 26 November 2026, at the Y Hotel"): after a weekday, a number or a month
_DAY_COMMA = (r"(?<=day),|(?<=\d),|\b(?:January|February|March|April|May|June|July|August|"
              r"September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|"
              r"Dec)\.?,")
_HELD = re.compile(r"\b(?:held|hold|holds|holding|hosts|hosted|opened|took\s+place|convened|"
                   r"kicked\s+off|staged|opens|takes\s+place)\b(?:[^,.;:\n]|\n(?![ \t]*\n)|" +
                   _DAY_COMMA + r"){0,60}?\b(?:at|in)\s+(?:the\s+)?$", re.I)
_SUBJECT = re.compile(r"\s*(?:The|This)\s+(?:[\w'’-]+\s+){0,3}?(?P<noun>conference|meeting|"
                      r"seminar|forum|symposium|event|exhibition|expo|summit|ceremony|session|"
                      r"congress|fair|convention|assembly|briefing)\b", re.I)
_BACK = 3000


@lru_cache(maxsize=1)
def _heads() -> tuple:
    return tuple(h.lower() for h in lines("venue-heads"))


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1].lower()


def event_venues(text, spans_of, sents, kind) -> None:
    events = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of)
              if ent.kind == "event" and not ent.known]
    if not events or "at " not in text:
        return
    ev_starts = [s for s, _, _ in events]
    for s, e, venue in spans_of:
        if venue.kind not in ("org", "place") or \
                not text[s:e].lower().rstrip(" .").endswith(_heads()):
            continue
        ss, se = sents.bounds(s)
        m = _HELD.search(text, max(ss, s - 80), s)
        if m is None:
            continue
        i = bisect.bisect_left(ev_starts, m.start()) - 1
        event = events[i][2] if i >= 0 and events[i][0] >= ss else None
        j = bisect.bisect_left(ev_starts, s) - 1
        if j > i and events[j][1] <= s:
            event = events[j][2]        # "X held a donation ceremony at the Y Center"
        if event is None:
            sub = _SUBJECT.match(text, ss, m.start())
            if sub is None:
                continue
            noun = sub.group("noun").lower()
            while i >= 0 and events[i][0] >= ss - _BACK:
                if noun in events[i][2].label.lower() or noun in _cls(events[i][2]):
                    event = events[i][2]
                    break
                i -= 1
        if event is not None and event is not venue:
            event.add(NFO.heldIn, venue.iri, Span(ss, max(se, e)), "event:held-at-venue")
