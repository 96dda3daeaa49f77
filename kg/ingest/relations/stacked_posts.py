"""Posts printed as stacked lines, the way letters, signature blocks and contact cards print a
person: the name on one line, the role on the next, the organisation under it (a letter's
inside address "Mr. A / Chairman / X Co., Ltd.", its signature "Dr. B / Chief Executive
Officer / Y GmbH"), or the role after the name and the organisation over it ("Z Shipping
Agency Co., Ltd. / C, operations manager"), or the role and a unit on one line ("Authorized
signature: D / Manager, Marine Cargo Department"). Rule ``post:stacked-lines@0.5``.

A line may hold two or more such blocks side by side (the two parties' signatures of a
contract): a block's lines are the cells of consecutive lines that start at the same column
(cells are parted by three spaces or more). The person's cell holds the name alone, after a
courtesy title ("Mr.", "Dr.") or a label ("Authorized signature:"), and a role after a comma at
most; a role cell holds a role of ``data/roles.txt`` alone (after "Title:" / "Position:" at
most), or with an organisation after a comma; an organisation's cell holds its name alone (the
one under the role, else the one over the name), or before a bar or a dot and what follows ("X
Ltd | Level 3, 12 King St": its address). One look at the cells around each person's name:
linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.column_cells import CELL as _CELL, cell_at as _cell_at
from kg.ingest.relations.post_nodes import make_post, role_rx
from kg.ingest.span_order import first_at_start

RULE = "post:stacked-lines@0.5"

_BEFORE = re.compile(r"(?:(?:[A-Z][\w'’ -]{0,30}[:：][ \t]*)|(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?[ \t]+))?")
_ROLE_LABEL = re.compile(r"(?:(?:job[ \t]+)?(?:title|position|post)[ \t]*[:：][ \t]*)?", re.I)
_AFTER_ROLE = re.compile(r"[ \t]*,[ \t]*")
_TRAIL = re.compile(r"[ \t]*[,.;]?")
_COL_SLACK = 2
# the organisation's line goes on after a bar or a dot set off by blanks: its address, a phone
# ("Halcyon Nickel Ltd | Level 3, 12 King St"; "X GmbH · Berlin")
_ORG_THEN_MORE = re.compile(r"[ \t]+[|\u00b7\u2022][ \t]+\S")


def stacked_posts(draft, minter, spans_of, kind) -> None:
    text = draft.text
    plain = [x for x in spans_of if not x[2].role]
    orgs = first_at_start(plain, "org")
    if not orgs:
        return
    roles = role_rx()
    for s, e, person in plain:
        if person.kind != "person":
            continue
        cell = _cell_at(text, s)
        if cell is None or e > cell[1] or not _BEFORE.fullmatch(text, cell[0], s):
            continue
        col = cell[0] - (text.rfind("\n", 0, s) + 1)
        got = None
        if e < cell[1]:     # "C, operations manager": the organisation over it or under it
            a = _AFTER_ROLE.match(text, e, cell[1])
            r = roles.fullmatch(text, a.end(), _trail_end(text, a.end(), cell[1])) if a else None
            if r is None:
                continue
            org = _org_cell(text, _near_cell(text, cell, col, -1), orgs) or \
                _org_cell(text, _near_cell(text, cell, col, 1), orgs)
            if org is not None:
                got = (r.group(1), org)
        else:
            below = _near_cell(text, cell, col, 1)
            if below is None:
                continue
            lab = _ROLE_LABEL.match(text, below[0], below[1])
            r = roles.match(text, lab.end(), below[1])
            if r is None:
                continue
            if _TRAIL.fullmatch(text, r.end(), below[1]):
                # the organisation under the role, else over the name ("Party A (seal) / X Co.,
                # Ltd. / Authorised representative: A / Title: Deputy General Manager")
                org = _org_cell(text, _near_cell(text, below, col, 1), orgs) or \
                    _org_cell(text, _near_cell(text, cell, col, -1), orgs)
            else:       # "Manager, Marine Cargo Underwriting Department"
                a = _AFTER_ROLE.match(text, r.end(), below[1])
                org = orgs.get(a.end()) if a is not None and a.end() > r.end() else None
                if org is not None and not _TRAIL.fullmatch(text, org[1], below[1]):
                    org = None
            if org is not None:
                got = (r.group(1), org)
        if got is not None:
            role, org = got
            a, b = min(s, org[0]), max(e, org[1])
            make_post(draft, minter, person, org[2], role, Span(a, b), RULE, 0.5)


def _trail_end(text, start, end) -> int:
    """``end`` without a trailing ',', '.' or ';' and spaces."""
    while end > start and text[end - 1] in " \t,.;":
        end -= 1
    return end


def _near_cell(text, cell, col, step):
    """The cell of the line after (``step`` 1) or before (-1) ``cell``'s line that starts at
    about column ``col``, or None (a blank line, or no cell there)."""
    if step > 0:
        ls = text.find("\n", cell[1])
        if ls < 0:
            return None
        ls += 1
    else:
        here = text.rfind("\n", 0, cell[0])
        if here <= 0:
            return None
        ls = text.rfind("\n", 0, here) + 1
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    if le - ls > 400:
        return None
    for m in _CELL.finditer(text, ls, le):
        if abs(m.start() - ls - col) <= _COL_SLACK:
            return m.start(), m.end()
    return None


def _org_cell(text, cell, orgs):
    """The organisation whose name fills ``cell``, or None."""
    if cell is None:
        return None
    org = orgs.get(cell[0])
    if org is None or org[1] > cell[1] or not (_TRAIL.fullmatch(text, org[1], cell[1]) or
                                               _ORG_THEN_MORE.match(text, org[1], cell[1])):
        return None
    return org
