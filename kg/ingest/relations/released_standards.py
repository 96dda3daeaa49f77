"""The standards a signed announcement releases: an announcement that is the text itself (its
title heads the text, its issuers and date sign it at the end: ``events/signed_document``) and
that names standards releases each of them, unless the text gives it as the old edition a new
one replaces, or one it cites ("audited in accordance with the X Standards"), and only when the
text says in one sentence that standards are approved, released, issued or published
(data/standard-release-verbs.txt): a verification statement, an environmental notice or an
expert opinion that names the standards its work meets releases none of them:

* the announcement ``nfo:includes`` each standard (rule ``document:releases-standards``);
* each standard is issued by the announcement's issuers and on its day (its signature's date),
  unless its own sentence says otherwise;
* a plain-text table of the standards (a header line of cells two or more spaces apart, one
  row a line) gives each row's standard the dates of its columns: "In force", "Implementation
  date", "Effective from" -> ``nfo:dateInForce``; "Release date", "Issued" -> ``nfo:dateIssued``
  (rule ``date:standards-table``);
* an old edition: a standard whose number the text also gives with a later year ("GB/T 1-2019"
  beside "GB/T 1-2026"), or one named after "replacing" / "superseding" or in a column headed
  "Replaces", "Replaced", "Superseded", "Abolished", "Withdrawn".

One pass over the standards and the lines of their tables: linear."""
from __future__ import annotations

import re

from kg.ingest.events.signed_document import signed_title
from kg.ingest.lexicon import alternation
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.model import Span
from kg.ingest.names.plan_standards import DRAFT_RULES
from kg.ingest.reading.dates import date_literal, find_dates, signature_date
from kg.ingest.terms import NFO

RULE = "document:releases-standards"
TABLE_RULE = "date:standards-table"
# "GB/T 38471-2026": the series and number, then the year
_NUMBER = re.compile(r"(?P<base>[A-Z]{1,6}(?:/[A-Z]{1,3})?\s*\d+(?:\.\d+)*)\s*[-\u2013\u2014]\s*"
                     r"(?P<year>(?:19|20)\d\d)\b")
_REPLACED = re.compile(r"\b(?:replac\w*|supersed\w*|instead\s+of|abolish\w*|repeal\w*|annul\w*|"
                       r"withdraw\w*)[^.;\n]{0,12}$", re.I)
# a standard the text works to rather than releases: "in accordance with the X Standards"
_CITED = re.compile(r"\b(?:accordance\s+with|pursuant\s+to|according\s+to|as\s+per|"
                    r"compl(?:y|ying|ies)\s+with|conform(?:s|ing)?\s+to)\s+(?:the\s+)?$", re.I)
_OLD_COLUMN = re.compile(r"replac|supersed|abolish|withdraw|repeal|old|former", re.I)
_FORCE_COLUMN = re.compile(r"in\s+force|implement|effective|enforce|take\s+effect|valid\s+from|"
                           r"entry|commence", re.I)
_ISSUE_COLUMN = re.compile(r"releas|issu|publi|approv|announc", re.I)
_RELEASE_WORDS = None     # built on first use: most texts never get here
_CELL = re.compile(r"\S+(?:[ ]\S+)*")
_MAX_TABLE_LINES = 60     # how far above a row its table's header may be


def _is_standard(ent) -> bool:
    return str(ent.cls).lower().endswith("standard")


def released_standards(draft, spans_of, kind) -> int:
    """Add what a signed announcement's standards take from it; returns how many statements."""
    text = draft.text
    rows = [x for x in spans_of if x[2].cls not in RELATION_NODES]
    stds = sorted((x for x in rows if _is_standard(x[2]) and not x[2].known),
                  key=lambda x: x[0])
    if not stds:
        return 0
    n = _table_dates(text, stds)
    old = old_editions(text, stds)
    sig = signature_date(text)
    if sig is None:
        return n
    doc = next((x[2] for x in sorted(rows, key=lambda x: x[0]) if x[2].kind == "policy"
                and not _is_standard(x[2]) and not x[2].known
                and signed_title(text, x[2]) is not None), None)
    if doc is None or not _says_release(text):
        return n
    issuers = [o for p, o, _, _ in doc.statements if p == NFO.issuedBy]
    sig_span = Span(sig.start, sig.end)
    done: set = set()
    for s, e, std in stds:
        if id(std) in done or id(std) in old or std.rule in DRAFT_RULES:
            continue        # (a draft for comments, a plan's item: none released yet)
        if _CITED.search(text, max(0, s - 40), s):
            continue        # (one the text's work was done in accordance with)
        done.add(id(std))
        doc.add(NFO.includes, std.iri, Span(s, e), RULE)
        n += 1
        have = {p for p, _, _, r in std.statements if not r.startswith("context:")}
        if NFO.issuedBy not in have:
            for o in issuers:
                std.add(NFO.issuedBy, o, sig_span, RULE)
                n += 1
        if NFO.dateIssued not in have:
            std.statements[:] = [st for st in std.statements if st[0] != NFO.dateIssued]
            std.add(NFO.dateIssued, date_literal(sig.value), sig_span, RULE)
            n += 1
    return n


def _says_release(text: str) -> bool:
    """Whether one sentence of the text has a release verb and the word "standard(s)"."""
    global _RELEASE_WORDS
    if _RELEASE_WORDS is None:
        verbs = alternation("standard-release-verbs")
        _RELEASE_WORDS = re.compile(
            rf"\b(?:{verbs})\w*\b[^.;]{{0,160}}?\bstandards?\b"
            rf"|\bstandards?\b[^.;]{{0,160}}?\b(?:{verbs})\w*", re.I)
    return _RELEASE_WORDS.search(text) is not None


def old_editions(text, stds) -> set:
    """ids of the standards the text gives as old editions."""
    latest: dict = {}
    for _, _, std in stds:
        m = _NUMBER.search(std.label)
        if m:
            key = re.sub(r"\s+", "", m.group("base"))
            latest[key] = max(latest.get(key, ""), m.group("year"))
    out = set()
    for s, _, std in stds:
        m = _NUMBER.search(std.label)
        if m and m.group("year") < latest[re.sub(r"\s+", "", m.group("base"))]:
            out.add(id(std))
        elif _REPLACED.search(text, max(0, s - 40), s):
            out.add(id(std))
        elif _column_head(text, s, _OLD_COLUMN):
            out.add(id(std))
    return out


def _header(text, ls):
    """The header line of the table whose row starts at ``ls``: the nearest line above, across
    rows, whose cells are words (not numbers or standards), else None."""
    pos, seen = ls, 0
    while pos > 0 and seen < _MAX_TABLE_LINES:
        hs = text.rfind("\n", 0, pos - 1) + 1
        line = text[hs:pos - 1]
        if not line.strip():
            return None
        cells = list(_CELL.finditer(line))
        if len(cells) >= 3 and re.search(r"\s{2,}", line.strip()) and not _NUMBER.search(line) \
                and not any(c.isdigit() for c in line.replace("No.", "")):
            return hs, cells
        pos, seen = hs, seen + 1
    return None


def _column_of(cells, col: int):
    """The header cell whose column holds the offset ``col`` of a row."""
    best = None
    for c in cells:
        if c.start() <= col + 2:
            best = c
    return best


def _column_head(text, pos, rx) -> bool:
    ls = text.rfind("\n", 0, pos) + 1
    head = _header(text, ls)
    if head is None:
        return False
    cell = _column_of(head[1], pos - ls)
    return cell is not None and bool(rx.search(cell.group(0)))


def _table_dates(text, stds) -> int:
    """Dates in the cells of a standard's table row, by their column's head."""
    n = 0
    for s, e, std in stds:
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        head = _header(text, ls)
        if head is None or _column_head(text, s, _OLD_COLUMN):
            continue
        for d in find_dates(text[ls:le]):
            if d.kind not in ("date", "gYearMonth"):
                continue
            cell = _column_of(head[1], d.start)
            if cell is None:
                continue
            name = cell.group(0)
            pred = NFO.dateInForce if _FORCE_COLUMN.search(name) else (
                NFO.dateIssued if _ISSUE_COLUMN.search(name) else None)
            if pred is None or any(st[0] == pred and not st[3].startswith("context:")
                                   for st in std.statements):
                continue
            std.statements[:] = [st for st in std.statements if st[0] != pred]
            std.add(pred, date_literal(d.value), Span(ls, le), TABLE_RULE)
            n += 1
    return n
