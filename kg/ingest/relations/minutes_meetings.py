"""The meeting a set of minutes records is organised by the body that issues the minutes: a
letterhead "X Municipal Emergency Management Bureau" over "MEETING MINUTES" and "Meeting on Y",
or "Minutes of the Expert Review Meeting" signed by "Z Division": the meeting ``nfo:organizedBy``
the issuer (rule ``event:minutes-issuer``, 0.5). Curators record the issuing body as the host;
when the minutes are issued by a body's office ("W Committee Office", "the Bureau's Office")
and the draft names the body itself, the body is the host (its office only keeps the record);
when it does not, nothing is proposed.

The document: an entity of the document kinds whose name holds a word of
``data/minutes-heads.txt`` ("minutes") and that has an ``nfo:issuedBy`` (the first such the
text names). The meeting: the first ``nfo:Meeting`` the text names, its name more than the
word "Meeting" once a leading "Minutes of (the)" is set aside ("MINUTES OF MEETING" names
none), when it has no organiser yet. One meeting a document ("the next meeting" is left alone).
Linear: one look at each entity."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "event:minutes-issuer@0.5"
_MEETING = str(NFO.Meeting)
_LEADING = re.compile(r"^\s*(?:minutes|record|summary)\s+of\s+(?:the\s+)?", re.I)
_OFFICE = re.compile(r"[\s,]+(?:General\s+)?Office$", re.I)


@lru_cache(maxsize=None)
def _heads() -> re.Pattern:
    alt = "|".join(re.escape(h).replace(r"\ ", r"\s+") for h in lines("minutes-heads"))
    return re.compile(rf"\b(?:{alt})\b", re.I)


def _first(e) -> int:
    return min(m.start for m in e.mentions)


def minutes_meetings(draft) -> None:
    """Add the organiser of the meeting a document of minutes records, as described above."""
    heads = _heads()
    docs, meetings, by_name = [], [], {}
    for e in draft.entities.values():
        k = kind(e)
        if k == "org":
            by_name.setdefault(" ".join(e.label.split()).lower(), e)
        if not e.mentions:
            continue
        if k == "policy" and heads.search(e.label):
            issuers = [o for p, o, _, _ in e.statements if p == NFO.issuedBy]
            if issuers:
                docs.append((_first(e), e.iri, issuers[0]))
        elif str(e.cls) == _MEETING:
            meetings.append((_first(e), e.iri, e))
    if not docs or not meetings:
        return
    _, _, issuer = min(docs)
    meeting = None
    for _, _, m in sorted(meetings):
        if len(_LEADING.sub("", m.label).split()) > 1:
            meeting = m
            break
    if meeting is None or any(p == NFO.organizedBy for p, *_ in meeting.statements):
        return
    host = draft.entities.get(issuer)
    if host is None or kind(host) != "org":
        return
    if _OFFICE.search(host.label):
        host = by_name.get(" ".join(_OFFICE.sub("", host.label).split()).lower())
        if host is None:
            return      # (the office keeps the record; the body it serves is not named alone)
    if host.iri == meeting.iri:
        return
    at = meeting.mentions[0]
    meeting.add(NFO.organizedBy, host.iri, Span(at.start, at.end), RULE)
