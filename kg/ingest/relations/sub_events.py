"""Events named inside the event just reported (rule ``event:sub-event``): a sentence opening with
"The conference also held / featured / included ..." or "During the event, ..." names events
that are part of the event named last before it, and held where it was held. Also the nouns of
events (``EVENT_NOUN``) that :mod:`kg.ingest.relations.event_roles` refers back with ("the
forum was organised by")."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.span_order import spans_by_bounds
from kg.ingest.terms import NFO

EVENT_NOUN = (r"(?:conference|meeting|seminar|forum|symposium|event|exhibition|expo|summit|"
              r"ceremony|session|congress|fair|convention|launch|contest|competition|tournament|"
              r"olympiad|briefing|hearing|talks|negotiations|consultations|workshop|webinar|"
              r"roadshow|roundtable|assembly|gathering|celebration|festival|auction|drill|gala)")
# a sentence about the event just reported that names another one inside it: "The conference
# also held the X Symposium", "The meeting also included a ... seminar", "The seminar featured a
# signing ceremony", "During the event, the X Alliance was established"
_SUB = re.compile(rf"\s*(?:(?:The|This)\s+(?:[\w-]+\s+){{0,2}}?(?P<a>{EVENT_NOUN})\s+(?:also\s+|then\s+)?"
                  rf"(?:held|featured|included|hosted|saw|staged|witnessed|launched|opened\s+with)"
                  rf"\b|(?:During|At)\s+(?:the|this)\s+(?:[\w-]+\s+){{0,2}}?(?P<b>{EVENT_NOUN})\b)",
                  re.IGNORECASE)
_SUB_BACK = 1500            # how far back the event it is part of may be named


def sub_events(draft, spans_of, sents, kind) -> None:
    """Events a sentence opening with "The conference also held / featured / included ..." or
    "During the event, ..." names are part of the event named last before it (within its
    paragraph or the one before; the one whose name holds the cue's noun first): ``nfo:partOfEvent``
    (rule ``event:sub-event``), held where that event was held (``event:sub-event-venue``)."""
    text = draft.text
    # (by start and end: two names of one span keep their order, entities do not sort)
    events = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if ent.kind == "event"]
    if len(events) < 2:
        return
    starts = [s for s, _, _ in events]
    for ss in sents.starts:
        m = _SUB.match(text, ss)
        if m is None:
            continue
        _, se = sents.bounds(ss)
        i = bisect.bisect_left(starts, ss)
        before = [x for x in events[max(0, i - 3):i] if x[0] >= ss - _SUB_BACK]
        if not before:
            continue
        # the one the cue's noun names ("The conference also hosted ..." after "the X
        # Conference and the Y Annual Meeting were held"), else the last one
        noun = (m.group("a") or m.group("b")).lower()
        named = [x for x in before if noun in x[2].label.lower()]
        parent = (named or before)[-1][2]
        j = i
        while j < len(events) and events[j][0] < se:
            s, e, child = events[j]
            j += 1
            if child is parent or child.known or e <= m.end():
                continue            # (the event the cue itself names: "During the event")
            if any(p == NFO.partOfEvent for p, *_ in child.statements):
                continue
            child.add(NFO.partOfEvent, parent.iri, Span(ss, se), "event:sub-event")
            # held where the event it is part of was held, unless its sentence says otherwise
            if not any(p == NFO.heldIn for p, *_ in child.statements):
                for p, o, sp, _ in list(parent.statements):
                    if p == NFO.heldIn:
                        child.add(NFO.heldIn, o, Span(ss, se), "event:sub-event-venue")
