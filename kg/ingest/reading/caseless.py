"""Case-blind patterns run on a lower-cased copy of the text, several times faster.

A pattern compiled with ``re.IGNORECASE`` compares every letter both ways, and Python's engine
cannot skip the branches of an alternation by their first letter (it does so only for a
case-sensitive literal): a table of a hundred event nouns scanned over the largest source text
costs some 30 ms that way, 3 ms as a case-sensitive pattern over the text in lower case.

:func:`lowered` is the text in lower case, of the same length (so every offset holds);
:func:`compile_lower` compiles a pattern written for ``re.IGNORECASE`` so that it matches the
lowered text where the case-blind one matches the text (its ASCII capitals made small, bar
escapes such as ``\\S`` and group names). A match's offsets are the text's; what it printed is
``text[m.start():m.end()]``. (The rules' words are ASCII; a capital beyond ASCII in a pattern
would no longer match.)"""
from __future__ import annotations

import re
from functools import lru_cache

_SMALL = {c: c + 32 for c in range(65, 91)}


@lru_cache(maxsize=4)
def lower_text(text: str) -> str:
    """``text.lower()`` of an article, kept for the next call: some twenty rules read the
    article in lower case (a cue found by ``str.find``), and each ``str.lower`` of the largest
    source text costs about 2 M instructions."""
    return text.lower()


@lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """``text`` (an article: kept for the next call) in lower case, of the same length."""
    low = lower_text(text)
    return low if len(low) == len(text) else text.translate(_SMALL)


def small(piece: str) -> str:
    """A piece of text (a sentence, a clause) in lower case, of the same length, not kept.
    (``str.lower``, unless it makes a character two, as it does "\u0130": then only A-Z are
    made small, a slower way.)"""
    low = piece.lower()
    return low if len(low) == len(piece) else piece.translate(_SMALL)


_PARTS = re.compile(r"\\.|\(\?P[<=][^>)]*[>)]|[A-Z]+", re.S)
_CAPITAL = re.compile(r"[A-Z]")


def lower_source(src: str) -> str:
    """The pattern ``src`` (written for ``re.IGNORECASE``) with its literal capitals small."""
    if _CAPITAL.search(src) is None:
        return src      # (nine patterns in ten: no capital to make small, no escape to step over)
    return _PARTS.sub(lambda m: m.group(0) if m.group(0)[0] in "\\(" else m.group(0).lower(), src)


# the characters beyond ASCII that Python's case-blind engine takes for an ASCII letter (two
# for "i", one for "s", the Kelvin sign for "k"): a text holding one is read case-blind as before
_ASCII_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def plain_case(text: str) -> bool:
    """Whether a case-blind pattern of ASCII words matches ``text`` exactly where its
    lower-case form (:func:`lower_source`, case-sensitive) matches the text in lower case (no
    character of ``text`` is another case of an ASCII letter but the capitals A-Z)."""
    return not any(c in text for c in _ASCII_TWINS)


def prints_any(text: str, words) -> bool:
    """Whether ``text`` prints one of ``words`` (ASCII, in lower case) in any case, as a
    case-blind search for them would tell, by ``str.find`` on the text in lower case."""
    if not plain_case(text):
        return re.search("|".join(map(re.escape, words)), text, re.I) is not None
    low = lowered(text) if len(text) > 2000 else small(text)
    return any(w in low for w in words)


def compile_lower(src: str, flags: int = 0) -> re.Pattern:
    """``src`` compiled to run on :func:`lowered` text (``flags`` without IGNORECASE)."""
    return re.compile(lower_source(src), flags & ~re.IGNORECASE)
