"""A name found in a table stays inside one cell of a row (``reading.tables``): a header cell
names a column, not a thing ("Company", "County"), and no name runs from one cell into the next
("Company   County" is two headers, not a county). The name finders read each line as text;
this drops what they found across a table's cells, after the place rules (which add names of
their own), before any relation is proposed (not a name wrapped in a field's value: a form's
fields are no table's cells). Each mention is looked up once, by bisection. And
a name wrapped inside its cell onto the next line is read whole (:func:`wrapped_cell_names`),
up to a line of the cell that opens a note on the row ("Scope: ...", "Reason: ...", "(...)":
:func:`name_lines`)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names.candidates import Candidate, organisations
from kg.ingest.names.field_wraps import wrapped_field_names
from kg.ingest.names.header_wraps import header_wrap_names
from kg.ingest.names.listed_cities import listed_cities
from kg.ingest.names.person_names import reads_as_person
from kg.ingest.reading.table_model import Cell, header_words
from kg.ingest.reading.tables import tables
from kg.ingest.reading.table_positions import outside_cells
from kg.ingest.terms import NFO


def drop_across_cells(draft, spans_of) -> None:
    text = draft.text
    if not tables(text):
        return
    gone = set()
    wrapped = {(a, b) for got, _ in _wrapped(text) for a, b in [(got.start, got.end)]}
    # a name wrapped in a field's value ("Contractor ...... X Construction" over "Co., Ltd."):
    # a form's block, whatever columns the table reader sees in its indentation
    wrapped |= {(c.start, c.end) for c in wrapped_field_names(text)}
    # a name opening in a header's cell and wrapped into the row under it ("Party A: X" over
    # "Y Co., Ltd."): its mention in the header's cell
    wrapped |= {(c.start, c.end) for c in header_wrap_names(text)}
    for iri, ent in list(draft.entities.items()):
        if ent.known or ent.role or not ent.mentions:
            continue
        keep = [m for m in ent.mentions if outside_cells(text, m.start, m.end)
                or (m.start, m.end) in wrapped or ent.cls == NFO.Person and person_cell(text[m.start:m.end])]
        if len(keep) == len(ent.mentions):
            continue
        if keep:
            ent.mentions[:] = keep
        else:
            del draft.entities[iri]
        gone.add(id(ent))
    if gone:
        spans_of[:] = [(a, b, e) for a, b, e in spans_of
                       if id(e) not in gone or outside_cells(text, a, b) or (a, b) in wrapped]


def person_cell(name: str) -> bool:
    """Whether a person's name found in a table's header cell stands: a column is never named
    by a Chinese person's name printed one space apart (within one cell), so the "header" is a
    list's first row ("Presiding Judge   Liu X" over "Judge   Ma Y": a list of signers)."""
    return " ".join(name.split()) == name and reads_as_person(name)


def links_within_cells(text: str, mentions: list) -> list:
    """``mentions`` (the known names linked) without those that run over a line break from one
    column of a table into another: a row's last cell ending "X Ruiyi Additive" and the next
    line opening "manufacturing of ..." in the first column is no "additive manufacturing", and
    the company's name in the cell stays whole. A name wrapped down its own column stays."""
    crossing = [m for m in mentions if "\n" in text[m.start:m.end]]
    found = tables(text) if crossing else []
    if not found:
        return mentions
    lines = [(a, b, c.col) for t in found for r in t.rows for c in r.cells for a, b in c.spans]

    def col(pos: int):
        return next((k for a, b, k in lines if a <= pos < b), None)

    gone = set()
    for m in crossing:
        first, last = col(m.start), col(m.end - 1)
        if first is not None and last is not None and first != last:
            gone.add(id(m))
    return [m for m in mentions if id(m) not in gone] if gone else mentions


def wrapped_cell_names(text: str) -> list:
    """Organisations named in a table's cell wrapped onto a second line ("Luanchuan Jinyu
    Molybdenum Materials" over "Co., Ltd."): the organisation finder reads the cell's lines
    joined, and a name that is the whole cell is proposed under that label, its mention the
    cell's first line (a span of the text as stored: the lines between hold other cells), the
    first line's words an alias."""
    return [got for got, _ in _wrapped(text)]


def _wrapped(text: str) -> list:
    """(candidate, cell) of :func:`wrapped_cell_names`, the cell cut to its name's lines."""
    out = []
    for t in tables(text):
        for row in t.rows:
            for whole_cell in row.cells:
                c = name_lines(text, whole_cell)
                if len(c.spans) < 2:
                    continue
                joined = " ".join(text[a:b] for a, b in c.spans)
                if len(joined) > 200:
                    continue
                first = c.spans[0][1] - c.spans[0][0]
                # (a cell of the last column: nothing but spaces between its lines, and the
                # name's mention runs over them, "Baoji Qinling Titanium" to "Co., Ltd.")
                bare = all(not text[x[1]:y[0]].strip() for x, y in zip(c.spans, c.spans[1:]))
                for got in organisations(joined):
                    # (a bracket after the name closing the cell says where it is: "X Technology"
                    # over "Co., Ltd. (Xi'an)" under a "Company (city)" column)
                    whole = got.start == 0 and (got.end == len(joined) or
                                                _BRACKET_TAIL.fullmatch(joined, got.end) is not None)
                    # a second owner that starts on the first line and ends the cell
                    # ("Baoti Group and Baoji" over "Lirong Metal Recovery Co.")
                    last = bare and 0 < got.start < first and got.end == len(joined) and \
                        _JOINED.search(joined, 0, got.start) is not None
                    if not (whole or last):
                        continue
                    a, b = c.spans[0]
                    a += got.start
                    if bare:
                        b = _text_at(c.spans, got.end)
                    alias = {text[a:c.spans[0][1]]} if whole else set()    # (not "Baoji")
                    out.append((Candidate(a, b, got.label, got.cls, got.rule, got.confidence,
                                          alias | set(got.aliases)), c))
    return out


_JOINED = re.compile(r"\S(?:,| and| &)\s+$")
_BRACKET_TAIL = re.compile(r"[ \t]*\([^()\n]{1,40}\)[ \t]*")


def _text_at(spans, k: int) -> int:
    """The text's offset of offset ``k`` of the cell's lines joined by one space each."""
    for a, b in spans:
        if k <= b - a:
            return a + k
        k -= b - a + 1
    return spans[-1][1]
# a line of a cell that opens a note on its row, no more of the name above it: "Scope: rolling
# of copper strip", "Reason: ...", "(suspended on 8 September ...)"
NOTE_LINE = re.compile(r"[ \t]*(?:[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}[ \t]*:(?!\S)|\()")


def name_lines(text: str, cell):
    """``cell`` with its lines up to the first one that opens a note (``NOTE_LINE``): a client's
    name wrapped over two lines, then "Scope: ..." under it in the same column, is the name."""
    for k, (a, b) in enumerate(cell.spans):
        if k and NOTE_LINE.match(text, a, b):
            return Cell(cell.col, cell.spans[:k], cell.header)
    return cell


def wrapped_tails(text: str, news: list) -> list:
    """``news`` without the names found on the later lines of a table's cell whose name
    :func:`wrapped_cell_names` reads whole ("Materials Co., Ltd." under "Shaanxi Hongyuan
    Composite")."""
    tails = [(a, b) for _, c in _wrapped(text) for a, b in c.spans[1:]]
    if not tails:
        return news
    # (one line or several of them: "Technology Development Co.," over "Ltd.")
    return [n for n in news if not (any(a <= n.start < b for a, b in tails)
                                    and any(a < n.end <= b for a, b in tails))]


_NAME_CELL = re.compile(r"(?:[A-Z0-9][\w'\u2019.&-]*)(?:[ \t]+(?:[A-Z0-9][\w'\u2019.&-]*|of|and|the|"
                        r"de|du|la|le))*")
_MAX_WORDS = 8
# a project printed in sentence case in a column of projects ("Titanium alloy plate and strip",
# "Sponge titanium, phase II"): a capitalised word, then words (a comma before one)
_PHRASE_CELL = re.compile(r"[A-Z][\w'\u2019-]*(?:,?[ \t]+[\w'\u2019()-]+)+")


@lru_cache(maxsize=None)
def _thing_heads() -> dict:
    out = {}
    for line in lines("table-thing-headers"):
        word, cls = line.split()
        out[word.lower()] = cls
    return out


def header_class(header: str) -> str | None:
    """The class a column's cells name by its header ("Block" -> Site), or None."""
    ws = header_words(header)
    if not ws:
        return None
    return _thing_heads().get(ws[-1]) or _thing_heads().get(ws[0])


# what ends a project's cell after its name: the row's amount ("..., 1.5 billion yuan")
_FIGURE_TAIL = re.compile(r",[ \t]+\d[\d.,]*(?:[ \t]+[A-Za-z]+){0,2}[ \t]*\Z")
_MAX_WRAPPED_WORDS = 12
_WRAPPED_RULE = "table:wrapped-cell-name"


def column_names(text: str) -> list:
    """Things named by their column: a cell under a header of ``data/table-thing-headers.txt``
    printed as a name (capitalised words, "of" / "and" between them; at most eight words; a
    project also in sentence case, as key-project lists print them) is a thing of that class (rule ``table:cell-name``, 0.5); what another rule names there wins
    (these come last and never displace a longer name). A project's cell wrapped over two or
    three lines is one name (:func:`_wrapped_project`); so is a site's, and a site's cell in
    sentence case is a site when its last word is a facility's head ("| Workshop |": "Zinc
    electrowinning workshop", :func:`_site_phrase`)."""
    out = []
    for t in tables(text):
        classes = {k: header_class(h) for k, (_, _, h) in enumerate(t.header)}
        if not any(classes.values()):
            continue
        if _timetable(t):
            # ("| Time | Programme |": what is done at an hour, no programme paid for)
            classes = {k: None if _PROGRAMME & set(header_words(t.header[k][2])) else c
                       for k, c in classes.items()}
        for row in t.rows:
            for c in row.cells:
                cls = classes.get(c.col)
                if cls in ("Project", "Site") and 1 < len(c.spans) <= _WRAP_LINES:
                    got = _wrapped_project(text, c, cls)
                    if got is not None:
                        out.append(got)
                    continue
                if cls is None or len(c.spans) != 1:
                    continue
                a, b = c.spans[0]
                if cls == "County" and text[a:b] in listed_cities():
                    continue    # (a "Prefecture" column's "Qujing": the list's city)
                if cls == "Site" and _NAME_CELL.fullmatch(text, a, b) is None:
                    got = _site_phrase(text[a:b])
                    if got and len(got.split()) <= _MAX_WORDS:
                        out.append(Candidate(a, a + len(got), got, cls, "table:cell-name", 0.5))
                    continue
                if _NAME_CELL.fullmatch(text, a, b) is None and not (
                        cls == "Project" and _PHRASE_CELL.fullmatch(text, a, b)) or \
                        len(text[a:b].split()) > _MAX_WORDS or text[a:b].isdigit():
                    continue
                out.append(Candidate(a, b, text[a:b], cls, "table:cell-name", 0.5))
    return out


_PROGRAMME = frozenset(("programme", "programmes", "program", "programs"))
_HOURS = frozenset(("time", "times", "hour", "hours", "date", "day", "days"))


def _timetable(t) -> bool:
    """A table with a column of hours or days: its "Programme" column is an agenda."""
    return any(_HOURS & set(header_words(h)) for _, _, h in t.header)


# the place a site's cell adds after its name ("Titanium plate and strip smart factory, Baoji")
_PLACE_TAIL = re.compile(r",[ \t]+[A-Z][\w'\u2019-]*(?:[ \t]+[A-Z][\w'\u2019-]*){0,2}\Z")


@lru_cache(maxsize=1)
def _facility_heads() -> frozenset:
    return frozenset(re.split(r"\s{2,}", ln)[0] for ln in lines("facility-heads"))


def _site_phrase(cell: str) -> str:
    """The site a cell of a column of sites ("| Factory |", "| Workshop |") names in sentence
    case ("Zinc electrowinning workshop", "Titanium plate and strip smart factory, Baoji": the
    place after the comma left out), or "" when the cell is no such name: it must read as
    words in sentence case whose last one is a facility's head (``data/facility-heads.txt``)."""
    tail = _PLACE_TAIL.search(cell)
    name = cell[:tail.start()] if tail is not None else cell
    if _WRAPPED_PHRASE.fullmatch(name) is None or name.count("(") != name.count(")"):
        return ""
    return name if name.split()[-1].lower() in _facility_heads() else ""


_WRAP_LINES = 4
# a project's name in sentence case over its cell's lines: words (a figure with its point or
# per cent inside a bracket, "(3.2 km)", "(70 kW)"), a comma before one
# (its first word may be a figure with letters: "5G remote control of ...", "3D printed ...";
# or a quoted title: '"Metals in My Hand" science classes')
_WRAPPED_PHRASE = re.compile(r"(?:(?:[A-Z]|\d+[A-Z])[\w'\u2019+-]*|\"[A-Z][^\"\n]{0,40}\")"
                             r"(?:,?[ \t]+\(?[\w'\u2019.%/+-]+\)?)+")


def _wrapped_project(text: str, c, cls: str = "Project") -> Candidate | None:
    """The project a cell of a column of projects names over two to four lines ("Magnesium
    alloy semi-solid" over "die-cast parts for NEVs"): its lines joined are the label (a
    trailing ", 1.5 billion yuan", the row's amount, left out), its mention the cell's first
    line (the lines between hold other cells' text) and the first line's words an alias
    (rule ``table:wrapped-cell-name``, 0.45). Refused: a cell that is no name in sentence case
    (a figure, "Total", lower-case words), longer than twelve words or four lines, or
    with a bracket left open."""
    joined = " ".join(text[a:b] for a, b in c.spans)
    tail = _FIGURE_TAIL.search(joined)
    if tail is not None:
        joined = joined[:tail.start()]
    if cls == "Site":       # (a site's cell: a name ending in a facility's head)
        joined = _site_phrase(joined)
    if not joined or len(joined.split()) > _MAX_WRAPPED_WORDS or \
            _WRAPPED_PHRASE.fullmatch(joined) is None or joined.count("(") != joined.count(")"):
        return None
    a, b = c.spans[0]
    first = text[a:b].rstrip(" ,;")
    if len(first) > len(joined):        # (the first line holds the amount: "X project, 1.5")
        first = joined
    b = a + len(first)
    # the alias: the first line without the preposition that joins it to the next ("...
    # frames for"); none when the line breaks inside a phrase ("Recycled aluminium and")
    alias = _DANGLING.sub("", first)
    if _OPEN_PHRASE.search(alias):
        # (the mention stays the whole line: "Recycled aluminium and", not a metal's name)
        alias = joined
    else:
        b = a + len(alias)
    return Candidate(a, b, joined, cls, _WRAPPED_RULE, 0.45,
                     {alias} if alias != joined and len(alias.split()) > 1 else set())


_DANGLING = re.compile(r"(?:[ \t,;]+(?:for|on|in|with|to|at|by))+[ \t,;]*\Z")
_OPEN_PHRASE = re.compile(r"(?:[ \t,;]+(?:and|or|of|the|a|an|&))+[ \t,;]*\Z")
