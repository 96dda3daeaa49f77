"""The deadlines a list of parties sets, one a row, when no task column says what is due::

    Annex  List of enterprises to rectify
           (No. / city / enterprise / finding / deadline)
      01 / Hebi / X Magnesium Co., Ltd. / 41 inefficient motors in use / 31 January 2027

A rectification notice, an inspection's list of findings, a recall's or a licence list's
"deadline" column: the curators make a milestone of each row's deadline still to come, the
deadline of the party the row names. The table is one of :mod:`kg.ingest.reading.tables` (an
aligned, pipe or delimited table) with a deadline column (``data/action-item-headers.txt``, kind
``due``: Deadline, Due date, Time limit ...) and no task column (a row whose task opens with a
verb is :mod:`kg.ingest.events.action_items`' step). Each row whose deadline cell reads as a date
not before the document's date is a ``nfo:Milestone`` (rule ``event:dated-row-deadline``, 0.4: its date its own, not revised by date attachment)
labelled "Deadline for <party>", the party the organisation the row's cells name outside its
owner column (the unit in charge, ``owner`` in the same file) that fills most of its cell, and
at least ``_FILLS`` of it (the enterprise's cell, not a city's that holds a word of its short
name, nor a project's cell that names its partner: that row's deadline is the project's), else
the owner's; its
``nfo:plannedDate`` the date (a day or month whose turn has passed this year falls in the next,
as :func:`kg.ingest.events.action_items.due_value` reads it); the party takes part; its evidence
runs from the row's start to the deadline cell's end.

Not read: a row whose deadline is past (a task met or missed: the ledger's "Completed" rows
are events of their own, not deadlines), one that names no organisation, a table without a
document date to tell what is still to come. Linear: each such table's rows once, names looked
up by bisection."""
from __future__ import annotations

import bisect

from kg.ingest.events.action_items import column_of, due_value, cell_text
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "event:dated-row-deadline", 0.4
# how much of its cell a party's name fills at least: a column of parties ("Hebi X Magnesium Co.,
# Ltd."), not a name inside a project's or a finding's words ("Dust enclosure, in cooperation
# with X Magnesium": the row's deadline is the project's)
_FILLS = 0.6


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add a milestone for each row's deadline described above; returns them."""
    text = draft.text
    if draft.date is None:
        return []
    found = [t for t in tables(text) if column_of(t, "due") is not None
             and column_of(t, "task") is None]
    if not found:
        return []
    doc_date = str(draft.date)
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]

    cell_of: dict = {}      # a party's iri -> (start, end) of its name in the row

    def orgs_in(cells):
        """The organisation named in ``cells`` that fills most of its cell (a company's cell,
        not a city's cell that holds a word of its name), or None."""
        best, share = None, (_FILLS, 0)
        for cell in cells:
            size = sum(b - a for a, b in cell.spans)
            for a, b in cell.spans:
                for x in spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
                    # (of two that fill their cells, the longer name: "Marlow" in the city
                    # column may be read as a short name of "Marlow X Co., Ltd.")
                    here = ((x[1] - x[0]) / max(1, size), x[1] - x[0])
                    if not x[2].role and x[1] <= b and kind_of(x[2].cls) == "org" and here > share:
                        best, share = x[2], here
                        cell_of[x[2].iri] = (x[0], x[1])
        return best

    out = []
    for table in found:
        due_col, owner_col = column_of(table, "due"), column_of(table, "owner")
        for row in table.rows:
            due = row.cell(due_col)
            if due is None:
                continue
            value = due_value(cell_text(text, due), doc_date[:4], doc_date)
            if value is None or value < doc_date[:len(value)]:
                continue
            cells = [c for c in row.cells if c.col not in (due_col, owner_col)]
            owner = row.cell(owner_col) if owner_col is not None else None
            party = orgs_in(cells) or (orgs_in([owner]) if owner is not None else None)
            if party is None:
                continue
            label = f"Deadline for {party.label}"
            ent = Entity(minter.mint("event", value, label), NFO.Milestone, label, False, RULE,
                         CONFIDENCE, role=True)
            span = Span(row.start, due.end)
            ent.mentions.append(span)
            # (each statement on its own cell: the finding's words, "no energy metering", are
            # no denial of the deadline)
            ent.add(NFO.plannedDate, date_literal(value), Span(due.start, due.end), RULE)
            ent.add(NFO.participant, party.iri, Span(*cell_of[party.iri]), RULE)
            draft.entities[ent.iri] = ent
            spans_of.append((span.start, span.end, ent))
            out.append(ent)
    return out
