"""Headlines and date lines inside capitalised phrases: a headline's finite verb ("MIIT Issues
Notice on ...", "... Ingots Released"; ``data/headline-verbs.txt``) ends a name, and a name
never runs across a line break into the date line ("... Industry\nMarch 18, 2025")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_CONNECTORS = {"of", "and", "for", "the", "on", "in", "de", "to", "&"}


@lru_cache(maxsize=None)
def headline_verbs() -> dict[str, str]:
    return dict(line.split() for line in lines("headline-verbs"))


def _date_line_break(text: str, a: int, b: int) -> bool:
    """The gap ``a:b`` between two words of a phrase is a line break before a date line
    ("... Industry\nMarch 18, 2025"): a name never runs across it."""
    return "\n" in text[a:b] and bool(re.match(
        r"(?:[0-3]?\d[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
        r"|(?:19|20)\d\d[-/.]|\d{1,2}[-/.]\d{1,2}[-/.]", text[b:b + 20]))


def split_headline(text: str, ws: list) -> tuple[list, list, bool]:
    """Cut a phrase at a line break into a date line and at a headline's verb ("MIIT Issues
    Notice on ...", "... Ingots Released"): (words before, words after, whether a verb was
    there). Only the words before a date line are kept."""
    for i in range(1, len(ws)):
        if _date_line_break(text, ws[i - 1][1], ws[i][0]):
            ws = ws[:i]
            break
    verbs = headline_verbs()
    for i, w in enumerate(ws):
        pos = verbs.get(w[2].rstrip(",.:"))
        if pos == "present" and 0 < i < len(ws) - 1 and ws[i - 1][2].lower() not in _CONNECTORS \
                and ws[i + 1][2][:1].isupper():
            return ws[:i], ws[i + 1:], True
        if pos == "end" and i == len(ws) - 1 and i > 0:
            return ws[:i], [], True
    return ws, [], False
