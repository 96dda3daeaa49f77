"""Posts a change of office states for two people: "A will succeed B as chief executive", "A
replaced B as chairman of X", "A takes over from B as general manager", "B will be succeeded by A
as president", "A, who succeeds B as mayor, ...". Both hold the role (B's a former post): in
the organisation named after the role ("of / at X"), else in the company the article is about
(:func:`kg.ingest.relations.referents.lead_company`) when it is the last organisation named
before; none else (rule
``post:succession``; ``@0.5`` in the article's company). A role must follow "as": "A replaced
B on the board", "A succeeded B, who retired" state no role. Runs after
:mod:`definite_posts`, whose ``post:succeeds-as`` reads the active form with an organisation
named: this module adds the passive, "who", and the article's company. Each verb is read after a
person's mention: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.post_nodes import make_post

RULE = "post:succession"

_S = r"[ \t\n]+"
# after A: the verb (active or passive), then B's name starts
_VERB = re.compile(rf"(?:{_S}(?:will|would|is[ \t\n]+to|has|had|is[ \t\n]+set[ \t\n]+to))?"
                   rf"{_S}(?P<v>succeeds?|succeeded|succeeding|replaces?|replaced|replacing|"
                   rf"(?:takes?|took|taking|take){_S}over{_S}from|"
                   rf"(?:be|been|was|were|is|are){_S}(?:succeeded|replaced){_S}by){_S}", re.I)
_WHO = re.compile(rf"[ \t]*,[ \t\n]+who(?:{_S}will|{_S}has)?{_S}"
                  r"(?P<v>succeeds?|succeeded|replaces?|replaced|(?:takes?|took)[ \t\n]+over[ \t\n]+from)"
                  rf"{_S}", re.I)
# after B: an aside in commas ("B, 64,", "B, who retired in May,"), then "as (the) (new) ROLE"
_AS = re.compile(r"(?:[ \t]*,[^,.;\n]{0,60},)?[ \t\n]+as[ \t\n]+(?:the[ \t\n]+|its[ \t\n]+)?"
                 r"(?:(?:new|acting|interim|permanent)[ \t\n]+)?", re.I)
_OF = re.compile(r"[ \t\n]+(?:of|at)[ \t\n]+(?:the[ \t\n]+)?", re.I)


def _any_verb_as(text) -> bool:
    """Whether a verb of succession is followed by "as" within 120 characters (str.find): else
    no post is stated and the names are not indexed."""
    for k in ("succeed", "replac", "over"):
        i = text.find(k)
        while i >= 0:
            if re.search(r"\sas\s", text[i:i + 120]):
                return True
            i = text.find(k, i + 1)
    return False


def successions(draft, minter, spans_of, roles, kind, lead=None) -> None:
    text = draft.text
    if not _any_verb_as(text):
        return
    people, orgs_at = {}, {}
    for s, e, ent in spans_of:
        k = ent.kind
        if k == "person":
            people.setdefault(s, (s, e, ent))
        elif k == "org" and not ent.role:
            orgs_at.setdefault(s, (s, e, ent))
    org_starts = sorted(orgs_at)
    for s, e, a in list(people.values()):
        v = _VERB.match(text, e) or _WHO.match(text, e)
        if v is None:
            continue
        b = people.get(v.end())
        if b is None or b[2] is a:
            continue
        as_ = _AS.match(text, b[1])
        role = roles.match(text, as_.end()) if as_ else None
        if role is None:
            continue
        of = _OF.match(text, role.end())
        org = orgs_at.get(of.end()) if of else None
        rule = RULE
        if org is None:
            if of is not None and not re.match(r"(?:the[ \t\n]+)?(?:board|company|group)\b",
                                               text[of.end():of.end() + 12], re.I):
                continue        # "as head of research at a bank": a body not named
            i = bisect.bisect_left(org_starts, s)     # (the last organisation named before)
            if lead is None or i and orgs_at[org_starts[i - 1]][2] is not lead:
                continue        # another organisation was named last: whose post is unsure
            org, rule = (None, None, lead), RULE + "@0.5"
        passive = v.group("v").lower().split()[0] in ("be", "been", "was", "were", "is", "are")
        new, old = (b, (s, e, a)) if passive else ((s, e, a), b)
        end = org[1] if org[1] is not None else role.end()
        for who in (new, old):
            make_post(draft, minter, who[2], org[2], role.group(1), Span(s, end), rule,
                      0.5 if rule.endswith("@0.5") else 0.6)
