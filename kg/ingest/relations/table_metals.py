"""The metals of a document that is a table of figures: the text's own bulletin or report whose
table gives one metal a row ("  Primary magnesium    10,000 t    42.6    +3.9") concerns each
metal that opens a row (one word before it at most, "Imported bauxite"; a word or a bracket
after it, "Alumina (outbound)"), followed by at least two more cells set apart by wide gaps
(``nfo:concernsMetal``, rule ``document:table-metal@0.5``). A metal inside a row's other words
("Titanium alloy plate and strip" after a row's number: a project) is not one. One pass over the
draft's metals: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "document:table-metal@0.5"
_CELLS = re.compile(r"[ \t]{2,}\S")
_GAP = re.compile(r"[ \t]{2,}(?=\S)")
# what may stand around the metal in a row's first cell: one word before it ("Imported
# bauxite"), a word or a bracket after it ("Alumina (outbound)", "Aluminium ingot (out)")
_FIRST_CELL = re.compile(r"[ \t]*(?:[A-Z][a-z]{2,15}[ \t])?")
_QUALIFIER = re.compile(r"(?:[ \t][a-z]{2,15})?(?:[ \t]\([^()\n]{1,20}\))?")


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
        gap = _GAP.search(text, e, le)
        if gap is None or not _FIRST_CELL.fullmatch(text, ls, s) or \
                not _QUALIFIER.fullmatch(text, e, gap.start()) or \
                len(_CELLS.findall(text, gap.start(), le)) < 2:
            continue
        if not doc.statements.has(NFO.concernsMetal, x.iri):
            doc.add(NFO.concernsMetal, x.iri, Span(ls, le), RULE)
            n += 1
    return n
