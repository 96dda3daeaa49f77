"""Where a company's name starts in a clause printed all in capitals ("HUAXIA ALUMINIUM CO.,
LTD. SIGNED A SUPPLY AGREEMENT WITH XINJIANG BAITA POWER CO., LTD."): every word is a capital
word there, so the run of capitals before the legal form holds the clause's verb and small
words too. Read: a run of words (``(start, end, word)``) ending in a legal form, every word with
a letter in capitals; the name starts after the last verb (data/company-verbs.txt) or small
word (data/caps-name-breaks.txt) before its last word. Not read: mixed case (a capital there
opens a name), a run that ends in no legal form (a title in capitals, "REPLY TO THE ...",
keeps its small words)."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import words

_CAPS_LEGAL = frozenset(("LTD", "LIMITED", "INC", "CORP", "CORPORATION", "PLC", "LLC", "GROUP"))


@lru_cache(maxsize=None)
def _breaks() -> frozenset:
    return words("caps-name-breaks") | words("company-verbs")


def caps_name_words(ws: list) -> list:
    """``ws`` from the word a company's name in capitals starts at (``ws`` when it is none)."""
    if len(ws) <= 2 or ws[-1][2].rstrip(".,").upper() not in _CAPS_LEGAL or \
            not all(w[2].isupper() for w in ws if any(c.isalpha() for c in w[2])):
        return ws
    k = next((k for k in range(len(ws) - 2, -1, -1)
              if ws[k][2].lower().rstrip(".,:;") in _breaks()), None)
    return ws if k is None else ws[k + 1:]
