"""Agreements a table's cell names by their kind and the other side: "Supply contract for
ferrosilicon with / Huaibei Jinxin Alloy Co., Ltd. (2027)" (a handover list's, a register's
item; the cell may wrap onto more lines). A cell that opens with at most three words and then
"contract" or "agreement" (the words after it qualify it: "for ferrosilicon"), then "with" and
an organisation's name is one new ``nfo:Agreement`` (rule ``agreement:cell``, 0.5), labelled
by the cell's words, its mention the cell; the organisation after "with" is a party, and so is
the company the text is about (its letterhead, else the article's company: "with" names the
other side; rule ``agreement:cell-party@0.5``). A cell of the same row that says "signed" and a
day gives its day of signing (rule ``date:cell-signed``).

The tables are read once (reading/tables.py); each cell a bounded match: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.tables import tables
from kg.ingest.relations.house_org import letterhead
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "agreement:cell", 0.5
PARTY_RULE, DATE_RULE = "agreement:cell-party@0.5", "date:cell-signed"
_OPENING = re.compile(r"(?:[A-Za-z][\w\-]*[ \t]+){0,3}(?:contract|agreement|Contract|Agreement)"
                      r"\b[^\n]{0,60}?\bwith\b")
_VERB_FIRST = re.compile(r"[A-Z][a-z]+[ \t]+(?:the|a|an)[ \t]+")
_SIGNED = re.compile(r"\bsigned\b(?:[ \t]+on)?[ \t]*", re.I)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the agreements tables' cells name to the draft and ``spans_of``; returns them."""
    text = draft.text
    found = []
    for table in tables(text):
        for row in table.rows:
            for cell in row.cells:
                a, b = cell.spans[0]
                m = _OPENING.match(text, a, b)
                if m is not None and text[a:a + 1].isupper():
                    found.append((row, cell, m.end()))
    if not found:
        return []
    orgs = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "org" and not x[2].role]
    starts = [x[0] for x in orgs]
    ours = None
    made = []
    for row, cell, after in found:
        first_end = cell.spans[0][1]
        nxt = cell.spans[1][0] if len(cell.spans) > 1 and not text[after:first_end].strip() \
            else None     # ("... with" ends the cell's line: the name opens its next line)
        lo = bisect.bisect_left(starts, after)
        other = next((x for x in orgs[lo:lo + 6] if x[1] <= cell.end and (
            x[0] < first_end and not text[after:x[0]].strip() or x[0] == nxt)), None)
        if other is None:
            continue
        label = " ".join(" ".join(text[s:e].split()) for s, e in cell.spans)
        verb = _VERB_FIRST.match(label)     # ("Sign the framework agreement with X": an action)
        if verb is not None:
            label = label[verb.end():verb.end() + 1].upper() + label[verb.end() + 1:]
        span = Span(cell.start, cell.end)
        same = next((x for x in draft.entities.values() if x.cls == NFO.Agreement
                     and not x.known and other[2].label.lower() in x.label.lower()), None)
        if same is not None:        # (the agreement with that side the text named before)
            same.mentions.append(span)
            spans_of.append((cell.start, cell.end, same))
            continue
        ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
        draft.entities[ent.iri] = ent
        ent.mentions.append(span)
        spans_of.append((cell.start, cell.end, ent))
        ent.add(NFO.party, other[2].iri, Span(other[0], other[1]), PARTY_RULE)
        if ours is None:
            head = letterhead(text, [x for x in orgs if x[2].cls == NFO.Company])
            ours = [head[0] if head is not None else lead_company(
                text, spans_of, lambda x: kind_of(x.cls))]
        if ours[0] is not None and ours[0] is not other[2]:
            ent.add(NFO.party, ours[0].iri, span, PARTY_RULE)
        for c in row.cells:
            if c is cell:
                continue
            for s, e in c.spans:
                sm = _SIGNED.search(text, s, e)
                if sm is None:
                    continue
                got = [d for d in find_dates(text[sm.end():e]) if d.kind == "date"]
                if got and got[0].start == 0:
                    ent.add(NFO.dateSigned, date_literal(got[0].value),
                            Span(sm.end(), sm.end() + got[0].end), DATE_RULE)
        made.append(ent)
    return made
