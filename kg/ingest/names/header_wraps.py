"""Organisations whose name opens in a table's header cell and wraps into the cell under it, as
two-column signature blocks print the parties' names ::

    Party A: Xinhe Lianjiang and Yao              Party B: Dongling Copper
    Autonomous County People's Government         Smelting Co., Ltd.
    Representative: A,                            Representative: B,
    County Head                                   General Manager

The table reader takes the first line for the columns' header and the lines under it for rows,
so the name finders read "Party A: Xinhe Lianjiang and Yao" and "Autonomous County People's
Government" apart: two half names, and the signers' posts went to the halves. For each column
of an aligned table, the organisation finder reads the header's cell (its own line only) and
the first row's cell (its first two lines at most) joined; a name that
starts in the header cell right after a label and its colon ("Party A:", "Seller (seal):"),
and ends with the row's cell, is proposed whole (its rule the finder's),
its mention the header cell's words from the name on (the lines between hold other cells),
which are also an alias. The names read on the row cell's lines alone, and those inside the
header's words, lose to it (:func:`header_wrap_tails`), and the mention stays when the names
read across a table's cells are dropped (``cell_names.drop_across_cells``).

Not read: a header cell that is a whole name already ("Party A: X Co., Ltd." over "Represented
by: ..."), a name that starts in the row cell, a header cell with no label (a header "Maker"
over "X Co., Ltd." is a column's name and a company's), a header wrapped over lines of its own (the table reader joins
those). One look at each column of each table's first row: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate, organisations
from kg.ingest.names.joined_lines import without_joined
from kg.ingest.reading.tables import tables

_ORGS = {"Company", "University", "ResearchInstitute", "GovernmentBody", "IndustryAssociation",
         "Organization", "Fund"}
# a party's label before the name in the header cell: "Party A: ", "Seller (seal): "
_LABEL = re.compile(r"[A-Z][A-Za-z]*(?:[ \t][A-Za-z]+){0,2}[ \t]*(?:\((?:seal|signature|stamp|"
                    r"chop)\)[ \t]*)?[:：][ \t]*")
_MAX_LINES = 2
_MAX_JOINED = 160


def _found(text: str) -> list:
    """(candidate, [(start, end) of the row cell's lines it takes]) of
    :func:`header_wrap_names`."""
    if "\n" not in text:
        return []
    out = []
    for t in tables(text):
        if not t.rows:
            continue
        for cell in t.rows[0].cells:
            if cell.col >= len(t.header):
                continue
            hs, he, joined_head = t.header[cell.col]
            head = text[hs:he].rstrip()
            if not head or joined_head != text[hs:he]:
                continue        # (a header wrapped over lines of its own)
            lines = cell.spans[:_MAX_LINES]
            for n in range(len(lines), 0, -1):
                joined = " ".join([head] + [text[a:b].strip() for a, b in lines[:n]])
                if len(joined) > _MAX_JOINED:
                    continue
                got = next((c for c in organisations(joined) if c.end == len(joined)
                            and c.cls in _ORGS and c.start < len(head)
                            and 0 < c.start and _LABEL.fullmatch(joined, 0, c.start)), None)
                if got is None:
                    continue
                first = head[got.start:]
                alias = {first} if len(first.split()) > 1 and first[-1].isalnum() else set()
                out.append((Candidate(hs + got.start, hs + len(head), got.label, got.cls,
                                      got.rule, got.confidence, alias | set(got.aliases)),
                            lines[:n]))
                break
    return out


def header_wrap_names(text: str) -> list[Candidate]:
    return [c for c, _ in _found(text)]


def header_wrap_tails(text: str, news: list) -> list:
    """``news`` without the names read on the row cell's lines that :func:`header_wrap_names`
    joins to a header's name ("Autonomous County People's Government" under "Party A: Xinhe
    Lianjiang and Yao"), nor those inside the header's words of that name."""
    return without_joined(news, _found(text))
