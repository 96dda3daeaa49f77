"""Patented technologies a table lists one a row, by number and title: an award list's "| Award
| Patent number | Title | Patentee(s) |", a transfer listing's "| Patent No. | Name of the
invention | Holder |". A table with a column whose header names patents (a word of
``data/patent-column-heads.txt``: "Patent number", "Patent No.") and a column of titles (its
header's first or last word in ``data/patent-title-heads.txt``: "Title", "Name", "Invention")
names one new ``nfo:Technology`` per row (rule ``technology:patent-row``, 0.45): the title cell
in sentence case, its lines joined (:func:`kg.ingest.names.product_columns.cell_label`), the
patent's number an alias ("ZL 2020 1 1209384.5"). A title in lower case, of fewer than two
words or more than twenty, or with a legal form in it names none. Who holds it is read by
:mod:`kg.ingest.relations.table_rows` (the row's organisations under a column of patentees,
``data/patent-holder-heads.txt``: ``nfo:ownedBy``, rule ``table:row-patentee``). One pass
over the tables' cells: linear."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.cell_names import name_lines
from kg.ingest.names.product_columns import cell_label, head_words
from kg.ingest.reading.tables import tables

RULE, CONFIDENCE = "technology:patent-row", 0.45
_MAX_WORDS = 20
# a patent's number: a Chinese grant's "ZL" and twelve digits with a check digit
_NUMBER = re.compile(r"ZL[ \t]?\d{4}[ \t]?\d[ \t]?\d{7}\.[\dXx]|(?:CN|US|EP|JP)[ \t]?\d{6,12}"
                     r"(?:[ \t]?[A-C]\d?)?")


def patent_columns(t) -> tuple[int | None, int | None, set]:
    """(the column of patents' numbers, the column of titles, the columns of holders) of table
    ``t``; (None, None, set()) unless it has the first two."""
    number = title = None
    holders = set()
    pats, titles, owners = (words("patent-column-heads"), words("patent-title-heads"),
                            words("patent-holder-heads"))
    for k, (_, _, h) in enumerate(t.header):
        ws = head_words(h)
        if not ws:
            continue
        if number is None and any(w in pats for w in ws):
            number = k
        elif title is None and (ws[0] in titles or ws[-1] in titles):
            title = k
        elif any(w in owners for w in ws):
            holders.add(k)
    return (number, title, holders) if number is not None and title is not None \
        else (None, None, set())


def patent_rows(text: str) -> list[Candidate]:
    out = []
    for t in tables(text):
        number, title, _ = patent_columns(t)
        if number is None:
            continue
        for row in t.rows:
            num, cell = row.cell(number), row.cell(title)
            if num is None or cell is None or not cell.spans:
                continue
            code = " ".join(" ".join(text[a:b] for a, b in num.spans).split())
            if _NUMBER.fullmatch(code) is None:
                continue
            got = cell_label(text, name_lines(text, cell), _MAX_WORDS)
            if got is None:
                continue
            a, b, label = got
            out.append(Candidate(a, b, label, "Technology", RULE, CONFIDENCE, {code}))
    return out
