"""What a reply is about: "Reply to the Inquiry Letter of the X Exchange on the 2026
Semi-Annual Report" answers the inquiry letter the text names ("the Inquiry Letter on the 2026
Semi-Annual Report (... No. 1187)"): the reply is about that letter (``nfo:about``, rule
``topic:reply-to@0.7``).

A document whose name opens with "Reply to", "Response to" or "Answer to" is about the other
document of the text whose name's head (its words before "on", "of", "from", "regarding",
"concerning" or "(") opens what follows "to (the)"; two such documents, and nothing is
proposed. The heads are looked up in a dict, at most ``_MOST`` words each: linear in the
documents of the draft."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.relations.kinds import kind
from kg.ingest.terms import NFO

RULE = "topic:reply-to@0.7"
_MOST = 12              # words: the longest head looked up
_REPLY = re.compile(r"(?:reply|replies|response|responses|answer|answers)\s+to\s+(?:the\s+|its\s+)?"
                    r"(?P<rest>.+)", re.I | re.S)
_HEAD_END = re.compile(r"\s+(?:on|of|from|regarding|concerning|about|for)\s|\s*\(", re.I)


def _head(label: str) -> str:
    text = " ".join(label.lower().split())
    text = re.sub(r"^(?:the|an?)\s+", "", text)
    m = _HEAD_END.search(text)
    return text[:m.start()] if m else text


def reply_documents(draft) -> None:
    docs = [e for e in draft.entities.values() if e.kind == "policy" and e.mentions]
    if len(docs) < 2:
        return
    by_head: dict = {}          # a name's head -> the documents of that head
    for d in docs:
        head = _head(d.label)
        if 2 <= len(head.split()) <= _MOST:
            by_head.setdefault(head, {})[id(d)] = d
    for r in docs:
        m = _REPLY.match(r.label.strip()[:400])
        if m is None or r.known:
            continue
        words = m.group("rest").lower().split()[:_MOST]
        hits: dict = {}
        for n in range(2, len(words) + 1):      # (the heads that open what follows "to")
            for d in by_head.get(" ".join(words[:n]), {}).values():
                if d is not r:
                    hits[id(d)] = d
            if len(hits) > 1:
                break
        hits = list(hits.values())
        if len(hits) == 1 and not r.statements.has(NFO.about, hits[0].iri):
            at = r.mentions[0]          # (its name, not its number)
            r.add(NFO.about, hits[0].iri, Span(at.start, at.end), RULE)
