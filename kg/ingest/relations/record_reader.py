"""A record of labelled fields read as a table's row is (``reading.field_blocks``): a ledger's,
a publicity notice's or a project card's block ::

    1. 200,000 t/a high-purity silicon metal project
       Investor:            X Silicon Materials Co., Ltd.
       Site:                Hami Industrial Park, Yizhou District
       Leader in charge:    A, Vice Mayor of Hami

The record's subject is what its subject field names ("Project:", "Name:", a word of
``data/table-subject-headers.txt`` that has no reading of its own, not "Site:": the name that
opens the value), else what the numbered
item right above the block names (the name that opens the item's words). Each other field is
read by its label as a column by its header (``data/table-row-headers.txt``, through
:func:`row_reader.read_value`): an organisation under "Investor" / "Builder" / "Owner" owns the
project, one under "Responsible unit" / "EPC" / "Contractor" takes part in it, a person under
"Leader in charge" leads it, its place under "Site" / "Location" / "Address" is where it is
(the value's first place: "X Park, Y District" the park), a day alone under "Planned
completion" / "Deadline" its planned day. Rule ``table:record-field@0.5`` (dates
``table:record-field-date@0.5``).

A works or a lot (a site) is read by the list's "site" readings ("Lot 2  Tungsten powder" over
"Supplier:  X Co., Ltd.": X takes part in the lot); an "Address:" under a field that names an
organisation is that organisation's (:mod:`record_fields`), not the record's subject's.

Refused: a label the list lacks (it reads nothing), a block whose subject field or item names
nothing the draft found, or names a person, a place or a day; a value that denies itself
("none", "not yet"); two people in a leader's field. One pass over the text's blocks, each
value's names looked up by bisection: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.field_blocks import field_blocks
from kg.ingest.relations.row_reader import is_subject, lookups, read_value, reading

RULE = "table:record-field@0.5"
DATE_RULE = "table:record-field-date@0.5"
_SUBJECT_KINDS = ("project", "org", "product", "event")
_ADDRESS = re.compile(r"\baddress\b", re.I)
_DASH = re.compile(r"[ \t]+[-\u2013\u2014][ \t]+")


def record_fields(draft, spans_of, kind) -> int:
    """Read the text's blocks of fields (see the module); returns how many statements were
    added."""
    text = draft.text
    blocks = field_blocks(text)
    if not blocks:
        return 0
    within, doc, by_iri = lookups(draft, spans_of)
    added = 0
    for bl in blocks:
        subject, own = _subject(text, bl, within, kind)
        if subject is None:
            continue
        party_above = False
        for f in bl.fields:
            if f is own:
                continue
            got = reading(f.label)
            if party_above and _ADDRESS.search(f.label):
                continue        # (a lot's "Supplier:  X" over "Address:": X's, record_fields')
            party_above = party_above or any(
                e.kind == "org" for _, _, e in within(f.spans[0][0], f.spans[0][1]))
            if not got:
                continue
            added += read_value(text, subject, got, f.spans, Span(f.spans[0][0], f.spans[-1][1]),
                                within, kind, by_iri, doc, RULE, DATE_RULE)
    return added


def _subject(text, bl, within, kind):
    """(the block's subject, the field that names it or None), or (None, None)."""
    for f in bl.fields:
        if is_subject(f.label) and not reading(f.label):     # (not "Site:", a place)
            # (the whole value: a name wrapped over its lines opens it too)
            return _opening((f.spans[0][0], f.spans[-1][1]), within, kind, text), f
    if bl.heading is not None:
        return _opening(bl.heading, within, kind, text), None
    return None, None


def _opening(span, within, kind, text):
    """The longest name that opens ``span`` (a value's or an item's first line), when it is a
    thing a record is about (a project or site, an organisation, a product, an event); a plant
    or project named after an organisation and a dash ("X Co., Ltd. - Cobalt Refinery") is."""
    a, b = span
    found = [(s, e, ent) for s, e, ent in within(a, b) if s == a and not ent.role]
    if not found:
        return None
    _, end, ent = max(found, key=lambda x: x[1])
    k = kind(ent)
    if k == "org":
        # "Facility:  X Co., Ltd. - Cobalt Refinery": the plant after the dash is the subject
        unit = [(s, e, x) for s, e, x in within(end, b) if not x.role
                and _DASH.fullmatch(text, end, s) and (kind(x) == "project" or
                                                       str(x.cls).endswith("#Site"))]
        if unit:
            return max(unit, key=lambda x: x[1] - x[0])[2]
    if k in _SUBJECT_KINDS or k == "place" and str(ent.cls).endswith("#Site"):
        return ent
    return None
