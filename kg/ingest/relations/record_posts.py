"""Posts a person's record gives in a labelled field: notices of appointments, candidates' and
cadres' publicity, resumes and directories print one record a person, their name heading it
("2. Li Ming", "Name: Li Ming") and fields under it: "Current post: Deputy General Manager of
X Co., Ltd.; Chairman of Y Co., Ltd.", "Proposed post: General Manager of X", "Position:
director of the Z Institute". Each "<role> of / at <organisation>" of such a field's value is a
post of the person (rule ``post:record-field@0.5``; a proposed or former post is a post, as the
curated readings record them).

The field labels: "post", "position", "title", "office" (singular or plural, "held" after
them), with "current", "present", "proposed", "former", "previous", "new" or "concurrent"
before them. The value runs over the indented lines it wraps onto until a blank line or the
next label (at most 400 characters). The person: the one whose name opens the nearest line
above that opens with one (after a list marker, or as a "Name:" field's value) in the field's
block (no blank line between, at most 12 lines up). One scan of the field labels: linear in the
text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.post_nodes import make_post, role_rx
from kg.ingest.span_order import first_at_start

RULE = "post:record-field@0.5"

_MARK = r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)、]|\(\d{1,2}\)|[*•·▪\-–—])?[ \t]*"
_LABEL = re.compile(
    _MARK + r"(?:(?:current|present|proposed|former|previous|new|concurrent)[ \t]+)?"
    r"(?:posts?|positions?|titles?|offices?)(?:[ \t]+held)?[ \t]*[:：][ \t]*", re.I)
_ANY_LABEL = re.compile(r"[ \t]*[A-Z][\w'’ ()-]{1,40}[:：]")
_NAME_LABEL = re.compile(_MARK + r"(?:(?:full[ \t]+)?name|candidate|nominee)[ \t]*[:：][ \t]*", re.I)
_OPENS = re.compile(_MARK)
_OF = re.compile(r"[ \t\n]*(?:of|at|in)[ \t\n]+(?:the[ \t\n]+)?")
_VALUE_MAX = 400
_UP_LINES = 12


def record_posts(draft, minter, spans_of, kind) -> None:
    text = draft.text
    if ":" not in text and "：" not in text:
        return
    plain = [x for x in spans_of if not x[2].role]
    people = {}
    for s, e, ent in plain:
        if ent.kind == "person":
            ls = text.rfind("\n", 0, s) + 1
            if _OPENS.fullmatch(text, ls, s) or _NAME_LABEL.fullmatch(text, ls, s):
                people.setdefault(ls, (s, e, ent))
    if not people:
        return
    orgs = first_at_start(plain, "org")
    roles = role_rx()
    pos = 0
    while pos <= len(text):
        ls = pos
        nl = text.find("\n", ls)
        line_end = len(text) if nl < 0 else nl
        pos = line_end + 1
        m = _LABEL.match(text, ls, line_end)
        if m is None:
            continue
        who = _record_person(text, ls, people)
        if who is None:
            continue
        end = _value_end(text, m.end(), line_end)
        for part in _parts(text, m.end(), end):
            for r in roles.finditer(text, *part):
                o = _OF.match(text, r.end(), part[1])
                org = orgs.get(o.end()) if o is not None else None
                if org is None or org[1] > end:
                    continue
                make_post(draft, minter, who[2], org[2], r.group(1), Span(who[0], org[1]),
                          RULE, 0.5)


def _parts(text, start, end):
    """The pieces of a value a ';' divides."""
    out, a = [], start
    while a < end:
        b = text.find(";", a, end)
        b = end if b < 0 else b
        out.append((a, b))
        a = b + 1
    return out


def _value_end(text, start, line_end) -> int:
    """The end of the value that opens at ``start``: its line and the indented lines it wraps
    onto, up to a blank line or the next label."""
    limit = min(len(text), start + _VALUE_MAX)
    end = line_end
    while end < limit:
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt < 0 else nxt
        line = text[end + 1:nxt]
        if not line.strip() or not line[:1].isspace() or _ANY_LABEL.match(line):
            break
        end = min(nxt, limit)
    return end


def _record_person(text, ls, people):
    """The person whose name opens the nearest line above ``ls`` in its block, or None."""
    pos = ls
    for _ in range(_UP_LINES):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        if not text[start:pos - 1].strip():
            return None
        if start in people:
            return people[start]
        pos = start
    return None
