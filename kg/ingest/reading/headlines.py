"""Headlines and date lines inside capitalised phrases: a headline's finite verb ("MIIT Issues
Notice on ...", "... Ingots Released"; ``data/headline-verbs.txt``) ends a name, and a name
never runs across a line break into the date line ("... Industry\nMarch 18, 2025") nor into a
byline, an outlet's name and the date ("... Meeting\nChina Mining Weekly, 2026-05-21")."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines

_CONNECTORS = {"of", "and", "for", "the", "on", "in", "de", "to", "&"}


@lru_cache(maxsize=None)
def headline_verbs() -> dict[str, str]:
    return dict(line.split() for line in lines("headline-verbs"))


@lru_cache(maxsize=1)
def present_verbs() -> frozenset[str]:
    """The present forms of ``data/headline-verbs.txt`` in lower case ("inspects", "shuts",
    "signs"): a sentence-case headline's verb, never a word of a lower-case name."""
    return frozenset(v.lower() for v, where in headline_verbs().items() if where == "present")


@lru_cache(maxsize=1)
def _adverb_endings() -> tuple[str, ...]:
    return tuple(lines("headline-adverb-endings"))


def _adverb(word: str) -> bool:
    """A title-case adverb ("Conditionally", "Jointly": data/headline-adverb-endings.txt)."""
    return len(word) > 5 and word[:1].isupper() and word[1:].islower() \
        and word.endswith(_adverb_endings())


_DATE = (r"(?:[0-3]?\d[ \t]+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ \t]+\d"
         r"|(?:19|20)\d\d[-/.]|\d{1,2}[-/.]\d{1,2}[-/.]")
_DATE_LINE = re.compile(_DATE)
# "China Mining Weekly, 2026-05-21", "Source: Shaanxi Daily, 2026-03-04": who printed it, when
_BYLINE = re.compile(r"(?:Source:[ \t]*)?(?:[A-Z][\w'’&.()-]*[ \t]+){0,6}[A-Z][\w'’&.()-]*,[ \t]*"
                     rf"(?:{_DATE})")


def headline_end(text: str) -> int:
    """The end of the text's first line when it reads as a headline (in title case, no final
    stop, no small word at its end that a wrapped name would go on from), else -1: the first
    line of a hard-wrapped paragraph runs on into the next."""
    nl = text.find("\n", 0, 400)
    first = text[:nl].rstrip() if nl > 0 else ""
    if not first or first.endswith((".", ",", ";", ":")) or \
            re.search(r"\b(?:of|the|and|for|in|on|at|by|to|with|&)$", first):
        return -1
    long_words = [w for w in first.split() if len(w) > 3]
    if not long_words or sum(w[:1].isupper() or w[:1].isdigit() for w in long_words) \
            < 0.6 * len(long_words):
        return -1
    return len(first)


def _date_line_break(text: str, a: int, b: int) -> bool:
    """The gap ``a:b`` between two words of a phrase is a line break before a date line
    ("... Industry\nMarch 18, 2025"): a name never runs across it."""
    return "\n" in text[a:b] and bool(_DATE_LINE.match(text, b, b + 20))


def byline_break(text: str, ws: list) -> int:
    """The index of the word of the phrase ``ws`` that opens a byline on a line of its own
    (an outlet's name and a date: "... Meeting\nChina Mining Weekly, 2026-05-21"), or 0: the
    phrase is two, the headline's end and the outlet's name."""
    for i in range(1, len(ws)):
        if "\n" in text[ws[i - 1][1]:ws[i][0]] and _BYLINE.match(text, ws[i][0], ws[i][0] + 120):
            return i
    return 0


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
            # (an adverb before the verb is no word of the name: "X Administration
            # Conditionally Approves Y")
            k = i - 1 if i > 1 and _adverb(ws[i - 1][2]) else i
            return ws[:k], ws[i + 1:], True
        if pos == "end" and i == len(ws) - 1 and i > 0:
            return ws[:i], [], True
    return ws, [], False
