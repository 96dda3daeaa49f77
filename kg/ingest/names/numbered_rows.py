"""A numbered list of projects referred to by number in the text around it: "Projects 2, 3 and
5 are to break ground in March 2027", "project 1 has been under construction since last May",
"Project 2 is also on the provincial list". The row whose first column (headed "No.", "No",
"#" or "S/N") holds the number names the project (or site) meant: each "project N" outside the
table is a mention of it ("Projects 2, 3 and 5": a mention of each, the span the whole
phrase), and "project N" is an alias. Only a table whose rows name one project or site each is
read; numbers no row holds mean nothing. One pass over the text's "project(s) N" phrases."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.reading.tables import tables
from kg.ingest.reading.table_positions import in_table
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

_NUMBER_HEADS = frozenset(("no.", "no", "#", "s/n", "nr.", "item"))
_REF = re.compile(r"\b[Pp]rojects?[ \t\n]+(?:No\.[ \t]*)?(\d{1,3}(?:[ \t]*,[ \t]*\d{1,3}){0,8}"
                  r"(?:,?[ \t\n]+(?:and|to|&)[ \t\n]+\d{1,3})?)(?![\d.,]\d)")


def numbered_rows(draft, spans_of) -> None:
    text = draft.text
    if "roject" not in text:
        return
    by_number: dict[str, object] = {}
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    for t in tables(text):
        if not t.header or t.header[0][2].strip().lower() not in _NUMBER_HEADS:
            continue
        for row in t.rows:
            first = row.cell(0)
            if first is None or len(first.spans) != 1:
                continue
            num = text[first.spans[0][0]:first.spans[0][1]].strip().rstrip(".")
            if not num.isdigit():
                continue
            things = []
            for c in row.cells[1:]:
                for a, b in c.spans:
                    i = bisect.bisect_left(starts, a)
                    while i < len(spans) and spans[i][0] < b:
                        ent = spans[i][2]
                        if spans[i][1] <= b and ent.cls == NFO.Project and not ent.known \
                                and ent not in things:
                            things.append(ent)
                        i += 1
            if len(things) == 1:
                by_number[str(int(num))] = things[0]
    if not by_number:
        return
    for m in _REF.finditer(text):
        if in_table(text, m.start()):
            continue
        nums = re.findall(r"\d{1,3}", m.group(1))
        if " to " in m.group(1) and len(nums) == 2 and int(nums[0]) < int(nums[1]) <= 50:
            nums = [str(n) for n in range(int(nums[0]), int(nums[1]) + 1)]
        got = [by_number.get(str(int(n))) for n in nums]
        if not got or None in got:
            continue        # (a number no row holds: another list's)
        for n, ent in zip(nums, got):
            ent.mentions.append(Span(m.start(), m.end()))
            spans_of.append((m.start(), m.end(), ent))
            if len(nums) == 1:
                ent.aliases.add(" ".join(text[m.start():m.end()].split()))
            else:
                ent.aliases.add(f"project {int(n)}")
