"""Who takes part in the happening an article reports, read from the role each party is given:
a terms table or a "Role: Name" line ("Lead underwriter    X Securities Co., Ltd.", "* Rating
agency: Y Credit Rating Co., Ltd.", "Plaintiff - Z Copper Co., Ltd.") and running text ("X acted
as financial adviser", "Y was appointed (as) trustee", "with Z as EPC contractor"). The roles
are a word list (``data/party-roles.txt``: underwriters, bookrunners, advisers, auditors, rating
agencies, trustees, contractors, plaintiffs and defendants, bidders ...).

The event is the one the sentence names, else the article's lead event (the first event named
in its first three paragraphs, whatever made it: a name, a noun, a dated clause; else its first
event). A party is an
organisation or a person named right after the role (a line) or right before the verb (text).
``nfo:participant``, rule ``event:party-role@0.5``. One pass of two precompiled patterns over
the text: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.speakers import lead_events
from kg.ingest.terms import NFO


def _roles_rx() -> str:
    roles = sorted(lines("party-roles"), key=len, reverse=True)
    return "|".join(r"[\s-]+".join(re.escape(w) for w in re.split(r"[\s-]+", r)) for r in roles)


@lru_cache(maxsize=1)
def _line():
    # "Lead underwriter    X", "* Rating agency: Y", "2. Plaintiff - Z"
    return re.compile(r"^[ \t]*(?:[*•·▪■-][ \t]*|\d{1,2}[.)][ \t]*)?(?:the[ \t]+)?"
                      rf"(?:{_roles_rx()})s?(?:\([^()\n]{{0,20}}\))?"
                      r"(?:[ \t]*[:：][ \t]*|\t[ \t]*|[ ]{2,}|[ \t]+[-–—][ \t]+)", re.I | re.M)


@lru_cache(maxsize=1)
def _acted():
    # "X acted as the sole financial adviser", "Y was appointed trustee", "with Z as contractor"
    return re.compile(r"\s*,?\s*(?:(?:has\s+been|had\s+been|was|were|is|are|will\s+be)\s+)?"
                      r"(?:acted|acts|act|served|serves|serve|appointed|hired|engaged|named|"
                      r"retained|chosen|selected)\s+(?:as\s+)?(?:the\s+|its\s+|their\s+|a\s+|"
                      r"an\s+)?(?:sole\s+|joint\s+|lead\s+|exclusive\s+|independent\s+)?"
                      rf"(?:{_roles_rx()})s?\b", re.I)


@lru_cache(maxsize=1)
def _with_as():
    return re.compile(r"\bwith\s+$", re.I), re.compile(
        r"\s+as\s+(?:the\s+|its\s+|their\s+)?(?:sole\s+|joint\s+|lead\s+)?"
        rf"(?:{_roles_rx()})s?\b", re.I)


_PARTY_KINDS = ("org", "person")


def party_roles(draft, spans_of) -> None:
    text = draft.text
    events = sorted(((s, e, x) for s, e, x in spans_of if kind(x) == "event" and not x.known),
                    key=lambda x: x[:2])
    if not events:
        return
    # (an announcement whose first paragraphs are headers and a disclaimer: its first event)
    lead = next(iter(lead_events(text, spans_of, kind)), None) or events[0][2]
    ev_starts = [s for s, _, _ in events]
    parties = sorted(((s, e, x) for s, e, x in spans_of if kind(x) in _PARTY_KINDS
                      and not x.role), key=lambda x: (x[0], -x[1]))
    p_starts = [s for s, _, _ in parties]
    by_start = {}
    for s, e, x in parties:
        by_start.setdefault(s, (s, e, x))
    by_end = {}
    for s, e, x in parties:
        by_end.setdefault(e, (s, e, x))

    def event_near(a, b):
        """The event the line or sentence [a, b) names, else the lead event."""
        named = events[bisect.bisect_left(ev_starts, a):bisect.bisect_left(ev_starts, b)]
        return named[0][2] if named else lead

    def add(event, who, a, b):
        if event is None or who is event:
            return
        if any(p == NFO.participant and o == who.iri for p, o, *_ in event.statements):
            return
        event.add(NFO.participant, who.iri, Span(a, b), "event:party-role@0.5")

    for m in _line().finditer(text):
        hit = by_start.get(m.end())
        if hit is None:
            continue
        eol = text.find("\n", m.end())
        eol = len(text) if eol < 0 else eol
        add(event_near(m.start(), eol), hit[2], m.start(), hit[1])
    acted = _acted()
    with_rx, as_rx = _with_as()
    for e, (s, _, who) in sorted(by_end.items()):
        m = acted.match(text, e)
        if m is None:
            a = as_rx.match(text, e)
            if a is None or not with_rx.search(text, max(0, s - 6), s):
                continue
            m = a
        stop = text.find(".", m.end())
        stop = len(text) if stop < 0 else stop
        add(event_near(s, stop), who, s, m.end())
