"""The metals of a document that is a table of figures: the text's own bulletin or report whose
table gives one metal a row ("  Primary magnesium    10,000 t    42.6    +3.9") concerns each
metal that opens a row, followed by at least two more cells set apart by wide gaps
(``nfo:concernsMetal``, rule ``document:table-metal@0.5``). A metal inside a row's other words
("Titanium alloy plate and strip" after a row's number: a project) is not one. One pass over the
draft's metals: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "document:table-metal@0.5"
_CELLS = re.compile(r"[ \t]{2,}\S")


def table_metals(draft, spans_of, doc, kind_of) -> int:
    """Add ``nfo:concernsMetal`` from ``doc`` to each metal opening a table's row; returns how
    many."""
    text = draft.text
    n = 0
    for s, e, x in spans_of:
        if kind_of(x.cls) != "metal" or "\n" in text[s:e]:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if text[ls:s].strip() or len(_CELLS.findall(text, e, le)) < 2 or \
                not _CELLS.match(text, e, le):
            continue
        if not doc.statements.has(NFO.concernsMetal, x.iri):
            doc.add(NFO.concernsMetal, x.iri, Span(ls, le), RULE)
            n += 1
    return n
