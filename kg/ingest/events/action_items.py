"""The action items a table of minutes, a trip report or a work plan sets out, one a row::

    No.  Task                                     Owner           Deadline
    ---  ---------------------------------------  --------------  ------------
    1    File the line project with the Baoji     Yan Lu          30 Nov 2026
         High-tech Zone Administrative Committee
    2    Sign the framework agreement with        Song Kai        before 15
         Baotai Group                                             December

Each row whose task opens with a verb of a step (``data/task-verbs.txt``: file, sign, send,
host, register, complete ...) is a step still to come (rule ``event:dated-task``, 0.4, as the
tasks of a plan's list, :mod:`kg.ingest.events.task_items`): labelled by the verb's noun and
the task's words ("Filing of the line project with the Baoji High-tech Zone Administrative
Committee"), its ``nfo:plannedDate`` the date its deadline cell gives (a month or day whose
turn has passed this year falls in the next; a half or a quarter is its year), the people of
its owner cell and the organisations of its task taking part, the projects and sites of its
task what it is about; its evidence the row's first line from the task on. The table is one of
:mod:`kg.ingest.reading.tables` with a task column (``data/action-item-headers.txt``: Task,
Action, Measure ...) and a deadline column (Deadline, Due, Time limit ...); a row with no date
to read in its deadline cell ("next Monday", "ongoing") is still a step, undated. Linear: each
table's rows once, names looked up by bisection."""
from __future__ import annotations

import bisect
from functools import lru_cache

from kg.ingest.events.planned_milestones import planned_value
from kg.ingest.events.task_items import RULE, CONFIDENCE, step_label, step_verb
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start


@lru_cache(maxsize=None)
def _headers() -> dict:
    out: dict = {}
    for line in lines("action-item-headers"):
        kind, label = line.split(None, 1)
        out[label.lower()] = kind
    return out


def column_of(table, kind: str) -> int | None:
    for i, (_, _, name) in enumerate(table.header):
        if _headers().get(" ".join(name.lower().rstrip(":").split())) == kind:
            return i
    return None


def cell_text(text: str, cell) -> str:
    return " ".join(" ".join(text[a:b] for a, b in cell.spans).split())


def propose(draft, spans_of, minter, kind_of) -> list:
    text = draft.text
    found = [t for t in tables(text) if column_of(t, "task") is not None
             and column_of(t, "due") is not None]
    if not found:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    year = doc_date[:4] if doc_date else None
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]

    def names_in(cell):
        out = []
        for a, b in cell.spans:
            out += [x for x in spans[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]
                    if not x[2].role]
        return out

    out = []
    for table in found:
        task_col, due_col = column_of(table, "task"), column_of(table, "due")
        owner_col = column_of(table, "owner")
        for row in table.rows:
            task, due = row.cell(task_col), row.cell(due_col)
            if task is None:
                continue
            words = cell_text(text, task)
            verb = step_verb(words)
            if verb is None:
                continue
            obj = words[len(verb):].strip()
            if not obj.strip(".,;:-"):
                continue    # ("Sign" alone: a step of nothing, no label but "Signing of ")
            label, cls = step_label(verb, obj)
            first_line_end = max(c.spans[0][1] for c in row.cells)
            span = Span(task.start, first_line_end)
            value = due_value(cell_text(text, due), year, doc_date) if due is not None else None
            ent = Entity(minter.mint("event", value or "", " ".join(label.split()[:8])), NFO[cls],
                         label, False, RULE, CONFIDENCE, role=True)
            ent.mentions.append(span)
            if value:
                ent.add(NFO.plannedDate, date_literal(value), span, RULE)
            owner = row.cell(owner_col) if owner_col is not None else None
            for _, _, other in names_in(owner) if owner is not None else ():
                if kind_of(other.cls) in ("person", "org"):
                    ent.add(NFO.participant, other.iri, span, RULE)
            for _, _, other in names_in(task):
                k = kind_of(other.cls)
                if k == "org":
                    ent.add(NFO.participant, other.iri, span, RULE)
                elif k in ("project", "place") and str(other.cls).endswith(("#Project", "#Site")):
                    ent.add(NFO.about, other.iri, span, RULE)
            draft.entities[ent.iri] = ent
            spans_of.append((span.start, span.end, ent))
            out.append(ent)
    return out


def due_value(due: str, year: str | None, doc_date: str | None) -> str | None:
    """The date a deadline cell gives, read on its own ("before 15 December", "in the first half
    of next year"): a month or day whose turn has passed this year is next year's."""
    due += "."          # (a month alone is read before a stop: "in September.")
    got = [d for d in find_dates(due, year, extended=True, doc_date=doc_date)
           if d.kind in ("date", "gYearMonth", "gYear")]
    if not got:
        return None
    d = got[-1]
    value = planned_value(d, due)
    if doc_date and len(value) > 4 and value < doc_date[:len(value)] and not any(
            y in due for y in (value[:4],)):
        value = f"{int(value[:4]) + 1:04d}{value[4:]}"
    return value
