"""A company's former name printed beside it is the same company: "Huon Tin Co., Ltd. (formerly
Derwent Metals Co., Ltd.)", "X, formerly known as Y, opened ...", "X (previously called Y)".
The two names were two new organisations, and a deal X signed had Y for a second party (and
was labelled by Y's name); the former name is folded into the company (an alias of it, its
mentions and statements moved over: :func:`kg.ingest.names.surgery.fold`).

Only two new entities of one class, the second named right after "formerly" / "previously"
(and "known as", "called", "named") at the start of a bracket or an aside, and ending it; a
name the graph knows is left apart (the reviewer links them). One match at each name's end:
linear."""
from __future__ import annotations

import re

from kg.ingest.names import surgery

_FORMER = re.compile(r"[ \t]*(?:\(|,)[ \t\n]*(?:formerly|previously)(?:[ \t\n]+(?:known[ \t\n]+as|"
                     r"called|named))?[ \t\n]+(?:the[ \t\n]+)?")
_ENDS_ASIDE = re.compile(r"[ \t]*(?:[),;.]|$)")


def former_names(draft, spans_of: list) -> None:
    text = draft.text
    if "formerly" not in text and "previously" not in text:
        return
    at: dict = {}
    for s, e, ent in spans_of:
        if s not in at or e > at[s][1]:
            at[s] = (s, e, ent)
    for s, e, ent in list(spans_of):
        if ent.known or ent.role or ent.iri not in draft.entities:
            continue
        m = _FORMER.match(text, e)
        hit = at.get(m.end()) if m else None
        if hit is None or hit[2] is ent or hit[2].known or hit[2].role or hit[2].cls != ent.cls \
                or hit[2].iri not in draft.entities or not _ENDS_ASIDE.match(text, hit[1]):
            continue
        surgery.fold(draft, spans_of, hit[2], ent)
        at = {k: (a, b, ent if x is hit[2] else x) for k, (a, b, x) in at.items()}
