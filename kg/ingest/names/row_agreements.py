"""Agreements a table lists one a row: a table whose header names two parties' parts ("No.
Seller  Buyer  Type  Volume  Price", "Lessor | Lessee | Area"; labels of
``data/agreement-party-labels.txt``, in the singular or the plural) records in each row one
agreement between the organisation of the first part's cell and that of the second's (names
or the short forms the text defined for them: "HHD", "QSL"). Each such row is a new
``nfo:Agreement`` (rule ``agreement:table-row``, 0.5), its mention the row's line, labelled by
the two parties and the row's number; both are its ``nfo:party`` (rule
``agreement:table-row-party@0.5``). A row with one party's cell empty or naming no
organisation, or naming one organisation in both, is no agreement (a total row).

The tables are read once (reading/tables.py); each row a bisect: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Entity, Span
from kg.ingest.reading.tables import tables
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "agreement:table-row", 0.5
PARTY_RULE = "agreement:table-row-party@0.5"
_NUMBER = re.compile(r"\s*(?:No\.\s*)?(\d{1,3})\.?\s*$")
_MAX_ROWS = 200


@lru_cache(maxsize=1)
def _parts() -> frozenset:
    out = set()
    for ln in lines("agreement-party-labels"):
        label = re.split(r"\s{2,}", ln.strip())[0].lower()
        out |= {label, label + "s"}
    return frozenset(out)


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the agreements a table lists one a row; returns them."""
    text = draft.text
    parts = _parts()
    orgs = [x for x in spans_by_start(spans_of) if kind_of(x[2].cls) == "org" and not x[2].role]
    if not orgs:
        return []
    starts = [x[0] for x in orgs]
    made = []
    for table in tables(text):
        cols = [i for i in range(len(table.header))
                if " ".join(table.column(i).lower().split()).rstrip(":") in parts]
        if len(cols) != 2:
            continue
        for row in table.rows[:_MAX_ROWS]:
            who = []
            for col in cols:
                cell = row.cell(col)
                if cell is None:
                    break
                lo = bisect.bisect_left(starts, cell.start)
                hit = next((x for x in orgs[lo:lo + 8] if x[0] < cell.end
                            and x[1] <= cell.end), None)
                if hit is None:
                    break
                who.append(hit)
            if len(who) != 2 or who[0][2] is who[1][2]:
                continue
            first = row.cell(0)
            num = _NUMBER.fullmatch(text, first.start, first.end) if first is not None \
                and first.col not in cols else None
            a, b = who[0][2], who[1][2]
            label = f"Agreement between {a.label} and {b.label}" + (
                f" (row {num.group(1)})" if num else "")
            le = text.find("\n", row.start)
            end = row.end if le < 0 or le > row.end else le
            ent = Entity(minter.mint(label), NFO.Agreement, label, False, RULE, CONFIDENCE)
            draft.entities[ent.iri] = ent
            ent.mentions.append(Span(row.start, end))
            spans_of.append((row.start, end, ent))
            for x in who:
                ent.add(NFO.party, x[2].iri, Span(row.start, end), PARTY_RULE)
            made.append(ent)
    return made
