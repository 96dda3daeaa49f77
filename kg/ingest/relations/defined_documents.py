"""What a document the text defines in its own body is, and what it covers:

* "our company will apply the orderly power use plan below", "the following measures", "the
  plan set out below": the text's own document (the one its title lines name) is about that
  document (rule ``document:defined-below@0.5``): the notice carries the plan;
* a section that lists what a document covers, its heading naming the document ("2. Users in
  the plan (base load in MW)", "Projects under the programme") over a table: the document is
  about each organisation, site or project its rows name in their first such cell (rule
  ``document:section-rows@0.5``);
* an obituary is about the first person it names (rule ``document:obituary-person@0.5``).

Run after the document readers (names/); each document's mentions are read once, each table's
rows once: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.events.signed_document import _title_lines
from kg.ingest.model import Span
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

BELOW_RULE, ROWS_RULE = "document:defined-below@0.5", "document:section-rows@0.5"
MOURNED_RULE = "document:obituary-person@0.5"
_MOURNED = re.compile(r"(?:obituary|eulogy|in memory of)\b", re.I)
_BELOW = re.compile(r"[ \t\n]+(?:below|as[ \t\n]+follows|(?:set[ \t\n]+out|given|listed)"
                    r"[ \t\n]+below|attached[ \t\n]+(?:hereto|to[ \t\n]+this))\b")
_FOLLOWING = re.compile(r"\b[Tt]he[ \t\n]+following[ \t\n]+$")
# a section heading that names what a document covers: "Users in the plan", "Enterprises
# covered by the notice", "Projects under the programme"
_COVERS = re.compile(r"\b(?:in|under|of|covered[ \t]+by|listed[ \t]+in|included[ \t]+in|"
                     r"subject[ \t]+to)[ \t]+(?:the|this)[ \t]+$", re.I)
_ROW_KINDS = ("org", "place", "project")
_HEADING_LINES = 2


def defined_documents(draft, spans_of, kind_of) -> int:
    text = draft.text
    docs = [x for x in spans_of if kind_of(x[2].cls) == "policy" and not x[2].known]
    if not docs:
        return 0
    begin, end = _title_lines(text[:2000])
    own = next((x[2] for x in sorted(docs, key=lambda x: x[0]) if begin <= x[0] < end), None)
    n = 0
    for s, e, doc in docs:
        if doc is own or own is None:
            continue
        if _BELOW.match(text, e) or _FOLLOWING.search(text, max(0, s - 20), s):
            if not own.statements.has(NFO.about, doc.iri):
                own.add(NFO.about, doc.iri, Span(s, e), BELOW_RULE)
                n += 1
    if own is not None and _MOURNED.match(own.label):
        # an obituary is about the person it mourns: the first one it names
        first = min((x for x in spans_of if kind_of(x[2].cls) == "person"
                     and x[0] >= own.mentions[0].end), key=lambda x: x[0], default=None)
        if first is not None and not own.statements.has(NFO.about, first[2].iri):
            own.add(NFO.about, first[2].iri, Span(first[0], first[1]), MOURNED_RULE)
            n += 1
    return n + _section_rows(text, spans_of, docs, kind_of)


def _section_rows(text, spans_of, docs, kind_of) -> int:
    """A document over the table its section heading says it covers: about the rows' names."""
    found = tables(text)
    if not found:
        return 0
    by_start = sorted(docs, key=lambda x: x[0])
    starts = [x[0] for x in by_start]
    things = [x for x in spans_by_start(spans_of)
              if kind_of(x[2].cls) in _ROW_KINDS and not x[2].role]
    tstarts = [x[0] for x in things]
    n = 0
    for table in found:
        pos = text.rfind("\n", 0, table.start)
        doc = None
        for _ in range(_HEADING_LINES):
            if pos <= 0:
                break
            ls = text.rfind("\n", 0, pos) + 1
            i = bisect.bisect_left(starts, ls)
            hit = next((x for x in by_start[i:i + 4] if x[1] <= pos
                        and _COVERS.search(text, max(ls, x[0] - 30), x[0])), None)
            if hit is not None:
                doc = hit[2]
                break
            if text[ls:pos].strip():
                break       # (the line right above the table, or the one above a blank line)
            pos = ls - 1
        if doc is None:
            continue
        for row in table.rows:
            lo = bisect.bisect_left(tstarts, row.start)
            first = next((x for x in things[lo:lo + 6] if x[0] < row.end), None)
            if first is None or first[2] is doc:
                continue
            if not doc.statements.has(NFO.about, first[2].iri):
                doc.add(NFO.about, first[2].iri, Span(row.start, row.end), ROWS_RULE)
                n += 1
    return n
