"""An event named only in the headline ("Work Starts on X Smelter", "Third Y Summit Opens") is
what the lead reports: with no date of its own it takes the days of the event the lead's first
sentence names and dates (a copy, start and end), else that sentence's first day that is not
the dateline's, the publication line's or one set ahead ("Construction of X began on the 18th":
``date:headline-lead``). A headline event the text names again takes that mention's date; an
agreement named only in the headline takes the day the body's agreements of its kind were
signed on (``date:headline-body``). A ceremony named in the body only by its noun and
labelled by the headline ("Ceremony: Work Starts on X") is the headline's event: the same."""
from __future__ import annotations

import re

from kg.ingest.events.date_cues import ahead_in_clause
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, set_ahead
from kg.ingest.terms import NFO

_DATED = (NFO.startDate, NFO.endDate)
_TO_COME = re.compile(r"\b(?:[Tt]o|[Ww]ill|[Ss]et\s+[Tt]o|[Pp]lans?\s+[Tt]o)\s+(?:[Hh]old|[Hh]ost|[Oo]pen|"
                      r"[Ll]aunch|[Ss]tage|[Cc]onvene|[Ss]tart|[Bb]egin|[Oo]rganise|[Oo]rganize)\b")


def _headline(text: str) -> tuple[int, int] | None:
    s = len(text) - len(text.lstrip())
    e = text.find("\n", s)
    return None if e < 0 else (s, e)


def _lead_sentence(text: str, sents, after: int, header_dates) -> tuple[int, int] | None:
    """The first sentence of the body: after the headline, past date and source lines."""
    pos = after
    for _ in range(4):
        while pos < len(text) and text[pos] in " \t\r\n":
            pos += 1
        if pos >= len(text):
            return None
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        line_dates = [d for d in header_dates if pos <= d.start < le]
        if line_dates and len(text[pos:le].split()) <= 12:
            pos = le            # a date or source line ("Hunan Daily, July 10, 2026")
            continue
        ls, le = sents.bounds(pos)
        while le - ls < 80 and le < len(text) and "\n" not in text[ls:le].rstrip():
            le = sents.bounds(le)[1]     # ("Leshan, Aug. 27 ...": a month's full stop)
        return ls, le
    return None


def _named_by_headline(ent, title: str) -> bool:
    """A ceremony the text names only by its noun ("presided over the groundbreaking ceremony",
    "said at the ceremony"), labelled by the headline ("Ceremony: Work Starts on X"): the
    headline's event, whose day the lead gives. (``title``: a headline of three words or more;
    the caller counts its words once, not once per event: a long first line over thousands of
    events was quadratic.)"""
    return ent.label.endswith(title) and ent.label != title


# the head noun of an agreement named in a headline, and what the body may call it
_DEAL_NOUNS = {"memorandum": ("memorandum",), "mou": ("memorandum", "mou"),
               "agreement": ("agreement", "contract", "deal"), "contract": ("contract", "agreement"),
               "deal": ("agreement", "contract", "deal")}


def _headline_agreements(text, hs, he, dated_kinds, kind) -> int:
    """An agreement named only in the headline ("A and B Sign Memorandum", "X Signs Supply
    Deal") with no day of its own is the one the body tells of: when the body's agreements of
    that kind (its head noun: a memorandum; an agreement, contract or deal) were signed on one
    day, that day (``date:headline-body``)."""
    n = 0
    # the body's signed agreements, found once (not for each agreement of the headline: a text
    # printed on one line is all headline)
    signed = [other for _, _, other in dated_kinds if kind(other) == "agreement"
              and any(m.start >= he for m in other.mentions)
              and any(st[0] == NFO.dateSigned for st in other.statements)]
    if not signed:
        return 0
    for _, _, ent in dated_kinds:
        if kind(ent) != "agreement" or not ent.mentions or not all(
                hs <= m.start and m.end <= he for m in ent.mentions) or any(
                st[0] == NFO.dateSigned for st in ent.statements):
            continue
        words = ent.label.lower().replace("of understanding", "").split()
        nouns = next((_DEAL_NOUNS[w] for w in reversed(words) if w in _DEAL_NOUNS), None)
        if nouns is None:
            continue
        body = [(st, other) for other in signed if other is not ent
                and any(x in other.label.lower() for x in nouns)
                for st in other.statements if st[0] == NFO.dateSigned]
        days = {str(st[1]) for st, _ in body}
        if len(days) != 1:
            continue
        st = body[0][0]
        ent.add(NFO.dateSigned, st[1], Span(st[2].start, st[2].end), "date:headline-body")
        n += 1
    return n


def date_headline_events(text, dates, sents, dated_kinds, kind, skip) -> int:
    """``skip(d)``: the dateline's or publication line's date. Returns how many were dated."""
    head = _headline(text)
    if head is None:
        return 0
    hs, he = head
    n = _headline_agreements(text, hs, he, dated_kinds, kind)
    targets, chosen = [], set()     # (ids: entities compare field by field)
    title = " ".join(text[hs:he].split())
    long_title = title.count(" ") >= 2      # three words or more
    looked = set()      # (one look per entity, not per mention: linear)
    for _, _, ent in dated_kinds:
        if id(ent) in looked:
            continue
        looked.add(id(ent))
        if kind(ent) == "event" and id(ent) not in chosen and ent.mentions and (all(
                hs <= m.start and m.end <= he for m in ent.mentions)
                or long_title and _named_by_headline(ent, title)) and not any(
                st[0] in _DATED for st in ent.statements):
            targets.append(ent)
            chosen.add(id(ent))
    if not targets:
        return n
    lead = _lead_sentence(text, sents, he, dates)
    if lead is None:
        return n
    ls, le = lead
    got = None
    for s, e, ent in sorted(dated_kinds, key=lambda x: x[0]):
        if ls <= s < le and kind(ent) == "event" and id(ent) not in chosen:
            days = [st for st in ent.statements if st[0] in _DATED]
            if any(st[0] == NFO.startDate for st in days):
                got = [(st[0], st[1]) for st in days]
                break
    if got is None:
        # a headline of what is to come ("X to Hold Y Forum"): the lead's day of what will be,
        # not one of its past ("X, which was founded on April 20, will hold ...")
        ahead = bool(_TO_COME.search(text, hs, he))
        first = next((d for d in dates if ls <= d.start < le and d.kind == "date"
                      and not skip(d)
                      and (set_ahead(text, d) or ahead_in_clause(text, d.start, ls)) == ahead),
                     None)
        if first is None:
            return n
        got = [(NFO.startDate, date_literal(first.value))]
        if first.until:
            got.append((NFO.endDate, date_literal(first.until)))
    for ent in targets:
        for pred, value in got:
            ent.add(pred, value, Span(ls, le), "date:headline-lead")
    return n + len(targets)
