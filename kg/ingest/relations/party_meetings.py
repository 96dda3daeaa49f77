"""Who takes part in the meetings and reviews an agreement sets for its parties: "The parties
shall meet every quarter. The first review meeting shall be held ...", "The Parties shall hold a
liaison meeting every quarter; the first meeting will be held in January", "The parties will
review the 2028 volumes next October". When the agreement names its parties by their part, one
a line ("Party A: X Bureau", "Party B (Buyer):  Y Co., Ltd.", relations/labelled_parties), each
party (two or more) takes part (``nfo:participant``, rule ``event:parties-meeting@0.5``) in
every new event named from the sentence whose subject is "the parties" ("both parties", "the
two parties") and whose verb is one of data/party-meeting-verbs.txt to the end of the next
sentence, in the same paragraph. Not read: a party named by its part in two lines for two
organisations (labelled_parties drops it), an event of kind Milestone (a payment, a deadline).

One search of the text for the subject, a bounded look (300 characters) after each: linear."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.relations.labelled_parties import labelled_parties
from kg.ingest.span_order import spans_by_start
from kg.ingest.terms import NFO

RULE = "event:parties-meeting@0.5"
_REACH = 300
_PART = re.compile(r"party [a-z]")
_STOP = re.compile(r"[.;](?=\s)")


@lru_cache(maxsize=1)
def _subject() -> re.Pattern:
    verbs = alternation("party-meeting-verbs", lower=True)
    return re.compile(rf"\b(?:[Tt]he|[Bb]oth|[Aa]ll)[ \t\n]+(?:(?:two|three|four|five)[ \t\n]+)?"
                      rf"[Pp]arties[ \t\n]+(?:(?:shall|will|are[ \t\n]+to|agree[ \t\n]+to|"
                      rf"undertake[ \t\n]+to)[ \t\n]+)?(?:{verbs})\b")


def _reach(text: str, start: int) -> int:
    """The end of the sentence after the one that holds ``start``, within the paragraph and at
    most _REACH characters on."""
    end = min(len(text), start + _REACH)
    para = text.find("\n\n", start, end)
    if para >= 0:
        end = para
    stops = 0
    for m in _STOP.finditer(text, start, end):
        stops += 1
        if stops == 2:
            return m.end()
    return end


def party_meetings(draft, spans_of, kind) -> None:
    text = draft.text
    if "arties" not in text:
        return
    subject = _subject()
    found = list(subject.finditer(text))
    if not found:
        return
    parties = labelled_parties(text, spans_of, kind)
    orgs = []
    for part, (_, _, org) in sorted(parties.items()):
        if _PART.fullmatch(part) and all(org is not o for o in orgs):
            orgs.append(org)
    if len(orgs) < 2:
        return
    events = [(s, ent) for s, _, ent in spans_by_start(spans_of)
              if ent.kind == "event" and not ent.known
              and str(ent.cls).rsplit("#", 1)[-1] != "Milestone"]
    starts = [s for s, _ in events]
    for m in found:
        end = _reach(text, m.start())
        i = bisect.bisect_left(starts, m.start())
        while i < len(events) and events[i][0] < end:
            _, ent = events[i]
            for org in orgs:
                if org is not ent and not ent.statements.has(NFO.participant, org.iri):
                    ent.add(NFO.participant, org.iri, Span(m.start(), end), RULE)
            i += 1
