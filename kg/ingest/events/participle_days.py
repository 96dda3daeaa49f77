"""Steps a list or a table records by a participle and a day alone, with no subject::

    (1) ZL2021XXXX.7  Method for leaching X with Y (granted 14 March 2023)
    ZR24E0612R0S   X Aluminium Co., Ltd.   ISO 14001:2015   suspended 13.11.2026
    Completed. Slag moved into a lined store; run-off collected. Accepted 2026.03.18

A patent list, a certificate register, a task ledger: the curators make a milestone of each
such step, about the thing its item names. A participle of ``data/status-participles.txt``
(granted, accepted, suspended, withdrawn ...) right before a full day (after "on" at most) is
one when nothing before it on its line makes it a clause's verb: it opens a bracket, its line,
a sentence (after a full stop or a semicolon) or a table's cell (after a gap of two spaces or
more). The milestone (rule ``event:status-day``, 0.4) is labelled by the step's noun and the
thing, "Grant of Method for leaching X with Y".
The thing is the nearest name the draft holds before it in the same item (at most ``_BACK``
characters back, no blank line between) of a kind a step is about (``_THINGS``: a standard, a
technology, a product, a project, an agreement), the party the nearest organisation there (it
takes part): "Suspension of ISO 14001:2015 (X Aluminium Co., Ltd.)", "Acceptance of Y County
People's Government" when the row names no thing; a bracket closing a list item that names
neither takes the item's words after its marker (at most ``_ITEM_WORDS``). The milestone is dated by the day
(``nfo:startDate``, made a planned date by :mod:`kg.ingest.relations.stated_mood` when still to
come) and its evidence runs from the participle to the day.

Not read: a participle after a subject or an auxiliary ("The patent was granted on ...": the
clause rules'), a month or a year alone, a step with no thing or party before it, a span an event proposed
before already holds. Linear: a ``str.find`` of each participle, its pattern matched there."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.years import document_year
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.caseless import lowered
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:status-day", 0.4
_BACK = 300     # how far back the item's name is looked for (characters)
# a list item's marker at its line's start ("(3) ", "3. ", "- "): its words follow
_ITEM = re.compile(r"^[ \t]*(?:\(\d{1,2}\)|\d{1,2}[.)]|[-*\u2022])[ \t]+(?!.*^[ \t]*(?:\(\d{1,2}\)|"
                   r"\d{1,2}[.)]|[-*\u2022])[ \t]+)", re.M | re.S)
_ITEM_WORDS = 16    # at most so many words an item's label takes
# the kinds of thing a step is about (a standard, a patent's technology, a works, a project, a
# contract), before an organisation that takes part in it; a metal or a place is neither
_THINGS = frozenset(("policy", "technology", "product", "project", "agreement", "award"))
# what may come before the participle: a bracket, a line's start, a sentence's end, a cell's gap
_OPENS = re.compile(r"(?:\(|^[ \t]*|[.;][ \t]+|\S(?:[ \t]{2,}|\t))$", re.M)


@lru_cache(maxsize=None)
def _steps() -> dict:
    return {w.lower(): noun for w, noun in (line.split(None, 1) for line in lines("status-participles"))}


@lru_cache(maxsize=None)
def _pattern() -> re.Pattern:
    alts = "|".join(sorted(_steps(), key=len, reverse=True))
    return re.compile(rf"\b(?P<verb>{alts})[ \t]+(?:on[ \t]+)?(?=\d|[A-Z][a-z])", re.I)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add a milestone for each step described above; returns them."""
    text = draft.text
    low = lowered(text)
    found = []
    for w in _steps():      # (a find of each participle, then a match there: a scan of the
        at = low.find(w)    # whole text for the alternation costs some 5 ms a long text)
        while at != -1:
            m = _pattern().match(text, at)
            if m is not None and not low[at - 1:at].isalpha() \
                    and _OPENS.search(text, max(0, at - 40), at):
                found.append(m)
            at = low.find(w, at + len(w))
    if not found:
        return []
    found.sort(key=lambda m: m.start())
    doc_date = str(draft.date) if draft.date is not None else None
    days = {d.start: d for d in find_dates(text, document_year(text, doc_date), extended=True,
                                           doc_date=doc_date) if d.kind == "date"}
    held = draft.cover(lambda e: kind_of(e.cls) == "event")
    spans = sorted(spans_of, key=lambda x: x[1])
    ends = [x[1] for x in spans]
    out = []
    for m in found:
        d = days.get(m.end())
        if d is None or any(held[m.start():d.end]):
            continue
        lo = max(0, m.start() - _BACK)
        blank = text.rfind("\n\n", lo, m.start())
        lo = blank + 2 if blank != -1 else lo
        named = [x for x in reversed(spans[bisect.bisect_left(ends, lo):bisect.bisect_right(
            ends, m.start())]) if x[0] >= lo and not x[2].role]
        thing = next((x for x in named if kind_of(x[2].cls) in _THINGS), None)
        party = next((x for x in named if kind_of(x[2].cls) == "org"), None)
        noun = _steps()[m.group("verb").lower()]
        if thing is None and party is None:
            # (a bracket closing a list's item that names no thing the draft holds: the item's
            # words, "(3) ZL2022X.3  Solvent extraction of Y (granted 19 January 2024)")
            item = _ITEM.search(text, lo, m.start()) if text[m.start() - 1:m.start()] == "(" \
                else None
            if item is None:
                continue
            words = " ".join(text[item.end():m.start() - 1].split()).split()
            if not 2 <= len(words) <= _ITEM_WORDS:
                continue
            label = f"{noun} of {' '.join(words)}"
        else:
            label = f"{noun} of {(thing or party)[2].label}"
        if thing is not None and party is not None:
            label += f" ({party[2].label})"
        ent = Entity(minter.mint("event", d.value, label), NFO.Milestone, label, False, RULE,
                     CONFIDENCE, role=True)
        span = Span(m.start(), d.end)
        ent.mentions.append(span)
        ent.add(NFO.startDate, date_literal(d.value), span, RULE)
        for x, pred in ((thing, NFO.about), (party, NFO.participant)):
            if x is not None:
                ent.add(pred, x[2].iri, Span(min(x[0], m.start()), d.end), RULE)
        draft.entities[ent.iri] = ent
        spans_of.append((span.start, span.end, ent))
        held[span.start:span.end] = b"\x01" * (span.end - span.start)
        out.append(ent)
    return out
