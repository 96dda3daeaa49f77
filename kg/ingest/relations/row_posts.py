"""Posts printed in a row of a list or table, the person's name in one cell and the post in the
cell after it, cells parted by a wide gap rather than a comma: the speakers' list of a press
conference ("  A        Deputy Mayor, X Municipal People's Government"), a roll of awardees
("  1. B           Shift leader of the potline, Y Co., Ltd."), an accident report's table of
people held responsible ("  C     Director, Casting Workshop     fined ..."), a committee's
table ("  Member     D     Professor     Z University"). Rule ``post:row-role-org@0.5``.

The person's name opens its line (after a list marker at most, and at most one short cell
before it: "Member", "Chair"), two spaces or more after it; the cell after it opens with a role (``data/roles.txt``, or
at most four words ending in a job's head word, :func:`house_posts.job_words`), and the
organisation is the one named right after the role (after ",", "of", "at", or ", " after an
"of the <lower-case words>" qualifier: "Shift leader of the potline, Y Co., Ltd."), or the one
that fills the next cell of the row when the role fills its own. The organisation's name may
wrap onto the next line (the names stage reads it there). No organisation, no post. One look at
the row of each person's name: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.house_posts import job_words
from kg.ingest.relations.post_nodes import make_post, role_rx
from kg.ingest.span_order import spans_by_start

RULE = "post:row-role-org@0.5"

_CELL = re.compile(r"\S+(?:[ \t]{1,2}\S+)*")
# before the name in its line: a list marker, and at most one short cell ("Member   ")
_BEFORE = re.compile(r"[ \t]*(?:(?:\d{1,2}|[a-z])[.)]|\(\d{1,2}\)|[*•·▪\-–—]|\d{1,3}(?=[ \t]{2}))?[ \t]*"
                     r"(?:[A-Z][A-Za-z-]{1,20}(?:[ \t][A-Za-z-]{1,20}){0,2}[ \t]{2,})?"
                     r"(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?[ \t]+)?")
_GAP = re.compile(r"[ \t]*[,;]?[ \t]{2,}")
# between the role and its organisation: " of the " / ", " / " of the potline, "
_ROLE_OF_ORG = re.compile(r"[ \t\n]+(?:of|at|in)[ \t\n]+(?:the[ \t\n]+)?|[ \t]*,[ \t\n]*(?:the[ \t]+)?")
_ROLE_QUALIFIED = re.compile(r"[ \t]+of[ \t]+(?:the[ \t]+)?[a-z][a-z -]{0,40}?[ \t]*,[ \t\n]*"
                             r"(?:the[ \t]+)?")
# the words of a role the list lacks: up to ",", "(", " of " or the cell's end; an honour
# roll prints it in lower case as often ("  B     furnace operator, Y Co., Ltd."), as
# table_posts reads it
_JOB = re.compile(r"[A-Za-z][A-Za-z-]*(?:[ \t][A-Za-z-]+){0,3}?(?=[ \t]*(?:,|\(|$)|[ \t]+of[ \t])")
_TRAIL = re.compile(r"[ \t]*[,.;]?[ \t]*")


def row_posts(draft, minter, spans_of, kind) -> None:
    text = draft.text
    if "   " not in text:
        return
    plain = [x for x in spans_by_start(spans_of) if not x[2].role]
    # (a plant or workshop the role is held at is the post's unit too: "converter operator,
    # Nickel Smelting Plant")
    orgs = [x for x in plain if x[2].kind == "org" or str(x[2].cls).endswith("#Site")]
    if not any(x[2].kind == "org" for x in orgs):
        return
    org_starts = [x[0] for x in orgs]
    roles = role_rx()
    for s, e, person in plain:
        if person.kind != "person":
            continue
        ls = text.rfind("\n", 0, s) + 1
        if s - ls > 80 or not _BEFORE.fullmatch(text, ls, s):
            continue
        gap = _GAP.match(text, e)
        le = text.find("\n", e)
        le = len(text) if le < 0 else le
        if gap is None or gap.end() >= le:
            continue
        for _ in range(2):      # "Wang Hao     29    converter operator, ...": the person's
            short = _person_cell().match(text, gap.end(), le)     # age or sex, a cell apart
            if short is None:
                break
            gap = _GAP.match(text, short.end())
            if gap is None or gap.end() >= le:
                break
        if gap is None or gap.end() >= le:
            continue
        role_cell = _CELL.match(text, gap.end(), le)
        if role_cell is None:
            continue
        r = roles.match(text, role_cell.start(), role_cell.end())
        if r is not None and r.end() < role_cell.end() and text[r.end()].isalpha():
            r = None        # "Director" inside "Directorate"
        role = r.group(1) if r else None
        role_end = r.end() if r else None
        if role is None:
            j = _JOB.match(text, role_cell.start(), role_cell.end())
            if j is not None and job_words(j.group(0)):
                role, role_end = j.group(0), j.end()
        if role is None:
            continue
        org = _org_after(text, role_end, role_cell, orgs, org_starts, le)
        if org is None:
            continue
        make_post(draft, minter, person, org[2], role, Span(s, org[1]), RULE, 0.5)


def _org_after(text, role_end, role_cell, orgs, org_starts, le):
    """The organisation named right after the role (in its cell, perhaps wrapping onto the next
    line), or the one filling the next cell of the row when the role fills its cell."""
    for rx in (_ROLE_OF_ORG, _ROLE_QUALIFIED):
        link = rx.match(text, role_end)
        if link is not None and link.end() <= le:
            k = bisect.bisect_left(org_starts, link.end())
            if k < len(orgs) and orgs[k][0] == link.end():
                return orgs[k]
    if not _TRAIL.fullmatch(text, role_end, role_cell.end()) \
            and text[role_end:role_cell.end()].lstrip()[:1] != "(":
        return None
    nxt = _GAP.match(text, role_cell.end())
    if nxt is None or nxt.end() >= le:
        return None
    k = bisect.bisect_left(org_starts, nxt.end())
    if k < len(orgs) and orgs[k][0] == nxt.end():
        return orgs[k]
    return None


@lru_cache(maxsize=1)
def _person_cell() -> re.Pattern:
    """A cell of a person's row that says who the person is, not the post: an age ("29") or a
    sex ("female", data/person-sex-words.txt), ending where a wide gap follows."""
    sexes = alternation("person-sex-words", r"[ \t]+")
    return re.compile(rf"(?:\d{{1,3}}|(?i:{sexes}))(?=[ \t]*[,;]?[ \t]{{2,}})")
