"""What a list of projects includes: the projects printed one a row in a table of the text
("No.  Project   Site   Investment ..." / "1   Titanium alloy plate and strip   X Zone   36.0
..."), when the text is the list or the notice that issues it. Each project whose name opens a
row (after the row's number at most) and is followed by a wide gap (the next cell; or, in a
numbered row, more cells set apart by wide gaps further on) is included
(``nfo:includes``, rule ``document:listed-project``). One pass over the draft's projects: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE = "document:listed-project"
_LEAD = re.compile(r"[ \t]*(?:\d{1,3}[.)]?[ \t]+)?")
_GAP = re.compile(r"[ \t]{2,}\S")
_CELLS = re.compile(r"\S[ \t]{2,}(?=\S)")


def listed_projects(draft, spans_of, holder, kind_of) -> int:
    """Add ``nfo:includes`` from ``holder`` to each project printed as a table's row; returns
    how many."""
    text = draft.text
    n = 0
    for s, e, x in spans_by_start(spans_of):
        if kind_of(x.cls) != "project" or x is holder or "\n" in text[s:e]:
            continue
        ls = text.rfind("\n", 0, s) + 1
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        lead = _LEAD.fullmatch(text, ls, s)
        if lead is None or _GAP.match(text, e, le) is None and not (
                any(c.isdigit() for c in text[ls:s]) and len(_CELLS.findall(text, e, le)) >= 2):
            continue        # (a name that fills its cell: a numbered row of a wide table)
        if not holder.statements.has(NFO.includes, x.iri):
            holder.add(NFO.includes, x.iri, Span(ls, le), RULE)
            n += 1
    return n
