"""The rows of a table that each state one occurrence: a calendar of hearings, a delegation's
itinerary, the stages of a contest or a recruitment, a register of complaint cases or of visits
received ::

    | Stage        | Dates              | Form and place                 |
    | Sign-up      | 2 to 20 March 2027 | online                         |
    | Final round  | Friday, 14 May     | hall of the Tin Research Park  |

    No.  Received  From               Enterprise              Matter
    1    4 Feb     a villager of X    Y Copper Co., Ltd.      dust from the slag heap

Each row whose day column prints a day is an event (rule ``event:table-row``, 0.4): labelled by
its "what" cell (the stage, the programme, the matter, the visitor: up to its first semicolon),
else (a calendar) by the first cell after the day that holds words and is no time, when
names of organisations, places or sites fill less than half of it (a day's list of companies
to visit is no label) and it is no column of codes ("Case No."); dated by its day
(``nfo:startDate``, a range's last day ``nfo:endDate``; ``relations.stated_mood`` makes it a
planned date when still to come); held in the places and sites of its place column; about the
parties of an "about" column (a complaint's enterprise); the organisations and people of its
other cells taking part (``verb_happenings``' reading, which also gives its metals). Its
evidence is the row's first line as printed.

A register of changes ("| Enterprise | Item changed | Before | After | Approved |") states
one registered change a row: a Milestone "Change of domicile of X Co., Ltd." dated by its
day, the firm of its enterprise column taking part, and the firms its other cells name (a new
shareholder; not a person, whose old or new post it is, nor a metal of a name).

The columns are known by their headers (``data/row-event-headers.txt``). A table is read only
when it has a day column and either a "what" column or its day column is its key (the first
column, or the first after a column of row numbers: a calendar, a programme listing, an exam
timetable), and two rows or more print a day: a table of companies or documents with
a date of issue among other columns is no list of occurrences. A row whose day cell is empty takes the day of the row above (an itinerary prints
a day once for its morning and its evening), and a row whose column of times holds several
times (the lines of one day, "09:30" over "14:00") is one occurrence a time. A row whose day cell
prints no day, or whose label cell an event proposed before already holds (a clause event of a
chronicle's row, a show named in its cell), or that names a thing, not a happening (its label
cell wholly a name of no event, "Copper"; its other cells only figures, a price), or whose label
cell is a sentence closed by its full
stop (a chronicle's entry: what the clause rules read, or chose not to), is left alone; the rule runs after the clause
events for that. A place cell gives its first place only ("Hanoi, Vietnam": the city).
Linear: each table's rows once, names looked up by bisection."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.dated import event_class
from kg.ingest.events.milestones import milestone_class
from kg.ingest.events.verb_happenings import clause_roles
from kg.ingest.events.years import document_year
from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.tables import tables
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "event:table-row", 0.4
_ROWS = 80          # at most so many rows of one table
_BRACKET = re.compile(r"\([^()]*\)")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_TIME = re.compile(r"[ \t]*[0-2]?\d[:.][0-5]\d(?:[ \t]*[-\u2013][ \t]*[0-2]?\d[:.][0-5]\d)?[ \t]*")
_NUMBER = re.compile(r"[ \t]*(?:No\.?[ \t]*)?\d{1,4}[.)]?[ \t]*")
_LETTERS = re.compile(r"[A-Za-z]{2,}")
_DAY_KINDS = ("date", "gYearMonth")
# the header of a column of codes: "Case No.", "Permit number", "Code", "ID"
_CODE = re.compile(r"(?i)\b(?:no\.?|number|code|id)\s*$")
# a cell that is a sentence: a capital, five words or more, closed by its full stop
# a price or a sum of money
_PRICE = re.compile(r"(?i)\d[\d,.]*\s*(?:yuan|rmb|usd|dollars?|euros?)\b|[$\u00a5\u20ac]\s*\d")
_SENTENCE = re.compile(r"^[A-Z]\S*(?:\s+\S+){4,}(?<!\bNo)\.$")


@lru_cache(maxsize=None)
def _headers() -> dict:
    out = {}
    for line in lines("row-event-headers"):
        kind, label = line.split(None, 1)
        out[" ".join(label.lower().split())] = kind
    return out


def _kind(header: str) -> str | None:
    return _headers().get(" ".join(_BRACKET.sub(" ", header).lower().rstrip(":").split()))


def _cell_text(text: str, spans) -> str:
    return " ".join(" ".join(text[a:b] for a, b in spans).split())


def _all(text: str, table, col: int, rx: re.Pattern) -> bool:
    """Whether every filled cell of column ``col`` is all ``rx`` (a column of times, of row
    numbers), and one is filled."""
    cells = [c for r in table.rows if (c := r.cell(col)) is not None
             and _cell_text(text, c.spans)]
    return bool(cells) and all(rx.fullmatch(text, a, b) for c in cells for a, b in c.spans)


def _columns(text: str, table):
    """(day column, label column, time column, {column: kind}) of an occurrence table, or
    None."""
    kinds = {k: _kind(h) for k, (_, _, h) in enumerate(table.header)}
    when = next((k for k, v in kinds.items() if v == "when"), None)
    if when is None:
        return None
    what = next((k for k, v in kinds.items() if v in ("what", "change")), None)
    times = [k for k in kinds if k != when and (kinds[k] == "time" or _all(text, table, k, _TIME))]
    numbers = {k for k in kinds if _all(text, table, k, _NUMBER)}
    keyed = what is None
    if keyed:
        key = next((k for k in range(len(kinds)) if k not in numbers), None)
        if key != when:
            return None
        what = next((k for k in range(when + 1, len(kinds)) if k not in numbers
                     and k not in times and kinds[k] not in ("when", "place", "about")), None)
        if what is None or _CODE.search(table.header[what][2]):
            return None     # (a column of case numbers or codes names no happening)
    return when, what, (times[0] if times else None), kinds, keyed


def _mostly_names(text: str, a: int, b: int, names, kind_of) -> bool:
    """Whether the names of organisations, places and sites cover half the letters of the cell
    ``a:b`` or more (a list of companies or places, not a happening)."""
    letters = sum(c.isalpha() for c in text[a:b])
    named = sum(c.isalpha() for x in names if kind_of(x[2].cls) not in ("metal", "event")
                for c in text[max(a, x[0]):min(b, x[1])])
    return letters == 0 or 2 * named >= letters


def _no_happening(text: str, cells: dict, when: int, what: int, within, kind_of) -> bool:
    """The row names a thing, not a happening: its label cell is wholly a name the draft holds
    of no event ("Copper", "Jiangxi Copper Co., Ltd."), or its other cells hold only figures
    ("Price check | 14,500 yuan per tonne"; not a count: "Seats | 40")"""
    la, lb = cells[what][0]
    cell = text[la:lb].strip()
    if any(kind_of(x[2].cls) != "event" and text[x[0]:x[1]].strip() == cell
           for x in within(la, lb)):
        return True
    rest = [sp for col, sp in cells.items() if col not in (when, what)]
    return bool(rest) and all(_PRICE.search(_cell_text(text, sp)) and not within(
        sp[0][0], sp[-1][1]) for sp in rest)


def _parts(row, time_col: int | None, text: str):
    """The row, or the parts of it one time each when its column of times holds several:
    [[(column, [(a, b), ...]), ...], ...], each part's cells with the lines of that part."""
    cells = [(c.col, list(c.spans)) for c in row.cells]
    tc = row.cell(time_col) if time_col is not None else None
    if tc is None or len(tc.spans) < 2:
        return [cells]
    cuts = [text.rfind("\n", 0, a) + 1 for a, _ in tc.spans]
    cuts[0] = min(cuts[0], text.rfind("\n", 0, row.start) + 1)
    out = []
    for i, lo in enumerate(cuts):
        hi = cuts[i + 1] if i + 1 < len(cuts) else len(text) + 1
        part = [(col, [(a, b) for a, b in spans if lo <= a < hi]) for col, spans in cells]
        out.append([(col, spans) for col, spans in part if spans])
    return out


def _label(cell: str) -> str:
    label = cell.split(";")[0].strip(" ,.:")
    words = label.split()
    if len(words) > 12 and ", " in label:
        label = label.split(", ")[0]
        words = label.split()
    return " ".join(words[:12]).strip(" ,.:")


def _day(text: str, spans, year: str | None, doc_date: str | None):
    cell = _cell_text(text, spans)
    got = [d for d in find_dates(cell, year, extended=True, doc_date=doc_date)
           if d.kind in _DAY_KINDS]
    return got[0] if got else None


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add an event for each occurrence row described above; returns them."""
    text = draft.text
    found = []
    for t in tables(text):
        if len(t.rows) >= 2 and any(_kind(h) == "when" for _, _, h in t.header):
            cols = _columns(text, t)
            if cols is not None:
                found.append((t, cols))
    if not found:
        return []
    doc_date = str(draft.date) if draft.date is not None else None
    doc_year = document_year(text, doc_date)
    covered = bytearray(len(text) + 1)
    for e in draft.entities.values():
        if kind_of(e.cls) == "event":
            for m in e.mentions:
                covered[m.start:m.end] = b"\x01" * (m.end - m.start)
    spans = spans_by_start(spans_of)
    within = names_within(spans, [None] * len(spans))
    out = []
    for table, (when, what, time_col, kinds, keyed) in found:
        head = table.header[when][2]
        year = (_YEAR.search(head).group(0) if _YEAR.search(head) else doc_year)
        rows = []
        carry = None
        for row in table.rows[:_ROWS]:
            for part in _parts(row, time_col, text):
                cells = dict(part)
                day_spans = cells.get(when)
                if day_spans and _cell_text(text, day_spans):
                    carry = _day(text, day_spans, year, doc_date)
                if carry is not None and cells.get(what):
                    rows.append((part, cells, carry))
        if sum(1 for _ in rows) < 2:
            continue
        for part, cells, d in rows:
            label_spans = cells[what]
            whole = _cell_text(text, label_spans)
            label = _label(whole)
            change = kinds.get(what) == "change"
            if not _LETTERS.search(label) or _SENTENCE.search(whole):
                continue    # (a chronicle's sentence: the clause events' to read)
            la, lb = label_spans[0]
            if any(covered[la:lb]) or keyed and _mostly_names(
                    text, la, lb, within(la, lb), kind_of) or _no_happening(
                    text, cells, when, what, within, kind_of):
                continue
            line_start = text.rfind("\n", 0, la) + 1
            first = [sp[0] for sp in cells.values() if text.rfind("\n", 0, sp[0][0]) + 1
                     == line_start]
            span = Span(min(a for a, _ in first), max(b for _, b in first))
            if change:      # ("Legal representative" changed: a registered change)
                label, cls = _changed(text, label, cells, kinds, within, kind_of), "Milestone"
            else:
                cls = event_class(label) or milestone_class(label) or "Event"
            ent = Entity(minter.mint("event", d.value, " ".join(label.split()[:8])), NFO[cls],
                         label, False, RULE, CONFIDENCE, role=True)
            ent.mentions.append(span)
            ent.add(NFO.startDate, date_literal(d.value), span, RULE)
            if d.until:
                ent.add(NFO.endDate, date_literal(d.until), span, RULE)
            lo = min(a for sp in cells.values() for a, _ in sp)
            hi = max(b for sp in cells.values() for _, b in sp)
            col_of = {}
            for col, sp in cells.items():
                for a, b in sp:
                    col_of[(a, b)] = col
            rest, placed = [], set()
            for x in within(lo, hi):
                if x[2].role or x[2] is ent:
                    continue
                col = next((c for (a, b), c in col_of.items() if a <= x[0] < b), None)
                if col is None:
                    continue
                k, kc = kinds.get(col), kind_of(x[2].cls)
                if k == "place":
                    if (kc == "place" or x[2].cls == NFO.Site) and col not in placed:
                        placed.add(col)     # ("Hanoi, Vietnam": the first, the city)
                        ent.add(NFO.heldIn, x[2].iri, span, RULE)
                elif k == "about" and change and kc == "org":
                    ent.add(NFO.participant, x[2].iri, span, RULE)     # (the firm that changed)
                elif k == "about" and kc in ("org", "project", "product") or \
                        k == "about" and x[2].cls == NFO.Site:
                    ent.add(NFO.about, x[2].iri, span, RULE)
                else:
                    rest.append(x)
            if change:      # (the firms a change brings in take part: not the old and new
                rest = [x for x in rest if kind_of(x[2].cls) == "org"]  # holders, nor metals)
            clause_roles(ent, text, rest, lo, span, kind_of)
            covered[la:lb] = b"\x01" * (lb - la)
            draft.entities[ent.iri] = ent
            spans_of.append((span.start, span.end, ent))
            out.append(ent)
    return out


def _changed(text: str, item: str, cells: dict, kinds: dict, within, kind_of) -> str:
    """The label of a register's row of a change ("| X Co., Ltd. | Domicile | old | new |
    24 Nov |"): "Change of domicile of X Co., Ltd." (the firm of its "about" column, if any)."""
    label = "Change of " + (item if item[1:2].isupper() else item[:1].lower() + item[1:])
    for col, sp in cells.items():
        if kinds.get(col) == "about":
            firm = next((x[2] for x in within(sp[0][0], sp[-1][1]) if kind_of(x[2].cls) == "org"),
                        None)
            if firm is not None:
                return f"{label} of {firm.label}"
    return label
