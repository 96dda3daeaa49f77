"""Posts in several organisations stated at once: "A Co., Ltd. and B Co., Ltd. appointed C and D
as their chairmen, respectively" (the organisations listed, the verb, the people listed, one
role for all, in the plural or not): the n-th person holds the role in the n-th organisation
(rule ``post:respectively``). Read at the last person of a list of two or more, only when as
many organisations are listed right before the verb ("appointed", "named", "elected",
"nominated"); not "A and B appointed C and D chairman and president" (roles listed, no
"respectively" of organisations). One match at each person's mention: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.listed_names import listed_before
from kg.ingest.relations.post_nodes import make_post

_VERB = re.compile(r"(?:appointed|named|elected|nominated)\s+$")
_AS_ROLE = re.compile(r"\s+as\s+(?:their|its|the)\s+(?:respective\s+)?"
                      r"(?P<role>[A-Za-z][A-Za-z -]{1,40}?)\s*,?\s*respectively\b")


def _singular(role: str) -> str:
    """"chairmen" -> "chairman", "general managers" -> "general manager", "secretaries" ->
    "secretary" (the last word)."""
    head, _, last = role.rpartition(" ")
    low = last.lower()
    if low.endswith("men"):
        last = last[:-3] + "man"
    elif low.endswith("ies"):
        last = last[:-3] + "y"
    elif low.endswith("s") and not low.endswith("ss"):
        last = last[:-1]
    return f"{head} {last}".strip()


def appointed_respectively(draft, minter, text, s, e, by_end, org_by_end, roles) -> bool:
    """``(s, e)`` ends a list of people; the posts if the text lists their organisations before
    the verb and one role after "as" (True when made)."""
    m = _AS_ROLE.match(text, e)
    if m is None:
        return False
    people = listed_before(text, by_end[e], by_end)
    if len(people) < 2:
        return False
    verb = _VERB.search(text, max(0, people[0][0] - 20), people[0][0])
    if verb is None:
        return False
    last_org = org_by_end.get(verb.start() - 1) if text[verb.start() - 1:verb.start()] == " " \
        else None
    if last_org is None:
        return False
    orgs = listed_before(text, last_org, org_by_end)
    role = roles.fullmatch(_singular(" ".join(m.group("role").split())))
    if len(orgs) != len(people) or role is None:
        return False
    for (_, _, person), (_, _, org) in zip(people, orgs):
        make_post(draft, minter, person, org, role.group(1), Span(orgs[0][0], m.end()),
                  "post:respectively")
    return True
