"""Words read around a head word, for rules that find a name by the lower-case word after it
(``place_bodies``, ``org_units``, ``appositive_places``): the head words' places by
``str.find``, then the words before or after each, read as tokens (runs of non-space). A big
alternation of phrases tried at every capital letter costs tens of milliseconds on a long
article; a look-up of a few words around each head costs a few microseconds."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Iterable, Iterator

_TOK = re.compile(r"\S+")
_ALNUM = re.compile(r"[\w-]")
# a capitalised word of a name ("Wen", "Ma'anshan", "Haut-Katanga", "Kunming")
CAP = re.compile(r"[A-Z][a-zà-ÿ]+(?:['’][a-zà-ÿ]+|-[A-Za-zà-ÿ][a-zà-ÿ]+)?")
# a word of an organisation's name ("ENFI", "Zijin", "Co-op", "3M" is none)
ORG_WORD = re.compile(r"[A-Z][A-Za-z0-9&'’-]*")
# legal forms after a name, without their dots ("Co., Ltd.", "Inc.", "S.A.")
LEGAL = frozenset({"Co", "Ltd", "Inc", "Limited", "Corp", "S.A", "SA", "plc", "PLC", "LLC",
                   "AG", "GmbH", "N.V", "Pty"})
_DOTTED = frozenset({"Co.", "Ltd.", "Inc.", "Corp.", "S.A.", "N.V."})
_PUNCT = ",;:)\"”'’"
CONNECT = frozenset({"of", "and", "for", "&", "de", "del", "du", "la", "le", "des"})


def occurrences(text: str, heads: Iterable[str]) -> list[tuple[int, int, str]]:
    """Each whole-word occurrence of one of ``heads`` (as printed), in order (each word looked
    for once a text: the rules that share a head share its look-up)."""
    out = []
    for h in heads:
        out += _at(text, h)
    out.sort()
    return out


@lru_cache(maxsize=512)
def _at(text: str, h: str) -> tuple[tuple[int, int, str], ...]:
    out = []
    n = len(text)
    i = text.find(h)
    while i >= 0:
        j = i + len(h)
        if (i == 0 or not _ALNUM.match(text, i - 1)) and (j >= n or not _ALNUM.match(text, j)):
            out.append((i, j, h))
        i = text.find(h, i + 1)
    return tuple(out)


def before(text: str, end: int, reach: int = 160) -> list[re.Match]:
    """The tokens that end by ``end``, within ``reach`` characters (the first may be cut)."""
    toks = list(_TOK.finditer(text, max(0, end - reach), end))
    if toks and toks[0].start() == max(0, end - reach) and end - reach > 0:
        toks = toks[1:]         # (cut by the window)
    return toks


def after(text: str, start: int, reach: int = 200) -> Iterator[re.Match]:
    return _TOK.finditer(text, start, min(len(text), start + reach))


def phrase_at_end(toks: list, phrases: set, longest: int) -> int:
    """How many of the last tokens make one of ``phrases`` (longest first); 0 if none."""
    for k in range(min(longest, len(toks)), 0, -1):
        if " ".join(t.group(0) for t in toks[-k:]) in phrases:
            return k
    return 0


def org_after(toks: list) -> list:
    """The tokens of an organisation's name at the start of ``toks``: capitalised words, "of",
    "and" ... between two, a legal form after ("Co., Ltd."); punctuation after a word ends it."""
    out: list = []
    more = False            # after "Co.,": only "Ltd." goes on
    for t in toks:
        w = t.group(0)
        bare = w.rstrip(_PUNCT)
        core = bare.rstrip(".")
        if out and core in LEGAL:
            out.append(t)
            more = core in ("Co", "Pty")        # "Co., Ltd.", "Pty Ltd"
            if more:
                continue
            break
        if more:
            break
        if w in CONNECT:
            out.append(t)
            continue
        if not ORG_WORD.fullmatch(core) or len(out) >= 9:
            break
        out.append(t)
        if bare != w or w.endswith("."):
            break               # "of Chalco." / "of X Group,": punctuation ends the name
    while out and out[-1].group(0) in CONNECT:
        out.pop()
    return out


def clean_end(toks: list) -> int:
    """Where a name made of ``toks`` ends, without the punctuation after its last word (a
    legal form keeps its dot: "Ltd.")."""
    w = toks[-1].group(0)
    end = toks[-1].end()
    while w and w[-1] in _PUNCT:
        w, end = w[:-1], end - 1
    if w.endswith(".") and w not in _DOTTED:
        end -= 1
    return end
