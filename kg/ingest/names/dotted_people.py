"""People named the way Chinese texts print a Uyghur, Kazakh, Tibetan, Mongolian or foreign name
in translation: its parts joined by a middle dot with no space ("Maimaiti\u00b7Tuerxun",
"Aynur\u00b7Abdukerim", the Japanese "\u30fb" or the hyphenation point "\u2027" likewise). The
surname reader finds no surname in them and no role need follow them, so no other rule reads
them. Two to four capitalised words of two letters or more joined so, none an ordinary, role or
sentence-opening word nor a word ending an organisation's or a place's name
(role_people._not_name); a dot with spaces around it ("X Institute \u00b7 Industry Weekly")
parts a heading's or a byline's items and joins no name. The label is the name as printed.
One scan for the joined words: linear in the text. Rule ``person:dotted-name`` (0.6)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate, _heads
from kg.ingest.names.role_people import _W, _not_name

RULE, CONFIDENCE = "person:dotted-name", 0.6

_DOTS = "\u00b7\u30fb\u2027\u2022"
# (the whole run of joined words, no word or dot right before or after it)
_DOTTED = re.compile(rf"(?<![\w{_DOTS}'\u2019&.-])(?:{_W}[{_DOTS}]){{1,3}}{_W}(?![\w{_DOTS}'\u2019&-])")
_PART = re.compile(rf"[{_DOTS}]")


@lru_cache(maxsize=1)
def _lists():
    return (words("common-words") | words("not-given-names"), _heads(),
            frozenset(w.lower() for r in lines("roles") for w in r.split()))


def dotted_people(text: str) -> list[Candidate]:
    """A new Person for each name of words joined by a middle dot."""
    if not any(d in text for d in _DOTS):
        return []
    common, heads, role_words = _lists()
    out = []
    for m in _DOTTED.finditer(text):
        ws = _PART.split(m.group(0))
        if any(len(w) < 2 for w in ws) or _not_name(ws, set(), common, heads, role_words):
            continue
        out.append(Candidate(m.start(), m.end(), m.group(0), "Person", RULE, CONFIDENCE))
    return out
