"""Places named from lists rather than cues (used by ``places``): the world's countries
(``data/place-countries.txt``) and China's provinces by their short names, printed alone.

"a supply agreement with Mongolia's Erdenet ...": a listed country's name standing alone (not
inside a name a rule proposed or the graph knows, not after another capitalised word: "Inner
Mongolia") is a Country (``place:country-list``, 0.6); a province's short name, not before a
capitalised word either ("Guangxi said", not "Guangxi Hejin New Materials"), a Province
(``place:province-list``, 0.6). A table's cell is a name of its own: the cell before or after
it is no part of it ("Zhangshu    Jiangxi"). One compiled alternation, one pass over the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines
from kg.ingest.names import surgery
from kg.ingest.reading.table_positions import cell_bounds


@lru_cache(maxsize=1)
def countries() -> dict[str, str]:
    """name as printed -> label of the world's countries (data/place-countries.txt)."""
    out = {}
    for line in lines("place-countries"):
        name, *label = re.split(r"\s{2,}", line, maxsplit=1)
        out[name] = label[0] if label else name
    return out


@lru_cache(maxsize=4)
def _listed_rx(provinces: tuple[str, ...]):
    # (a name may wrap over a line: "Democratic Republic of the\nCongo")
    alts = sorted((re.escape(n).replace("\\ ", " ").replace(" ", r"[ \t]*\n?[ \t]*")
                   for n in (*countries(), *provinces)), key=len, reverse=True)
    if all(a[:1].isalpha() for a in alts):
        # the same matches, faster: by first letter (same order), the check of the character
        # before a name after its letter, so that the engine skips to those letters
        groups: dict[str, list[str]] = {}
        for a in alts:
            groups.setdefault(a[0], []).append(a[1:])
        return re.compile("(?:" + "|".join(f"{c}(?<![\\w'’&-]{c})(?:{'|'.join(rest)})"
                                           for c, rest in groups.items())
                          + r")(?![\w&-]|['’](?!s\b))")
    return re.compile(rf"(?<![\w'’&-])(?:{'|'.join(alts)})(?![\w&-]|['’](?!s\b))")


# "Inner Mongolia", "Papua New Guinea": a country's name after another capitalised word (not a
# function word: "In Mongolia", "The Netherlands") is inside a longer name, and so after one
# and a particle of the languages whose "of" it is ("Santiago de Chile", "Universidad de Chile")
_WORD_BEFORE = re.compile(r"\b([A-Z][a-z]+)[ \t]+(?:(?:de|del|do|da|di)[ \t]+)?$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z]")


def inside_name(text: str, a: int, not_names) -> bool:
    cell = cell_bounds(text, a)
    if cell is not None and cell[0] == a:
        return False        # a table's cell: the word before it is another cell's
    m = _WORD_BEFORE.search(text, max(0, a - 24), a)
    return bool(m) and m.group(1).lower() not in not_names


def _name_after(text: str, a: int, b: int) -> bool:
    cell = cell_bounds(text, a)
    if cell is not None and cell[1] == b:
        return False        # ("Hunan        Jiangxi": the next cell's)
    return _NAME_AFTER.match(text, b) is not None


def listed_places(text: str, spans_of: list, note, provinces: dict, not_names,
                  covered=None) -> None:
    if covered is None:     # (what the names of spans_of cover: places.py passes it)
        covered, _ = surgery.coverage(text, spans_of)
    for m in _listed_rx(tuple(sorted(provinces))).finditer(text):
        a, b = m.span()
        if any(covered[a:b]) or inside_name(text, a, not_names):
            continue
        name = " ".join(m.group(0).split())
        if name in provinces:
            if not _name_after(text, a, b):
                note(name, (a, b), "Province", 0.6, "place:province-list")
            continue
        note(name, (a, b), "Country", 0.6, "place:country-list")
    compound_places(text, note, provinces, covered)     # "the Guangdong-Hong Kong-Macao fair"


@lru_cache(maxsize=1)
def _of_country_rx():
    names = sorted((n for n in countries() if n not in ("China", "PRC")), key=len, reverse=True)
    alts = "|".join(re.escape(n).replace("\\ ", " ").replace(" ", r"[ \t]+") for n in names)
    return re.compile(rf"[ \t]+of[ \t]+(?:the[ \t]+)?(?:{alts})(?![\w&-])")


def of_country_end(text: str, e: int) -> int:
    """"the State Council of Vietnam", "the Ministry of Finance of Peru": a body's name followed
    by "of" and a listed country (China's are the graph's own) names that country's body; the
    end of the longer name, or 0."""
    if not text.startswith(" of", e) and not text.startswith("\tof", e):
        return 0
    m = _of_country_rx().match(text, e)
    return m.end() if m else 0


# "the Guangdong-Hong Kong-Macao craft fair", "a Shaanxi-Gansu titanium expo": places joined by
# hyphens into one word before a noun; each listed part is a place of its own (the graph's are
# linked there already). Every part before the last must be a listed name, the last one open a
# listed name; a run of hyphens whose parts are not all places ("Sino-Kazakh", "Belt-and-Road")
# names none.
_PART = r"[A-Z][A-Za-z]+(?:[ \t][A-Z][a-z]+)?"
_COMPOUND = re.compile(rf"(?<![\w'’&-])({_PART}(?:-{_PART})+)(?=[ \t,.;:)]|$)")


def compound_places(text: str, note, provinces: dict, covered) -> None:
    listed = {**{n: "Country" for n in countries()}, **{n: "Province" for n in provinces}}
    for m in _COMPOUND.finditer(text):
        at, found = m.start(), []
        parts = m.group(1).split("-")
        for j, part in enumerate(parts):
            first, _, last = part.rpartition(" ")
            if j == 0 and first and part not in listed and last in listed:
                at += len(first) + 1        # ("The Shaanxi-Gansu expo": the sentence's "The")
                part = last
            name = part if part in listed else first \
                if j == len(parts) - 1 and first in listed else None
            if name is None:
                found = []
                break
            found.append((name, at, at + len(name)))
            at += len(part) + 1
        for name, a, b in found:
            if not any(covered[a:b]):
                note(name, (a, b), listed[name], 0.6,
                     "place:province-list" if listed[name] == "Province" else "place:country-list")


@lru_cache(maxsize=1)
def _pieces() -> dict[str, list[re.Pattern]]:
    """A word or run of words of a listed country's longer name ("Guinea" of "Papua New
    Guinea", "Equatorial Guinea", "Guinea-Bissau") -> patterns of that name printed around it,
    matched at the piece's start less the words before it."""
    out: dict[str, list[re.Pattern]] = {}
    for name in countries():
        parts = re.split(r"([ -])", name)
        words_, seps = parts[0::2], parts[1::2]
        n = len(words_)
        for i in range(n):
            for j in range(i + 1, n + 1):
                if (i, j) == (0, n):
                    continue
                piece = "".join(w + (seps[k] if k < j - 1 else "")
                                for k, w in enumerate(words_[i:j], i))
                before = "".join(words_[k] + seps[k] for k in range(i))
                after = "".join(seps[k - 1] + words_[k] for k in range(j, n))
                rx = (re.escape(before) + "(?P<piece>" + re.escape(piece) + ")"
                      + re.escape(after)).replace("\\ ", r"[ \t]*\n?[ \t]*")
                out.setdefault(piece.lower(), []).append(
                    re.compile(r"(?<![\w'’&-])" + rx + r"(?![\w&-])", re.I))
    return out


def in_longer_country(text: str, s: int, e: int) -> bool:
    """Is ``text[s:e]`` a piece of a listed country's longer name printed around it ("Guinea"
    in "Papua New Guinea", "Equatorial Guinea" or "Guinea-Bissau": not the country Guinea)?"""
    for rx in _pieces().get(" ".join(text[s:e].split()).lower(), ()):
        for m in rx.finditer(text, max(0, s - 48), min(len(text), e + 48)):
            if m.start("piece") == s:
                return True
    return False
