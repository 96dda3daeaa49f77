"""The day of the happening a news article leads with, for the event it names with no date of its
own: "A daily price index ... went live on Tuesday. ... The launch ceremony took place at X" (the
ceremony: that Tuesday); "A steam pipe burst ... on the 4th, killing two workers ... . ... to
investigate the accident" (the 4th).

Only when the lead paragraph (the first paragraph of running text: 150 characters or more,
after the headline, byline and date lines) states exactly one day of the past (not the
dateline's or the publication line's, not one set ahead or a deadline, not one in a clause
about what is to come ("it will start trading on Dec. 15"), not the day something
was said or reported, not one said in an aside: ", which was founded on April 20,"), and only for the one new event of the draft still without a date (with
two or more, the one that is a happening, an accident, a launch, a milestone, when it is the
only one: a meeting is dated where it is named); an event whose name holds another year is
left alone, and so is one named only under a later short head line after a blank line (a
roundup's next item: ">> X visits Y" over its own text tells another story). Rule ``date:lead`` (called last by
:func:`kg.ingest.events.date_attach.attach_dates`)."""
from __future__ import annotations

import re

from kg.ingest.events.date_cues import DEADLINE, ahead_in_clause, in_aside
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, set_ahead
from kg.ingest.terms import NFO

RULE = "date:lead"
_LEAD_MIN = 150         # characters of a paragraph of running text
_PARAGRAPHS = 5         # the lead is among the first paragraphs
_SAID_ON = re.compile(r"\b(?:said|says|told|reported|announced|added|confirmed|disclosed)\b"
                      r"[^.;]{0,30}?\b(?:on|in)?\s*$")
_HAPPENINGS = {"Event", "Launch", "Milestone"}
# the words right after an event's name (and a phrase or two after it: "on the line") that set
# it ahead: "X is expected to begin", "X will start" (not a later clause's: "an inquiry into the
# blaze had begun and repairs would take")
_TO_COME = re.compile(r"(?:[ \t\n]+(?:on|of|at|for|in)[ \t\n]+(?:(?:the|its|their|a|an)[ \t\n]+)?"
                      r"[\w-]+){0,2}[ \t\n]+(?:(?:is|are)[ \t\n]+(?:now[ \t\n]+)?(?:expected|"
                      r"scheduled|due|set|planned|slated|to)\b|will\b|would\b)")
_PARAGRAPH = re.compile(r"\S[^\n]*(?:\n(?![ \t]*\n)[^\n]*)*")


def lead_dates(text, dates, dated_kinds, kind, filed) -> int:
    """Date the one undated new event by the lead's day; returns 1 if it did, else 0.
    ``filed(d)`` says whether ``d`` is the dateline's or the publication line's date."""
    undated, seen = [], set()
    for _, _, ent in dated_kinds:
        if id(ent) in seen:
            continue        # (one look per entity, not per mention: linear)
        seen.add(id(ent))
        if kind(ent) == "event" and not ent.known and ent.mentions and not any(
                st[0] in (NFO.startDate, NFO.plannedDate) for st in ent.statements):
            undated.append(ent)
    if len(undated) > 1:
        # a meeting or a briefing is dated where it is named; what a lead reports happened
        undated = [e for e in undated if str(e.cls).rsplit("#", 1)[-1] in _HAPPENINGS]
    if len(undated) != 1:
        return 0
    lead = _lead(text)
    if lead is None:
        return 0
    ps, pe = lead
    days = [d for d in dates if ps <= d.start and d.end <= pe and d.kind == "date"
            and not filed(d) and not set_ahead(text, d)
            and not DEADLINE.search(text, max(ps, d.start - 30), d.start)
            and not _SAID_ON.search(text, max(ps, d.start - 40), d.start)
            and not ahead_in_clause(text, d.start, ps)
            and not in_aside(text, d.start, d.end, ps, _sentence_end(text, d.end, pe))]
    if len(days) != 1:
        return 0
    d, ent = days[0], undated[0]
    if any(kind(o) == "event" and o is not ent and any(
            st[0] in (NFO.startDate, NFO.endDate, NFO.plannedDate) and str(st[1]) == d.value
            for st in o.statements) for o in {id(o): o for _, _, o in dated_kinds}.values()):
        return 0        # the lead's day is another event's, read where it is named
    if all(_item_head(text, pe, m.start) for m in ent.mentions if m.start >= pe):
        return 0        # (a roundup's later item, under a head of its own: not the lead's story)
    if all(_TO_COME.match(text, m.end) for m in ent.mentions):
        return 0        # ("Trial production on the line is expected to begin by June 2027": a
        #                 step still to come, not the lead's day of the past)
    named = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", ent.label)
    if named and named.group(1) != d.value[:4]:
        return 0
    ss = max(text.rfind(". ", ps, d.start) + 2, ps)
    ent.add(NFO.startDate, date_literal(d.value), Span(ss, d.end), RULE)
    if d.until:
        ent.add(NFO.endDate, date_literal(d.until), Span(ss, d.end), RULE)
    return 1


# the head of a roundup's item: a short title alone on its line after a blank line, perhaps
# after a marker (">> CNIA president visits X", "[3] Smelter restarts", "2. Yulin: ..."), with
# the item's text on the next line
_ITEM_HEAD = re.compile(r"\n[ \t]*\n[ \t]*(?:(?:>>|\[\d{1,3}\]|\d{1,2}[.)]|[*\u2022\u25a0\u25cf\u25c6\u25b6])"
                        r"[ \t]*)?[A-Z][^\n.!?,;:]{2,50}(?=\n)")


def _item_head(text: str, a: int, b: int) -> bool:
    """A roundup item's head line between ``a`` and ``b``: a short line (not a hard-wrapped
    paragraph's first line) over a longer line of the item's text."""
    for m in _ITEM_HEAD.finditer(text, a, b):
        nxt = text.find("\n", m.end() + 1)
        nxt = len(text) if nxt < 0 else nxt
        if nxt - (m.end() + 1) >= len(m.group(0).strip()) + 10:
            return True
    return False


def _sentence_end(text: str, at: int, pe: int) -> int:
    end = text.find(". ", at, pe)
    return pe if end == -1 else end


def _lead(text: str):
    """(start, end) of the first paragraph of running text among the first ones, or None."""
    for i, m in enumerate(_PARAGRAPH.finditer(text)):
        if i >= _PARAGRAPHS:
            return None
        if m.end() - m.start() >= _LEAD_MIN and re.search(r"[.!?][\"'\u201d]?\s", m.group(0) + " "):
            return m.span()
    return None
