"""The roles the cues of event_roles.py state (organisers, chairs, speakers, participants,
supporters) for the events minted after it ran: the clause events of verb_happenings.py ("The
national final of the X Contest came to a close on the 18th", "Miners at the X mine went on
strike"), read with the same word lists and the same choice of the event a cue is about ("The
contest was organised by A", "Participants included B and C", "D and E took part"). Only
those new events get roles; an event read before keeps what it had. The sentences read are
those opening at most 1,200 characters after a new event is named (its own paragraph and the
next, as a rule): nothing to do in an article without one. The turns of a transcript ("Q: A,
B Securities: ...") are read again when no event was there to take them before
(speakers.py): "X held its results briefing online" is such a clause event."""
from __future__ import annotations

from kg.ingest.reading.sentences import Sentences
from kg.ingest.relations.event_roles import read_cues
from kg.ingest.relations.kinds import kind
from kg.ingest.relations.span_lookup import names_within
from kg.ingest.relations.speakers import speaker_lines
from kg.ingest.span_order import spans_by_bounds


_TURN_RULE = "context:speaker-line"
_REACH = 1200      # the sentences read: those opening this far after a new event's name at most


def clause_roles(draft, spans_of) -> None:
    seen = draft.__dict__.get("_roles_read")
    if seen is None:
        return
    spans = spans_by_bounds(spans_of)
    events = [(s, e, ent) for s, e, ent in spans if ent.kind == "event" and not ent.known]
    only = {id(ent) for _, _, ent in events if id(ent) not in seen}
    # (and the events the relation rules minted on their own spans, "The X Association will
    # hold its annual meeting on 25-26 May": a cue of their sentence is about them, not about
    # a clause event named before)
    listed = {id(ent) for _, _, ent in events}
    events = sorted(events + [(m.start, m.end, ent) for ent in draft.entities.values()
                              if id(ent) not in listed and not ent.known and ent.kind == "event"
                              for m in ent.mentions[:1]], key=lambda x: (x[0], x[1]))
    if not only:
        return
    sents = Sentences(draft.text)
    if not any(st[3] == _TURN_RULE for ent in draft.entities.values() for st in ent.statements):
        speaker_lines(draft.text, spans, kind, sents)
    within = names_within(spans, [x[2].kind for x in spans])
    read_cues(draft, events, sents, within, kind, only, _REACH)
