"""The agreement of a purchase the article reports, named by its kind only: "X will buy 51% of Y
from Z ... and the equity transfer agreement was signed after the meeting", "The share purchase
agreement has been signed". A definite deal agreement ("the" + a deal word: equity, share,
stock, asset, transfer, purchase, acquisition, sale + agreement / contract) said to be signed,
that no name covers and no agreement named before has that name, is a new agreement
(:func:`propose`, rule ``agreement:deal-signed``, 0.5).

After the relations are read (:func:`link`): when the draft holds one purchase
(``nfo:acquired``, :mod:`kg.ingest.relations.acquisitions`), the buyer and the seller named after
"from" ("from its controlling shareholder, Z") are its parties and the company bought is what it
is about (``agreement:deal-parties``); one with no date of its own that was signed "after / at
the meeting" an event of the sentence names takes that event's day (``date:signed-after-event``).
"The agreement was signed" alone is the one named before, and is left alone; so is a deal
agreement in an article that reports no purchase or several. One scan of the text: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.occurrences import occurrences
from kg.ingest.reading.text import normalise_name
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import Near

RULE, CONFIDENCE = "agreement:deal-signed", 0.5
_SIGNED = re.compile(
    r"\b[Tt]he\s+(?P<np>(?:[a-z][\w-]*\s+){0,2}?(?:equity|share|shares|stock|asset|assets|"
    r"transfer|purchase|acquisition|sale)\s+(?:(?:transfer|purchase|acquisition|sale|and\s+"
    r"purchase)\s+)?(?:agreement|contract))\s+(?:was|were|has\s+been|had\s+been)\s+"
    r"(?:also\s+|formally\s+|then\s+|duly\s+)?signed\b")     # (not "will be": none yet)
_SIGNED_NEAR = Near(_SIGNED, ("signed",), stops=".,;")    # (no full stop, comma, semicolon in one)
_FROM = re.compile(r"(?:\s*\([^()]{1,80}\))?\s+from\s+(?:(?:its|their|the)\s+(?:controlling\s+|major\s+|largest\s+|"
                   r"parent\s+)?(?:shareholder|parent(?:\s+company)?|owner|holding\s+company)"
                   r"\s*,?\s+)?(?:the\s+)?")
_AFTER = re.compile(r"\bsigned\s+(?:after|at|during|following)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
                    r"(?:meeting|session|conference|ceremony|assembly)\b")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the deal agreements said to be signed to the draft and to ``spans_of``."""
    text = draft.text
    if " signed" not in text:
        return []
    made = []
    covered = bytearray(len(text) + 1)
    for a, b, _ in spans_of:
        covered[a:b] = b"\x01" * (b - a)
    named = {normalise_name(e.label) for e in draft.entities.values()
             if kind_of(e.cls) == "agreement"}
    for m in _SIGNED_NEAR.finditer(text):
        a, b = m.span("np")
        if any(covered[a:b]):
            continue
        np_ = " ".join(text[a:b].split())
        label = np_[:1].upper() + np_[1:]
        if normalise_name(label) in named:
            continue
        named.add(normalise_name(label))
        ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
        draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
    spans_of.extend(made)
    return [e for _, _, e in made]


def link(draft, kind) -> None:
    """Parties, subject and day of the deal agreements (see the module's text)."""
    deals = [e for e in draft.entities.values() if e.rule == RULE]
    if not deals:
        return
    text = draft.text
    buys = {(e.iri, o): sp for e in draft.entities.values() for p, o, sp, r in e.statements
            if p == NFO.acquired}
    orgs = {}
    for e in draft.entities.values():
        if kind(e.cls) == "org":
            for m in e.mentions:
                orgs.setdefault(m.start, e)
    events = sorted(((m.start, m.end, e) for e in draft.entities.values()
                     if kind(e.cls) == "event" for m in e.mentions), key=lambda x: x[0])
    ev_starts = [s for s, _, _ in events]
    for ag in deals:
        at = ag.mentions[0]
        if len(buys) == 1:
            (buyer, target), sp = next(iter(buys.items()))
            span = Span(sp.start, sp.end)
            ag.add(NFO.party, buyer, span, "agreement:deal-parties")
            f = _FROM.match(text, sp.end)
            seller = orgs.get(f.end()) if f else None
            if seller is not None and seller.iri not in (buyer, target):
                ag.add(NFO.party, seller.iri, Span(sp.start, f.end() + len(seller.label)),
                       "agreement:deal-parties")
            ag.add(NFO.about, target, span, "agreement:deal-parties")
            names = [draft.entities[i].label for i in (buyer,) if i in draft.entities]
            if seller is not None:
                names.append(seller.label)
            if names:
                ag.aliases.add(ag.label)
                ag.label = f"{ag.label} of {' and '.join(names)}"
        _day(text, ag, at, events, ev_starts)


def _day(text, ag, at, events, ev_starts) -> None:
    """"... was signed after the meeting": the day of the last event named before it in its
    sentence (the sentence's ends and that event found by bisection: linear over a text of
    one line and thousands of deals)."""
    if any(p == NFO.dateSigned and not r.startswith("context:date") for p, _, _, r in
           ag.statements):
        return
    stops, breaks = occurrences(text, ". "), occurrences(text, "\n\n")
    ss = max(stops.last_before(at.start), breaks.last_before(at.start)) + 1
    se = stops.first_from(at.end)
    se = len(text) if se < 0 else se
    if not _AFTER.search(text, at.end, se):
        return
    i = bisect.bisect_left(ev_starts, at.start) - 1
    if i < 0 or ev_starts[i] < ss:
        return
    days = [str(o) for p, o, _, _ in events[i][2].statements if p == NFO.startDate]
    if len(days) == 1 and len(days[0]) == 10:
        ag.statements[:] = [st for st in ag.statements if st[0] != NFO.dateSigned]
        ag.add(NFO.dateSigned, date_literal(days[0]), Span(ss, se), "date:signed-after-event")
