"""Noun phrases that end in a lower-case head saying what they are (``data/phrase-heads.txt``):
projects, plants and programmes named by a run of words before "project", "pilot project" ..."""
from __future__ import annotations

import re

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.phrases import _finite_verbs


# a word that makes the phrase after it generic, or counts none of it
_QUANTIFIERS = frozenset("any no all some many most several few both either neither every each "
                         "various".split())


def _opens(text: str, at: int) -> bool:
    """Does the word at ``at`` open the text, a line or a sentence?"""
    before = text[max(0, at - 3):at].rstrip(" \t")
    return at == 0 or not before or before[-1:] in "\n.!?:"


# the articles and possessives a name's capitalised first word may follow
_ARTICLES = frozenset("the its their our his her".split())

_LOWER: list = [None, frozenset()]      # the last text read, and the words it prints in lower case


def _ordinary(text: str, word: str) -> bool:
    """``word`` is a word of the trade (``data/industry-name-heads.txt``: Zinc, Copper,
    Mining ...) or one ``text`` prints in lower case too."""
    if _LOWER[0] is not text:
        _LOWER[0], _LOWER[1] = text, frozenset(re.findall(r"(?<![A-Za-z])[a-z][a-z\-]+", text))
    return word.lower() in words("industry-name-heads") or word.lower() in _LOWER[1]


# a word of a name before its head: Latin letters with their accents too ("the Tân Rai alumina
# plant", "the Anápolis plant"), digits, hyphens, a count's thousands ("2,000")
_LATIN = r"A-Za-z0-9\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_WORD = re.compile(rf"[{_LATIN}][{_LATIN}\u0300-\u036f\-]*(?:,\d{{3}})*")


def project_phrases(text: str) -> list[Candidate]:
    """Noun phrases ending in a lower-case head that says what they are (``data/phrase-heads.txt``):
    "the large-scale electric heating pot magnesium smelting technology pilot project". The
    phrase runs back from the head to a word of ``data/phrase-stops.txt``, a possessive, a word
    ending in "-ed" or "-ly", or punctuation; it needs a capitalised word or a number in it, or
    three words before the head. A sentence-case headline's verb ("Ganfeng Lithium opens plant
    in Argentina": ``data/headline-verbs.txt``) ends the run: the plant is no "Ganfeng Lithium
    opens plant"."""
    heads = {h.replace("_", " "): c for h, c in (ln.split() for ln in lines("phrase-heads"))}
    stops = words("phrase-stops")
    alt = "|".join(re.escape(h) for h in sorted(heads, key=len, reverse=True))
    out = []
    for m in re.finditer(rf"(?<![A-Za-z\-])({alt})(?![A-Za-z\-])", text):
        before = text[max(0, m.start() - 200):m.start()]
        toks = before.split(" ")[:-1] if before.endswith(" ") else []
        keep = []
        generic = False
        for i in range(len(toks) - 1, -1, -1):
            tok = toks[i]
            low = tok.lower()
            if low in _QUANTIFIERS:
                generic = True      # "Any copper mine", "No smelter project": a kind, or none
                break
            # (a name may end so, "its Huntly mine"; not a clause's first word, "Recently")
            named = tok[:1].isupper() and i > 0 and toks[i - 1][-1:].isalpha()
            # (a stop word capitalised right after an article is a name's word: "the May Day
            # mine", "the New Century plant", "the First Quantum mine")
            titled = named and toks[i - 1].lower() in _ARTICLES
            if not _WORD.fullmatch(tok) \
                    or low in stops and not titled \
                    or (tok == low and low in _finite_verbs()) \
                    or (low.endswith(("ed", "ly")) and "-" not in low and not named) \
                    or len(keep) >= 10:
                break
            keep.insert(0, tok)
        if generic:
            continue
        j = len(toks) - len(keep) - 1
        if keep and keep[0].isdigit() and j >= 0 and toks[j] == "No.":
            keep.insert(0, toks[j])     # "the No. 2 mine": the number's word is the name's
        start = m.start() - len(" ".join(keep)) - 1
        if keep and text[start:m.start() - 1] != " ".join(keep):
            continue
        # a word capitalised only because it opens a headline or a sentence ("Zinc plant
        # opens", "... on Monday. Copper smelter output rose") is no sign of a name when it
        # is a word of the trade or one the text prints in lower case
        shown = keep[1:] if keep and _opens(text, start) and _ordinary(text, keep[0]) else keep
        strong = any(t[:1].isupper() or t[:1].isdigit() for t in shown)
        if len(keep) < 3 and not (strong and keep):
            continue
        label = f"{' '.join(keep)} {m.group(1)}"
        out.append(Candidate(start, m.end(), label, heads[m.group(1)], "project-phrase", 0.5))
    return out
