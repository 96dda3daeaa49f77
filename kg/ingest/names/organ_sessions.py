"""A body's numbered session or meeting named in lower case before the body's full name: "at
the fifth session of the 16th Tongchuan Municipal People's Congress on 8 January", "the 31st
meeting of the Standing Committee of the 18th People's Congress of Wenxi County", "the second
plenary session of the X Municipal Party Committee". The capitalised form ("the Fifth Session
of ...") is a name the organisation finder reads by its head word; printed in lower case it was
no name at all, and the day the sentence gives went to the body.

"the / a / its", an ordinal (a word of ``data/ordinal-words.txt`` or "31st"), "session",
"meeting", "plenary session" or "plenum", "of (the)", then the body's name: capitalised words,
"of", "the" and ordinals in figures, across a line's wrap, ending in a word that heads a body's
name (Congress, Committee, Council, Government, Association ...: ``data/name-heads.txt``,
``data/org-name-heads.txt`` of an organisation's class). One new ``nfo:Meeting`` (rule
``event:organ-session``, confidence 0.5), labelled by the printed words from the ordinal on,
the first capitalised ("Fifth session of the 16th Tongchuan Municipal People's Congress"); the
organisations the finder reads in the body's words stay names of their own inside it. A
body that ends in no such word ("the third meeting of the Steering Group for X" reads "Group",
a company's head, and stays unread) makes nothing. One search for the heads, gated on the
words "session" / "meeting": linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.names.candidates import Candidate, organisations
from kg.ingest.names.head_words import heads
from kg.ingest.reading.windows import near

RULE, CONFIDENCE = "event:organ-session", 0.5
_BODY_CLASSES = {"GovernmentBody", "PartyOrganization", "Organization", "IndustryAssociation",
                 "AssociationBranch", "Conference"}      # ("Congress" reads as a conference)
_PLACE_CLASSES = {"County", "City", "Province", "Region", "Place"}
_NONSPACE = re.compile(r"\S+")
_WORD = r"(?:[A-Z][\w'\u2019&-]*|\d{1,3}(?:st|nd|rd|th)|of|the|and)"


# (every match names one of these nouns and reads no full stop, comma, semicolon or colon: the
# pattern is run only in the stretches between those that print one, reading/windows.py)
_NOUNS = ("session", "meeting", "plenum")


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern:
    ords = "|".join(sorted(words("ordinal-words"), key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:the|a|its)\s+(?P<name>(?:{ords}|\d{{1,3}}(?:st|nd|rd|th))\s+"
                      rf"(?:plenary\s+session|session|meeting|plenum)\s+of\s+(?:the\s+)?"
                      rf"(?P<body>{_WORD}(?:[ \t]+|[ \t]*\n[ \t]*)?(?:{_WORD}(?:[ \t]+|[ \t]*\n[ \t]*)?){{0,12}}))")


def organ_sessions(text: str) -> list[Candidate]:
    if "session" not in text and "meeting" not in text and "plenum" not in text:
        return []
    hs = heads()
    out = []
    for m in near(_pattern(), text, _NOUNS, stops=".,;:"):
        last = None         # (offset in the body where the name ends, whether a body's)
        for w in re.finditer(r"\S+", m.group("body")):
            word = w.group(0).rstrip(",.;:")
            if not re.fullmatch(_WORD, word):
                break
            h = hs.get(word.lower())
            if h is not None and word[:1].isupper() and (
                    h[0] in _BODY_CLASSES or last is not None and h[0] in _PLACE_CLASSES):
                # a body's head, or the place after it ("... People's Congress of Wenxi County")
                last = w.start() + len(word)
            if word != w.group(0):
                break       # a comma ends the name
        if last is None:
            continue
        a, b = m.start("name"), m.start("body") + last
        label = " ".join(text[a:b].split())
        out.append(Candidate(a, b, label[:1].upper() + label[1:], "Meeting", RULE, CONFIDENCE))
        # the body itself stays a name of its own inside the meeting's (as an organiser named
        # inside an event's capitalised name does: rule name:inner-org)
        # (read with the line's wrap and its indentation as one space: ``pos`` maps back)
        flat, pos = "", []
        for w in _NONSPACE.finditer(text, m.start("body"), b):
            if flat:
                flat += " "
                pos.append(w.start() - 1)
            flat += w.group(0)
            pos.extend(range(w.start(), w.end()))
        for c in organisations(flat):
            if c.cls not in _PLACE_CLASSES:
                out.append(Candidate(pos[c.start], pos[c.end - 1] + 1, c.label, c.cls,
                                     "name:inner-org", c.confidence, set(c.aliases)))
    return out
