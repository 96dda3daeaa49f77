"""The rows of an agenda, itinerary or programme table of one gathering, each a part of it::

    ... a delegation of X will visit Y Province from Monday, 14 September to Thursday, 17 ...
    | Date       | Time  | Programme                         | Place                 |
    |------------|-------|-----------------------------------|-----------------------|
    | Mon 14 Sep | 15:40 | Arrival; welcome by the Office    | Z International Airport |
    | Tue 15 Sep | 09:30 | Talks on sponge titanium and      | Baoji                 |
    |            |       | titanium alloy bar supply         |                       |
    |            | 14:00 | Visit to the forging plant        | W Industrial Park     |

A pipe or aligned table (:mod:`kg.ingest.reading.tables`) whose header names a column of what
happens ("Programme", "Activity", "Agenda", "Session", "Item"), a column of where ("Place",
"Venue", "Location") and a column of the day ("Date", "Day"): the words of
``data/agenda-columns.txt``. Each entry of it is an event (its item cell as printed on its first
line is its mention; the cell's lines joined its label), dated by the day in its day cell (a
blank day cell: the entry above's day), held in the place, site or organisation the draft names
in its place cell (``nfo:heldIn``), with the people and organisations its item cell names as
participants, and part of (``nfo:partOfEvent``) the gathering the text names last before the
table (an event whose label, class or mention holds a word of ``data/event-wholes.txt``: a visit, a
forum, an expo ...; within 3,000 characters). A table line whose item cell opens in lower case
goes on with the entry above ("titanium alloy bar supply"); one opening in upper case, or with
a time or day of its own, opens an entry (the table reader joins lines under a blank first cell
into one row). An entry an event proposed before already covers is left alone (a schedule's
line: :mod:`kg.ingest.events.schedule_lines`). Rules ``event:agenda-row``,
``event:agenda-row-venue``, ``event:agenda-row-part``. Linear: one pass over the tables' rows,
the dates bisected."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.events.dated import event_class
from kg.ingest.events.milestones import milestone_class
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.table_model import header_words
from kg.ingest.reading.tables import tables
from kg.ingest.relations.component_events import gathering_words
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:agenda-row", 0.5
VENUE_RULE = "event:agenda-row-venue@0.5"
PART_RULE = "event:agenda-row-part@0.5"
PARTY_RULE = "event:agenda-row-participant@0.4"
_BACK = 3000            # characters: how far before the table its gathering may be named
_MENTION = 400          # characters of a mention read for a gathering's word
_VENUES = frozenset(("org", "place", "site", "facility"))
_PARTIES = frozenset(("org", "person"))
_LETTER = re.compile(r"[A-Za-z]")


@lru_cache(maxsize=1)
def _columns() -> dict:
    out: dict = {}
    for line in lines("agenda-columns"):
        role, _, word = line.strip().partition(" ")
        if word:
            out[word.strip().lower()] = role
    return out


def _roles(table) -> dict | None:
    """{role: column} of an agenda's header, or None when it lacks one of the three roles."""
    cols = _columns()
    got: dict = {}
    for n, (_, _, head) in enumerate(table.header):
        ws = header_words(head)
        if not ws or len(ws) > 4:
            continue
        role = cols.get(ws[-1]) or cols.get(ws[0])
        if role is not None and role not in got:
            got[role] = n
    return got if len(got) == 3 else None


def _line_of(text: str, at: int) -> int:
    return text.rfind("\n", 0, at) + 1


def _entries(text: str, table, roles: dict) -> list:
    """The table's entries: [item spans, place spans, day spans, other spans] each, its lines
    split into entries as described above."""
    item_col, place_col, day_col = roles["item"], roles["place"], roles["day"]
    out: list = []
    for row in table.rows:
        by_line: dict = {}
        for c in row.cells:
            for s, e in c.spans:
                by_line.setdefault(_line_of(text, s), []).append((c.col, s, e))
        for ln in sorted(by_line):
            cells = by_line[ln]
            item = [(s, e) for col, s, e in cells if col == item_col]
            own = [(s, e) for col, s, e in cells if col not in (item_col, place_col)]
            opens = bool(item) and (not text[item[0][0]].islower() or bool(own))
            if not out or opens:
                out.append([[], [], [], []])
            ent = out[-1]
            for col, s, e in cells:
                if col == item_col:
                    ent[0].append((s, e))
                elif col == place_col:
                    ent[1].append((s, e))
                elif col == day_col:
                    ent[2].append((s, e))
                else:
                    ent[3].append((s, e))
    return [x for x in out if x[0]]


def event_mentions(draft, kind_of) -> tuple[list, list, bytearray]:
    """The draft's event mentions as (start, end, entity) by start, their starts, and one byte
    per character of the text set where an event's mention covers it (a row an earlier rule
    already read as an event is not read again); shared with :mod:`events.programme_lines`."""
    events = sorted(((m.start, m.end, e) for e in draft.entities.values()
                     if kind_of(e.cls) == "event" for m in e.mentions), key=lambda x: x[:2])
    covered = bytearray(len(draft.text) + 1)
    for s, e, _ in events:
        covered[s:e] = b"\x01" * (e - s)
    return events, [x[0] for x in events], covered


def gathering_before(text, events, starts, at):
    """The gathering named last before the offset ``at`` (within ``_BACK``): its label, class
    or mention holds a gathering's word ("a delegation of X will visit Y from ...")."""
    i = bisect.bisect_left(starts, at) - 1
    while i >= 0 and events[i][0] >= at - _BACK:
        s, e, ent = events[i]
        if gathering_words().search(ent.label or "") or \
                gathering_words().search(str(ent.cls).rsplit("#", 1)[-1]) or \
                gathering_words().search(text, s, min(e, s + _MENTION)):
            return ent
        i -= 1
    return None


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each entry of an agenda table described above; returns them."""
    text = draft.text
    found = [(t, r) for t in tables(text) if len(t.rows) >= 2 and "|" in text[t.start:t.end]
             for r in (_roles(t),) if r is not None]
    if not found:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = doc_date[:4] if doc_date else None
    days = [d for d in find_dates(text, year, extended=True, doc_date=doc_date)
            if d.kind == "date"]
    day_starts = [d.start for d in days]
    spans = spans_by_start(spans_of)
    names_at = [x[0] for x in spans]
    events, ev_starts, covered = event_mentions(draft, kind_of)
    out = []
    for table, roles in found:
        whole = gathering_before(text, events, ev_starts, table.start)
        if whole is None:
            continue
        day = None
        for item, place, day_spans, _ in _entries(text, table, roles):
            for s, e in day_spans:
                i = bisect.bisect_left(day_starts, s)
                if i < len(days) and days[i].start < e and len(days[i].value) == 10:
                    day = days[i]
                    break
            a, b = item[0]
            label = " ".join(" ".join(text[s:e].split()) for s, e in item).strip(" ;,")
            if day is None or not _LETTER.search(label) or any(covered[a:b]):
                continue
            cls = event_class(label) or milestone_class(label.lower()) or "Event"
            ent = Entity(minter.mint("event", day.value, " ".join(label.split()[:8])),
                         NFO[cls], label, False, RULE, CONFIDENCE, role=True)
            span = Span(a, b)
            ent.mentions.append(span)
            ent.add(NFO.startDate, date_literal(day.value), span, RULE)
            if day.until:
                ent.add(NFO.endDate, date_literal(day.until), span, RULE)
            ent.add(NFO.partOfEvent, whole.iri, span, PART_RULE)
            for ps, pe in place:
                k = bisect.bisect_left(names_at, ps)
                got = None
                while k < len(spans) and spans[k][0] < pe:
                    if spans[k][1] <= pe and kind_of(spans[k][2].cls) in _VENUES:
                        got = spans[k][2]
                        break
                    k += 1
                if got is not None:
                    ent.add(NFO.heldIn, got.iri, Span(ps, pe), VENUE_RULE)
                    break
            for s, e in item:
                k = bisect.bisect_left(names_at, s)
                while k < len(spans) and spans[k][0] < e:
                    other = spans[k][2]
                    if spans[k][1] <= e and kind_of(other.cls) in _PARTIES:
                        ent.add(NFO.participant, other.iri, span, PARTY_RULE)
                    k += 1
            draft.entities[ent.iri] = ent
            spans_of.append((a, b, ent))
            out.append(ent)
    return out
