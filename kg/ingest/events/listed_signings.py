"""Agreements a text lists after counting what was signed at a named event: "Eight projects worth
16.8 billion yuan were signed at a ceremony on the 27th. Among them:" and then one signing a
paragraph, "Three agreements were also signed during the forum, including ...". Each new
agreement named after the count (in the counting sentence after its verb, in the rest of its
paragraph and in the paragraphs after it that name an agreement or a signing, at most as many
as counted) was signed at that event (``nfo:signedAt``, rule ``agreement:signed-at-listed``);
one with no date of its own, or only a date guessed from its sentence, takes the event's day
(``date:signed-at-listed``).

The event is the one named right after the verb, after "at" or "during" ("at a ceremony",
"during the X Forum"); a count with no event named there is left to
:mod:`kg.ingest.events.counted_signings`, which makes a signing event of it. One scan of the
text for the counts; each reads the paragraphs after it once: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.reading import scans_ahead
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.terms import NFO

RULE = "agreement:signed-at-listed"
_SCAN = ("kg.ingest.events.listed_signings", "count_pattern")
_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_COUNT = re.compile(
    r"\b(?P<n>(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)|\d{1,3})\s+"
    r"(?:[a-z][\w-]*\s+){0,3}?(?:projects|agreements|contracts|deals|memoranda|memorandums|"
    r"MoUs|MOUs|letters\s+of\s+intent)\b(?:[^.;:\n]|\.(?=\d)){0,100}?\s(?:were|have\s+been|had\s+been)\s+"
    r"(?:also\s+|jointly\s+)?signed\b")
_AT = re.compile(r"\s*(?:,\s*)?(?:at|during|on\s+the\s+sidelines\s+of)\s+(?:the\s+|a\s+|an\s+|"
                 r"this\s+)?")
_SIGNS = re.compile(r"\b(?:sign(?:ed|s|ing)?|agreed)\b")
_REACH = 3000           # how far after the count the list may run (characters)


def listed_signings(draft, kind) -> int:
    """Add ``nfo:signedAt`` to the agreements listed after a count of signings at an event;
    returns how many got one."""
    text = draft.text
    if "signed" not in text:
        return 0
    events = sorted(((m.start, m.end, e) for e in draft.entities.values()
                     if kind(e.cls) == "event" and not e.known for m in e.mentions),
                    key=lambda x: x[0])
    ev_starts = [s for s, _, _ in events]
    agreements = sorted(((min(m.start for m in e.mentions), e) for e in draft.entities.values()
                         if not e.known and e.mentions and kind(e.cls) == "agreement"),
                        key=lambda x: x[0])
    ag_starts = [s for s, _ in agreements]
    if not events or not agreements:
        return 0
    breaks = "\n\n" if "\n\n" in text.strip() else "\n"
    n = 0
    for m in scans_ahead.finditer(_COUNT, text, _SCAN):    # (maybe read ahead)
        count = int(m.group("n")) if m.group("n").isdigit() else _NUMBERS[m.group("n").lower()]
        at = _AT.match(text, m.end())
        if at is None:
            continue
        i = bisect.bisect_left(ev_starts, m.end())
        if i >= len(events) or events[i][0] > at.end() + 1:
            continue
        event = events[i][2]
        end = _list_end(text, m.end(), breaks, agreements, ag_starts)
        lo = bisect.bisect_left(ag_starts, m.end())
        hi = bisect.bisect_left(ag_starts, end)
        day = _event_day(event)
        for s, ag in agreements[lo:hi][:count]:
            if any(st[0] == NFO.signedAt for st in ag.statements):
                continue
            span = Span(m.start(), s)
            ag.add(NFO.signedAt, event.iri, span, RULE)
            n += 1
            own = [st for st in ag.statements if st[0] == NFO.dateSigned
                   and not st[3].startswith(("context:date", "date:dateline"))]
            if day is not None and not own:
                ag.statements[:] = [st for st in ag.statements if st[0] != NFO.dateSigned]
                ag.add(NFO.dateSigned, date_literal(day), span, "date:signed-at-listed")
    return n


def _list_end(text, start, breaks, agreements, ag_starts) -> int:
    """Where the list after a count ends: the end of its paragraph, and of each paragraph after
    it that names an agreement or a signing (at most ``_REACH`` characters on)."""
    end = text.find(breaks, start)
    end = len(text) if end < 0 else end
    limit = min(len(text), start + _REACH)
    while end < limit:
        nxt = text.find(breaks, end + len(breaks))
        nxt = len(text) if nxt < 0 else nxt
        para = text[end:nxt]
        if not para.strip():
            end = nxt
            continue
        i = bisect.bisect_left(ag_starts, end)
        names = i < len(ag_starts) and ag_starts[i] < nxt
        if not names and not _SIGNS.search(para):
            break
        end = nxt
    return min(end, limit)


def _event_day(event) -> str | None:
    days = [str(st[1]) for st in event.statements if st[0] == NFO.startDate]
    ends = [str(st[1]) for st in event.statements if st[0] == NFO.endDate]
    if len(days) != 1 or len(days[0]) != 10 or ends and ends != days:
        return None
    return days[0]


def count_pattern():
    """The counted signings' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _COUNT
