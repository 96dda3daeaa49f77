"""Who was at a meeting, as its record prints it in labelled fields under its title: minutes'
"Presided by: A, Chairman", "Directors:   7 due, 7 present - B; C; D", "Attending: E",
"Recorder: F, Board Secretary", a review's "Experts: G, H". The people a field names (its
line and the indented lines that carry it on) took part in the meeting
(``event:attendance-field@0.6``); the one a chair's label names presided too. An organisation
takes part when its field names no person ("Attending: representatives of X and Y"), or when
it heads an item of its own: no person before it in its item (since the field's start, a ";"
or a line opening with a bullet) other than in brackets, and nothing between it and the
last ",", ";", bracket or line break before it but "and", "the" or a word of
``data/attendance-org-leads.txt`` and "of"/"from" ("Present: X Bureau (Director A), Y Co.,
Ltd. (Manager B)", "- Representatives of Z Co., Ltd. and the W Station"); the employer of a
person before it ("A, Director of X Bureau; B, Y Co., Ltd.") is none. A name the field says
was not there is none ("6 present; absent: A (on leave)", "all members
except B", "C (did not attend)").
The labels are ``data/attendance-labels.txt``. A team's field ("Inspectors:", "Survey team:",
"Expert panel:") names those who did the record's work: in its head as any field, or under the
record's text, where it signs the record off, for the first event the record names.

The meeting is the event named nearest above the field, in the record's head (a field
indented by more than four spaces is a slot's of a programme, not the record's): between its
name and the field no prose (a sentence ending in a word of three letters or more and a full
stop; ", as follows." closing the line that names it is none: "... decided to hold a public
hearing, as follows." over "Applicants: A, B"), at most 1,500 characters. No event there, no participants."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import labelled_kinds, words
from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.reading.windows import AtLineStarts
from kg.ingest.span_order import spans_by_start

RULE = "event:attendance-field@0.6"
_BACK = 1500
_FIELD = 800
_PROSE = re.compile(r"\b[a-z]{3,}\.(?=\s)")
# (what may close the sentence that names the meeting right before its fields: "... has
# decided to hold a public hearing, as follows.")
_FOLLOWS = re.compile(r"[ \t]*,?[ \t]*(?:as[ \t]+follows|as[ \t]+below)[.:]?\s*$")
_NOT_MEETINGS = {"Milestone", "Launch"}
# where a field ends: the next line that opens with a label of its own, or a blank line, or a
# line that is not indented (the field's continuation lines are), or a label further along
# the line after a gap ("Recorded by: A          Checked by: B")
_NEXT_LINE = re.compile(r"\n(?![ \t]+\S)|\n[ \t]*[A-Z][\w'’ -]{1,30}:|[ \t]{3,}[A-Z][\w'’-]*"
                        r"(?:[ \t][\w'’-]+){0,3}:")


# a word that says someone named in a field was not there: "6 present; absent: A (on leave)",
# "all members except B", "C (did not attend)"
_AWAY = re.compile(r"\b(?:absent|absence|excused|apolog\w*|on[ \t]+leave|not[ \t]+(?:present|"
                   r"attend\w*)|did[ \t]+not|except|excluding|other[ \t]+than|apart[ \t]+from)\b",
                   re.I)
_BRACKET_AFTER = re.compile(r"[ \t]*\(([^()\n]{0,60})\)")


# where an item of a field opens: a ";" or a line that opens with a bullet
_ITEM_OPEN = re.compile(r";|\n[ \t]*[-*•·▪][ \t]")


@lru_cache(maxsize=1)
def _org_lead() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in sorted(words("attendance-org-leads"), key=len,
                                                   reverse=True))
    # (the words before the name, stripped: "- Representatives of", "and the", "the")
    return re.compile(rf"(?:[-*•·▪][ \t]*)?(?:and\b\s*)?(?:(?:a|an|the)\b\s*)?"
                      rf"(?:(?:{alts})\s+(?:of|from)\b\s*(?:the\b)?)?", re.I)


def _heads_item(text: str, field: int, s: int, people: list) -> bool:
    """The organisation at ``text[s:]``, in a field whose names open at ``field``, heads an
    item of its own (see the module): no person before it in its item but in brackets, and
    only "and", "the" or "representatives of" since the last separator."""
    item = field
    for m in _ITEM_OPEN.finditer(text, max(field, s - 400), s):
        item = m.end()
    for ps, _, _ in people:
        if item <= ps < s and text.count("(", item, ps) <= text.count(")", item, ps):
            return False
    if text.count("(", item, s) > text.count(")", item, s):
        return False                # (inside a bracket: "A (X Co., Ltd.)")
    cut = max(text.rfind(c, field, s) for c in ",;()\n")
    lead = text[max(field, cut + 1):s].strip()
    return not lead or _org_lead().fullmatch(lead) is not None


def _above(text: str, at: int, nearest: tuple) -> int | None:
    """The index of the event named nearest above a field at ``at`` (``nearest``: its end and
    index) when no prose stands between them (see the module), else None."""
    e_end, idx = nearest
    if at - e_end > _BACK:
        return None
    prose = _PROSE.search(text, e_end, at)
    if prose is not None and not (prose.end() == _line_end(text, e_end)
                                  and _FOLLOWS.match(text, e_end, prose.end())
                                  and not _PROSE.search(text, prose.end(), at)):
        return None
    return idx


def _aside(text: str, field: int, s: int) -> bool:
    """The organisation at ``text[s:]`` stands in a bracket that says something of the name
    before it: "Y Co., Ltd. (a subsidiary of Z)", "W Co., Ltd. (which prepared the report)";
    not a bracket of names ("(X Bureau, Y Station)")."""
    o = text.rfind("(", max(field, s - 200), s)
    if o < 0 or text.find(")", o, s) >= 0:
        return False
    lead = text[max(o, text.rfind(",", o, s), text.rfind(";", o, s)) + 1:s].strip()
    return bool(lead) and _org_lead().fullmatch(lead) is None


def _line_end(text: str, pos: int) -> int:
    e = text.find("\n", pos)
    return len(text) if e < 0 else e


def _away(text: str, field: int, s: int, e: int) -> bool:
    """The name at ``text[s:e]`` in a field that opens at ``field`` is one of those not there:
    a word of absence before it in its part of the field (since the last "," or ";"), or in a
    bracket right after it."""
    part = max(field, text.rfind(";", field, s) + 1, text.rfind(",", field, s) + 1)
    if _AWAY.search(text, part, s):
        return True
    br = _BRACKET_AFTER.match(text, e)
    return br is not None and _AWAY.search(br.group(1)) is not None


@lru_cache(maxsize=1)
def _labels():
    roles = labelled_kinds("attendance-labels")
    alts = "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                    for w in sorted(roles, key=len, reverse=True))
    # (a label indented deeper is a slot's of a programme: "09:00  Session 1 / Chair: A")
    # (tried only where a line starts, kg/ingest/reading/windows.py)
    return AtLineStarts(re.compile(rf"^[ \t]{{0,4}}(?P<label>{alts})[ \t]*[:：][ \t]*",
                                   re.I | re.M)), roles


def attendance_fields(draft, spans_of, kind, teams: bool = False) -> None:
    """The fields of those present (``teams``: only the teams' fields, read once the events
    of the record's own fields, "Inspection date:", are drafted; else all but those)."""
    text = draft.text
    if ":" not in text:
        return
    rx, roles = _labels()
    spans = spans_by_start(spans_of)
    events = [x for x in spans if x[2].kind == "event" and not x[2].known
              and str(x[2].cls).rsplit("#", 1)[-1] not in _NOT_MEETINGS]
    if not events:
        return
    ev_ends = sorted((x[1], i) for i, x in enumerate(events))
    end_keys = [e for e, _ in ev_ends]
    starts = [x[0] for x in spans]
    first = None
    for m in rx.finditer(text):
        # the meeting: the event named nearest above, with no prose between
        role = roles[" ".join(m.group("label").lower().split())]
        if (role == "team") != teams:
            continue
        if first is None:
            p = _PROSE.search(text)
            first = len(text) if p is None else p.start()
        k = bisect.bisect_right(end_keys, m.start())
        idx = _above(text, m.start(), ev_ends[k - 1]) if k else None
        if idx is None and role == "team" and m.start() > first:
            # (the team's field signs the record off, under its text: the work of the
            # record is the first event it names)
            idx = 0 if events[0][1] <= m.start() else None
        if idx is None:
            continue
        es, _, event = events[idx]
        # the field: its line and the indented lines that carry it on
        nxt = _NEXT_LINE.search(text, m.end(), min(len(text), m.end() + _FIELD))
        f_end = nxt.start() if nxt else min(len(text), m.end() + _FIELD)
        if role == "head":
            # (a recorder's field counts in the record's head only, above its first sentence:
            # "Recorded by: A   Approved by: B" under the text signs the record off)
            if m.start() > first:
                continue
            role = "participant"
        elif role == "team":
            role = "participant"
        i = bisect.bisect_left(starts, m.end())
        people, orgs = [], []
        while i < len(spans) and spans[i][0] < f_end:
            s, e, ent = spans[i]
            if e <= f_end and not ent.role:
                k_ = ent.kind
                if k_ == "person":
                    people.append((s, e, ent))
                elif k_ == "org":
                    orgs.append((s, e, ent))
            i += 1
        people = [x for x in people if not _away(text, m.end(), x[0], x[1])]
        orgs = [x for x in orgs if not _away(text, m.end(), x[0], x[1])]
        if role == "chair":
            people = people[:1]
            orgs = []
        elif people:
            orgs = [x for x in orgs if _heads_item(text, m.end(), x[0], people)]
        else:
            orgs = [x for x in orgs if not _aside(text, m.end(), x[0])]
        for s, e, ent in people + orgs:
            span = Span(min(es, m.start()), e)
            event.add(NFO.participant, ent.iri, span, RULE)
            if role == "chair":
                event.add(NFO.presidedBy, ent.iri, span, RULE)


def team_fields(draft, spans_of, kind) -> None:
    """The teams' fields: "Inspectors:", "Survey team:" (see the module)."""
    attendance_fields(draft, spans_of, kind, teams=True)
