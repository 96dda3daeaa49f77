"""An organisation "under" the body right after it (rule ``org:under-body``):

* "the Qingyang Park Management Committee under the Qingyang County People's Government", "X
  Institute, a public institution directly under the Y Bureau", "X, affiliated to Y": a unit of
  that body (``nfo:unitOf``);
* "X Group, a state-owned enterprise under the Shaanxi Provincial SASAC": a company under a
  government body is one the body controls (``nfo:actualControllerOf``).

The two names with nothing between but an apposition saying what the first is ("a public
institution", at most a few words), "directly" / "affiliated" / "subordinate", and "under" /
"to" ("affiliated to", "subordinate to"). Not a person, place, event or document under anything
("the meeting under the X Committee": relations/event_roles.py). One look after each
organisation's mention: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.relations.kinds import CLASS_NAMES, class_name

RULE = "org:under-body"
# (a bracketed short form, an apposition of a few words, then the cue)
_UNDER = re.compile(r"(?:[ \t\n]*\([^()\n]{1,40}\))?[ \t\n]*(?:,[ \t\n]*(?:a|an)[ \t\n]+"
                    r"[\w \t\n-]{0,50}?)?[ \t\n]+(?:(?:is|are|was)[ \t\n]+)?"
                    r"(?:directly[ \t\n]+under|under|(?:directly[ \t\n]+)?(?:affiliated|"
                    r"subordinate)[ \t\n]+to)[ \t\n]+(?:the[ \t\n]+)?")
_GAP = 90       # characters: the cue and its apposition are shorter


def _cls(ent) -> str:
    return CLASS_NAMES.get(ent.cls) or class_name(ent.cls)


def under_bodies(draft, spans_of, kind) -> None:
    text = draft.text
    orgs = sorted((s, e, ent) for s, e, ent in spans_of if not ent.role and ent.kind == "org")
    starts = [s for s, _, _ in orgs]
    for s, e, a in orgs:
        if not text[s:s + 1].isupper():
            continue        # "the committee under X": a noun read back, maybe wrongly
        j = bisect.bisect_right(starts, e)
        for s2, e2, b in orgs[j:j + 2]:
            if s2 - e > _GAP:
                break
            if b is a or not _UNDER.fullmatch(text, e, s2):
                continue
            if _cls(a) == "Company":
                if _cls(b) == "GovernmentBody":
                    b.add(NFO.actualControllerOf, a.iri, Span(s, e2), RULE)
            elif not any(p in (NFO.unitOf, NFO.subsidiaryOf) for p, *_ in a.statements):
                a.add(NFO.unitOf, b.iri, Span(s, e2), RULE)
            break
