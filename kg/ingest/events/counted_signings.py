"""A signing a text reports by counting what was signed: "Two memoranda of understanding were
signed on the 16th", "Five cooperation agreements were also signed at the forum". The
signing is an event of its own (``nfo:SigningCeremony``, rule ``event:counted-signing``, 0.5),
"Signing of two memoranda of understanding", dated like any event by its clause
(:mod:`kg.ingest.events.date_attach`). After the dates are read, :func:`link` makes the
agreements named right after it (in its paragraph and the next, at most as many as it counts)
signed at it (``agreement:signed-at-counted``) and gives those with no date of their own its
day (``date:signed-at-counted``); the one event named before whose days hold the signing's day
is the event it was part of (``event:counted-signing-during``, 0.5). A count the text does not give ("agreements were signed") is
no event: which signing, the text does not say."""
from __future__ import annotations

import bisect
import datetime as dt
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near

RULE, CONFIDENCE = "event:counted-signing", 0.5
_NUMBERS = {w: i for i, w in enumerate(
    "two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
    "sixteen seventeen eighteen nineteen twenty".split(), 2)}
# ("Fourteen projects with a total investment of 18.6 billion yuan were signed on the spot":
# what they were worth may come between the count and the verb)
_RX = re.compile(r"\b(?P<n>(?i:" + "|".join(_NUMBERS) + r")|\d{1,2})\s+"
                 r"(?P<np>(?:[a-z][\w\-]*\s+){0,4}?(?:agreements|contracts|projects|deals|"
                 r"memoranda(?:\s+of\s+understanding)?|memorandums(?:\s+of\s+understanding)?|"
                 r"MoUs|letters\s+of\s+intent))\s+"
                 r"(?:(?:worth|with\s+a\s+(?:total\s+)?(?:investment|value)\s+of)\s+"
                 r"(?:[\w.,]+\s+){1,4}?(?:yuan|dollars|euros|US\$|RMB)\s+)?"
                 r"(?:were|have\s+been|had\s+been)\s+(?:also\s+)?signed\b")
_AT_CEREMONY = re.compile(r"\s+(?:also\s+)?at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?ceremony\b")
# (read only in the 300 characters before "signed": a match is shorter; a full stop may stand
# in its figure, "18.6 billion yuan")
_RX_NEAR = Near(_RX, ("signed",), before=300, after=10)


def propose(draft, spans_of, minter) -> list:
    """Add the counted signings of ``draft.text`` to the draft and to ``spans_of``."""
    text = draft.text
    if "signed" not in text:
        return []
    made = []
    for m in _RX_NEAR.finditer(text):
        if any(s < m.end() and m.start() < e for s, e, _ in spans_of):
            continue
        if _AT_CEREMONY.match(text, m.end()):
            continue    # "... were signed at a ceremony on the 27th": the ceremony is the signing
        words = f"{m.group('n').lower()} {' '.join(m.group('np').split())}"
        label = f"Signing of {words}"
        ent = Entity(minter.mint(label), NFO.SigningCeremony, label, False, RULE, CONFIDENCE)
        draft.entities[ent.iri] = ent
        ent.mentions.append(Span(m.start(), m.end()))
        made.append((m.start(), m.end(), ent))
    spans_of.extend(made)
    return [e for _, _, e in made]


def link(draft, kind) -> int:
    """Make the agreements named after each counted signing signed at it; returns how many."""
    text = draft.text
    signings = [e for e in draft.entities.values() if e.rule == RULE]
    if not signings:
        return 0
    agreements = sorted(((min(m.start for m in e.mentions), e) for e in draft.entities.values()
                         if not e.known and e.mentions and kind(e.cls) == "agreement"),
                        key=lambda x: x[0])
    n = 0
    hosts = None        # (the events by their days, built at the first dated signing)
    for ev in signings:
        at = ev.mentions[0]
        count = count_of(text[at.start:at.end])
        # its paragraph and the next one
        end = text.find("\n\n", at.end)
        end = len(text) if end < 0 else text.find("\n\n", end + 2)
        end = len(text) if end < 0 else end
        after = [x for x in agreements if at.end <= x[0] < end][:count]
        days = [str(st[1]) for st in ev.statements if st[0] == NFO.startDate]
        if len(days) == 1 and len(days[0]) == 10:
            hosts = hosts or Hosts(draft, kind)
            host = hosts.during(ev, days[0], at.start)
            if host is not None:
                ev.label = f"{ev.label} at {host.label}"
                ev.add(NFO.partOfEvent, host.iri, Span(at.start, at.end),
                       "event:counted-signing-during@0.5")
        for s, ag in after:
            span = Span(at.start, max(at.end, s))
            if not any(st[0] == NFO.signedAt for st in ag.statements):
                ag.add(NFO.signedAt, ev.iri, span, "agreement:signed-at-counted")
                n += 1
            own = [st for st in ag.statements if st[0] == NFO.dateSigned
                   and not st[3].startswith(("context:date", "date:dateline"))]
            if len(days) == 1 and not own:
                ag.statements[:] = [st for st in ag.statements if st[0] != NFO.dateSigned]
                ag.add(NFO.dateSigned, date_literal(days[0]), span, "date:signed-at-counted")
    return n


def _during(draft, ev, day: str, before: int, kind):
    """The one event named before ``before`` whose days hold ``day`` (the forum a signing "on
    the 16th" took place at), else None. (A caller asking for many signings builds
    :class:`Hosts` once: this scans every entity.)"""
    return Hosts(draft, kind).during(ev, day, before)


class Hosts:
    """The events of the draft with one first and one last day, indexed by each day they hold
    (sorted by where they are first named): which one event named before a place holds a day,
    by bisection. Built once for a run of signings (scanning every entity for each signing was
    quadratic: 2000 expos with a signing 'on the first day', 300 kB, 15 s of CPU)."""

    _LONG = 400     # an event of more days is checked day by day (none in practice)

    def __init__(self, draft, kind):
        self.by_day: dict[str, tuple[list, list]] = {}
        self.long: list = []
        for e in draft.entities.values():
            if kind(e.cls) != "event" or e.role or e.rule == RULE or not e.mentions:
                continue
            starts = [str(st[1]) for st in e.statements if st[0] == NFO.startDate]
            ends = [str(st[1]) for st in e.statements if st[0] == NFO.endDate] or starts
            if not (len(starts) == 1 and len(ends) == 1 and len(starts[0]) == len(ends[0]) == 10):
                continue
            first = min(m.start for m in e.mentions)
            days = _days(starts[0], ends[0], self._LONG)
            if days is None:
                self.long.append((first, starts[0], ends[0], e))
                continue
            for d in days:
                firsts, ents = self.by_day.setdefault(d, ([], []))
                firsts.append(first)
                ents.append(e)
        for firsts, ents in self.by_day.values():
            order = sorted(range(len(firsts)), key=firsts.__getitem__)
            firsts[:] = [firsts[i] for i in order]
            ents[:] = [ents[i] for i in order]

    def during(self, ev, day: str, before: int):
        firsts, ents = self.by_day.get(day, ((), ()))
        k = bisect.bisect_left(firsts, before)
        hosts = [e for e in ents[:min(k, 3)] if e is not ev]
        if k > 3:
            return None         # (three or more before it: not the one)
        hosts += [e for first, a, b, e in self.long if e is not ev and first < before
                  and a <= day <= b]
        return hosts[0] if len(hosts) == 1 else None


def _days(start: str, end: str, most: int):
    """The days from ``start`` to ``end`` (ISO), none when it ends before it starts; None when
    either is no day or there are more than ``most``."""
    try:
        a, b = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        return None
    n = (b - a).days
    if n > most:
        return None
    return [(a + dt.timedelta(days=i)).isoformat() for i in range(n + 1)]


def count_of(phrase: str) -> int:
    """How many a count phrase counts ("fourteen projects": 14; "8 agreements": 8), or 0."""
    first = phrase.split()[0].lower()
    return int(first) if first.isdigit() else _NUMBERS.get(first, 0)
