"""Posts of the people who sign for the parties of an agreement in its signature block, one
column a party, the columns side by side and their cells wrapped onto the next lines:

    Party A (seal)                      Party B (seal)
    X Titanium Materials                Y Express Co.,
    Co., Ltd.                           Ltd.
    Representative: A,                  Representative: B,
    Deputy General Manager              General Manager

A person's cell opens with a signatory's label (``data/signature-column-labels.txt``:
"Representative:", "Authorised signatory:") or with the label of a party the text's header
defines ("Witness (seal): C, Deputy Town Mayor", "Seller: D, general manager", read by
:mod:`labelled_parties`); the name, then at most a comma and the start of the role. The role
goes on in the cells under the name's cell or under the name itself (a column's cells start at
either), one or two lines, as long as what is read so far is a role of ``data/roles.txt``
(or one of its frames), alone or with "of the ..." ("Director of the Management" over
"Committee"); a date or a label ends it. The organisation: the party the label names, else
the first one up the column (within five lines, one blank line at most) whose name opens a
cell ("X Titanium Materials" over "Co., Ltd."; "Party A: X Co., Ltd."), or a party's label
alone ("Party A (seal)") read through the header's "Party A: X". Rule
``post:signature-columns@0.55``. One look at a few lines around each person: linear in the
text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.column_cells import CELL as _CELL, cell_at as _cell_at
from kg.ingest.relations.labelled_parties import labelled_parties
from kg.ingest.relations.post_nodes import make_post, role_rx
from kg.ingest.span_order import first_at_start

RULE = "post:signature-columns@0.55"

_SLACK = 2
_UP = 5
_WIDE = 60          # a cell wider than this is running text, no column of a block
# "Representative: ", "Witness (seal): Mr. ": a label, its mark, a courtesy title
_HEAD = re.compile(r"(?:\|[ \t]*)?(?P<label>[A-Za-z][A-Za-z ]{1,40}?)[ \t]*(?:\((?:seal|signature|stamp|"
                   r"signed|chop)\)[ \t]*)?[:：][ \t]*(?:(?:Mr|Ms|Mrs|Miss|Dr|Prof)\.?[ \t]+)?")
_PARTY_ONLY = re.compile(r"(?P<label>Party[ \t][A-Z]|[A-Z][a-z]{2,20})[ \t]*(?:\((?:seal|"
                         r"signature|stamp|chop)\)[ \t]*)?[:：]?")
_OPENING = re.compile(r"[A-Z][A-Za-z ]{1,30}[:：][ \t]*")
_OF_THE = re.compile(r"[ \t]+of(?:[ \t]+the)?(?:[ \t]+[A-Z][\w'’-]*)+")
_ROLE_STOP = re.compile(r"[\d:：()]")


@lru_cache(maxsize=1)
def _labels() -> re.Pattern:
    """The labels of ``data/signature-column-labels.txt``, one of which must end a cell's
    label."""
    return re.compile("(?:" + "|".join(lines("signature-column-labels")) + r")$", re.I)


def signature_columns(draft, minter, spans_of, kind) -> None:
    text = draft.text
    plain = [x for x in spans_of if not x[2].role]
    orgs = first_at_start(plain, "org")
    if not orgs:
        return
    parties = None
    for s, e, person in plain:
        if person.kind != "person":
            continue
        cell = _cell_at(text, s)
        if cell is None or e > cell[1]:
            continue
        lab = _HEAD.fullmatch(text, cell[0], s)
        if lab is None:
            continue
        label = " ".join(lab.group("label").split()).lower()
        after = text[e:cell[1]]
        if after and not after.startswith(","):
            continue
        if parties is None:
            parties = labelled_parties(text, spans_of, kind)
        org = parties.get(label) if label in parties else None
        if org is None and not _labels().match(label):
            continue
        ls = text.rfind("\n", 0, s) + 1
        cols = (cell[0] - ls, s - ls)
        role = _role(text, after.lstrip(", \t").rstrip(" \t,;."), cell, cols)
        if role is None:
            continue
        if org is None:
            org = _org_up(text, ls, cols[0], orgs, parties)
        if org is None:
            continue
        make_post(draft, minter, person, org[2], role, Span(min(s, org[0]), max(e, org[1])),
                  RULE, 0.55)


def _role(text, first, cell, cols):
    """The role the cells under the name's cell give (after ``first``, the role's start on the
    name's own line), or None: the longest run of one or two lines read so far that is a
    role, alone or with "of the ..."."""
    roles = role_rx()
    parts = [first] if first else []
    best = first if first and _is_role(roles, first) else None
    at = cell
    for _ in range(2):
        below = _below(text, at, cols)
        if below is None:
            break
        words = text[below[0]:below[1]].rstrip(" \t,;.")
        if _ROLE_STOP.search(words) or len(words) > 50:
            break
        parts.append(words)
        got = " ".join(parts)
        if _is_role(roles, got):
            best = got
        at = below
    return best


def _is_role(roles, words) -> bool:
    m = roles.match(words)
    if m is None:
        return False
    return m.end() == len(words) or _OF_THE.fullmatch(words, m.end()) is not None


def _below(text, cell, cols):
    """The cell of the next line that starts at one of the columns ``cols``, or None."""
    ls = text.find("\n", cell[1])
    if ls < 0:
        return None
    ls += 1
    le = text.find("\n", ls)
    le = len(text) if le < 0 else le
    if le - ls > 400:
        return None
    for m in _CELL.finditer(text, ls, le):
        if any(abs(m.start() - ls - c) <= _SLACK for c in cols):
            return m.start(), m.end()
    return None


def _org_up(text, ls, col, orgs, parties):
    """The organisation up the column at ``col`` over the line starting at ``ls``: the first
    one whose name opens a cell (after a label at most), or a party's label alone read through
    the header; None at running text, a second blank line or after five lines."""
    blanks = 0
    for _ in range(_UP):
        if ls <= 0:
            return None
        end = ls - 1
        ls = text.rfind("\n", 0, end) + 1
        if end - ls > 400:
            return None
        if not text[ls:end].strip():
            blanks += 1
            if blanks > 1:
                return None
            continue
        for m in _CELL.finditer(text, ls, end):
            if m.end() <= ls + col - _SLACK:
                continue
            if m.end() - m.start() > _WIDE:
                return None
            if m.start() < ls + col - _SLACK:     # "Party A: X" over "  Representative: A"
                op = _OPENING.match(text, m.start(), m.end())
                org = orgs.get(op.end()) if op else None
                if org is not None and abs(org[0] - ls - col) <= _SLACK:
                    return org
                break
            if m.start() > ls + col + _SLACK:
                break
            alone = _PARTY_ONLY.fullmatch(text, m.start(), m.end())
            if alone is not None:
                return parties.get(" ".join(alone.group("label").split()).lower())
            op = _OPENING.match(text, m.start(), m.end())
            org = orgs.get(op.end() if op else m.start())
            if org is not None:
                return org
            break
    return None
