"""A timeline entry told as a noun phrase before a colon or a dash ("2016.03   First export of
magnesium ingots: 800 tonnes shipped to Japan", "May 2021 - Opening of the new hall - 300
guests", or the whole entry: "May   First export of X to Korea."): the phrase names what happened, so it is the event's label, not a clause read from
the words after it. The phrase opens with an ordinal or a noun of a happening
(``data/entry-head-words.txt``, the nouns of ``data/event-verb-nouns.txt`` and
``data/milestone-nouns.txt``), runs two to twelve words and holds no verb of a clause ("is",
"was", a word ending in "-ed" after its first); "First ..." is a milestone."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words

# the phrase, then a colon or a dash between spaces (bounded: linear)
_HEAD = re.compile(r"([A-Z][A-Za-z-]*(?:[ \t\n]+[\w,()'\u2019-]+){1,11}?)[ \t]*(?::|[ \t](?:--?|"
                   r"\u2013|\u2014))[ \t\n]+(?=\S)")
# (or the whole entry is the phrase, two to twelve words)
_WHOLE = re.compile(r"[A-Z][A-Za-z-]*(?:[ \t\n]+[\w,()'\u2019-]+){1,11}[ \t\n.]*")
_CLAUSE_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|[a-z]{3,}ed)\b")
_ORDINAL = frozenset(("first", "maiden", "initial", "inaugural"))


@lru_cache(maxsize=None)
def _openers() -> frozenset:
    nouns = {line.split()[1].lower() for line in lines("event-verb-nouns")}
    nouns |= {line.split()[0].lower() for line in lines("milestone-nouns")}
    return frozenset(nouns) | words("entry-head-words")


def entry_head(text: str, a: int, b: int) -> tuple[str, str | None] | None:
    """(label, class or None) of the entry ``text[a:b]`` when it opens with such a phrase."""
    m = _HEAD.match(text, a, b)
    if m is not None:
        phrase = " ".join(m.group(1).split())
    elif b - a <= 120 and _WHOLE.fullmatch(text, a, b):
        phrase = " ".join(text[a:b].split()).rstrip(" .")   # "May   First export of X."
    else:
        return None
    first = phrase.split()[0].lower()
    if first not in _openers() or _CLAUSE_VERB.search(phrase, len(first)):
        return None
    return phrase, "Milestone" if first in _ORDINAL else None
