"""A listed company's short name on an exchange: on a filing's key-value line ("Stock
abbreviation: Marlow Titanium    Stock code: 688000") or in brackets with its code ("(Marlow
Titanium, 688000)"). The short name is the company: the metal or field its words spell
("Titanium", "New Materials") is no mention there (data/CURATION.md rule 7: a known name inside
a longer name is not a mention of its own; names/words_of_names.py takes out a known metal,
field or place printed only inside such names). The labels are in data/short-name-labels.txt."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import words

_STOP = re.compile(r"[ \t]{2,}|\t|[;,\uff0c\uff1b(\uff08]|[ \t]+(?:stock|securities|security|"
                   r"code|announcement|no\.)\b", re.I)
_BRACKETED = re.compile(r"[(\uff08][ \t]*([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){0,3})[ \t]*"
                        r"[,:\uff0c\uff1a]?[ \t]*(?:[A-Z]{2,4}[ \t]*:[ \t]*)?\d{6}"
                        r"(?:\.[A-Z]{2})?[ \t]*[)\uff09]")


@lru_cache(maxsize=None)
def _labelled() -> re.Pattern:
    labels = sorted(words("short-name-labels"), key=lambda w: (-len(w), w))
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w).replace(r"\ ", r"[ \t]+")
                                                  for w in labels)
                      + r")[ \t]*[:\uff1a][ \t]*", re.I)


def short_name_spans(text: str) -> list[tuple[int, int]]:
    """Where the text prints a listed company's short name (label or bracket with a code)."""
    out = []
    for m in _labelled().finditer(text):
        le = text.find("\n", m.end())
        le = len(text) if le < 0 else le
        stop = _STOP.search(text, m.end(), le)
        end = stop.start() if stop else le
        value = text[m.end():end].rstrip(" \t.")
        if 0 < len(value) <= 40:
            out.append((m.end(), m.end() + len(value)))
    for m in _BRACKETED.finditer(text):
        out.append(m.span(1))
    return out
