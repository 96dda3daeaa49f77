"""The lines of a gathering's programme printed as two aligned columns, day and item, each an
event part of the gathering::

    The X fair opened on Friday ...
    Programme
      Friday 24 July      Opening ceremony and folk dances
                          Lifting of the fair's banner
      Saturday 25 July    Horse racing (10 km)

A block of two or more lines that open (after their indent) with a day, a weekday or a time of
day about it allowed ("Fri 24 July", "15 Jan 09:30"), then a gap of two spaces or more and an
item opening in upper case, the items of the block starting at one column. A line indented to
that column under a row is a further item of the same day when it opens in upper case and the
line above does not run on (a comma, "and", "by" closing it), or else the same item's wrap. The
item's label is its words up to a semicolon, a full stop or a comma before a capital (its first
activity: "Archery; finals" is read as "Archery"; "Opening, Hall A" as "Opening"). Each item is
an event dated by its row's day (``nfo:startDate``: :mod:`kg.ingest.relations.stated_mood` makes
it planned when still to come), part of (``nfo:partOfEvent``) the gathering the text names last
before the block (as for an agenda table:
:func:`kg.ingest.events.agenda_rows.gathering_before`). Not read: a block with a third column (a
gap after the item on any of its rows: a table the table readers own), a block with no gathering
before it or with no heading of ``data/programme-headings.txt`` right above it ("Programme",
"Schedule": a chronology's "What happened, by day:" is no programme), an item an event proposed
before already covers or made under the same name. Rules ``event:programme-line``,
``event:programme-line-part``. Linear: one pass over the text's dates and the lines they open."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.agenda_rows import event_mentions, gathering_before
from kg.ingest.events.dated import event_class
from kg.ingest.events.milestones import milestone_class
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:programme-line", 0.4
PART_RULE = "event:programme-line-part@0.4"
# before the day, on its line: the indent and a weekday at most
_LEAD = re.compile(r"[ \t]*(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?\Z")
# after the day: a time of day at most, then the gap and the item
_GAP = re.compile(r"(?:,?[ \t]+\d{1,2}[:.]\d\d)?[ \t]{2,}(?=[A-Z])")
_RUNS_ON = re.compile(r"(?:,|\band|\bby|\bof|\bthe|\bwith)[ \t]*\Z")
_THIRD = re.compile(r"\S[ \t]{2,}\S")
_HEADING_MOST = 60      # characters: a longer line is no heading
_WORD = re.compile(r"[A-Za-z]+")


@lru_cache(maxsize=1)
def _heading_words() -> frozenset:
    return frozenset(w.strip().lower() for w in lines("programme-headings") if w.strip())


def _under_heading(text: str, at: int) -> bool:
    """Whether the line above the block at ``at`` (past blank lines, three at most) is a short
    heading holding a word of ``data/programme-headings.txt``."""
    end = at - 1
    for _ in range(4):
        if end <= 0:
            return False
        ls = text.rfind("\n", max(0, end - _HEADING_MOST - 1), end) + 1
        line = text[ls:end]
        if line.strip():
            if ls == 0 and end > _HEADING_MOST:
                return False
            return any(w.lower() in _heading_words() for w in _WORD.findall(line))
        end = ls - 1
    return False


_CUT = re.compile(r";|\.(?:[ \t]|\Z)|,[ \t]+(?=[A-Z])")


def _rows(text: str, days: list) -> list:
    """[(line start, item start, line end, day)] of each line that opens with a day."""
    out = []
    for d in days:
        ls = text.rfind("\n", max(0, d.start - 31), d.start) + 1
        if (ls == 0 and d.start > 31) or _LEAD.match(text, ls, d.start) is None:
            continue
        m = _GAP.match(text, d.end)
        if m is None:
            continue
        le = text.find("\n", m.end())
        out.append((ls, m.end(), len(text) if le == -1 else le, d))
    return out


def _blocks(text: str, rows: list) -> list:
    """The blocks of rows as described above: [[(item start, line end, day), ...], ...] with
    the wrapped and further item lines under each row."""
    blocks, cur, col, last_end = [], [], None, -1
    for ls, s, le, d in rows:
        c = s - ls
        if cur and (c != col or ls <= last_end):
            blocks.append(cur)
            cur = []
        if not cur:
            col = c
        # this row's item lines: the row itself, then the lines indented to the column
        items = [[s, le]]
        q = le + 1
        while q < len(text):
            ql = text.find("\n", q)
            ql = len(text) if ql == -1 else ql
            line = text[q:ql]
            ind = len(line) - len(line.lstrip(" \t"))
            if not line.strip() or ind != c:
                break
            if text[q + ind].isupper() and not _RUNS_ON.search(text, items[-1][0], items[-1][1]):
                items.append([q + ind, ql])
            else:
                items[-1][1] = ql
            q = ql + 1
        cur.append((items, d))
        last_end = q - 1
    if cur:
        blocks.append(cur)
    return [b for b in blocks if len(b) >= 2]


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each item of a programme printed in two columns; returns them."""
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    year = doc_date[:4] if doc_date else None
    days = [d for d in find_dates(text, year, extended=True, doc_date=doc_date)
            if d.kind == "date" and len(d.value) == 10]
    rows = _rows(text, days)
    if len(rows) < 2:
        return []
    events, ev_starts, covered = event_mentions(draft, kind_of)
    out = []
    for block in _blocks(text, rows):
        if any(_THIRD.search(text, a, b) for items, _ in block for a, b in items):
            continue
        first = text.rfind("\n", 0, block[0][0][0][0]) + 1
        if not _under_heading(text, first):
            continue
        whole = gathering_before(text, events, ev_starts, block[0][0][0][0])
        if whole is None:
            continue
        for items, d in block:
            for a, b in items:
                m = _CUT.search(text, a, b)
                e = m.start() if m else b
                label = " ".join(text[a:e].split()).strip(" ,:")
                if len(label) < 3 or any(covered[a:e]):
                    continue
                cls = event_class(label) or milestone_class(label.lower()) or "Event"
                iri = minter.mint("event", d.value, " ".join(label.split()[:8]))
                if iri in draft.entities:
                    continue        # the same event read by an earlier rule (from a sentence)
                ent = Entity(iri, NFO[cls], label, False, RULE, CONFIDENCE, role=True)
                span = Span(a, e)
                ent.mentions.append(span)
                ent.add(NFO.startDate, date_literal(d.value), span, RULE)
                ent.add(NFO.partOfEvent, whole.iri, span, PART_RULE)
                draft.entities[ent.iri] = ent
                spans_of.append((a, e, ent))
                out.append(ent)
    return out
