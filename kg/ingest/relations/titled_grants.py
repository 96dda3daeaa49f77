"""Award grants listed in a table under a title that says whose list it is: a publicity, list or
roll of the (proposed) recipients, winners, awardees or selected persons of an award, a prize, a
title, a programme or a fund ("Publicity of the Proposed Selected Persons of the 2026 "X
Talents" Programme", "PUBLICITY OF THE PROPOSED RECIPIENTS OF THE 2026 REWARD AND SUBSIDY FUNDS
FOR ...", "List of Winners of the Y Science and Technology Award"), as Chinese public notices
print them. The award is what the title names after "of" (its bracketed round or batch left out):
the draft's award of that name, else a new ``nfo:Award`` (rule ``award:titled-list``). Each row of
the first table after the title gives one ``nfo:AwardGrant`` (rule ``award:titled-row@0.5``): the
person the row names, else the organisation that opens the row's first cell naming one; under a
column of names ("Name", "Winner") only what that column names (a row whose name the draft did
not read gives none, not the person's employer).

A notice (decision, announcement) on the award itself names it too ("Notice on the Innovation
Product Awards of the 2026 Expo", "Notice on the Results of the X Prize": the name up to its
last award, prize or medal word); not when the title names nominations, applicants or entries
(``data/award-title-refusals.txt``) or the penalised (``data/designation-list-refusals.txt``).
The award is conferred by the document's house (:mod:`house_org`) when no giver is known, and
its giver wins no grant.

A table with no such title whose "Award" (or "Prize", "Honour", "Title") column names an award
the draft read in each row grants each row's award to the row's recipient
(:func:`column_grants`, rule ``award:column-row@0.5``).

The title is looked for in the text's first lines only (``_HEAD_LINES``); each row's cells are
looked up once by bisection among the draft's names: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.reading.called_off import struck
from kg.ingest.lexicon import alternation, lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.tables import tables
from kg.ingest.relations.affiliations import grant_node, granted_pairs
from kg.ingest.relations.grant_rows import grant_each
from kg.ingest.relations.house_org import house
from kg.ingest.terms import NFO

RULE, CONFIDENCE = "award:titled-row@0.5", 0.5
AWARD_RULE = "award:titled-list"
_HEAD_LINES = 12
# the title's opening: whose list it is, then "of (the)" and the award's name to the title's end
_TITLE = re.compile(
    r"\b(?:publicity|list|roll|register|announcement|notice)\s+(?:of|on)\s+(?:the\s+)?"
    r"(?:(?:proposed|intended|shortlisted|final|selected|approved)\s+)?"
    r"(?:recipients?|winners?|awardees?|laureates|honou?rees|beneficiaries|grantees|"
    r"selected\s+(?:persons|people|individuals|candidates|enterprises|units|teams|projects)|"
    r"candidates\s+selected)\s+(?:of|for)\s+(?:the\s+)?", re.I)
# a notice on an award itself: "Notice on the X Awards of the 2026 Expo", "Notice on the
# Results of the Y Prize"
_ON = re.compile(r"\b(?:notice|decision|announcement|circular|bulletin|publicity)\s+on\s+"
                 r"(?:the\s+)?(?:results\s+of\s+(?:the\s+)?)?(?=[A-Z0-9\"“])", re.I)
_ON_NAME = re.compile(r"[^,;:()\n]{0,100}?\b(?:awards?|prizes?|medals?)\b", re.I)
# the award's head word: what the title names is given to its recipients
_GIVEN = re.compile(r"\b(?:award|awards|prize|prizes|medal|medals|title|titles|honou?rs?|"
                    r"programme|program|plan|fund|funds|scholarships?|fellowships?|grants?|"
                    r"subsid(?:y|ies)|rewards?|talents?)\b", re.I)
_NAME_HEADERS = frozenset({"name", "names", "full name", "recipient", "recipients", "winner",
                           "winners", "awardee", "awardees", "candidate", "person", "laureate"})
_ROUND = re.compile(r"\s*\([^()]{0,80}\)\s*$")


@lru_cache(maxsize=1)
def _refused():
    return re.compile(r"\b(?:" + alternation("award-title-refusals", r"\s+") + "|"
                      + alternation("designation-list-refusals", r"\s+") + ")", re.I)


def head_paragraphs(text: str, count: int = _HEAD_LINES):
    """(start, end, paragraph's end) of each of the text's first ``count`` non-blank lines: a
    title's paragraph is its line and the next two non-blank ones at most."""
    pos, n = 0, 0
    while pos < len(text) and n < count:
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        if text[pos:le].strip():
            n += 1
            end, k = le, 0
            while k < 2 and end + 1 < len(text) and text[end + 1:end + 2] not in ("\n", ""):
                nxt = text.find("\n", end + 1)
                end = len(text) if nxt < 0 else nxt
                k += 1
            yield pos, le, end
        pos = le + 1


def winners_title(text: str):
    """(start, end) of the award's name in a title among the text's first lines: a list of its
    winners, or a notice on the award ("Notice on the X Awards of the Y Expo": the name up to
    its last award word, over a line break of its title at most); or None."""
    for pos, le, end in head_paragraphs(text):
        m = _TITLE.search(text, pos, le)
        if m is not None:
            name = text[m.end():min(end, m.end() + 300)]     # (a title, not a page)
            cut = _ROUND.search(name)
            stop = m.end() + (cut.start() if cut else len(name.rstrip()))
            if _GIVEN.search(text, m.end(), stop):
                return m.end(), stop
        m = _ON.search(text, pos, le)
        if m is None or _refused().search(text, pos, end):
            continue
        flat = text[:end].replace("\n", " ")       # (the title over its line break)
        got = _ON_NAME.match(flat, m.end())
        if got is not None and not re.search(r"\bawarding\b", got.group(), re.I):
            return m.end(), got.end()
    return None


def award_label(raw: str) -> str:
    """A title's award name as a label: no quotes, single spaces, a title in capitals in title case."""
    label = " ".join(raw.replace('"', " ").replace("“", " ").replace("”", " ").split())
    if label.isupper():
        small = {"of", "and", "for", "the", "in", "on", "to", "a"}
        label = " ".join(w.lower() if i and w.lower() in small else w.capitalize()
                         for i, w in enumerate(label.split()))
    return label


@lru_cache(maxsize=1)
def _edition():
    """A title's edition before the award's name: "Sixth", "2026", "the 3rd" (and "2026 Third")."""
    return re.compile(r"(?:(?:the\s+)?(?:(?:19|20)\d\d|\d{1,3}(?:st|nd|rd|th)|"
                      + alternation("ordinal-words", r"\s+") + r")\s+)+", re.I)


def short_names(raw: str, label: str) -> set:
    """The names a titled award is also known by, as the curated lists label it: without its
    edition ('Sixth "X" Quality Award for Y' -> '"X" Quality Award for Y') and without the
    field after "for" ('"X" Quality Award'), its quotes as printed; not the label itself, nor a
    name of one word."""
    name = " ".join(raw.split())
    m = _edition().match(name)
    if m is None or m.end() == len(name):
        return set()
    name = name[m.end():]
    out = {name}
    cut = re.search(r"\s+for\s+", name)
    if cut is not None and _GIVEN.search(name, 0, cut.start()):
        out.add(name[:cut.start()])
    return {x for x in out if x != label and len(x.split()) > 1}


def _given(award) -> bool:
    """The award already says who gives it (``nfo:conferredBy``)."""
    return any(p == NFO.conferredBy for p, *_ in award.statements)


def _house(text, spans_of, kind):
    """The document's house (:mod:`house_org`) among the organisations it names: the giver of
    an award no one is said to give."""
    return house(text, sorted((s, e, ent) for s, e, ent in spans_of
                              if not ent.role and ent.kind == "org"))


def titled_grants(draft, spans_of, kind, minter) -> None:
    text = draft.text
    got = winners_title(text)
    if got is None:
        return
    a, b = got
    found = [t for t in tables(text) if t.start > b]
    if len(found) > 1 and _SEVERAL.search(text, a, b) and \
            section_grants(draft, spans_of, kind, minter, found, b):
        return
    rows = table_recipients(text, found[0], spans_of, kind) if found else \
        numbered_recipients(text, b, spans_of, kind)
    label = award_label(text[a:b])
    if len(rows) < 2:
        return      # (a list of one is no list)
    award, new = award_named(draft, minter, label, Span(a, b), AWARD_RULE)
    if new:
        award.aliases.update(short_names(text[a:b], label))
    if not _given(award):
        giver = _house(text, spans_of, kind)
        if giver is not None:
            award.add(NFO.conferredBy, giver.iri, Span(a, b), AWARD_RULE)
            rows = [r for r in rows if r[1][2] is not giver]
    grant_rows(draft, minter, award, rows, RULE, CONFIDENCE, row_works(spans_of, kind))


# a title naming several awards ("the 2026 X Awards for Y", "the Z Prizes")
_SEVERAL = re.compile(r"\b(?:awards|prizes|medals|titles|honou?rs)\b", re.I)
# a section heading over a table: its letter or number, then a short name and nothing after it
_SECTION = re.compile(r"[ \t]*(?:[A-H]|[IVX]{1,4}|\d{1,2})[.)\u3001][ \t]+"
                      r"(?P<n>[A-Z][\w'\u2019-]*(?:[ \t]+[\w'\u2019\"\u201c\u201d-]+){1,7})[ \t]*$")
_RULE_ONLY = re.compile(r"[ \t]*[-=_+|]{3,}[-=_+| \t]*$")
SECTION_RULE = "award:titled-section@0.5"


@lru_cache(maxsize=1)
def _section_refusals():
    return frozenset(w.lower() for w in lines("section-award-refusals"))


def section_heading(text: str, pos: int, floor: int):
    """(start, end) of the award's name a section heading gives, when the line right above
    ``pos`` (blank and rule lines skipped, not before ``floor``) is one ("A. X Award", "II. Y
    Star (2)": its letter or number, then two to eight words); None for a heading of a rank or a
    kind of recipient (``data/section-award-refusals.txt``)."""
    end = pos
    for _ in range(6):
        le = text.rfind("\n", floor, end)
        if le < 0:
            return None
        ls = text.rfind("\n", floor, le)
        ls = floor if ls < 0 else ls + 1
        line = text[ls:le]
        if line.strip() and not _RULE_ONLY.match(line):
            m = _SECTION.match(text, ls, le)
            if m is None:
                return None
            a, b = m.span("n")
            cut = _ROUND.search(text, a, b)
            b = cut.start() if cut else b
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", text[a:b])}
            if len(words) < 2 or words & _section_refusals():
                return None
            return a, b
        end = ls
        if ls <= floor:
            return None
    return None


def section_grants(draft, spans_of, kind, minter, found, b) -> bool:
    """A list of several awards' winners printed as one table each under a section heading
    naming the award ("A. Caring Employer Award" over a table of employers, "B. Self-Reliance
    Star" over one of persons): each table's recipients win its heading's award (rule
    ``award:titled-section@0.5``), the award and each grant given by the document's house
    (:func:`grant_rows.grant_each`); the title's
    collective name is no award of its own. Whether every table of the list (two at least)
    stood under such a heading: else nothing is done here."""
    text = draft.text
    heads, floor = [], b
    for t in found:
        got = section_heading(text, t.start, floor)
        if got is None:
            break
        heads.append((t, got))
        floor = t.end
    if len(heads) < 2:
        return False
    giver = None
    granted = granted_pairs(draft)
    for t, (a, e) in heads:
        rows = table_recipients(text, t, spans_of, kind)
        if not rows:
            continue
        award, _ = award_named(draft, minter, award_label(text[a:e]), Span(a, e), SECTION_RULE)
        if not _given(award):
            if giver is None:
                giver = _house(text, spans_of, kind) or False
            if giver:
                award.add(NFO.conferredBy, giver.iri, Span(a, e), SECTION_RULE)
        givers = [o for p, o, *_ in award.statements if p == NFO.conferredBy]
        grant_each(draft, minter, award, [((row.start, row.end), rec[2]) for row, rec in rows],
                   givers, granted, SECTION_RULE, CONFIDENCE)
    return True


def award_named(draft, minter, label: str, span: Span, rule: str):
    """(the draft's award of ``label``, whatever its case, else a new ``nfo:Award`` of it with
    ``span`` as its mention entered in the draft; whether it is new)."""
    award = next((ent for ent in draft.entities.values() if ent.cls == NFO.Award
                  and ent.label.lower() == label.lower()), None)
    if award is not None:
        return award, False
    award = Entity(minter.mint(label), NFO.Award, label, False, rule, 0.5)
    award.mentions.append(span)
    draft.entities[award.iri] = award
    return award, True


def table_recipients(text: str, table, spans_of, kind) -> list:
    """[(row, (start, end, recipient))]: each row's recipient, not struck out: the person the row
    names, else the organisation that opens the row's first cell naming one; under a column of
    names ("Name", "Winner") only what that column names."""
    names = sorted((s, e, ent) for s, e, ent in spans_of
                   if not ent.role and ent.kind in ("person", "org"))
    starts = [x[0] for x in names]
    # a column of the recipients' names ("Name", "Winner"): only what it names is a recipient
    named = {i for i, h in enumerate(table.header)
             if " ".join(h[2].lower().strip(" .:").split()) in _NAME_HEADERS}
    rows = []
    for row in table.rows:
        if struck(text, row.start, row.end):   # withdrawn, disqualified
            continue    # ("3   A   disqualified", "(withdrawn)": no winner)
        people, orgs = [], []
        for cell in sorted(row.cells, key=lambda c: c.col):
            if named and cell.col not in named:
                continue
            k = bisect.bisect_left(starts, cell.start)
            while k < len(names) and names[k][0] < cell.end:
                x = names[k]
                if x[2].kind == "person":
                    people.append(x)
                elif x[0] == cell.start and not orgs:
                    orgs.append(x)
                k += 1
        rec = people[0] if len({id(p[2]) for p in people}) == 1 else (
            orgs[0] if not people and orgs else None)
        if rec is not None:
            rows.append((row, rec))
    return rows


# a numbered line of a list: "No. 1   A Co., Ltd.", "1. A", "(2) B", "3  C"
_NUMBERED = re.compile(r"[ \t]*(?:No\.[ \t]*\d{1,3}|\(\d{1,3}\)|\d{1,3}[.)\u3001]?)[ \t]+")
_MAX_LINES = 400


class _Line:
    """A numbered line of a list and the indented lines under it, as a table's row is read."""
    __slots__ = ("start", "end", "cells")

    def __init__(self, start: int, end: int):
        self.start, self.end, self.cells = start, end, ()


def numbered_recipients(text: str, pos: int, spans_of, kind) -> list:
    """[(line, (start, end, recipient))] of the first list after ``pos`` whose numbered lines
    open with a name ("No. 1   A Co., Ltd." / "        Product: X"): the person that opens the
    line, else the organisation; the list ends at the first numbered line that opens with no
    name, or at a line that is neither numbered nor indented under one (table_recipients'
    shape for a list printed without a table)."""
    names = sorted((s, e, ent) for s, e, ent in spans_of
                   if not ent.role and ent.kind in ("person", "org") and s >= pos)
    opening: dict = {}
    for x in names:
        if x[0] not in opening or x[2].kind == "person" and kind(opening[x[0]][2]) != "person":
            opening[x[0]] = x
    rows: list = []
    for _ in range(_MAX_LINES):
        if pos >= len(text):
            break
        le = text.find("\n", pos)
        le = len(text) if le < 0 else le
        m = _NUMBERED.match(text, pos, le)
        rec = opening.get(m.end()) if m is not None else None
        if rec is not None and rec[1] <= le:
            rows.append((_Line(pos, le), rec))
        elif rows and (m is not None or text[pos:le].strip() and not text[pos:pos + 1].isspace()):
            break       # (a numbered line of another kind, or the prose after the list)
        elif rows and text[pos:le].strip():
            rows[-1] = (_Line(rows[-1][0].start, le), rows[-1][1])     # its indented lines
        pos = le + 1
    return rows


def row_works(spans_of, kind):
    """A function of a table's row: the works (products, projects, technologies) the draft
    names at the start of one of its cells (a name inside a cell's phrase, "... process of
    magnesium alloy wheel hubs", is a word of the cell's own work), looked up by bisection."""
    got = sorted((s, e, ent) for s, e, ent in spans_of
                 if not ent.role and ent.kind in _WORK_KINDS)
    starts = [x[0] for x in got]

    def inside(row) -> list:
        out = []
        for c in getattr(row, "cells", ()):
            a = c.spans[0][0] if c.spans else -1
            for s, e, ent in got[bisect.bisect_left(starts, a):]:
                if s != a:
                    break
                if all(ent is not x for x in out):
                    out.append(ent)
        return out
    return inside


_WORK_KINDS = ("product", "project", "technology")


def _names(award, iri) -> set:
    """What an award is known by (its IRI, label and aliases, in lower case): a grant another
    rule made of the same award under its name without the edition ("2027 X Medal" / "X Medal",
    folded later) is the same grant."""
    if award is None:
        return {iri}
    return {iri, award.label.lower(), *(a.lower() for a in award.aliases)}


def grant_rows(draft, minter, award, rows, rule: str, conf: float, works=None) -> None:
    """One ``nfo:AwardGrant`` of ``award`` per row's recipient (``rows`` as
    :func:`table_recipients` gives them; the row is its evidence); not a recipient the draft
    already grants that award (by any of its names, :func:`_names`), nor its giver (the award's ``nfo:conferredBy`` says who gives
    it: the newest curated lists leave it off the grants). With ``works`` (:func:`row_works`):
    the one work the row names ("| Gold | X alloy wheel hub | Y Co., Ltd. |") is what the
    grant is for (``nfo:forWork``); a row naming two or none gives none."""
    made = {(o, name) for ent in draft.entities.values() if ent.cls == NFO.AwardGrant
            for p, o, *_ in ent.statements if p == NFO.recipient
            for q, aw, *_ in ent.statements if q == NFO.award
            for name in _names(draft.entities.get(aw), aw)}
    givers = [o for p, o, *_ in award.statements if p == NFO.conferredBy]
    names = _names(award, award.iri)
    for row, (s, e, rec) in rows:
        if any((rec.iri, name) in made for name in names) or rec.iri in givers:
            continue
        made.update((rec.iri, name) for name in names)
        span = Span(row.start, row.end)
        node = grant_node(minter, award.label, award.label, rec, rule, conf, span)
        node.add(NFO.award, award.iri, span, rule)
        node.add(NFO.recipient, rec.iri, span, rule)
        done = works(row) if works is not None else []
        if len(done) == 1 and done[0] is not rec:
            node.add(NFO.forWork, done[0].iri, span, rule)
        draft.entities[node.iri] = node


# the header of a column whose cells name the award each row's winner won ("| Award | Winner |")
_AWARD_HEADERS = frozenset({"award", "awards", "prize", "prizes", "honour", "honours", "honor",
                            "title", "award name", "prize name", "honorary title"})
COLUMN_RULE = "award:column-row@0.5"


def column_grants(draft, spans_of, kind, minter) -> None:
    """Award grants of a table whose "Award" (or "Prize", "Honour", "Title") column names an
    award the draft read in each row ("| Award | Winner | Unit |" over "| X Medal | A | Y
    Co., Ltd. |"): the row's recipient (:func:`table_recipients`) wins the award its cell
    names (rule ``award:column-row@0.5``); a row whose cell names no award (a rank, "Gold")
    gives none here (a title naming the award reads those). The award is conferred by the
    document's house when no giver is known, and its giver wins nothing."""
    text = draft.text
    awards = sorted((s, e, ent) for s, e, ent in spans_of if ent.cls == NFO.Award)
    if not awards:
        return
    starts = [x[0] for x in awards]
    home = None
    for t in tables(text):
        cols = {i for i, h in enumerate(t.header)
                if " ".join(h[2].lower().strip(" .:").split()) in _AWARD_HEADERS}
        if not cols:
            continue
        by_award: dict = {}
        for row, rec in table_recipients(text, t, spans_of, kind):
            cell = next((c for c in row.cells if c.col in cols), None)
            if cell is None:
                continue
            got = []
            for x in awards[bisect.bisect_left(starts, cell.start):]:
                if x[0] >= cell.end:
                    break
                if x[1] <= cell.end:
                    got.append(x[2])
            if len({id(a) for a in got}) == 1:
                by_award.setdefault(id(got[0]), (got[0], []))[1].append((row, rec))
        for award, rows in by_award.values():
            if not _given(award):
                if home is None:
                    home = _house(text, spans_of, kind) or False
                if home:
                    award.add(NFO.conferredBy, home.iri, Span(t.start, t.end), COLUMN_RULE)
            grant_rows(draft, minter, award, rows, COLUMN_RULE, CONFIDENCE,
                       row_works(spans_of, kind))
