"""What a record of minutes is about: the meeting it names under its head. Minutes print a
head ("MEETING MINUTES", "Minutes of Meeting", "Minutes No. 7") and, on a line of its own
under it or in the head itself, the name of the meeting they record ("Coordination Meeting
on X", "Minutes of the Third Plenary Session of Y"), then the meeting's fields ("Time:",
"Venue:", "Present:"). The text's own document (the first new document of its title lines,
as :func:`title_document` finds it) whose label holds the word "Minutes" is about
(``nfo:about``, rule ``topic:minutes-meeting@0.6``) the one new meeting whose name -- in title
case, two words or more, with a word of ``data/minutes-meeting-words.txt`` -- is printed
first within ``_HEAD`` characters of the document's title, in the title or opening a line.

Refused: two or more such meetings (which one is not stated); a "meeting" whose label holds
"Minutes" (the head read as an event); a meeting named only in running text ("The next
meeting will be held ..."); a pair linked already, either way. Each new event's first mention
is read once: linear in the draft."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.events.signed_document import title_document
from kg.ingest.lexicon import words
from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "topic:minutes-meeting@0.6"
_HEAD = 500             # characters after the title where the meeting's name may stand
_MINUTES = re.compile(r"\bminutes\b", re.I)
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")
_SMALL = frozenset(("of", "on", "for", "the", "a", "an", "and", "in", "at", "to", "with", "by"))


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return words("minutes-meeting-words")


def _named(label: str) -> bool:
    """Title case, two words or more, one of them a meeting's head word."""
    ws = [w for w in _WORD.findall(label) if w.lower() not in _SMALL]
    return len(ws) >= 2 and all(w[0].isupper() for w in ws) and \
        any(w.lower() in _heads() for w in ws)


def _opens_line(text: str, s: int) -> bool:
    """The name opens its line (a heading under the head)."""
    return not text[text.rfind("\n", 0, s) + 1:s].strip()


def minutes_topics(draft, spans_of, kind_of) -> int:
    text = draft.text
    own = title_document(text, spans_of, kind_of)
    if own is None:
        return 0
    ts, te, doc = own
    if not _MINUTES.search(doc.label):
        return 0
    hits = []
    for ent in draft.entities.values():
        if ent is doc or ent.known or kind_of(ent.cls) != "event" or not ent.mentions or \
                str(ent.cls).endswith("#Milestone") or _MINUTES.search(ent.label) or \
                not _named(ent.label):
            continue
        m = min(ent.mentions, key=lambda x: x.start)
        if not (ts <= m.start and m.end <= te) and \
                not (te <= m.start < te + _HEAD and _opens_line(text, m.start)):
            continue
        hits.append(ent)
        if len(hits) > 1:
            return 0
    if not hits:
        return 0
    ent = hits[0]
    if any(st[1] == ent.iri for st in doc.statements) or \
            any(st[1] == doc.iri for st in ent.statements):
        return 0
    doc.add(NFO.about, ent.iri, Span(ts, te), RULE)
    return 1
