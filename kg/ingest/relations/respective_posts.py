"""Posts of several people stated at once, or in brackets:

* "A and B, chairman and president of X respectively" (also "A, B and C, ... respectively",
  "A and B, respectively chairman and president of X", "A and B were appointed chairman and
  general manager of X, respectively", "A and B are chairman and president of X respectively"):
  the n-th person holds the n-th role in X (rule ``post:respectively``); "A and B appointed C
  and D as their chairmen, respectively": the n-th person's post in the n-th organisation
  (:mod:`respective_appointments`);
* "A (chairman of X)", "A (general manager, X)": a post of A in X (rule ``post:bracketed``).

The people of a list are read at its last name, the roles from the ", " after it to " of X
respectively"; one match at each person's mention: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.listed_names import RESPECTIVELY, listed_before
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.relations.respective_appointments import appointed_respectively
from kg.ingest.span_order import spans_by_start

_ROLE_SEP = re.compile(r"\s*(?:,\s*and|,|and)\s+")
_OF = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
_BOARD = re.compile(r"\s+of\s+the\s+(?:board(?:\s+of\s+directors)?|supervisory\s+board)\b(?=\s+of\b)",
                    re.I)
_RESPECTIVELY_FIRST = re.compile(r"respectively\s*,?\s+(?:the\s+)?", re.I)
# the verb between the list of people and their roles ("A and B were appointed (as) the ...")
_BECAME = re.compile(r"\s+(?:were|are|have\s+been|had\s+been|became|become)\s+(?:(?:appointed|"
                     r"named|elected|made|promoted\s+to)\s+(?:as\s+)?)?(?=[a-z])", re.I)
_BRACKET = re.compile(r"[ \t]*\(\s*(?:the\s+)?")
_BRACKET_OF = re.compile(r"\s*(?:,\s*|\s+(?:of|at)\s+(?:the\s+)?)")


def respective_posts(draft, minter, spans_of, roles) -> None:
    text = draft.text
    people = [(s, e, x) for s, e, x in spans_by_start(spans_of) if x.kind == "person"]
    orgs_at: dict = {}
    for s, e, x in spans_of:
        if x.kind == "org" and not x.role:
            orgs_at.setdefault(s, (s, e, x))
    if not people or not orgs_at:
        return
    has_resp = "respectively" in text
    by_end = {e: (s, e, x) for s, e, x in people}
    org_by_end = {x[1]: x for x in orgs_at.values()} if has_resp else {}
    for s, e, person in people:
        if has_resp and text[e:e + 1].isspace() and \
                appointed_respectively(draft, minter, text, s, e, by_end, org_by_end, roles):
            continue        # "A and B appointed C and D as their chairmen, respectively"
        if has_resp and (text[e:e + 1] == "," or text[e:e + 1].isspace()):
            _respectively(text, minter, draft, s, e, person, by_end, orgs_at, roles)
        b = _BRACKET.match(text, e)
        if b is None:
            continue
        role = roles.match(text, b.end())
        if role is None:
            continue
        o = _BRACKET_OF.match(text, role.end())
        hit = orgs_at.get(o.end()) if o else None
        if hit is not None and text[hit[1]:hit[1] + 3].lstrip()[:1] == ")":
            make_post(draft, minter, person, hit[2], role.group(1), Span(s, hit[1] + 1),
                      "post:bracketed")


def _respectively(text, minter, draft, s, e, person, by_end, orgs_at, roles):
    """``person`` ends a list of people ("A and B,"); the roles follow, then "of X respectively"."""
    names = listed_before(text, (s, e, person), by_end)
    if len(names) < 2:
        return
    became = _BECAME.match(text, e) if text[e:e + 1] != "," else None
    if text[e:e + 1] != "," and became is None:
        return
    pos = became.end() if became is not None else e + 1
    while text[pos:pos + 1].isspace():
        pos += 1
    before = _RESPECTIVELY_FIRST.match(text, pos)    # "A and B, respectively chairman and ..."
    if before is not None:
        pos = before.end()
    else:
        the = re.match(r"the\s+", text[pos:pos + 5], re.I)  # "A and B, the chairman and ..."
        pos += the.end() if the else 0
    found = []
    end = pos
    for _ in range(len(names)):
        role = roles.match(text, pos)
        if role is None:
            return
        name, end = role.group(1), role.end()
        board = _BOARD.match(text, end)     # "secretary of the board (of X)"
        if board is not None:
            name, end = name + " of the Board", board.end()
        found.append(name)
        sep = _ROLE_SEP.match(text, end)
        if sep is None or len(found) == len(names):
            break
        pos = sep.end()
    if len(found) != len(names):
        return
    o = _OF.match(text, end)
    hit = orgs_at.get(o.end()) if o else None
    if hit is None or before is None and not RESPECTIVELY.match(text, hit[1]):
        return
    for (ps, pe, p), role in zip(names, found):
        make_post(draft, minter, p, hit[2], role, Span(ps, hit[1]), "post:respectively")
