"""A timeline row that records a change of post ("2008.06   Liu Wanshan becomes Chairman",
"2025.01   Zhang Hongbo succeeds Liu Wanshan as Chairman; Liu stays on as Honorary Chairman"):
curators record the posts and their dates, not an event. :func:`post_change` tells such a
part of a row (``data/post-change-verbs.txt``) so that the clause events leave it
(``events.verb_happenings``); :func:`date_row_posts` gives each post a row's part names (its
evidence inside the part) the row's date as its start (``event:row-post-date``, when it has
none), and the post "A succeeds B as R" ends for B (the post of B with that role, its end). A
row keyed by a period (a career outline's "1979.01 - 1988.06   Deputy director, X") dates the
posts its first part names, no verb needed: the first month starts them, the last ends them
(``event:row-post-period``).

Rows are those of ``reading.keyed_rows`` keyed by a date (not a time of day); one pass over
the rows and the posts, the dates looked up by the keys' offsets."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, find_dates
from kg.ingest.reading.keyed_rows import keyed_rows, row_clauses, time_key
from kg.ingest.terms import NFO, ORG

RULE = "event:row-post-date"
PERIOD_RULE = "event:row-post-period"
_SUCCEEDS = re.compile(r"\bsucceed(?:s|ed)\s+(?P<who>[A-Z][\w'-]*(?:[ \t\n]+[A-Z][\w'-]*){0,3})"
                       r"[ \t\n]+as[ \t\n]+(?P<role>[A-Z][\w-]*(?:[ \t\n]+[A-Z][\w-]*){0,3})")


@lru_cache(maxsize=None)
def _verbs() -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(lines("post-change-verbs")) + r")", re.I)


def post_change(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` (a part of a row) tells of someone taking, keeping or leaving a post."""
    return _verbs().search(text, a, b) is not None


@lru_cache(maxsize=None)
def _post_row() -> re.Pattern:
    roles = "|".join(re.escape(r).replace(r"\ ", r"[ \t\n]+")
                     for r in sorted(lines("roles"), key=len, reverse=True))
    return re.compile(rf"[ \t]*(?:(?:deputy|vice|acting|executive|senior|assistant)[ \t]+)?"
                      rf"(?:{roles})(?:[ \t]+and[ \t]+[a-z][\w -]{{0,40}}?)?"
                      r"(?=[ \t]*[,;(]|[ \t\n]+of[ \t\n]|[ \t.]*$)", re.I)


def post_row(text: str, a: int, b: int) -> bool:
    """``text[a:b]`` (a row of a resume or a career outline, no verb) opens with a role and then
    its organisation ("Deputy director, X Plant", "Director of the plant; from 1994 also ...",
    "Vice president and technical adviser, Y Association"): a post held, no happening."""
    return _post_row().match(text, a, b) is not None


def _local(term) -> str:
    return str(term).rsplit("#", 1)[-1]


def date_row_posts(draft) -> None:
    text = draft.text
    rows = [r for r in keyed_rows(text) if not time_key(text, r)]
    if not rows:
        return
    doc_date = str(draft.date) if draft.date is not None else None
    found = find_dates(text, doc_date[:4] if doc_date else None, extended=True,
                       doc_date=doc_date)
    keys = {d.start: d for d in found
            if d.kind in ("date", "gYearMonth", "gYear") and not d.until}
    # a career outline's row keyed by a period ("1979.01 - 1988.06   Deputy director, X"):
    # the post its first part names was held from the first month to the last
    periods = {d.start: d for d in found if d.kind in ("gYearMonth", "gYear") and d.until}
    posts = [e for e in draft.entities.values() if not e.known and _local(e.cls) == "Post"]
    if not posts:
        return
    at = sorted(((m.start, p) for p in posts for m in p.mentions), key=lambda x: x[0])
    at_starts = [x[0] for x in at]
    holders = {}        # (holder's label, role in lower case) -> the posts
    for p in posts:
        holder = role_name = None
        for pr, o, _, _ in p.statements:
            if pr == ORG.heldBy and o in draft.entities:
                holder = draft.entities[o].label
            elif pr == NFO.roleName:
                role_name = str(o).lower()
        holders.setdefault((holder, role_name), []).append(p)
    for row in rows:
        d = keys.get(row.key_start)
        if d is None:
            span_of = periods.get(row.key_start)
            parts = row_clauses(text, row) if span_of is not None else ()
            if parts:
                a, b = parts[0]
                for _, p in at[bisect.bisect_left(at_starts, row.body):bisect.bisect_left(at_starts, b)]:
                    if not any(pr in (NFO.startDate, NFO.endDate) for pr, _, _, _ in p.statements):
                        p.add(NFO.startDate, date_literal(span_of.value), Span(a, b), PERIOD_RULE)
                        p.add(NFO.endDate, date_literal(span_of.until), Span(a, b), PERIOD_RULE)
            continue
        for a, b in row_clauses(text, row):
            if not post_change(text, a, b):
                continue
            span = Span(a, b)
            for _, p in at[bisect.bisect_left(at_starts, a):bisect.bisect_left(at_starts, b)]:
                if not any(pr == NFO.startDate for pr, _, _, _ in p.statements):
                    p.add(NFO.startDate, date_literal(d.value), span, RULE)
            m = _SUCCEEDS.search(text, a, b)
            if m is None:
                continue
            # "A succeeds B as R": B's post R ends then
            key = (" ".join(m.group("who").split()), " ".join(m.group("role").split()).lower())
            for p in holders.get(key, ()):
                if not any(pr == NFO.endDate for pr, _, _, _ in p.statements):
                    p.add(NFO.endDate, date_literal(d.value), span, RULE)
