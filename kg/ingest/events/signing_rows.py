"""Who took part in a counted signing, by the list printed under it: "Fourteen projects ... were
signed on the spot. Among them:" and then one project a line ("- a copper rod project of A Co.,
Ltd. in X County, 3.2 billion yuan;"), or "Eight projects were signed on the spot; they are listed
below." over a table ("No.  Project  Investor  Site  Amount"). Each organisation a row names (not
a government body: the host city signs every project; not a place) is a party to what was signed
there, so a participant of the signing (``nfo:participant``, rule ``event:signing-row@0.5``).

The signing is a counted one (:mod:`kg.ingest.events.counted_signings`); the rest of its paragraph
after the count announces a list (it ends with a colon, or with "below." / "as follows."), and the
list starts at the next line that is not blank: a table (:mod:`kg.ingest.reading.tables`) opening
there, else a run of items, each a line that opens with a dash, a bullet or a number (lines under
an item, and blank lines between items, belong to it; the first line that opens with no mark ends
the run). No more rows are read than were counted. One pass over the rows, each row's names found
by bisection: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.counted_signings import count_of
from kg.ingest.model import Span
from kg.ingest.reading.line_walk import filled_lines
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO

RULE = "event:signing-row@0.5"
_COUNTED = "event:counted-signing"
# the rest of the count's paragraph announces the list
_ANNOUNCES = re.compile(r"[^\n]*?(?::|\b(?:below|follows)[.:])[ \t]*$")
# an item's mark: a dash, a bullet, a circled or plain number
_MARK = re.compile(r"[ \t]*(?:[-\u2013\u2014\u2022\u00b7*]|[\u2460-\u2473]|\(?\d{1,2}[.)\u3001]|"
                   r"\(\d{1,2}\)|\d{1,2}(?=[ \t]{2}))[ \t]*")
# a table's header line or rule over numbered rows the table reader did not take ("No.  Project
# Investor", "---  -------")
_HEADER = re.compile(r"[ \t]*(?:No\.?|#|S/N)[ \t]{2,}\S|[ \t]*-{2,}[ \t-]*$")
_NOT_PARTY = ("#GovernmentBody", "#PartyOrganization")
_TABLE_SLACK = 400      # a table's header lines may come before its first row


def signing_rows(draft, spans_of, kind) -> int:
    """Add the participants the list under each counted signing names (see the module); returns
    how many."""
    text = draft.text
    signings = [e for e in draft.entities.values() if e.rule == _COUNTED and e.mentions]
    if not signings:
        return 0
    orgs = sorted((s, e, ent) for s, e, ent in spans_of if not ent.role and kind(ent) == "org"
                  and not str(ent.cls).endswith(_NOT_PARTY))
    starts = [x[0] for x in orgs]
    tabs = None
    n = 0
    for ev in signings:
        at = ev.mentions[0]
        par = text.find("\n\n", at.end)
        par = len(text) if par < 0 else par
        tail = re.sub(r"\s+", " ", text[at.end:par]).strip()
        if len(tail) > 160 or not _ANNOUNCES.fullmatch(tail):
            continue
        first = _next_line(text, par)
        if first is None:
            continue
        if tabs is None:
            tabs = tables(text)
        table = next((t for t in tabs if first <= t.start <= first + _TABLE_SLACK
                      or t.start <= first < (t.rows[0].start if t.rows else t.start)), None)
        rows = [(r.start, r.end) for r in table.rows] if table is not None else \
            _items(text, first)
        count = _count(text, ev)
        for a, b in rows[:count] if count else rows:
            seen = set()
            k = bisect.bisect_left(starts, a)
            while k < len(orgs) and orgs[k][0] < b:
                s, e, org = orgs[k]
                k += 1
                if org is ev or id(org) in seen or e > b:
                    continue
                seen.add(id(org))
                if not ev.statements.has(NFO.participant, org.iri):
                    ev.add(NFO.participant, org.iri, Span(a, b), RULE)
                    n += 1
    return n


def _next_line(text: str, pos: int):
    """Where the first line after ``pos`` that is not blank starts, or None."""
    while pos < len(text):
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text[pos:le].strip():
            return pos
        pos = le + 1
    return None


def _items(text: str, pos: int) -> list[tuple[int, int]]:
    """[(start, end)] of the run of marked items from ``pos`` (see the module)."""
    out = []
    for pos, le in filled_lines(text, pos):
        m = _MARK.match(text, pos, le)
        if not out and m is None and _HEADER.match(text, pos, le):
            continue
        if m is not None and m.end() < le:
            out.append([pos, le])
        elif out and text[pos] in " \t":
            out[-1][1] = le         # (an item's words wrapped onto an indented line)
        else:
            break
    return [(a, b) for a, b in out]


def _count(text: str, ev) -> int:
    """How many the signing's mention counts ("Fourteen projects ... were signed": 14), or 0."""
    at = ev.mentions[0]
    return count_of(text[at.start:at.end])
