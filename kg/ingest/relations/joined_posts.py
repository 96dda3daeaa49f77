"""Posts a biography tells as steps after joining an organisation: "A joined X Co., Ltd. in
1985 and became its chief engineer in 1993", "Born in 1962, A joined X in 1985, was promoted
to deputy director in 1992 and rose to director in 1998": the roles the steps name, with no
organisation of their own ("its", "the company's" at most), are posts of the person who joined
in the organisation joined, and a role "of / at" an organisation named there a post in that one
(the steps after it go on there; rule ``post:joined-then-role@0.5``), from the year the step
prints ("in 1993": ``nfo:startDate``). "Joined" alone gives no post (the person's job there is
not said). The person is the name nearest before "joined" in its sentence (no other name or
organisation between; not a name whose kin joined: "A's son joined X", "the son of A joined
X"); the steps run to the sentence's end, each a clause after "," / "and" /
";" that opens with a verb of ``_STEP`` and a role of ``data/roles.txt``."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.post_nodes import make_post
from kg.ingest.relations.post_periods import add_period
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "post:joined-then-role@0.5", 0.5
_JOINED = re.compile(r"\b(?:joined|entered|went\s+to\s+work\s+(?:at|for))\s+(?:the\s+)?")
_STEP = re.compile(r"(?:[ \t\n]*(?:,|;|\band\b)[ \t\n]*)+(?:then[ \t\n]+|later[ \t\n]+)?"
                   r"(?:(?:was|were)[ \t\n]+)?(?:promoted[ \t\n]+to|became|rose[ \t\n]+to|"
                   r"appointed(?:[ \t\n]+as)?|named|made|served[ \t\n]+as|worked[ \t\n]+as|"
                   r"took[ \t\n]+over[ \t\n]+as)[ \t\n]+(?:(?:its|the|a|an|the[ \t\n]+"
                   r"(?:company|group|plant|mine|institute|smelter|refinery)['’]s)[ \t\n]+)?")
_YEAR_AFTER = re.compile(r"[ \t\n]+(?:in|from)[ \t\n]+(?:(?:early|mid|late)[ \t\n-]+)?"
                         r"((?:19|20)\d\d)\b")
_OWN_ORG = re.compile(r"[ \t\n]+(?:of|at|with|in)[ \t\n]+(?!(?:19|20)\d\d)(?:the[ \t\n]+)?[A-Z]")
# the person named is another's kin or colleague: "A's son", "the son of A"
_POSSESSIVE = re.compile(r"[ \t]*['\u2019]s?(?=[ \t\n])")
_OF_BEFORE = re.compile(r"\bof[ \t\n]+(?:the[ \t\n]+late[ \t\n]+)?$")
_REACH = 400        # characters after the organisation the steps are read in


def joined_posts(draft, minter, spans_of, sents, roles, kind) -> None:
    text = draft.text
    if "joined" not in text and "entered" not in text and "went to work" not in text:
        return
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    for jm in _JOINED.finditer(text):
        i = bisect.bisect_left(starts, jm.end())
        if i >= len(spans) or spans[i][0] != jm.end() or spans[i][2].kind != "org" \
                or spans[i][2].role:
            continue
        _, org_end, org = spans[i]
        ss, se = sents.bounds(jm.start())
        # the person: the name nearest before "joined", nothing named between
        k = bisect.bisect_left(starts, jm.start()) - 1
        while k >= 0 and spans[k][1] > jm.start():
            k -= 1
        if k < 0 or spans[k][0] < ss or spans[k][2].kind != "person":
            continue
        person_s, person_e, person = spans[k]
        if _POSSESSIVE.match(text, person_e) or _OF_BEFORE.search(text, max(ss, person_s - 8),
                                                                   person_s):
            continue        # ("A's son joined X", "the son of A joined X": another joined)
        pos = org_end
        y = _YEAR_AFTER.match(text, pos)
        if y is not None:
            pos = y.end()
        end = min(se, org_end + _REACH)
        while pos < end:
            st = _STEP.match(text, pos, end)
            if st is None:
                break
            rm = roles.match(text, st.end(), end)
            if rm is None:
                break
            role_end = rm.end()
            own = _OWN_ORG.match(text, role_end, end)
            if own is not None:
                # "became chairman of Y Co., Ltd.": a post in Y (and Y is the one later steps
                # go on in)
                j = bisect.bisect_left(starts, own.end() - 1)
                if j >= len(spans) or spans[j][0] != own.end() - 1 or spans[j][2].kind != "org" \
                        or spans[j][2].role:
                    break
                org, role_end = spans[j][2], spans[j][1]
            y = _YEAR_AFTER.match(text, role_end, end)
            span = Span(person_s, y.end() if y else role_end)
            before = len(draft.entities)
            make_post(draft, minter, person, org, rm.group(1), span, RULE, CONFIDENCE)
            if y is not None and len(draft.entities) > before:
                add_period(list(draft.entities.values())[-1], y.group(1), None, span, RULE)
            pos = y.end() if y else role_end
