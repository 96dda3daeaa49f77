"""Posts in a body whose roster is printed under its name: a heading line that is the body's name
alone (after a section number at most: "Defence Committee", "1. CLASS COMMITTEE", "Working
Group:"), or says whose roster follows ("Appendix: Officers of the seventh X Committee": a lead
of ``data/roster-heading-leads.txt``, "of", an ordinal at most, the name ending the line), then
indented lines that each open with a role and then, after a wide gap or a colon,
a person ("  Chair       A      Academician    X University", "  Class monitor   B   Y Co., Ltd.",
"  Secretary: C"), the lines of a table's header and rule between them skipped. Each such person
holds the role in the body (rule ``post:body-roster@0.5``); what the rest of the line says (a
title and an employer) is the row readers' (:mod:`row_posts`, :mod:`table_posts`). A line
struck off (a word of ``data/called-off-marks.txt``: "(withdrawn)") gives no post.

A line that opens with a person right under the person of the line above, with no role of its
own ("  Deputy directors   A   ..." over "                     B   ..."), holds the role above;
a role in the plural is read in the singular ("Deputy directors": "Deputy director").

The role: a role of ``data/roles.txt``, or at most four words ending in a job's head word
(``data/role-heads.txt``) or in a word of a roster's roles (``data/roster-role-heads.txt``:
"member", "monitor", "teacher"). The roster ends at the first line that is not indented more
than the heading, or after ``_MAX_LINES`` lines. Each line under a heading is read once: linear in
the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import phrases, words
from kg.ingest.model import Span
from kg.ingest.reading.occurrences import line_end, line_start, occurrences
from kg.ingest.reading.called_off import struck
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.span_order import spans_by_start

RULE = "post:body-roster@0.5"
_MAX_LINES = 40
# a heading: a section number at most, then the name, a colon at most
_NUMBER = re.compile(r"[ \t]*(?:(?:\d{1,2}|[A-Za-z]|[IVX]{1,4})[.)、]|\(\d{1,2}\))?[ \t]*")
_TAIL = re.compile(r"[ \t]*:?[ \t]*\Z")
# a caption before a roster's lead ("Appendix:", "Annex 2.")
_CAPTION = r"(?:(?:Appendix|Annex|Attachment)(?:[ \t]+\d{1,2})?[ \t]*[:：.][ \t]*)?"
# a roster line: indent, a list marker at most, the role, then a wide gap or a colon
_LINE = re.compile(r"(?P<indent>[ \t]+)(?:[*•·▪\-–—][ \t]+)?"
                   r"(?P<role>[A-Za-z][A-Za-z'’-]*(?:[ \t][A-Za-z'’-]+){0,3}?)"
                   r"(?:[ \t]*[:：][ \t]*|[ \t]{2,}|\t)")


@lru_cache(maxsize=1)
def _lead():
    """A heading's words before the body's name: a caption at most, a lead, "of", "the" and an
    ordinal at most."""
    leads = sorted(phrases("roster-heading-leads"), key=len, reverse=True)
    ords = sorted(words("ordinal-words"), key=len, reverse=True)
    return re.compile(_NUMBER.pattern + _CAPTION + r"(?i:" + "|".join(
        r"[ \t]+".join(map(re.escape, x.split())) for x in leads) + r")[ \t]+of[ \t]+"
        r"(?:the[ \t]+)?(?:(?i:" + "|".join(map(re.escape, ords)) +
        r"|\d{1,3}(?:st|nd|rd|th))[ \t]+)?")


@lru_cache(maxsize=1)
def _vocab():
    heads = words("role-heads") | words("roster-role-heads")
    roles = phrases("roles")
    return heads, roles


def _role(text: str) -> str | None:
    heads, roles = _vocab()
    low = " ".join(text.lower().split())
    parts = low.split()
    if not parts or len(parts) > 4:
        return None
    if low in roles or parts[-1] in heads:
        return " ".join(text.split())
    if parts[-1].endswith("s") and parts[-1][:-1] in heads:
        return " ".join(text.split())[:-1]      # ("Deputy directors" over several people)
    return None


def body_rosters(draft, minter, spans_of, kind) -> None:
    text = draft.text
    plain = [x for x in spans_by_start(spans_of) if not x[2].role]
    people = [x for x in plain if x[2].kind == "person"]
    if not people:
        return
    p_starts = [x[0] for x in people]
    breaks = occurrences(text, "\n")
    for s, e, body in plain:
        if body.kind != "org":
            continue
        ls = line_start(breaks, s)
        le = line_end(breaks, e, len(text))
        pre = _NUMBER.fullmatch(text, ls, s) or _lead().fullmatch(text, ls, s)
        if pre is None or not _TAIL.match(text, e, le) or not _TAIL.fullmatch(text, e, le):
            continue
        indent = len(text[ls:s]) - len(text[ls:s].lstrip(" \t"))
        pos, n = le + 1, 0
        above = None        # (the role, the column of its person) of the last role line
        while pos < len(text) and n < _MAX_LINES:
            n += 1
            nl = text.find("\n", pos)
            nl = len(text) if nl < 0 else nl
            line = text[pos:nl]
            if not line.strip():
                pos = nl + 1
                continue
            lead = len(line) - len(line.lstrip(" \t"))
            if lead <= indent:
                break
            m = _LINE.match(text, pos, nl)
            role = _role(m.group("role")) if m is not None else None
            at = m.end() if role is not None else pos + lead
            k = bisect.bisect_left(p_starts, at)
            here = k < len(people) and people[k][0] == at
            if role is None and above is not None and here and lead == above[1]:
                role = above[0]      # (a person under the one above: the role above)
            if role is not None and here and \
                    not struck(text, pos, nl):  # ("Member   A (withdrawn)": struck off)
                person = people[k][2]
                make_post(draft, minter, person, body, role[:1].upper() + role[1:],
                          Span(pos + lead, people[k][1]), RULE, 0.5)
                if m is not None and _role(m.group("role")) is not None:
                    above = (role, at - pos)
            pos = nl + 1
