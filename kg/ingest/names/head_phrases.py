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
            if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9\-]*(?:,\d{3})*", tok) or low in stops \
                    or (tok == low and low in _finite_verbs()) \
                    or (low.endswith(("ed", "ly")) and "-" not in low and not named) \
                    or len(keep) >= 10:
                break
            keep.insert(0, tok)
        if generic:
            continue
        strong = any(t[:1].isupper() or t[:1].isdigit() for t in keep)
        if len(keep) < 3 and not (strong and keep):
            continue
        start = m.start() - len(" ".join(keep)) - 1
        if text[start:m.start() - 1] != " ".join(keep):
            continue
        label = f"{' '.join(keep)} {m.group(1)}"
        out.append(Candidate(start, m.end(), label, heads[m.group(1)], "project-phrase", 0.5))
    return out
