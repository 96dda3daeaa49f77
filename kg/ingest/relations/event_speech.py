"""Who speaks at the event an article reports, read from its reported speech: in the report of a
meeting, forum or conference, a person who opens a sentence and "said", "told", "noted",
"called for", "presented" ... spoke at it ("Li Ming, chairman of X, said ...", "Chairman Li Ming
told shareholders ...", "Speaking at the opening, Vice Mayor Li Ming of Y said ...", "The
group's president, Li Ming, presented the plan").

* the event is a meeting, forum, conference or briefing named in the article's first three
  paragraphs (:func:`kg.ingest.relations.speakers.lead_events`; an inspection, a milestone or
  an award ceremony is left alone), and the last event named before the sentence (a later
  "next forum", "a press conference" is another event: nothing is read then);
* the person opens the sentence, after at most a short lead-in that ends with a comma or a
  title ("Speaking at the opening,", "Chairman"), and the verb follows the name or its
  apposition (", chief engineer of X Co., Ltd.,", " of Y"); one that says what the person is
  ("X, an analyst at Y, said", "a trader in Z") marks a commentator the reporter asked;
* a person the event already has in another role (the chair) is left as it is.

``nfo:speaker``, rule ``event:reported-speech@0.5`` (a guess the reviewer confirms: reported
speech is usually, not always, said at the event)."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.relations.speakers import lead_events
from kg.ingest.terms import NFO

_VERB = re.compile(r"(?:also\s+|further\s+|then\s+|later\s+)?(?:said|says|told|noted|stressed|"
                   r"emphasi[sz]ed|pointed\s+out|called\s+(?:for|on)|urged|added|explained|"
                   r"presented|introduced|described|proposed|suggested|remarked|outlined|"
                   r"briefed|spoke)\b")
_APPOSITION = re.compile(r"\s*,\s[^;:\"“”]{2,200}?,\s*$|\s+of\s+[A-Z][^,;:.]{1,60}?\s+$|\s*,?\s+$")
# "X, an analyst at Y, said": a commentator asked by the reporter, not a speaker
_COMMENTATOR = re.compile(r"\s*,\s+(?:a|an)\s")
_LEAD_IN = re.compile(r"(?:[^,;:\"“”]{1,80},\s*)?(?:[A-Z][\w'’-]*\s+){0,3}$")
# the events people speak at (an inspection, a milestone, an award ceremony: reported speech
# there is said elsewhere, as often as not)
_MEETINGS = {"Conference", "AnnualMeeting", "Seminar", "Symposium", "Forum", "PressConference",
             "Meeting"}


def _cls(ent) -> str:
    return str(ent.cls).rsplit("#", 1)[-1]


def event_speech(draft, spans_of, sents, kind) -> None:
    text = draft.text
    if not any(w in text for w in ("said", "told", "noted", "called", "presented", "stressed")):
        return
    leads = [x for x in lead_events(text, spans_of, kind) if _cls(x) in _MEETINGS]
    if not leads:
        return
    events = sorted(((s, e, ent) for s, e, ent in spans_of if kind(ent) == "event"),
                    key=lambda x: x[:2])
    ev_starts = [s for s, _, _ in events]
    first = min(s for s, _, ent in events if any(ent is x for x in leads))
    have = {(id(x), o) for x in leads for _, o, _, _ in x.statements}
    people = sorted(((s, e, ent) for s, e, ent in spans_of if kind(ent) == "person"),
                    key=lambda x: x[:2])
    p_starts = [s for s, _, _ in people]
    for s, e, person in people:
        if s <= first:
            continue
        ss, se = sents.bounds(s)
        if not _LEAD_IN.fullmatch(text, ss, s):
            continue
        i = bisect.bisect_left(ev_starts, s) - 1
        lead = events[i][2] if i >= 0 else None
        if lead is None or not any(lead is x for x in leads) or (id(lead), person.iri) in have:
            continue        # the last event named before is another one
        # the verb after the name or its apposition, no other person between
        j = bisect.bisect_right(p_starts, s)
        stop = people[j][0] if j < len(people) and people[j][0] < se else se
        for v in _VERB.finditer(text, e, stop):
            if _APPOSITION.fullmatch(text, e, v.start()) and not _COMMENTATOR.match(text, e):
                lead.add(NFO.speaker, person.iri, Span(s, v.end()), "event:reported-speech@0.5")
                have.add((id(lead), person.iri))
            break
