"""Where a company's name starts in a clause printed all in capitals ("HUAXIA ALUMINIUM CO.,
LTD. SIGNED A SUPPLY AGREEMENT WITH XINJIANG BAITA POWER CO., LTD."): every word is a capital
word there, so the run of capitals before the legal form holds the clause's verb and small
words too. Read: a run of words (``(start, end, word)``) ending in a legal form, every word with
a letter in capitals; the name starts after the last verb (data/company-verbs.txt) or small
word (data/caps-name-breaks.txt) before its last word. Not read: mixed case (a capital there
opens a name), a run that ends in no legal form (a title in capitals, "REPLY TO THE ...",
keeps its small words). A title in capitals that opens with a paper's or a gathering's word and
"OF" ("MINUTES OF THE ANNUAL GENERAL MEETING OF X LIMITED", "ANNUAL REPORT OF THE Y CHAMBER OF
MINES": data/caps-title-heads.txt) is read from the word after the last such "OF" (and "THE"),
with or without a legal form, when a word there is an organisation's head or end word and the
title does not run on in capitals on the next line."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.head_words import ORG_END_CLASSES, heads

_CAPS_LEGAL = frozenset(("LTD", "LIMITED", "INC", "CORP", "CORPORATION", "PLC", "LLC", "GROUP"))


@lru_cache(maxsize=None)
def _caps_legal() -> frozenset:
    """The last words of a name that end a company's in capitals: the legal forms of
    data/company-suffixes.txt without their dots ("GMBH", "SARL", "JSC", "BHD"), and "GROUP"."""
    forms = {s.split()[-1].replace(".", "").replace(",", "").upper()
             for s in lines("company-suffixes")}
    return _CAPS_LEGAL | frozenset(f for f in forms if f not in ("CO", "COMPANY"))


@lru_cache(maxsize=None)
def _boards() -> tuple:
    """The nouns of the bodies that govern a company (data/governing-bodies.txt), as lists of
    upper-case words, longest first: "BOARD OF DIRECTORS", "BOARD"."""
    nouns = {line.split("|")[0].strip().upper() for line in lines("governing-bodies")}
    return tuple(sorted((n.split() for n in nouns), key=len, reverse=True))


@lru_cache(maxsize=None)
def _breaks() -> frozenset:
    return words("caps-name-breaks") | words("company-verbs")


@lru_cache(maxsize=None)
def _title_heads() -> frozenset:
    return words("caps-title-heads")


_RUNS_ON = re.compile(r"[ \t]*\n[ \t]*[A-Z][A-Z'’&.,\-]+(?:[ \t]|$)", re.M)


def after_caps_title(ws: list, text: str | None = None) -> list:
    """``ws`` after the last "<title head> OF (THE)" of a run in capitals ("MINUTES OF THE
    ANNUAL GENERAL MEETING OF X LIMITED" -> "X LIMITED"); ``ws`` when it holds none, when no
    word after it is an organisation's head or end word (a meeting's, a programme's title:
    "MINUTES OF THE 9TH MEETING OF THE THIRD BOARD OF DIRECTORS" is read as before), or when
    the title runs on in capitals on the next line of ``text`` (its name would be cut short)."""
    if len(ws) < 3 or not all(w[2].isupper() for w in ws if any(c.isalpha() for c in w[2])):
        return ws
    titles = _title_heads()
    k = next((k for k in range(len(ws) - 2, 0, -1) if ws[k][2] == "OF"
              and ws[k - 1][2].lower() in titles), None)
    if k is None:
        return ws
    k += 1
    if k < len(ws) - 1 and ws[k][2] == "THE":
        k += 1
    # "STATEMENT OF THE BOARD OF (DIRECTORS OF) X LIMITED": the company whose board it is
    board = next((len(b) for b in _boards() if [w[2] for w in ws[k:k + len(b)]] == b
                  and k + len(b) < len(ws) - 1 and ws[k + len(b)][2] == "OF"), None)
    if board is not None:
        k += board + 1
        if k < len(ws) - 1 and ws[k][2] == "THE":
            k += 1
    known = heads()
    if not any((h := known.get(w[2].rstrip(".,").lower())) and h[0] in ORG_END_CLASSES
               for w in ws[k:]):
        return ws
    if text is not None and _RUNS_ON.match(text, ws[-1][1]):
        return ws
    return ws[k:]


def caps_name_words(ws: list, text: str | None = None) -> list:
    """``ws`` from the word a company's name in capitals starts at (``ws`` when it is none)."""
    ws = after_caps_title(ws, text)
    legal = _caps_legal()
    if len(ws) <= 2 or ws[-1][2].replace(".", "").rstrip(",").upper() not in legal or \
            not all(w[2].isupper() for w in ws if any(c.isalpha() for c in w[2])):
        return ws
    # a break word, or "AND" after a legal form ("BETWEEN X LIMITED AND Y GMBH": "Y GMBH")
    k = next((k for k in range(len(ws) - 2, -1, -1)
              if ws[k][2].lower().rstrip(".,:;") in _breaks() or ws[k][2] in ("AND", "&")
              and k > 0 and ws[k - 1][2].replace(".", "").rstrip(",") in legal), None)
    return ws if k is None else ws[k + 1:]
