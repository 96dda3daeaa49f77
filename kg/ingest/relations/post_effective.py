"""The day a change of post takes effect, as a notice of appointments and removals prints it:
a post starts that day (``nfo:startDate``; ``nfo:plannedDate`` when the day is after the
document's own), a post someone leaves ends it (``nfo:endDate``; a removal still to come is not
dated: it has not happened).

* A table's row ("No. | Name | Appointed to | Removed from | Effective"): the row's cell under a
  header of ``data/post-effective-headers.txt`` gives the day, a date ("1 Dec 2026") or the
  document itself ("this notice", "the date of issue", "upon issue": the document's date); each
  post whose evidence ends in a cell of the row takes it, ending when its column's header is
  one of ``data/post-removal-headers.txt`` ("Removed from"), else starting (rule
  ``post:row-effective@0.6``).
* A clause: the holder named, a verb of a change of post before the post's role
  (``data/post-change-verbs.txt``; one of ``data/post-end-cues.txt`` ends it: "ceases to be",
  "is removed from"), and after the role, in the same clause, a cue of ``data/post-effect-cues.txt``
  right before a date ("Xu is appointed general manager with effect from 1 January 2027",
  "Li ceases to be director, effective 30 June") (rule ``post:with-effect-from@0.6``).

A post that has a start, end or planned date already keeps it. One look at each table row and
at each post's holder's mentions, within a bounded window: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Span
from kg.ingest.reading.dates import date_literal, find_dates, roll_forward
from kg.ingest.reading.tables import tables
from kg.ingest.relations.post_periods import add_period, period_at
from kg.ingest.terms import NFO, ORG

ROW_RULE = "post:row-effective@0.6"
CLAUSE_RULE = "post:with-effect-from@0.6"
HELD_RULE = "post:held-period@0.55"

_DATED = (NFO.startDate, NFO.endDate, NFO.plannedDate)
# a cell or phrase naming the document itself as the day: "this notice", "the date of issue"
_ITSELF = re.compile(r"\b(?:(?:this|the\s+present)\s+(?:notice|decision|document|circular|order|"
                     r"letter|resolution)|(?:the\s+)?date\s+of\s+(?:issue|issuance|this\s+\w+)|"
                     r"(?:up)?on\s+issue|immediately|forthwith)\b", re.I)
_MENTIONS = 12     # how many of a holder's mentions (the first) are read for a post's clause
_WINDOW = 360       # how far a holder's clause runs after the holder's name (characters)
# what ends a clause: a semicolon, a blank line, a full stop before a space (not of "Co.", "Ltd.",
# "No.", a title or an initial)
_CLAUSE_END = re.compile(r";|\n[ \t]*\n|\.(?<!\bCo\.)(?<!\bLtd\.)(?<!\bNo\.)(?<!\bMr\.)(?<!\bMs\.)"
                         r"(?<!\bDr\.)(?<!\bSt\.)(?<!\b[A-Z]\.)(?=\s)")


@lru_cache(maxsize=1)
def _cues():
    change = re.compile(r"\b(?:" + "|".join(lines("post-change-verbs")) + r")", re.I)
    end = re.compile(r"\b(?:" + "|".join(lines("post-end-cues")) + r")\b", re.I)
    effect = re.compile(r"(?<![A-Za-z])(?:" + "|".join(lines("post-effect-cues")) + r")[ \t\n]+$",
                        re.I)
    roles = frozenset(_norm(r) for r in lines("roles"))
    held = re.compile(r"\b(?:" + "|".join(lines("post-held-verbs")) + r")\b", re.I)
    return change, end, effect, roles, held


_WORD_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ \t\n]+(?:([A-Za-z][\w-]*)[ \t\n]+)?$")


def _inside_longer(text: str, r, roles) -> bool:
    """The role found at ``r`` is the tail of a longer role the roles list knows ("General
    Manager" inside "Deputy General Manager")."""
    w = _WORD_BEFORE.search(text, max(0, r.start() - 40), r.start())
    if w is None:
        return False
    role = _norm(r.group(0))
    return any(x and _norm(x + " " + role) in roles for x in (
        w.group(2), (w.group(1) + " " + w.group(2)) if w.group(2) else None))


def _norm(s: str) -> str:
    return " ".join(s.lower().replace(":", " ").split())


def _when(value: str, doc_date: str | None) -> str:
    """"past" when ``value`` is on or before the document's day (or no day is known), else
    "future"."""
    if doc_date is None:
        return "past"
    return "future" if value[:len(doc_date)] > doc_date[:len(value)] else "past"


def _add(post, value: str, ends: bool, doc_date, span: Span, rule: str) -> bool:
    later = _when(value, doc_date) == "future"
    if ends:
        if later:
            return False        # (a removal still to come: no end yet)
        post.add(NFO.endDate, date_literal(value), span, rule)
    else:
        post.add(NFO.plannedDate if later else NFO.startDate, date_literal(value), span, rule)
    return True


def post_effective(draft) -> int:
    """Date the draft's posts from the day their change takes effect (see the module)."""
    posts = [e for e in draft.entities.values() if NFO.Post == e.cls and not e.known
             and e.mentions and not any(st[0] in _DATED for st in e.statements)]
    if not posts:
        return 0
    text = draft.text
    doc_date = str(draft.date) if draft.date is not None else None
    if doc_date is not None and (len(doc_date) != 10 or draft.__dict__.get("date_guessed")):
        doc_date = None if len(doc_date) != 10 else doc_date
    doc_year = doc_date[:4] if doc_date else None
    dates = sorted((roll_forward(text, d, doc_date) for d in find_dates(
        text, doc_year, extended=True, doc_date=doc_date) if d.kind in ("date", "gYearMonth")),
        key=lambda d: d.start)
    starts = [d.start for d in dates]
    changed = _rows(text, posts, dates, starts, doc_date)
    left = [p for p in posts if not any(st[0] in _DATED for st in p.statements)]
    if left:
        changed += _clauses(draft, text, left, dates, starts, doc_date)
    return changed


def _rows(text, posts, dates, starts, doc_date) -> int:
    heads, removal = words("post-effective-headers"), words("post-removal-headers")
    changed = 0
    ends = sorted(((m.end, p) for p in posts for m in p.mentions), key=lambda x: x[0])
    end_at = [x[0] for x in ends]
    for table in tables(text):
        cols = {i for i, h in enumerate(table.header) if _norm(h[2]) in heads}
        if not cols:
            continue
        for row in table.rows:
            lo, hi = bisect.bisect_right(end_at, row.start), bisect.bisect_right(end_at, row.end)
            if lo == hi:
                continue
            cell = next((c for c in row.cells if c.col in cols), None)
            if cell is None:
                continue
            value = None
            k = bisect.bisect_left(starts, cell.start)
            if k < len(dates) and dates[k].end <= cell.end + 1:
                value = dates[k].value
            elif doc_date is not None and any(_ITSELF.search(text, a, b) for a, b in cell.spans):
                value = doc_date
            if value is None:
                continue
            for e, post in ends[lo:hi]:
                if any(st[0] in _DATED for st in post.statements):
                    continue
                where = next((c for c in row.cells if any(a < e <= b for a, b in c.spans)), None)
                if where is None or where.col in cols:
                    continue
                leaves = _norm(table.column(where.col)) in removal
                changed += _add(post, value, leaves, doc_date, Span(row.start, row.end), ROW_RULE)
    return changed


def _clauses(draft, text, posts, dates, starts, doc_date) -> int:
    change, end_cue, effect, roles, _ = _cues()
    changed = 0
    firsts: dict = {}       # each holder's first mentions, sorted once
    for post in posts:
        role = next((str(st[1]) for st in post.statements if NFO.roleName == st[0]), "")
        holder = next((draft.entities.get(st[1]) for st in post.statements
                       if ORG.heldBy == st[0]), None)
        if not role or holder is None or not holder.mentions:
            continue
        role_rx = re.compile(r"\b" + r"[ \t\n]+".join(re.escape(w) for w in role.split()) + r"\b",
                             re.I)
        # (a holder's first mentions: a list of hundreds of posts of one name costs no more
        # than its length)
        first = firsts.get(id(holder))
        if first is None:
            first = firsts[id(holder)] = sorted(holder.mentions, key=lambda x: x.start)[:_MENTIONS]
        for m in first:
            stop = _CLAUSE_END.search(text, m.end, min(len(text), m.end + _WINDOW))
            ce = stop.start() if stop else min(len(text), m.end + _WINDOW)
            # the first verb of a change of post after the holder, then the role after it
            verb = change.search(text, m.end, ce)
            ending = end_cue.search(text, m.end, ce)
            cue = ending if ending is not None and (verb is None or ending.start() <= verb.start()) \
                else verb
            if cue is None:
                if _held(post, text, m, ce, role_rx, roles):
                    changed += 1
                    break
                continue
            r = role_rx.search(text, cue.end(), ce)
            while r is not None and _inside_longer(text, r, roles):
                r = role_rx.search(text, r.end(), ce)
            if r is None or r.start() - cue.end() > 60:
                continue
            k = bisect.bisect_left(starts, r.end())
            d = dates[k] if k < len(dates) and dates[k].end <= ce else None
            value = None
            if d is not None and d.start - r.end() <= 160 and effect.search(
                    text, max(r.end(), d.start - 40), d.start):
                value = d.value
            else:
                it = _ITSELF.search(text, r.end(), ce)
                if it is not None and doc_date is not None and effect.search(
                        text, max(r.end(), it.start() - 40), it.start()):
                    value = doc_date
            if value is None:
                if _held(post, text, m, ce, role_rx, roles):
                    changed += 1
                    break
                continue
            leaves = cue is ending
            changed += _add(post, value, leaves, doc_date, Span(m.start, ce), CLAUSE_RULE)
            break
    return changed


_LEGAL = re.compile(r"\b(?:Co|Corp|Inc)\.,[ \t\n]*(?=Ltd|Limited|Inc)")
# where a period may open after a post and its organisation ("chairman of X from 2016 until")
_PERIOD_WORD = re.compile(r"[ \t\n,(]+(?:from|since|between)\b", re.I)


def _held(post, text, m, ce, role_rx, roles) -> int:
    """A period printed after the post a clause says its holder held ("X was the company's
    chairman from August 2016 until March 2024", "has been general manager since January
    2015"): its first month or year starts the post, its last ends it (rule
    ``post:held-period@0.55``)."""
    held = _cues()[4].search(text, m.end, ce)
    if held is None:
        return 0
    r = role_rx.search(text, held.end(), ce)
    while r is not None and _inside_longer(text, r, roles):
        r = role_rx.search(text, r.end(), ce)
    if r is None or r.start() - held.end() > 40 or "," in text[held.end():r.start()]:
        return 0
    got = period_at(text, r.end(), ce)
    if got is None:
        w = _PERIOD_WORD.search(text, r.end(), min(ce, r.end() + 100))
        # (the organisation of the post between at most: "chairman of X Co., Ltd. from";
        # not another clause, "X, who is chairman of Y, said output from 2025 to 2027 ...")
        if w is None or re.search(r"[;,:]", _LEGAL.sub("", text[r.end():w.start()])):
            return 0
        got = period_at(text, w.start(), ce)
    if got is None:
        return 0
    add_period(post, got[0], got[1], Span(m.start, got[2]), HELD_RULE)
    return 1
