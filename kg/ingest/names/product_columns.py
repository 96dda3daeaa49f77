"""Products a table names in a column of their own, next to a column of who makes them: an award
list's "| Award | Product | Winner |", an exhibitor list's "| Booth | Exhibitor | Exhibits |", a
registration or a procurement list's "| No. | Product | Registrant (place) |" (the headers:
``data/product-column-heads.txt``, the header's first or last word; and
``data/product-maker-column-heads.txt``, any word of another column's header). A table with no
column of makers is a price or output table ("| Product | Unit | Jan-Nov |": commodities) and
names no one's products.

Each cell of the products' column printed as a name in sentence case ("Indium phosphide
substrate, 4-inch", "HMG3600 magnesium alloy" over "injection molding machine") is a new
``nfo:Product`` (rule ``product:table-cell``, 0.45): its lines joined up to a line that opens a
note ("(cannulated, 3.0-4.5 mm)", "Scope: ..."), its mention the cell's first line. Refused: a
cell in lower case ("lithium carbonate": a commodity), with fewer than two words or more than
twelve, with no word of three small letters (a code, a figure), with a legal form (a company
wrapped into the column), a bracket left open or a semicolon (a list: "Cathode; wire rod"). A
table whose header says its rows are checks of batches ("| Product | Labelled manufacturer |
Batch | Failed item |",
``data/product-check-column-heads.txt``) lists what was sampled, no product of the text's own.
A name the graph knows ("Copper cathode") is linked as known by the names stage, not minted. Who makes it is read by
:mod:`kg.ingest.relations.table_rows` (the row's organisation under the makers' column). One
pass over the tables' cells: linear."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.cell_names import name_lines
from kg.ingest.reading.table_model import header_words, headed
from kg.ingest.reading.tables import tables

RULE, CONFIDENCE = "product:table-cell", 0.45
_MAX_WORDS = 12
_LOWER = re.compile(r"\b[a-z]{3,}\b")
_LEGAL = re.compile(r"\b(?:Co|Ltd|Inc|Corp|LLC|GmbH|PLC|Limited)\b\.?")
_FIRST = re.compile(r"[A-Z0-9]")
# what a cell's first line may end in when its name goes on below: a word that joins
_DANGLING = re.compile(r"(?:[ \t,;/]+(?:and|or|of|for|with|the|a|an|to|in|on|&))*[ \t,;/]*\Z")


def head_words(header: str) -> list[str]:
    """A header's words as :func:`kg.ingest.reading.table_model.header_words` reads them, a
    plural's "(s)" and commas left out ("Patentee(s)" -> "patentee")."""
    return header_words(header.replace("(s)", "").replace(",", ""))


def product_column(header: str) -> bool:
    """Whether a column's header names products (its first or last word)."""
    return headed(header.replace("(s)", "").replace(",", ""), words("product-column-heads"))


def maker_column(header: str) -> bool:
    """Whether a column's header names who makes the row's product (any of its words)."""
    heads = words("product-maker-column-heads")
    return any(w in heads for w in head_words(header))


def product_columns(t) -> tuple[set, set]:
    """(the columns of products, the columns of makers) of table ``t``; both empty unless the
    table has both, and when a column's header makes the rows checks of batches
    (``data/product-check-column-heads.txt``: "Batch", "Failed item", "Result")."""
    checks = words("product-check-column-heads")
    if any(w in checks for _, _, h in t.header for w in head_words(h)):
        return set(), set()
    prods = {k for k, (_, _, h) in enumerate(t.header) if product_column(h)}
    makers = {k for k, (_, _, h) in enumerate(t.header) if maker_column(h)} - prods
    return (prods, makers) if prods and makers else (set(), set())


def product_cells(text: str) -> list[Candidate]:
    out = []
    for t in tables(text):
        prods, _ = product_columns(t)
        if not prods:
            continue
        for row in t.rows:
            for c in row.cells:
                if c.col in prods and c.spans:
                    got = _product(text, name_lines(text, c))
                    if got is not None:
                        out.append(got)
    return out


def _product(text: str, c) -> Candidate | None:
    got = cell_label(text, c, _MAX_WORDS)
    if got is None or ";" in got[2]:
        return None     # ("| Cathode; wire rod |": a list of products, no one product's name)
    return Candidate(got[0], got[1], got[2], "Product", RULE, CONFIDENCE)


def cell_label(text: str, c, most: int) -> tuple[int, int, str] | None:
    """(start, end, label) of the name a cell prints in sentence case: its lines joined, its
    mention the first line without a word that joins it to the next; None when the cell is no
    such name (in lower case, fewer than two words or more than ``most``, no word of three
    small letters, a legal form, a bracket left open, a full stop at the end)."""
    label = " ".join(" ".join(text[a:b] for a, b in c.spans).split()).rstrip(" ,;")
    ws = label.split()
    if not 2 <= len(ws) <= most or not _FIRST.match(label) or not _LOWER.search(label) \
            or _LEGAL.search(label) or label.count("(") != label.count(")") \
            or label.endswith("."):
        return None
    a, b = c.spans[0]
    first = _DANGLING.sub("", text[a:b])      # ("Magnesium alloy ingots and": the ingots)
    return a, a + (len(first) if first else b - a), label
