"""What a notice of tender or procurement results holds: the firms its table names under a
column of winners. "Announcement of Tender Results" over "| Lot | Goods | Winning bidder |
Price |", "Announcement of the Result of the Tender for X" over "| Rank | Bidder | Score |":
the text's own notice ``nfo:includes`` the organisation that opens each row's cell in that
column, as the curated results notices record their winners (data/CURATION.md, "Published
lists": a list of holders or items). Rule ``document:listed-winner@0.5``.

The notice is the one the title block names (:func:`member_rows.own_list`), and its name holds
a word of ``data/result-notice-titles.txt`` ("results", "winning"); the column's whole name
(words in brackets left out) is one of ``data/winner-column-headers.txt``, and the table has
one such column. The first column of a list of members is :mod:`member_rows`'; a pair linked
already is left alone. One pass over the text's tables, each cell's names looked up by
bisection: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.document_itself import title_end
from kg.ingest.lexicon import alternation, words
from kg.ingest.model import Span
from kg.ingest.reading.called_off import struck
from kg.ingest.reading.tables import tables
from kg.ingest.relations.member_rows import own_list
from kg.ingest.relations.row_reader import lookups, row_subject
from kg.ingest.terms import NFO

RULE = "document:listed-winner@0.5"
_BRACKETS = re.compile(r"\([^()]*\)")


@lru_cache(maxsize=1)
def _results():
    return re.compile(r"\b(?:" + alternation("result-notice-titles", r"\s+") + r")\b", re.I)


def _winner_column(header: str) -> bool:
    return " ".join(_BRACKETS.sub(" ", header).lower().split()) in words("winner-column-headers")


def winner_rows(draft, spans_of, kind) -> int:
    """Add ``nfo:includes`` from the text's own notice of results to the firms of its tables'
    winners' column (see the module); returns how many."""
    text = draft.text
    tabs = tables(text)
    if not tabs:
        return 0
    end = title_end(text)
    doc = own_list(spans_of, end, ("#Notice",))
    if doc is None or not _results().search(doc.label):
        return 0
    within = None
    n = 0
    for t in tabs:
        if t.start < end:
            continue
        cols = [k for k, (_, _, h) in enumerate(t.header) if _winner_column(h)]
        if len(cols) != 1:
            continue
        within = within or lookups(draft, spans_of)[0]
        for row in t.rows:
            if struck(text, row.start, row.end):
                continue
            firm, _ = row_subject(text, row, cols, within)
            if firm is None or firm is doc or firm.kind != "org" \
                    or doc.statements.has(NFO.includes, firm.iri):
                continue
            doc.add(NFO.includes, firm.iri, Span(row.start, row.end), RULE)
            n += 1
    return n
