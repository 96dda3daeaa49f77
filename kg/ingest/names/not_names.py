"""Capitalised phrases that are no names: a count and a plural class noun ("Eight Projects",
"12 Firms", "Three Companies Signed", "12 industry standards"), a headline's words run over its
finite verb ("Prices Hit Record", "Qinghai Rolls Out Measures"; ``data/headline-verbs.txt``),
a period relative to the text's day ("NEXT WEEK", "Plan for Next Week").
``is_not_name`` says whether a label is one. (A standard's class words before a numbered
announcement, "China National Standard Announcement No. 9", are that announcement's name:
names/designations.py.)"""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.head_words import TITLE_CLASSES
from kg.ingest.reading.headlines import headline_verbs

# a count word or figure ("Eight Projects", "12 Firms"; also "Three Times" for candidates.py)
COUNT = re.compile(r"(?i:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
                   r"twelve|twenty|thirty|dozens?|hundreds?|several|multiple|many)")


@lru_cache(maxsize=1)
def _class_nouns() -> frozenset[str]:
    # the head words of names (the word lists candidates._heads reads; read here, so that this
    # module, which candidates imports, imports nothing of it)
    heads = {line.split()[0].lower() for line in lines("name-heads") + lines("org-name-heads")}
    return frozenset(heads) | words("common-words") | words("slot-object-nouns")


def _singular(word: str) -> str:
    w = word.lower()
    if w.endswith("ies"):
        return w[:-3] + "y"
    if w.endswith(("sses", "shes", "ches")):
        return w[:-2]
    return w[:-1] if w.endswith("s") and not w.endswith(("ss", "us", "is")) else w


def counted_plural(toks: list[str]) -> bool:
    """"Eight Projects", "12 Firms", "two new smelters": a count, at most two words, then a
    plural noun that is a class or an ordinary word (or printed in lower case)."""
    if not 2 <= len(toks) <= 4 or not COUNT.fullmatch(toks[0]):
        return False
    last = toks[-1].rstrip(",.:;")
    if _singular(last) == last.lower():
        return False
    return last.islower() or _singular(last) in _class_nouns() or last.lower() in _class_nouns()


def runs_over_verb(toks: list[str]) -> bool:
    """A word after the first is a headline's finite verb ("Prices Hit Record", "Qinghai Rolls
    Out Measures", "Output Rises 5%"), or the first word is one that opens a headline's predicate
    ("Plans New Smelter"): the words are a headline, no name."""
    verbs = headline_verbs()
    if _titled_on(toks):
        return False        # "Provisions on the Administration of Product Recalls": a title
    first = verbs.get(toks[0]) if len(toks) >= 2 else None
    if first == "lead" or first == "present" and toks[0].endswith("s"):
        return True         # "X Co., Ltd. Plans New Smelter": the name ended before "Plans"
        # (a plural's verb, "Rise", may open a name: "Rise Group")
    return any(verbs.get(t.rstrip(",.:;")) == "present" for t in toks[1:])


def _titled_on(toks: list[str]) -> bool:
    """A document's title: its head word ("Provisions", "Measures", "Law": head_words'
    TITLE_CLASSES) and what it is on, whose last noun may be a verb's form ("Recalls",
    "Cuts", "Increases")."""
    return len(toks) >= 3 and toks[0] in TITLE_CLASSES and toks[1] in ("on", "for", "of")


def relative_period(toks: list[str]) -> bool:
    """"Next Week", "PLAN FOR NEXT WEEK", "This Year": a period's word after a word that
    places it relative to now (``data/relative-period-words.txt``), a heading's time, no
    event's name ("Week" heads a conference's: "China Aluminium Week")."""
    return len(toks) >= 2 and toks[-1].lower() in ("week", "month", "year", "quarter") \
        and toks[-2].lower() in words("relative-period-words")


def is_not_name(label: str) -> bool:
    """A count and a plural class noun, words run over a headline's verb, or a relative
    period ("Next Week")."""
    toks = label.split()
    return counted_plural(toks) or runs_over_verb(toks) or relative_period(toks)
