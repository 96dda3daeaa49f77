"""Posts of a person's career printed as a list under a heading that names them ("He Weidong's
career, as published by the group:", "Resume of Comrade Li Ming:", "Biography of X", "X's
work experience:"), one post or step an item ("2. May 2003 - December 2009: general manager of
X Co., Ltd.", "- 2016-2025, Party secretary and chairman of the group"): a post of the person
in each organisation an item names after a role and "of / at" (rule ``post:career-list``,
the span running from the heading to the item, as the curated readings record it). An item
that names no role before its organisation ("joined the X Mine") gives none. The heading words
are ``data/career-headings.txt``; the list ends at the first line that is no item and no
item's indented continuation."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.caseless import lower_text

RULE = "post:career-list@0.6"
_ROLE_BACK = 300    # characters before an organisation read for its role and "of"


@lru_cache(maxsize=1)
def _heading():
    words = sorted({" ".join(w.split()) for w in lines("career-headings")},
                   key=lambda w: (-len(w), w))
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)
    # "X's career[, as published by the group]:" / "Career of [Comrade] X:" (the name's place
    # is checked against the people the draft names)
    after = re.compile(rf"['’]s[ \t]+(?:(?:full|official|main|brief)[ \t]+)?(?:{alts})\b"
                       r"[^\n:]{0,60}:[ \t]*$", re.I | re.M)
    before = re.compile(rf"[ \t]*(?:(?:brief|official)[ \t]+)?(?:{alts})[ \t]+of[ \t]+"
                        r"(?:(?:comrade|mr\.?|ms\.?|mrs\.?|dr\.?)[ \t]+)?", re.I)
    return after, before, tuple(w.lower() for w in words)


_LAST_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)$")
_HEAD_END = re.compile(r"[^\n:]{0,60}:[ \t]*$", re.M)
# an item: a number, letter or bullet, or a date, at the start of its line
_ITEM = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|[-*•·–])?[ \t]*(?=\S)")
_HAS_DATE = re.compile(r"(?:19|20)\d\d")
_OF = re.compile(r"\s+(?:of|at|in)\s+(?:the\s+)?$", re.I)
_MORE = re.compile(r"\s*(?:,|and|,\s*and)\s+$", re.I)


def _items(text: str, start: int):
    """(start, end) of each item of the list whose first line starts at ``start``."""
    out = []
    pos = start
    n = len(text)
    blank = 0
    while pos < n:
        end = text.find("\n", pos)
        end = n if end < 0 else end
        line = text[pos:end]
        if not line.strip():
            blank += 1
            if blank > 1 or not out and pos > start + 1:
                break
            pos = end + 1
            continue
        indent = len(line) - len(line.lstrip())
        m = _ITEM.match(line)
        marked = m is not None and m.end() > indent and line[indent] in "0123456789abcdefghij-*•·–"
        if out and not blank and indent > 0 and not (marked and _HAS_DATE.search(line[:40])):
            out[-1] = (out[-1][0], end)         # an indented continuation line
        elif _HAS_DATE.search(line[:40]) and (marked or indent > 0 or ":" in line[:40]
                                             or "," in line[:40]):
            out.append((pos, end))
        else:
            break
        blank = 0
        pos = end + 1
    return out


def career_lists(draft, minter, spans_of, refs, roles, kind) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    after, before, words = _heading()
    low = lower_text(text)
    if not any(w in low for w in words):
        return
    people = [(s, e, p) for s, e, p in spans_of if p.kind == "person"]
    orgs = sorted([(s, e, o) for s, e, o in spans_of if o.kind == "org" and not o.role]
                  + [r for r in refs if text[r[0]:r[1]].lower() != "its"],
                  key=lambda x: x[0])
    if not people or not orgs:
        return
    org_starts = [o[0] for o in orgs]
    ends = {e: (s, e, p) for s, e, p in people}
    heads = []
    for m in after.finditer(text):
        if m.start() in ends:
            heads.append((ends[m.start()], m.end()))
            continue
        # "Tang's working life, as set out ...:" after "Tang Weimin, ...": the one person named
        # before whose family (or given) name the word is
        w = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        if w is None:
            continue
        named = {p.iri: (s, e, p) for s, e, p in people if e <= w.start()
                 and w.group(1) in (p.label.split()[0], p.label.split()[-1])}
        if len(named) == 1:
            heads.append((next(iter(named.values())), m.end()))
    for s, e, p in people:
        line_start = text.rfind("\n", 0, s) + 1
        if s - line_start > 60 or not before.fullmatch(text, line_start, s):
            continue
        stop = _HEAD_END.match(text, e)
        if stop is not None:
            heads.append(((s, e, p), stop.end()))
    for (ps, pe, person), head_end in heads:
        nl = text.find("\n", head_end)
        if nl < 0:
            continue
        for a, b in _items(text, nl + 1):
            for os_, oe, org in orgs[bisect.bisect_left(org_starts, a):
                                     bisect.bisect_left(org_starts, b)]:
                lo = max(a, os_ - _ROLE_BACK)   # (an item of many posts: each read near it)
                of = _OF.search(text, lo, os_)
                if of is None:
                    continue
                # the last role before "of": "Party secretary and chairman of the group"
                role = None
                for role in roles.finditer(text, lo, of.start()):
                    pass
                if role is None or role.end() != of.start():
                    continue
                make_post(draft, minter, person, org, role.group(1), Span(ps, min(b, oe)), RULE,
                          0.6)
