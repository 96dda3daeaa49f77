"""A table's row read by its header (``reading.tables``: header, rows, cells wrapped over lines):
the row's subject is what its subject cell names, the cell of the first column whose header
names a thing (``data/table-subject-headers.txt``: "Project", "Enterprise", "Product",
"Event", "Block" ...) that holds a name the draft found; each other cell is read by its
column's header (``data/table-row-headers.txt``: the header's first or last word, the kind of
what the cell names, the predicate, the kinds of subject it fits):

* an organisation under "Investor" / "Developer" / "Builder" / "Owner" is the owner of the
  row's project or site (``nfo:ownedBy``), one under "Responsible unit" / "EPC" /
  "Contractor" takes part in it (``nfo:participant``), under "Producer" / "Manufacturer" the
  maker of its product
  (``nfo:producedBy``), under "Organiser" / "Host" the organiser of its event;
* a person under "In charge" / "Leader" / "Responsible" leads its project or site
  (``nfo:ledBy``);
* a product under "Exhibits" is one the row's exhibitor makes (``nfo:producedBy``, stated of
  the product: a predicate marked "^" in the list is the cell's thing's);
* a metal under "Main product" / "Mineral" is one its subject concerns (``nfo:concernsMetal``),
  and so is the metal of a product named there ("tungsten heavy alloy parts");
* a metal or field the subject's own cell names beside its name ("Magnesium alloy housings for
  3C electronics") is one a project or site concerns (``nfo:concernsMetal``,
  ``nfo:concernsField``), not one inside an organisation's name there;
* a day under "Due" / "Deadline" is its project's or event's planned day
  (``nfo:plannedDate``), under "Completion" its end (``nfo:endDate``; planned when after the
  document's date), under "Start" its start (likewise planned when after it); a period under
  "Period" / "Term" ("2027.01-2028.12", "2026-11-20 to 2027-09-30") its start (planned when not
  before the document's date) and its end.

A value's names after an aside that follows its first name are not its value ("X Co., Ltd.,
a wholly owned subsidiary of Y": X only). Places are read so in a record's fields
(:mod:`record_reader`); a table's place columns are :mod:`table_rows`'s.

Rule ``table:row-cell@0.5`` (dates ``table:row-cell-date@0.5``). Refused: a header word the
list lacks (it reads nothing), a row whose subject cell names nothing (a number, "Total", a
category word), a row struck off ("withdrawn", reading/called_off), a cell that denies its
value ("none", "not yet"), a cell of two people or more (who leads is unclear), a day cell with
anything but one day in it ("done 28 Nov", "in the first half of 2027"), a subject that
already has that kind of day. One pass over the cells of the text's tables, each cell's names
looked up by bisection: linear in the tables' size."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.date_cells import _day
from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.table_model import header_words
from kg.ingest.reading.tables import tables
from kg.ingest.relations.cell_fields import cell_fields
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.relations.table_rows import _NO_VALUE
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

RULE = "table:row-cell@0.5"
DATE_RULE = "table:row-cell-date@0.5"
_DATE_PREDS = (NFO.startDate, NFO.plannedDate, NFO.endDate)


@lru_cache(maxsize=1)
def _readings() -> dict:
    """{header word: ((kind of the cell's names, predicate, kinds of subject), ...)}."""
    out: dict = {}
    for line in lines("table-row-headers"):
        word, what, pred, subjects = line.split()
        out.setdefault(word.lower(), []).append((what, pred, frozenset(subjects.split(","))))
    return {k: tuple(v) for k, v in out.items()}


def reading(header: str) -> tuple:
    """The readings of a column (or a field) headed ``header``: its last word's, else its
    first word's; () for a header of more than four words or a word the list lacks."""
    ws = header_words(header)
    if not ws or len(ws) > 4:
        return ()
    return _readings().get(ws[-1]) or _readings().get(ws[0]) or ()


def is_subject(header: str) -> bool:
    ws = header_words(header)
    heads = words("table-subject-headers")
    return bool(ws) and len(ws) <= 3 and (ws[0] in heads or ws[-1] in heads)


def subject_columns(heads: list) -> list:
    """The columns whose headers name a row's subject, those that name no field of it first:
    "| Permit holder | Permit No. |" is about the permit ("holder" reads the holder's cell),
    "| Product | Producer |" about the product all the same."""
    return sorted((k for k, h in enumerate(heads) if is_subject(h)),
                  key=lambda k: (bool(reading(heads[k])), k))


def lookups(draft, spans_of):
    """What a row or record is read against: the draft's names within a stretch (from the
    mention spans ``spans_of``), the document's day as text (or None) and its entities by
    IRI."""
    within = names_within(spans_by_start_longest(spans_of), None)
    doc = str(draft.date) if draft.date is not None else None
    return within, doc, {e.iri: e for e in draft.entities.values()}


def row_cells(draft, spans_of, kind) -> int:
    """Read the rows of the text's tables (see the module); returns how many statements were
    added."""
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return 0
    within, doc, by_iri = lookups(draft, spans_of)
    added = 0
    for t in tabs:
        heads = [h for _, _, h in t.header]
        subject_cols = subject_columns(heads)
        read = {k: r for k, h in enumerate(heads) if (r := reading(h))}
        if not subject_cols or not read:
            continue
        for row in t.rows:
            if struck(text, row.start, row.end):
                continue
            subject, col = row_subject(text, row, subject_cols, within)
            if subject is None:
                continue
            added += _own_cell(text, subject, row.cell(col), within, kind, Span(row.start, row.end))
            for c in row.cells:
                if c.col in read and c.col != col:
                    # (a place column is table_rows's: the smaller of two places)
                    added += read_value(text, subject, [r for r in read[c.col] if r[0] != "place"],
                                        c.spans, Span(row.start, row.end), within, kind, by_iri, doc)
                elif c.col not in read:
                    # "Lead: X Co., Ltd." / "With: Y; Z" under a project's title in its cell
                    for label, spans in cell_fields(text, c):
                        got = reading(label)
                        if got:
                            added += read_value(text, subject, got, spans,
                                                Span(row.start, row.end), within, kind, by_iri,
                                                doc)
    return added


def read_value(text, subject, readings, spans, evidence, within, kind, by_iri, doc,
               rule=RULE, date_rule=DATE_RULE) -> int:
    """What a value printed over ``spans`` (a cell's or a field's lines) says of ``subject``
    by ``readings`` (its header's): the statements of the first reading that fits the
    subject's kind and finds something; how many were added."""
    ks = subject.kind
    if ks == "place" and str(subject.cls).endswith("#Site"):
        ks = "site"         # (a works, a lot: the readings for "site")
    if _NO_VALUE.match(text, spans[0][0]):
        return 0
    found = None
    for what, pred, fits in readings:
        if ks not in fits:
            continue
        if what == "date":
            return _date(text, spans, subject, pred, doc, date_rule)
        if found is None:
            found = _before_aside(text, spans, _names(spans, within, text))
        if what == "metal":
            got = _metals(found, kind, by_iri)
        elif what == "place":       # (its first place: "X Park, Y District" the park)
            got = [e for e in found if e is not subject and e.kind == what][:1]
        else:
            got = [e for e in found if e is not subject and e.kind == what]
        if not got or what == "person" and len({id(e) for e in got}) > 1:
            continue
        p = getattr(NFO, pred.lstrip("^"))
        added = 0
        for ent in got:
            # ("^": the cell's thing states it of the subject: an exhibitor's exhibits are
            # produced by it)
            head, tail = (ent, subject) if pred.startswith("^") else (subject, ent)
            if any(q == p and o == tail.iri for q, o, *_ in head.statements):
                continue
            head.add(p, tail.iri, evidence, rule)
            added += 1
        return added
    return 0


def _names(spans, within, text) -> list:
    """(start, end, entity) of the draft's names inside the lines ``spans`` of a cell or a
    field (each once, in order), and of one wrapped from one line into the next."""
    out, seen = [], set()
    for a, b in spans:
        for s, e, ent in within(a, b):
            if id(ent) not in seen:
                seen.add(id(ent))
                out.append((s, e, ent))
    if len(spans) > 1:
        for s, e, ent in within(spans[0][0], spans[-1][1]):
            if id(ent) not in seen and "\n" in text[s:e]:
                seen.add(id(ent))
                out.append((s, e, ent))
        out.sort(key=lambda x: x[0])
    return out


# what opens an aside after a value's name: "X Co., Ltd., a wholly owned subsidiary of Y",
# "X Co., Ltd. (subsidiary of Y)", "X; Y to reply"
_ASIDE = re.compile(r"[ \t]*\(|,[ \t]+(?:a|an|the|its|which|whose|who|formerly|former)[ \t]|;")


def _before_aside(text, spans, found) -> list:
    """The names of ``found`` ((start, end, entity) of a value printed over ``spans``, in
    order) before an aside that follows the first name (its parent, its former name: no value
    of the field), as entities."""
    cut = None
    if len(found) > 1:
        after = found[0][1]
        for a, b in spans:
            if b <= after:
                continue
            m = _ASIDE.search(text, max(a, after), b)
            if m is not None:
                cut = m.start()
                break
    return [ent for s, _, ent in found if cut is None or s < cut]


_OWN = {"metal": NFO.concernsMetal, "field": NFO.concernsField}


def _own_cell(text, subject, c, within, kind, evidence) -> int:
    """The metals and fields a project's or site's own cell names beside it ("Magnesium alloy
    housings for" over "3C electronics": magnesium alloy, 3C electronics), not those inside an
    organisation's name there ("... with Fugu Xinyuan Magnesium")."""
    if c is None or subject.kind != "project" and not str(subject.cls).endswith("#Site"):
        return 0
    found = _names(c.spans, within, text)
    orgs = [(s, e) for s, e, ent in found if ent.kind == "org"]
    added = 0
    for s, e, ent in found:
        p = _OWN.get(ent.kind)
        if p is None or ent is subject or any(a <= s and e <= b for a, b in orgs):
            continue
        if any(q == p and o == ent.iri for q, o, *_ in subject.statements):
            continue
        subject.add(p, ent.iri, evidence, RULE)
        added += 1
    return added


def _metals(found, kind, by_iri) -> list:
    """The metals of a cell: those it names, and those a product it names is made of ("tungsten
    heavy alloy parts": the product's name holds the metal's)."""
    out = [e for e in found if kind(e) == "metal"]
    for e in found:
        if kind(e) in ("product", "technology"):
            out += [m for p, o, *_ in e.statements if p == NFO.concernsMetal
                    and (m := by_iri.get(o)) is not None and m not in out]
    return out


def subject_rows(text, tabs, within, start: int = 0):
    """(row, subject) of every row not struck through of the tables ``tabs`` that open at or
    after ``start`` and have a subject column, whose subject cell names a thing (``row_subject``)."""
    for t in tabs:
        if t.start < start:
            continue
        cols = subject_columns([h for _, _, h in t.header])
        if not cols:
            continue
        for row in t.rows:
            if struck(text, row.start, row.end):
                continue
            subject, _ = row_subject(text, row, cols, within)
            if subject is not None:
                yield row, subject


def row_subject(text, row, cols, within):
    """The thing the row's first subject cell that names one names (the name that opens the
    cell's first line, else the cell's only name) and its column; (None, None) when none does
    ("| Enterprise | Main product |": the enterprise, and the product's cell is read)."""
    for col in cols:
        c = row.cell(col)
        if c is None:
            continue
        a, b = c.spans[0]
        found = [(s, e, ent) for s, e, ent in within(a, b) if not ent.role]
        if not found:
            continue
        opening = [x for x in found if x[0] == a]
        if opening:
            return max(opening, key=lambda x: x[1])[2], col
        if len({id(x[2]) for x in found}) == 1:
            return found[0][2], col
        return None, None
    return None, None


# what joins the two ends of a period ("2026-11-20 to 2027-09-30", "March 2027 - June 2028")
_PERIOD_JOIN = re.compile(r"[ \t]*(?:-|\u2013|\u2014|~|to|until|till)[ \t]*")
# what may follow a period in its cell or field: its length in brackets ("(365 days)")
_PERIOD_TAIL = re.compile(r"[ \t.;,]*(?:\([^()\n]{0,30}\))?[ \t.]*")


def _period(text, spans, subject, doc, rule) -> int:
    """A period a cell's or field's one line prints and nothing else ("2027.07-2029.06",
    "2026-11-20 to 2027-09-30 (365 days)", "from March 2027 to June 2028"): ``subject``
    starts on its first day (planned when not before the document's date) and ends on its
    last; how many dates were added."""
    if len(spans) != 1:
        return 0
    a, b = spans[0]
    got = find_dates(text[a:b])
    if len(got) == 1 and got[0].until:
        first, last, ends = got[0].value, got[0].until, (got[0].start, got[0].end)
    elif len(got) == 2 and not got[0].until and not got[1].until and \
            _PERIOD_JOIN.fullmatch(text, a + got[0].end, a + got[1].start):
        first, last, ends = got[0].value, got[1].value, (got[0].start, got[1].end)
    else:
        return 0
    if text[a:a + ends[0]].strip().lower() not in ("", "from") or last <= first or \
            not _PERIOD_TAIL.fullmatch(text, a + ends[1], b):
        return 0
    span = Span(a + ends[0], a + ends[1])
    later = doc is not None and first >= doc[:len(first)]
    added = 0
    if not any(q in (NFO.plannedDate, NFO.startDate) for q, *_ in subject.statements):
        subject.add(NFO.plannedDate if later else NFO.startDate, date_literal(first), span, rule)
        added += 1
    if not any(q == NFO.endDate for q, *_ in subject.statements):
        subject.add(NFO.endDate, date_literal(last), span, rule)
        added += 1
    return added


def _date(text, spans, subject, pred, doc, rule) -> int:
    """The day of a cell's one line ``spans`` as ``subject``'s ``pred`` day (see the module): 1
    when added."""
    if pred == "period":
        return _period(text, spans, subject, doc, rule)
    if len(spans) != 1:
        return 0
    a, b = spans[0]
    d = _day(text, a, b)
    if d is None:
        return 0
    value = d.value
    later = doc is not None and value > doc[:len(value)]
    p = {"planned": NFO.plannedDate,
         "end": NFO.plannedDate if later else NFO.endDate,
         "start": NFO.plannedDate if later else NFO.startDate}[pred]
    if p in (NFO.plannedDate, NFO.startDate):
        if any(q in (NFO.plannedDate, NFO.startDate) for q, *_ in subject.statements):
            return 0
    elif any(q == p for q, *_ in subject.statements):
        return 0
    subject.add(p, date_literal(value), Span(a + d.start, a + d.end), rule)
    return 1
