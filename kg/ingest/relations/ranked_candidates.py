"""Posts of people named by the rank of a bidder in a tender's result: after a ranked list of
bidders ("1   X Engineering Co., Ltd.   253,860,000", "2. Y Corporation", "First candidate: Z
Ltd."), "Project manager proposed by the first candidate: A" and "Project managers proposed: A
(first candidate), B (second candidate)" make A and B hold the role in the bidder of that rank
(rule ``post:ranked-candidate@0.5``; the role: the one of ``data/roles.txt`` nearest before the
name on its line, else "Project manager").

A rank is the number opening a row whose first name is an organisation, or an ordinal
("first", "2nd") before "candidate" on a "... candidate: X" line. Only in a text that says
"candidate" and names a person after an ordinal and "candidate": one pass over the lines."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.caseless import lower_text

_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2,
             "3rd": 3, "4th": 4, "5th": 5}
_ORD = r"(?P<o>first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)"
# "A (first candidate)", "A (the second bid candidate)"
_AFTER = re.compile(r"[ \t]*[(（][ \t]*(?:the[ \t\n]+)?" + _ORD
                    + r"[ \t\n]+(?:winning[ \t\n]+)?(?:bid(?:ding)?[ \t\n]+)?candidate", re.I)
# "... proposed by the first candidate: A", "First candidate's project manager: A"
_BEFORE = re.compile(r"(?:by|of|for)[ \t]+the[ \t]+" + _ORD + r"[ \t]+(?:winning[ \t]+)?"
                     r"(?:bid(?:ding)?[ \t]+)?candidate[^:\n]{0,30}[:：][ \t]*$", re.I)
# a ranked row: "  1     X Co., Ltd.   253,860,000", "2. Y Corporation"
_ROW = re.compile(r"^[ \t]*(?P<n>\d{1,2})[.)、]?[ \t]+", re.M)
# "First candidate: X Co., Ltd."
_ORD_ROW = re.compile(r"^[ \t]*" + _ORD + r"[ \t]+(?:winning[ \t]+)?(?:bid(?:ding)?[ \t]+)?"
                      r"candidate[ \t]*[:：][ \t]*", re.I | re.M)
DEFAULT_ROLE = "Project manager"


def ranked_candidates(draft, minter, spans_of, roles, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    low = lower_text(text)
    if "candidate" not in low:
        return
    people = [(s, e, p) for s, e, p in spans_of if p.kind == "person"]
    named = []
    for s, e, p in people:
        m = _AFTER.match(text, e)
        if m is None:
            ls = text.rfind("\n", 0, s) + 1
            m = _BEFORE.search(text, ls, s)
        if m is not None:
            named.append((s, e, p, _ORDINALS[m.group("o").lower()]))
    if not named:
        return
    org_at = {}
    for s, e, ent in spans_of:
        if ent.kind == "org" and not ent.role:
            org_at.setdefault(s, (e, ent))
    ranked: dict[int, tuple] = {}
    first_row = None
    for rx in (_ROW, _ORD_ROW):
        for m in rx.finditer(text):
            hit = org_at.get(m.end())
            if hit is None:
                continue
            n = int(m.group("n")) if "n" in m.groupdict() and m.group("n") else \
                _ORDINALS[m.group("o").lower()]
            if n not in ranked:
                ranked[n] = (m.end(), hit[0], hit[1])
                first_row = m.start() if first_row is None else min(first_row, m.start())
    if not ranked:
        return
    for s, e, person, n in named:
        row = ranked.get(n)
        if row is None or s < first_row:
            continue
        ls = text.rfind("\n", 0, s) + 1
        found = list(roles.finditer(text, ls, s))
        role = found[-1].group(1) if found else DEFAULT_ROLE
        role = role[:-1] if role.lower().endswith("managers") else role
        make_post(draft, minter, person, row[2], role, Span(s, e), "post:ranked-candidate@0.5",
                  0.5)
