"""Who tells of a happening is no participant of it: "Presiding judge X said the case had been
heard in July", "Y, deputy director of the administration, told Xinhua that the sale had been
decided", "Its general manager, Z, said earlier this month that the company had asked ...".

The clause rules take every organisation and person their clause names as a participant
(rule ``event:clause-participant``); a clause of reported speech names its speaker too. Here a
person named in the event's mention and followed, after at most one aside set off by commas
(his post: ", deputy director of the administration,"), by a verb of saying (``_SAYS``) is
the speaker: the statement making the person a participant is dropped (the organisation of
his post stays: "a spokesman of the ministry said the ministry had approved ..."); not when
the clause opens at an event ("At our site visit, X told us ...": X was there). Nor is the
source named after "According to" / "citing" ("According to SMM, A and B resumed output"). An organisation that says something keeps its statement ("X said on Tuesday it had
completed the purchase": X did it). One pass over the events' statements, each name looked
up by bisection in the sorted spans: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

_RULE = "event:clause-participant"
# after the speaker: an aside (his post, "deputy head of X Co., Ltd."), then the verb of saying
_SAYS = re.compile(r"(?P<aside>[ \t\n]*,(?:[^;.!?\n]|\.(?![ \t\n]+[A-Z])|\n(?![ \t]*\n)){1,120}?,)?"
                   r",?[ \t\n]+(?:also[ \t\n]+|earlier[ \t\n]+)?"
                   r"(?:said|says|told|tells|added|noted|stated|explained|recalled|replied|"
                   r"stressed|confirmed|disclosed|revealed)\b")

# the source a clause is told by, right before its name ("According to SMM, A resumed ...",
# "citing X"): it tells of the happening, it took no part
_SOURCE = re.compile(r"\b(?:[Aa]ccording[ \t\n]+to|[Cc]iting|[Rr]eported[ \t\n]+by)[ \t\n]+(?:the[ \t\n]+)?$")

# a clause that opens at an event: its speaker took part ("At our site visit, X told us ...")
_AT_EVENT = re.compile(r"\b(?:[Aa]t|[Dd]uring|[Aa]fter|[Oo]n\s+the\s+sidelines\s+of)\b")


def drop_sayers(draft, spans_of) -> None:
    text = draft.text
    spans = [(s, e, ent) for s, e, ent in spans_by_start(spans_of)
             if kind(ent) in ("org", "person")]
    starts = [s for s, _, _ in spans]
    for ev in draft.entities.values():
        if ev.known or not ev.mentions or not any(
                st[3] == _RULE for st in ev.statements):
            continue
        drop = set()
        for m in ev.mentions:
            lo, hi = bisect.bisect_left(starts, m.start), bisect.bisect_left(starts, m.end)
            for s, e, ent in spans[lo:hi]:
                if e <= m.end and _SOURCE.search(text, max(m.start, s - 24), s):
                    drop.add(ent.iri)       # "According to SMM, A and B resumed ...": the source
                    continue
                if kind(ent) != "person" or e > m.end or _AT_EVENT.search(text, m.start, s):
                    continue    # ("At the site visit, X told us that ...": X was there)
                g = _SAYS.match(text, e, m.end)
                if g is None:
                    continue
                drop.add(ent.iri)
        if drop:
            ev.statements[:] = [st for st in ev.statements
                                if not (st[3] == _RULE and st[0] == NFO.participant
                                        and st[1] in drop)]
