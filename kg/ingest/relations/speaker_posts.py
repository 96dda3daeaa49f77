"""Posts a transcript's speaker lines give: "Gao Ming -- Chief Financial Officer: Thank you.",
"Li Na, General Manager: We expect ...", "Zhou Bo (Vice President): ...". A line that opens
with a person's name, then a dash, a comma or a bracket and a role (``data/roles.txt``), then
the colon of a speaker's turn: the person's post in the company the transcript is of (the
article's lead company, :func:`kg.ingest.relations.referents.lead_company`), as an earnings
call's or a briefing's transcript prints its speakers. At least two lines of the text must open
with a speaker's colon ("Operator:" counts) for it to be a transcript; a role with "of" after
it names its own body and is the post rules' (``post:name-comma-role-of-org``). Rule
``post:speaker-line-role@0.5``. One look after each person's mention at a line's start:
linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.reading.blank_runs import blank

RULE = "post:speaker-line-role@0.5"

# a speaker's turn: a line that opens with a few words and a colon
_TURN = re.compile(r"^[ \t]*[A-Z][\w.'\u2019 -]{0,40}?(?:[ \t]*(?:--|[\u2013\u2014,(])"
                   r"[^:\n]{1,80})?[ \t]*[:\uff1a]", re.M)
# between the name and the role: a dash, a comma or an opening bracket
_BEFORE_ROLE = re.compile(r"[ \t]*(?:--|[\u2013\u2014,]|\()[ \t]*")
_AFTER_ROLE = re.compile(r"[ \t]*\)?[ \t]*[:\uff1a]")


def speaker_posts(draft, minter, spans_of, roles, kind, lead) -> None:
    from kg.ingest.relations.post_nodes import make_post
    text = draft.text
    if lead is None or ":" not in text and "\uff1a" not in text:
        return
    turns = None
    for s, e, person in spans_of:
        if person.kind != "person" or person.role \
                or not blank(text, text.rfind("\n", 0, s) + 1, s):
            continue        # (a name that opens a line)
        b = _BEFORE_ROLE.match(text, e)
        role = roles.match(text, b.end()) if b else None
        if role is None or _AFTER_ROLE.match(text, role.end()) is None:
            continue
        if turns is None:
            turns = len(_TURN.findall(text, 0, 20000))
        if turns < 2:
            return
        make_post(draft, minter, person, lead, role.group(1), Span(s, role.end()), RULE, 0.5)
