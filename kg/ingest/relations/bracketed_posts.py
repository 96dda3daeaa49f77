"""Posts printed in brackets right after an organisation's name, as court, police and market
notices give a party's legal representative: "X Co., Ltd. (legal representative: A)", a party's
line "Party concerned: Y Co., Ltd." over "   (legal representative: B)", "Z Works (general
manager: C)": the words in the bracket a role of ``data/roles.txt`` or a label of
``data/label-posts.txt`` ("legal rep."), a colon, then the person first in the bracket (rule
``post:bracketed-role-name@0.5``). One look after each organisation's mention that a bracket
follows: linear in the text."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.officer_lists import label_posts
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.span_order import spans_by_start

# the bracket on the name's line or opening the next line
_OPEN = re.compile(r"[ \t]*(?:\n[ \t]*)?[(（][ \t]*")
_COLON = re.compile(r"[ \t]*[:：][ \t]*")
_LABEL = re.compile(r"[A-Za-z][A-Za-z .'’-]{1,40}?(?=[ \t]*[:：])")


def bracketed_posts(draft, minter, spans_of, roles) -> None:
    text = draft.text
    if "(" not in text and "（" not in text:
        return
    spans = spans_by_start(spans_of)
    people = {s: (s, e, p) for s, e, p in spans if p.kind == "person"}
    if not people:
        return
    listed = label_posts()
    for s, e, org in spans:
        if org.kind != "org" or org.role:
            continue
        o = _OPEN.match(text, e)
        if o is None:
            continue
        lab = _LABEL.match(text, o.end())
        if lab is None:
            continue
        role = listed.get(" ".join(lab.group(0).lower().split()))
        if role is None:
            r = roles.fullmatch(text, o.end(), lab.end())
            role = r.group(1) if r is not None else None
        if role is None:
            continue
        hit = people.get(_COLON.match(text, lab.end()).end())
        if hit is not None:
            make_post(draft, minter, hit[2], org, role, Span(s, hit[1]),
                      "post:bracketed-role-name@0.5", 0.5)
