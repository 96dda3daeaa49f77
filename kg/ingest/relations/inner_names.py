"""What an event's or a document's own name says of the organisation named inside it:

* a meeting, conference, forum, briefing or fair is organised by the body its name gives
  ("the Third Member Congress of the X Association", "the X Society's 2026 Spring Forum",
  "the 2025 Y Branch Annual Meeting"): ``nfo:organizedBy``;
* a notice, opinion, plan, report or decision is issued by it ("Notice of the X Bureau on ...",
  "the Y Commission's Measures for ..."): ``nfo:issuedBy``; a company named after "on" in a
  document's name is what the document is about ("Penalty Decision on Z Co., Ltd."):
  ``nfo:about``.

An organisation named after the words that give the name's subject ("Press Conference on the
Results of X", "Forum for Y Group's Suppliers") is not its organiser. Only an event or document
that has no organiser (issuer) yet gets one here, and at most two; rule ``name:inner-role``."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "name:inner-role"
_MEETINGS = {NFO.Conference, NFO.Forum, NFO.Seminar, NFO.Symposium, NFO.Meeting,
             NFO.AnnualMeeting, NFO.Exhibition, NFO.PressConference}
_DOCUMENTS = {NFO.Notice, NFO.PolicyDocument, NFO.Measures, NFO.Plan, NFO.Guide, NFO.Report,
              NFO.Catalogue, NFO.ActionPlan, NFO.ImplementationPlan}
_SUBJECT = re.compile(r"\s(?:on|regarding|concerning|about|for|against|to)\s")
_ORGANISERS = (NFO.organizedBy, NFO.coOrganizedBy, NFO.hostedBy)
_MAX = 2


def inner_names(draft, within, kind) -> None:
    text = draft.text
    for ent in list(draft.entities.values()):
        if ent.known or ent.role or not ent.mentions:
            continue
        if ent.cls in _MEETINGS:
            if any(p in _ORGANISERS for p, *_ in ent.statements):
                continue
            pred = NFO.organizedBy
        elif ent.cls in _DOCUMENTS:
            if any(p == NFO.issuedBy for p, *_ in ent.statements):
                continue
            pred = NFO.issuedBy
        else:
            continue
        for m in ent.mentions:
            orgs = [x for x in within(m.start, m.end, ("org",))
                    if x[2] is not ent and (x[0], x[1]) != (m.start, m.end)]
            if not orgs:
                continue
            subject = _SUBJECT.search(text, m.start, m.end)
            cut = subject.start() if subject else m.end
            makers = [x for x in orgs if x[1] <= cut][:_MAX]
            for a, b, org in makers:
                ent.add(pred, org.iri, Span(m.start, m.end), RULE)
            if pred == NFO.issuedBy:
                for a, b, org in [x for x in orgs if x[0] >= cut][:_MAX]:
                    if org.kind == "org":
                        ent.add(NFO.about, org.iri, Span(m.start, m.end), RULE)
            if makers:
                break
