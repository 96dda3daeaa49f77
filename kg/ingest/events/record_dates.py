"""The dates a record prints in its labelled fields for the document it is: a licence's,
permit's or certificate's period of validity and day of issue ::

    (2) Baiyun Tin Mining Co., Ltd.
        Permit No.:    (Qian) KC Zi [2026] 0315
        Issued:        20 Nov. 2026
        Valid:         2026.11.20 - 2029.11.19

    11 Validity ........ valid from 18 December 2026 until
                         17 December 2027

A field line opens (after its indentation and perhaps an item's number) with a label of
``data/record-date-fields.txt``, then a colon, a run of leader dots or a wide gap, then its
value (wrapped onto the lines below indented deeper). Of a validity ("Valid:", "Validity",
"Period of validity") the first day is the document's day in force (``nfo:dateInForce``: the
period is one the document states, not a plan) and a last day its end (``nfo:endDate``); of
"Valid until:", "Expiry date:" the day is its end; of "Issued:", "Date of issue:" its day of
issue (``nfo:dateIssued``). A day of issue another rule guessed from the record's days gives
way (one of its validity's days is none; the printed day of issue is the one). Rule
``date:record-field``.

Whose: the one new document (a licence, permit, certificate, statement: ``CLASSES``; not a
standard or a policy the record names) named in the same block of fields
(:mod:`kg.ingest.reading.field_blocks`, its numbered heading included), the nearest one before
the line when the block names several; a block that names none dates no one (the certificate
its "Certificate No." gives is not the announcement's). A field outside any block is the text's
own document's (a statement whose numbered fields run down the page) when the text prints that
field once (a list of records leaves it to no one) and that document is the one named above
the first field line, in the first ``_HEAD`` characters; or the document its fields name above
it ("2 Licence No. .... X" over "3 Validity ...."), the nearest, when they name one. A date of that kind the entity already
has is kept."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds
from kg.ingest.model import Span
from kg.ingest.reading import scans_ahead
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.terms import NFO

RULE = "date:record-field"
_HEAD = 600
# the documents a record is (a licence, a permit, a certificate, a statement, a decision); not a
# standard or a policy a record names in its fields ("Standard: X", "Basis: Y Regulations")
CLASSES = ("PolicyDocument", "Report", "Notice")
# a word before the only day of a validity that makes it the last day ("valid until", "to")
_UNTIL_WORD = re.compile(r"\b(?:until|till|through|to|expir\w*|ends?|ending)\b[^\d]*$", re.I)


# any field line ("1  Client ......... X", "Licence No.: Y"): what is named above the first is
# the head's
_ANY_FIELD = re.compile(r"(?m)^[ \t]*(?:\(?\d{1,2}[.)]?[ \t]+)?[A-Z][\w .()/&'-]{0,30}?"
                        r"(?:[ \t]*[:\uff1a]|[ \t]*\.{3,})")


_SCAN = ("kg.ingest.events.record_dates", "field_pattern")


def field_pattern() -> re.Pattern:
    """The labelled fields' pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _line()


@lru_cache(maxsize=1)
def _line() -> re.Pattern:
    kinds = labelled_kinds("record-date-fields")
    alt = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                   for w in sorted(kinds, key=len, reverse=True))
    # indentation, an item's number ("11 ", "(3) "), the label, then a colon, leader dots or a
    # wide gap, and the value's first character
    return re.compile(rf"(?im)^(?P<ind>[ \t]*(?:\(?\d{{1,2}}[.)]?[ \t]+)?)(?P<label>{alt})"
                      r"(?:[ \t]*[:\uff1a]|[ \t]*\.{3,}|[ \t]{3,})[ \t.]*(?=\S)")


def _value_end(text: str, m: re.Match) -> int:
    """Where the field's value ends: its line, and the lines below it indented deeper than the
    label that hold no field of their own (a value wrapped over lines), at most two."""
    end = text.find("\n", m.end())
    end = len(text) if end < 0 else end
    col = len(m.group("ind"))
    for _ in range(2):
        if end >= len(text):
            break
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1:nxt]
        ind = len(line) - len(line.lstrip(" \t"))
        if not line.strip() or ind <= col or ":" in line or _line().match(line):
            break
        end = nxt
    return end


def _owner(text, blocks, bstarts, ents, at: int, once: bool):
    """The entity the field at ``at`` dates (see the module), or None."""
    i = bisect.bisect_right(bstarts, at) - 1
    if i >= 0 and blocks[i].start <= at <= blocks[i].end:
        bl = blocks[i]
        lo = bl.heading[0] if bl.heading is not None else bl.start
        if bl.heading is None:
            # (the line right above the block, its head: "[1] Permit No.:   6108...")
            ls = text.rfind("\n", 0, lo)
            above = text.rfind("\n", 0, max(0, ls)) + 1
            if ls > 0 and text[above:ls].strip():
                lo = above
        inside = [(s, ent) for s, ent in ents if lo <= s <= bl.end]
        if inside:
            before = [x for x in inside if x[0] < at]
            named = {id(ent) for _, ent in inside}
            if len(named) == 1 or before:
                return (before or inside)[-1][1]
        return None     # (a block of a record that names none: "Certificate No.: ..." unread)
    if not once:
        return None
    first = _ANY_FIELD.search(text, 0, _HEAD)
    top = first.start() if first is not None else _HEAD
    head = [ent for s, ent in ents if s < top]
    if len(set(map(id, head))) != 1:
        return None
    # (another document named in the fields above it: "2 Licence No. .... X / 3 Validity ...."
    # is X's, not the publicity's)
    above = [ent for s, ent in ents if top <= s < at and ent is not head[0]]
    return above[-1] if above else head[0]


def date_record(ent, lk: str, got: list, lead: str, span) -> int:
    """Give ``ent`` the dates ``got`` of a field (or a column) of kind ``lk`` ("valid", "until",
    "issued"; ``lead`` the value's words before its first date); how many it did not have."""
    first = got[0]
    adds = []
    if lk == "issued":
        adds.append((NFO.dateIssued, first.value))
    elif lk == "until":
        adds.append((NFO.endDate, first.until or first.value))
    elif len(got) == 1 and first.until is None and _UNTIL_WORD.search(lead):
        adds.append((NFO.endDate, first.value))
    else:
        adds.append((NFO.dateInForce, first.value))
        last = first.until or (got[1].value if len(got) > 1 else None)
        if last is not None and last > first.value:
            adds.append((NFO.endDate, last))
    # a day of issue another rule guessed from the record's days: one of its validity's days
    # read there is no day of issue (not the text's own, signed at its end), and the day its
    # "Issued" field prints is the one
    read = {value for _, value in adds}
    issued = next((value for pred, value in adds if pred == NFO.dateIssued), None)
    ent.statements[:] = [st for st in ent.statements if not (
        st[0] == NFO.dateIssued and st[3] != RULE and st[3].startswith(("context:date", "date:"))
        and (str(st[1]) != issued if issued is not None else str(st[1]) in read
             and st[2].start < span.end and span.start < st[2].end))]
    changed = 0
    for pred, value in adds:
        if any(st[0] == pred for st in ent.statements):
            continue
        ent.add(pred, date_literal(value), span, RULE)
        changed += 1
    return changed


def record_field_dates(text, dates, dated_kinds, kind) -> int:
    """Date the documents whose records print their validity or day of issue in labelled
    fields (see the module); how many entities changed."""
    found = list(scans_ahead.finditer(_line(), text, _SCAN))      # (maybe read ahead)
    if not found:
        return 0
    ents = [(s, ent) for s, e, ent in dated_kinds
            if not ent.known and str(ent.cls).rsplit("#", 1)[-1] in CLASSES]
    if not ents:
        return 0
    kinds = labelled_kinds("record-date-fields")
    blocks = field_blocks(text)
    bstarts = [bl.start for bl in blocks]
    starts = [d.start for d in dates]
    label_kind = [kinds[" ".join(m.group("label").lower().split())] for m in found]
    changed = 0
    for m, lk in zip(found, label_kind):
        end = _value_end(text, m)
        got = [d for d in dates[bisect.bisect_left(starts, m.end()):bisect.bisect_left(starts, end)]
               if d.end <= end]
        if not got:
            continue
        ent = _owner(text, blocks, bstarts, ents, m.start("label"), label_kind.count(lk) == 1)
        if ent is None:
            continue
        changed += date_record(ent, lk, got, text[m.end():got[0].start],
                               Span(m.start("label"), got[-1].end))
    return changed
