"""Inspections a text names by the team that makes them: "an environmental inspection team of
the X Department", "a supervision team from the Y Bureau", "a joint audit group sent by Z". The
team's work is the event: "Environmental inspection by the X Department" (class ``nfo:Event``,
rule ``event:inspection-team``, 0.5), organised by the body (``nfo:organizedBy``), the bare
"environmental inspection" an alias. Later "the inspection team", "the team" or "the (May)
inspection" in the 3000 characters after it are mentions of it, so the dates their sentences
state ("inspected nine smelters from May 12 to May 15") date it, like any event's, in
:mod:`kg.ingest.events.date_attach`; "The team, led by A" names who led it (``nfo:ledBy``).
Kinds of team: ``data/event-team-kinds.txt``. One regex pass: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:inspection-team", 0.5
_MOD = r"(?!(?:the|a|an|and|of|from|by|its|their|this|that)\s)[a-z][a-z\-]*"
_BY = re.compile(r"\s+(?:of|from|(?:sent|dispatched|organi[sz]ed)\s+by)\s+(?:the\s+)?")
_LED = re.compile(r"\s*,\s*led\s+by\s+(?:[A-Z][a-z]+\s+)?")
_BACK = 3000


@lru_cache(maxsize=None)
def _rx() -> re.Pattern:
    kinds = "|".join(sorted((re.escape(k) for k in lines("event-team-kinds")), key=len,
                            reverse=True))
    return re.compile(rf"\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?P<mods>(?:{_MOD}\s+){{0,3}}?)"
                      rf"(?P<kind>{kinds})\s+(?:team|group)(?![\w\-])")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the inspections named by their team to the draft and to ``spans_of``."""
    text = draft.text
    if not any(f"{k} team" in text or f"{k} group" in text
               for k in lines("event-team-kinds")):
        return []       # (substring checks: cheaper than the scan)
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    made: list = []
    events: list = []
    for m in _rx().finditer(text):
        by = _BY.match(text, m.end())
        if by is None:
            continue
        i = bisect.bisect_left(starts, by.end())
        org = spans[i] if i < len(spans) and spans[i][0] == by.end() and kind_of(
            spans[i][2].cls) == "org" else None
        if org is None or any(s < m.end() and m.start() < e for s, e, _ in spans):
            continue
        words = m.group("mods").split() + [m.group("kind")]
        bare = " ".join(words)
        label = f"{bare[:1].upper()}{bare[1:]} by {org[2].label}"
        ent = next((e for e in events if e.label == label), None)
        if ent is None:
            ent = Entity(minter.mint(label), NFO.Event, label, False, RULE, CONFIDENCE)
            if bare.lower() != label.lower():
                ent.aliases.add(bare)
            draft.entities[ent.iri] = ent
            events.append(ent)
        a = m.start("mods") if m.group("mods") else m.start("kind")
        ent.mentions.append(Span(a, org[1]))
        made.append((a, org[1], ent))
        ent.add(NFO.organizedBy, org[2].iri, Span(a, org[1]), RULE)
        _later(text, ent, m.group("kind"), org[1], made, spans, starts, kind_of)
    spans_of.extend(made)
    return events


def _later(text, ent, kind: str, after: int, made, spans, starts, kind_of) -> None:
    """"The inspection team", "the team", "the May inspection" in the 3000 characters after the
    first mention: the same inspection; "The team, led by A": A led it."""
    rx = re.compile(rf"\b[Tt]he\s+(?:(?:{kind}\s+team)|team|(?:[A-Z][a-z]+\s+)?{kind})(?![\w\-])")
    for m in rx.finditer(text, after, after + _BACK):
        ent.mentions.append(Span(m.start(), m.end()))
        made.append((m.start(), m.end(), ent))
        led = _LED.match(text, m.end())
        if led is not None:
            i = bisect.bisect_left(starts, led.end() - 12)
            while i < len(spans) and spans[i][0] <= led.end():
                s, e, who = spans[i]
                if kind_of(who.cls) == "person" and s >= led.start():
                    ent.add(NFO.ledBy, who.iri, Span(m.start(), e), RULE)
                    break
                i += 1
