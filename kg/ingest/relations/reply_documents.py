"""What a reply is about: "Reply to the Inquiry Letter of the X Exchange on the 2026
Semi-Annual Report" answers the inquiry letter the text names ("the Inquiry Letter on the 2026
Semi-Annual Report (... No. 1187)"): the reply is about that letter (``nfo:about``, rule
``topic:reply-to@0.7``).

A document whose name opens with "Reply to", "Response to" or "Answer to" is about the other
document of the text whose name's head (its words before "on", "of", "from", "regarding",
"concerning" or "(") opens what follows "to (the)"; two such documents, and nothing is
proposed. One pass over the documents of the draft."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "topic:reply-to@0.7"
_REPLY = re.compile(r"(?:reply|replies|response|responses|answer|answers)\s+to\s+(?:the\s+|its\s+)?"
                    r"(?P<rest>.+)", re.I | re.S)
_HEAD_END = re.compile(r"\s+(?:on|of|from|regarding|concerning|about|for)\s|\s*\(", re.I)


def _head(label: str) -> str:
    text = " ".join(label.lower().split())
    text = re.sub(r"^(?:the|an?)\s+", "", text)
    m = _HEAD_END.search(text)
    return text[:m.start()] if m else text


def reply_documents(draft) -> None:
    docs = [e for e in draft.entities.values() if kind(e) == "policy" and e.mentions]
    if len(docs) < 2:
        return
    for r in docs:
        m = _REPLY.match(r.label.strip())
        if m is None or r.known:
            continue
        rest = " ".join(m.group("rest").lower().split())
        hits = []
        for d in docs:
            if d is r:
                continue
            head = _head(d.label)
            if len(head.split()) >= 2 and (rest == head or rest.startswith(head + " ")) and \
                    d not in hits:
                hits.append(d)
        if len(hits) == 1 and not r.statements.has(NFO.about, hits[0].iri):
            at = r.mentions[0]          # (its name, not its number)
            r.add(NFO.about, hits[0].iri, Span(at.start, at.end), RULE)
