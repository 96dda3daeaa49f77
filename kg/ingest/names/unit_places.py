"""Places named by the word of their rank after them (used by ``places``; the words in
``data/place-unit-words.txt``): "the Lualaba province", "Aktobe Region", "the Mugalzhar
district", "Kokzhar village", "the Khorgos crossing", and before a plural, every name of the
list ("Hunan and Jiangxi provinces", "the Boke, Kindia and Boffa regions"). The name: one to
three capitalised words right before the word, not after another capitalised word it would
cut, not an adjective of a country or a direction alone ("a Chinese province", "the Western
region": ``data/place-demonyms.txt``), not a name the graph knows as something else nor one a
person or organisation of the draft holds ("Yunnan Copper province" is no province), and not
going on into a longer name ("Atacama Region Mining"). Rule ``place:unit-word``, 0.5.

One pass of a compiled alternation of the words (case-sensitive, after a space or a line
break); each name is read backwards from its word within a short window: linear in the text."""
from __future__ import annotations

import bisect
import re
from itertools import accumulate
from functools import lru_cache

from kg.ingest.reading import scans_ahead
from kg.ingest.lexicon import lines, words

_RULE = "place:unit-word"
_WORD = r"[A-Z][a-zà-ÿ]+(?:['’](?!s\b)[a-zà-ÿ]+|-[A-Za-zà-ÿ][a-zà-ÿ]+)?"
# one to three capitalised words, ending where the window ends (read backwards from the word)
# ("Central\nHalmahera regency": a name may wrap over a line)
_SP = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
_NAME_BEFORE = re.compile(rf"(?<![\w'’&.-])(?:{_WORD}{_SP}){{0,2}}{_WORD}{_SP}\Z")
# a list before a plural: "A, B and C", "A and B"
_LIST_ITEM = re.compile(rf"(?<![\w'’&.-])({_WORD}(?:{_SP}{_WORD})?)"
                        rf"(?:,{_SP}(?:and{_SP})?|{_SP}and{_SP})\Z")
_WORD_RX = re.compile(_WORD)
_COMPASS = frozenset({"Central", "Northern", "Southern", "Eastern", "Western", "Middle"})
# words of a longer name a rank's word ends ("Qianxinan Buyei and Miao Autonomous Prefecture")
_PART_OF_NAME = frozenset({"Autonomous", "Administrative", "Special"})
_GOES_ON = re.compile(r"(?:[ \t]+|[ \t]*\n[ \t]*)(?:[A-Z0-9]|&)")
_WINDOW = 60
_HOLDERS = {"Person", "Company", "Organization", "GovernmentBody", "IndustryAssociation",
            "University", "ResearchInstitute", "Alliance", "MediaOutlet", "Fund"}


@lru_cache(maxsize=1)
def _words() -> dict[str, tuple[str, bool, bool]]:
    """word as printed -> (class, named bare, ends a list)."""
    out = {}
    for line in lines("place-unit-words"):
        word, cls, *flags = re.split(r"\s{2,}", line)
        flags = " ".join(flags).split()
        out[word] = (cls, "bare" in flags, "list" in flags)
    return out


@lru_cache(maxsize=1)
def _after_the() -> frozenset[str]:
    """The words of a place read only after "the" ("the" flag: "the Mu Us desert", "the Qinling
    area"; not a field's label "Floor area:" nor a sentence's "Each zone")."""
    out = set()
    for line in lines("place-unit-words"):
        word, _, *flags = re.split(r"\s{2,}", line)
        if "the" in " ".join(flags).split():
            out.add(word)
    return frozenset(out)


@lru_cache(maxsize=1)
def demonyms() -> frozenset:
    """The adjectives of countries, peoples and directions (data/place-demonyms.txt)."""
    return frozenset(line.split()[0] for line in lines("place-demonyms"))


_SCAN = ("kg.ingest.names.unit_places", "unit_pattern")


def unit_pattern():
    """The units' words pattern (read ahead: kg/ingest/reading/scans_ahead.py)."""
    return _rx()


@lru_cache(maxsize=1)
def _rx():
    """A listed word after a space or a line break (group w); the alternation grouped by first
    letter, so that the engine tries little at each space."""
    groups: dict[str, list[str]] = {}
    for w in sorted(_words(), key=lambda w: (-len(w), w)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]).replace("\\ ", "[ \t]+"))
    return re.compile(r"[ \t\n](?P<w>" + "|".join(f"{c}(?:{'|'.join(rest)})"
                                                 for c, rest in groups.items()) + r")\b")


# words that open a noun phrase and name no place ("Each district", "Every county", "Both
# provinces", "Other regions")
_DETERMINERS = words("place-determiners")
_THE_BEFORE = re.compile(r"\bthe\s+\Z")


def unit_places(text: str, spans_of: list, note, not_names, known) -> None:
    """``note(name, span, class, confidence, rule)`` of places.py for each place named by its
    rank's word; ``known(name)`` is places.py's look-up (None, or ("known"|"other"|"draft"|
    "list", what))."""
    held = None             # where a person's or an organisation's name is printed
    for m in scans_ahead.finditer(_rx(), text, _SCAN):      # (maybe read ahead)
        word = " ".join(m.group("w").split())
        cls, bare, plural = _words()[word]
        if _GOES_ON.match(text, m.end()):
            continue            # "Atacama Region Mining Co.": a longer name
        n = _NAME_BEFORE.search(text, max(0, m.start() - _WINDOW), m.start("w"))
        if n is None:
            continue
        if word in _after_the() and _THE_BEFORE.search(text, max(0, n.start() - 6), n.start()) is None:
            continue            # "Floor area: 18,640 m2": a field's label, no place
        names = [(n.start(), m.start("w"))]
        at = n.start()
        while plural:
            item = _LIST_ITEM.search(text, max(0, at - _WINDOW), at)
            if item is None:
                break
            names.append((item.start(1), item.end(1)))
            at = item.start(1)
        if held is None:
            held = _held(spans_of)
        for i, (a, b) in enumerate(names):
            ws = list(_WORD_RX.finditer(text, a, b))
            while ws and (ws[0].group(0).lower() in not_names
                          or ws[0].group(0).lower() in _DETERMINERS):
                ws = ws[1:]         # "In Catamarca province", "Each district"
            if not ws or ws[0].group(0) in demonyms() and (
                    len(ws) == 1 or ws[0].group(0) not in _COMPASS):
                continue            # "a Chinese province", "the Western region"
            a, b = ws[0].start(), ws[-1].end()
            x = " ".join(w.group(0) for w in ws)
            k = bisect.bisect_left(held[0], b)      # (the names that start before b)
            if k and held[1][k - 1] > a or \
                    _PART_OF_NAME & {w.group(0) for w in ws}:
                continue            # inside a company's or a person's name, or a longer one
            got = known(x)
            if got is not None and (got[0] == "other" or got[0] == "known" and not bare
                                    or cls == "City" and not bare):
                continue            # the graph's name of something else ("Qinzhou port"); a
                #                     prefecture the draft names already ("Qiannan Prefecture")
            if bare:
                note(x, (a, b), cls, 0.5, _RULE)
                continue
            label = f"{x} {word}"
            label = _singular(label) if plural else label
            if known(label) is None:
                note(label, (a, m.end()) if i == 0 else (a, b), cls, 0.5, _RULE)


def _held(spans_of) -> tuple[list, list]:
    """Where a person's or an organisation's name is printed: the names' starts, in order, and
    the furthest end of those that start up to each (a name overlaps [a, b) when one that starts
    before b ends after a: a bisect, not a pass over every name for each place)."""
    holds: dict = {}        # (each class looked at once)
    out = []
    for a, b, e in spans_of:
        h = holds.get(e.cls)
        if h is None:
            h = holds[e.cls] = str(e.cls).rsplit("#", 1)[-1] in _HOLDERS
        if h:
            out.append((a, b))
    out.sort()
    return [a for a, _ in out], list(accumulate((b for _, b in out), max))


def _singular(label: str) -> str:
    for pl, sg in (("ies", "y"), ("s", "")):
        if label.endswith(pl):
            return label[: -len(pl)] + sg
    return label
