"""Units of an organisation named in lower case by what they do and by their organisation:
"the Company's purchasing department", "the university's technology transfer office", "the
analytical testing center of Zhengzhou Research Institute", "the mine's office" (nouns:
``data/unit-nouns.txt``). Gold readings record each as an organisation, a unit of its own
organisation; the capitalised forms ("Human Resources Department of X") are the name rules'.

One to four lower-case words before the noun say what the unit does, after "the", "its" or a
possessive ("a scrap sorting centre of X" is a works: a unit is named as the one); none of them
a word of
``data/unit-not-words.txt`` ("head office", "the relevant department", "the exhibition
centre": premises, a word in passing, a place's centre). Its organisation, as
:mod:`kg.ingest.names.governing_bodies` reads a board's: "of X", "X's", "its", "the
<noun>'s", "the Company's"; with none of these it is no unit here. Each (words, organisation)
is one new ``nfo:Organization`` ``nfo:unitOf`` it, labelled "Purchasing department of X" (rule
``name:unit-noun``, confidence 0.4; the words an alias). As for boards, its mentions are not
handed to the rules after it: a post read there stays in the organisation ("head of the
Company's purchasing department"). One pattern run around the nouns: linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.governing_bodies import Reading, read_bodies

RULE, CONFIDENCE = "name:unit-noun", 0.4
_STOP = ("a|an|the|and|or|of|for|on|in|at|to|by|with|from|its|their|this|that|these|those|"
         "which|who|whose|is|are|was|were|be|been|has|have|had|will|would|as|our|his|her|"
         "your|my|any|each|every|all|no|said|says")


@lru_cache(maxsize=1)
def _reading() -> Reading:
    nouns = sorted(lines("unit-nouns"), key=len, reverse=True)
    nots = "|".join(sorted((re.escape(w) for w in words("unit-not-words")),
                           key=lambda w: (-len(w), w)))
    # one to four lower-case words, none a stop word or a word of no unit, "and" only between
    # ("safety and environmental protection department")
    word = rf"(?!(?:{_STOP}|{nots})[ \t\n])[a-z][a-z\-]*"
    # (after "the", "its" or a possessive: "a scrap sorting centre of X" is a works)
    opens = "|".join(rf"(?<={w}[ \n])" for w in (r"\b[Tt]he", r"\b[Ii]ts", r"[\w.]['\u2019]s",
                                                  r"s['\u2019]"))
    rx = re.compile(rf"(?:{opens})(?P<pre>{word}(?:[ \t\n]+(?:and[ \t\n]+)?{word}){{0,3}})"
                    rf"[ \t\n]+(?P<noun>{'|'.join(nouns)})(?![\w\-])")
    rows = {n: (None, False) for n in nouns}
    return Reading(rx, tuple(nouns), rows, RULE, CONFIDENCE, "", 0.0, False)


def propose(draft, spans_of, minter) -> list:
    """Add the units (see the module's docstring) to the draft; ``spans_of`` is read only."""
    return read_bodies(draft, spans_of, minter, _reading())
