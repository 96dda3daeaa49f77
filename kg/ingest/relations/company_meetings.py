"""Who holds a company's own meeting: a board meeting ("the 14th meeting of the ninth board of
directors", "the first meeting of the ninth board", "a board meeting"), a meeting of its
supervisors or of its shareholders ("the 2025 annual shareholders' meeting", "the annual general
meeting", "an extraordinary general meeting") is organised by the company whose board or
shareholders meet. When the event has no organiser yet and its name says whose board it is not
("... of X Co., Ltd." is read by the sentence rules), that company is the one the article is
about (:func:`kg.ingest.relations.referents.lead_company`: the first company of its first
paragraphs), rule ``event:company-meeting@0.5``. Meetings of an association's or a
government's bodies ("the standing committee", "the council") are not such meetings."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.referents import lead_company
from kg.ingest.terms import NFO

RULE = "event:company-meeting@0.5"
_MEETING = re.compile(
    r"\b(?:board\s+of\s+(?:directors|supervisors)|board\s+meeting|meeting\s+of\s+the\s+"
    r"(?:[\w-]+\s+){0,2}(?:board|supervisory\s+committee)|shareholders['’]?\s+(?:general\s+)?"
    r"meeting|general\s+meeting(?:\s+of\s+shareholders)?|shareholders['’]?\s+assembly)\b", re.I)


def company_meetings(draft, spans_of, kind) -> None:
    events = [e for e in draft.entities.values() if not e.known and not e.role and e.mentions
              and e.kind == "event" and _MEETING.search(e.label)
              and not any(p == NFO.organizedBy for p, *_ in e.statements)]
    if not events:
        return
    company = lead_company(draft.text, spans_of, kind)
    if company is None:
        return
    for ev in events:
        at = min(ev.mentions, key=lambda m: m.start)
        ev.add(NFO.organizedBy, company.iri, Span(at.start, at.end), RULE)
