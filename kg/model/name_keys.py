"""Names as the name index compares them (:func:`normalise`), apart from the index itself
(:mod:`kg.model.names`), so that a reader of names that needs only the comparison (``kg ingest``'s
rules) imports neither the index nor what it is built with."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# (and the invisible format characters a web or PDF copy puts inside a word: a soft hyphen,
# zero-width spaces and joiners, the word joiner: "Bao\u00adtai" is "Baotai")
_DROP = re.compile(r"['\u2019\u2018.`\u00ad\u200b-\u200d\u2060]")
_NONWORD = re.compile(r"[\W_]+")


def _has_han(text: str) -> bool:
    """Does ``text`` hold a CJK ideograph (U+3400..U+9FFF, U+F900..U+FAFF)? (A regular
    expression of these ranges takes 25 ms to compile: a third of a lookup's own time.)"""
    return any("\u3400" <= c <= "\u9fff" or "\uf900" <= c <= "\ufaff" for c in text)


@lru_cache(maxsize=1)
def _t2s():
    import opencc
    return opencc.OpenCC("t2s")


def simplified(text: str) -> str:
    """``text`` with traditional Chinese characters made simplified (other text unchanged)."""
    return _t2s().convert(text) if _has_han(text) else text


# a word hyphenated across a line break ("Mi-\nnistry", as print and PDF copies break them, and as
# `kg ingest` links them): one word, as the ingest's matching reads it
_LINE_HYPHEN = re.compile(r"(?<=[A-Za-z])-[ \t]*\r?\n[ \t]*(?=[a-z])")


def normalise(text: str) -> str:
    """Lower-case, apostrophes and dots dropped, other punctuation as spaces; Chinese in
    simplified characters; compatibility forms folded (NFKC: fullwidth ``Ｆｕｇｕ`` is ``fugu``);
    a word hyphenated across a line break is one word."""
    if "-\n" in text or "-\r" in text or "- " in text:
        text = _LINE_HYPHEN.sub("", text)
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    return " ".join(_NONWORD.sub(" ", _DROP.sub("", simplified(text).casefold())).split())
