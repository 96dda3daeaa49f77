"""The publisher a text's masthead opens with, printed in capitals and set off from the rest of
the line by a bar or a wide gap ("SANQIN METALS NET  |  DAILY MARKET BULLETIN", "HUAXI FUTURES |
MORNING COMMENTARY", "QINBEI BROKERAGE       Company Research | ..."): the paper, the site or the
firm that put the text out, named nowhere else as a name the finders read (in capitals a name
has no head word they know, or a head of theirs is a word of a longer name).

Read: the text's first line only; its capitals part of two to six words before the bar or the
gap, whose first word is a Chinese place's or firm's word (it reads as pinyin: "Sanqin",
"Huaxi"), so that a section's label in capitals ("FEATURE | ...", "CLIENT ALERT | ...",
"PHOTOS | ...") is no name. An organisation (rule ``name:masthead``, low confidence), a media
outlet when its last word is one of the words that end an outlet's name
(``data/masthead-outlet-words.txt``: "Net", "Daily", "Weekly"), labelled in title case, the
capitals an alias. Not read: a part any name the finders read already overlaps. One line:
constant."""
from __future__ import annotations

import re

from kg.ingest.lexicon import words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.person_names import reads_as_pinyin

RULE = "name:masthead"
CONFIDENCE = 0.4
_MAST = re.compile(r"[ \t]*([A-Z][A-Z'\u2019&\-]*(?:[ \t][A-Z][A-Z'\u2019&\-]*){1,5})"
                   r"(?:[ \t]*\||[ \t]{3,}(?=\S))")


def masthead_names(text: str, news: list) -> list[Candidate]:
    lead = len(text) - len(text.lstrip())
    m = _MAST.match(text, lead)
    if m is None or "\n" in m.group(0):
        return []
    s, e = m.span(1)
    raw = m.group(1)
    first = raw.split()[0]
    if len(first) < 4 or not reads_as_pinyin(first) or any(c.start < e and s < c.end for c in news):
        return []
    label = " ".join(w[:1] + w[1:].lower() for w in raw.split())
    cls = "MediaOutlet" if raw.split()[-1].lower() in words("masthead-outlet-words") \
        else "Organization"
    return [Candidate(s, e, label, cls, RULE, CONFIDENCE, {raw})]
