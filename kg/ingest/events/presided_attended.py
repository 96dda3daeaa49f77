"""Who presided over and who attended an event, told after it with the verbs alone: "The refinery
marked its 50th anniversary last Saturday with a ceremony in the workers' hall. Zhang Jianye,
Executive Director of X, presided, and Chen Kaibin, Chairman of Y, and three former directors
attended." The cue readers (``relations.event_roles``) need "presided over" or "attended by";
here "presided", "attended", "was present" or "were present" with no object (a full stop, a
comma, a semicolon or "and" right after) make the people named before it in its clause (back to
the sentence's start, or to the last such verb of the sentence) the chair
(``nfo:presidedBy``) or participants of the event the draft names last before the sentence,
in it or in the one before (``event:presided-attended``, 0.5). People only: an organisation in
such a clause is a post's ("Chairman of Y"). Linear: one search for the verbs, the names and
events looked up by bisection."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.reading import scans_ahead
from kg.ingest.span_order import spans_by_start

RULE = "event:presided-attended@0.5"
_VERB = re.compile(r"\b(?P<v>presided|attended|(?:was|were)(?:\s+also)?\s+present)(?=[ \t\n]*(?:[.,;]|and\b))")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d]?[ \t]*(?:\n|[ \t](?=[A-Z\"\u201c]))|\n[ \t]*\n")
_BACK = 400         # how far before the sentence the event may be named


def presided_attended(draft, spans_of, kind_of) -> None:
    text = draft.text
    if "presided" not in text and "attended" not in text and "present" not in text:
        return
    spans = spans_by_start(spans_of)
    starts = [x[0] for x in spans]
    events = sorted(((x[1], x[2]) for x in spans if not x[2].known and x[2].role
                     and kind_of(x[2].cls) == "event"), key=lambda x: x[0])
    ends = [x[0] for x in events]
    last_verb_end = -1
    for m in scans_ahead.finditer(_VERB, text, (__name__, "_VERB")):
        w = max(0, m.start() - _BACK)
        cut = [c.end() for c in _SENTENCE_END.finditer(text, w, m.start())]
        sent = cut[-1] if cut else w
        lo = max(sent, last_verb_end)
        last_verb_end = m.end()
        people = [x[2] for x in spans[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, m.start())]
                  if kind_of(x[2].cls) == "person" and x[1] <= m.start()]
        if not people:
            continue
        # the event named last before the clause: in its sentence, else in the one before
        i = bisect.bisect_right(ends, lo)
        if not i or ends[i - 1] < sent - _BACK:
            continue
        event = events[i - 1][1]
        pred = NFO.presidedBy if m.group("v") == "presided" else NFO.participant
        span = Span(lo, m.end())
        for p in people:
            event.add(pred, p.iri, span, RULE)
            if pred is NFO.presidedBy:
                event.add(NFO.participant, p.iri, span, RULE)
