"""Where an inspection went and whom it inspected, from the sentences of its report: "The
inspection team ... inspected nine lead and zinc smelters in Nujiang, Qujing and Honghe" (held in
each place of the list: ``nfo:heldIn``, rule ``event:inspected-in``; the sentence opens with the
team, "it" or "the inspection", or names the inspection before the verb: "the company inspected
its furnaces in X" is no such sentence); "It found that X had let
...", "At X in Y County, it found that ...", "Inspectors found that X ..." (X took part:
``nfo:participant``, rule ``event:inspected-company@0.5``, a guess: the company inspected).

The inspection is the last event named before (or in) the sentence whose name holds
"inspection", at most ``_BACK`` characters back; the subject that finds is "it", "the team",
"the inspection team", "inspectors" or "the inspectors". Each sentence is read once: linear."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_bounds, spans_by_start_longest

_BACK = 3000
_INSPECTED_IN = re.compile(r"\binspect(?:ed|s|ing)\b[^.;:]{0,80}?\s(?:in|across)\s+(?:the\s+)?",
                           re.I)
_FINDER = r"(?:it|the\s+(?:inspection\s+)?team|(?:the\s+)?inspectors)"
_FOUND_THAT = re.compile(rf"\s*(?:[^,;:.]{{0,80}},\s*)?{_FINDER}\s+(?:also\s+)?found\s+that\s+"
                         r"(?:the\s+)?", re.I)
_AT_FOUND = re.compile(r"\s*At\s+(?:the\s+)?", re.I)
_AT_TAIL = re.compile(rf"[^;:.]{{0,60}}?,\s*{_FINDER}\s+(?:also\s+)?found\b", re.I)
# who inspects: the team or the inspection itself opens the sentence
_BY_TEAM = re.compile(rf"\s*(?:[^,;:.]{{0,60}},\s*)?(?:{_FINDER}|the\s+inspection)\b", re.I)
_PLACE_GAP = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")


def inspections(text, spans_of, sents, kind) -> None:
    if "inspect" not in text:
        return
    events = [(s, e, ent) for s, e, ent in spans_by_bounds(spans_of) if ent.kind == "event" and
              not ent.known and "inspection" in ent.label.lower()]
    if not events:
        return
    ev_starts = [s for s, _, _ in events]
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.kind in ("place", "org")]
    by_start: dict = {}
    for s, e, ent in rows:
        by_start.setdefault(s, (s, e, ent))

    def inspection(ss, se):
        i = bisect.bisect_left(ev_starts, se) - 1
        return events[i][2] if i >= 0 and events[i][0] >= ss - _BACK else None

    for ss in sents.starts:
        _, se = sents.bounds(ss)
        m = _INSPECTED_IN.search(text, ss, se)
        if m is not None and (_BY_TEAM.match(text, ss, m.start()) or
                              bisect.bisect_left(ev_starts, ss) <
                              bisect.bisect_left(ev_starts, m.start())):
            event = inspection(ss, se)
            hit = by_start.get(m.end())
            places = []
            while event is not None and hit is not None and hit[1] <= se and \
                    hit[2].kind == "place" and len(places) < 12:
                places.append(hit)
                g = _PLACE_GAP.match(text, hit[1])
                hit = by_start.get(g.end()) if g else None
            for s, e, place in places:
                event.add(NFO.heldIn, place.iri, Span(m.start(), e), "event:inspected-in")
        company = None
        f = _FOUND_THAT.match(text, ss, se)
        if f is not None:
            company = by_start.get(f.end())
        else:
            a = _AT_FOUND.match(text, ss, se)
            hit = by_start.get(a.end()) if a else None
            if hit is not None and _AT_TAIL.match(text, hit[1], se):
                company = hit
        if company is not None and company[2].kind == "org" and \
                str(company[2].cls).endswith("Company"):
            event = inspection(ss, ss)
            if event is not None:
                event.add(NFO.participant, company[2].iri, Span(ss, se),
                          "event:inspected-company@0.5")
