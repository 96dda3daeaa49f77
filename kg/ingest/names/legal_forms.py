"""A company's legal form at the end of its name ("Co., Ltd.", "Group Co., Ltd.", "Limited",
"S.A."): one list, ``data/company-suffixes.txt``, for every rule that needs a company's name
without it (its short names, the label of a facility it owns, the owner a unit's name gives)."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines


@lru_cache(maxsize=1)
def suffix_rx() -> re.Pattern:
    """The last legal form of a name (``.search`` gives where it starts)."""
    return re.compile(rf"[\s,]+(?:{_alternatives()})$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _all_rx() -> re.Pattern:
    return re.compile(rf"(?:[\s,]+(?:{_alternatives()}))+$", re.IGNORECASE)


def _alternatives() -> str:
    return "|".join(re.escape(s) for s in sorted(lines("company-suffixes"), key=len, reverse=True))


def without_suffix(name: str) -> str:
    """``name`` without the legal forms it ends in ("X Tin Co., Ltd." -> "X Tin"); the name
    itself if nothing would be left."""
    return _all_rx().sub("", name).strip() or name


@lru_cache(maxsize=1)
def _comma_rx() -> re.Pattern:
    forms = sorted(lines("comma-legal-forms"), key=len, reverse=True)
    # (or after a dash, as Portugal's one-member companies print it: "X - Unipessoal, Lda.")
    return re.compile(r"(?:,|[ \t\u00a0]+[-\u2013][ \t\u00a0]+(?=Unipessoal\b))"
                      r"[ \t\u00a0\u202f]*(?:\n[ \t\u00a0\u202f]*)?(?:"
                      + "|".join(re.escape(f) for f in forms) + r")(?![\w&])")


def comma_form_end(text: str, end: int) -> int | None:
    """Where the legal form printed after a comma at ``end`` ends ("Front Range Zinc|, Inc.",
    "Metais do Minho|, S.A.": data/comma-legal-forms.txt), or None."""
    m = _comma_rx().match(text, end)
    return m.end() if m else None


@lru_cache(maxsize=1)
def _lower_forms() -> tuple:
    """(the capitalised words a lower-case legal form opens with, the rest as a pattern) of
    ``data/lowercase-legal-forms.txt``, longest first: "Sp. z o.o." -> ("Sp.", " z o.o.")."""
    out = []
    for form in sorted(lines("lowercase-legal-forms"), key=len, reverse=True):
        words = form.split()
        k = next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))
        rest = r"[ \t]+".join(r"[ \t]?".join(re.escape(p) + r"\." for p in w.split(".")[:-1])
                              if w.endswith(".") else re.escape(w) for w in words[k:])
        out.append((" ".join(words[:k]), re.compile(r"(?:[ \t\u00a0]|[ \t]*\n[ \t]*)" + rest
                                                    + r"(?![\w.])")))
    return tuple(out)


def lower_form_end(text: str, end: int) -> int | None:
    """Where a legal form printed in lower case after the capitalised name ending at ``end``
    ends ("Ostrava Holdings| a.s.", "Slaskie Walcownie Cynku Sp.| z o.o.": the name reads "Sp."
    as its word; data/lowercase-legal-forms.txt), or None."""
    if end >= len(text) or text[end] not in " \t\n\u00a0":
        return None
    for lead, rx in _lower_forms():
        if lead and not (text.endswith(lead, 0, end) and end > len(lead)
                         and text[end - len(lead) - 1] in " \t\n\u00a0"):
            continue
        m = rx.match(text, end)
        if m is not None:
            return m.end()
    return None


@lru_cache(maxsize=1)
def _lower_end_rx() -> re.Pattern:
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(f) for f in sorted(
        lines("lowercase-legal-forms"), key=len, reverse=True)) + r")$")


def ends_in_lower_form(name: str) -> bool:
    """Whether ``name`` ends in a legal form of data/lowercase-legal-forms.txt ("X d.o.o.")."""
    return _lower_end_rx().search(name) is not None


def comma_opens_form(text: str, pos: int) -> bool:
    """Whether the comma at ``pos`` is a name's, before its legal form ("Minera del Sur, S.A.
    bought": no clause ends there)."""
    return _comma_rx().match(text, pos) is not None


@lru_cache(maxsize=1)
def _dotted_rx() -> re.Pattern:
    forms = {f for name in ("company-suffixes", "comma-legal-forms", "lowercase-legal-forms")
             for f in lines(name) if f.endswith(".")}
    return re.compile(r"(?:^|[\s,])(?:" + "|".join(re.escape(f) for f in sorted(
        forms, key=len, reverse=True)) + r")$")


def ends_in_dotted_form(name: str) -> bool:
    """Whether ``name`` ends in a legal form whose full stop is its own ("Cobre de Beja, Lda.",
    "X Mining, Ltda.", "Y Sdn. Bhd.", "Z Holdings a.s."), not a sentence's."""
    return _dotted_rx().search(name) is not None


@lru_cache(maxsize=1)
def _prefixes() -> frozenset[str]:
    return frozenset(lines("company-prefixes"))


def after_prefixed(part: list) -> int | None:
    """"PT Morowali Baja Nikel and Busan Zinc Co., Ltd.": a company's name that a legal form
    printed before it opens (``data/company-prefixes.txt``) ends before "and", so the words of
    the part (``(start, end, word)``) before its last "and" and a capitalised word are another
    company's; the index of the first word of the name that ends the part, or None."""
    first = next((i for i, w in enumerate(part) if w[2][:1].isupper()), None)
    if first is None or part[first][2] not in _prefixes():
        return None
    for j in range(len(part) - 2, first + 1, -1):
        if part[j][2] == "and" and part[j + 1][2][:1].isupper():
            return j + 1
    return None
