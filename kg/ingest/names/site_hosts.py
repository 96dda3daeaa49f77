"""Two readings :mod:`kg.ingest.names.facility_nouns` makes of a facility phrase, kept apart:

* the site a part belongs to: "the rail spur", "the park's ore yard" with no owner of its own,
  after a park, zone or port the text named (a name whose last word is in
  ``data/host-site-words.txt``), or a village's, town's or county's ("the village's activity
  centre" after "Shangliang Village": ``data/host-place-words.txt``): ``Hosts.before`` finds the one named last (by its name or as
  "the park"), ``Hosts.introduced`` the one the paragraph that introduced the part ("a 2.3 km
  rail spur") is about;
* what a facility handles, named right after "for" ("a bonded warehouse for zinc and lead
  concentrate"): ``for_metals``.

Each look-up is bisected over positions found once per text: linear in the text."""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import words
from kg.ingest.terms import NFO

_LOOK = 30          # how many named parks back a part may belong to
_FOR = re.compile(r"\s{1,12}for\s{1,12}")
_FOR_END = re.compile(r"[;:.()]|,\s+(?!and\b)|\n[ \t]*\n|\s(?:with|which|that|and[ \t]+"
                      r"(?:has|have|is|are|will|it|its|was)|to|from|in|at|on|by)\b")


@lru_cache(maxsize=None)
def _host_words() -> frozenset:
    return words("host-site-words")


@lru_cache(maxsize=None)
def _place_words() -> frozenset:
    return words("host-place-words")


def place_word(word: str) -> bool:
    """Whether "the <word>'s" names a place the text named by its level ("the township's")."""
    return word.lower() in _place_words()


# (the places a village's or a county's own facility is in)
_PLACES = frozenset({NFO.Place, NFO.County, NFO.Region, NFO.City})


def _last(label: str) -> str:
    return label.split()[-1].lower()


class Hosts:
    """The parks, zones and ports of a text's names (``spans``: (start, end, entity), sorted)."""

    def __init__(self, text, spans, indefinite: re.Pattern):
        self.text, self.indefinite = text, indefinite
        self.hosts = [x for x in spans if x[2].label.split() and not x[2].role and (
            x[2].cls == NFO.Site and not x[2].known and _last(x[2].label) in _host_words()
            or x[2].cls in _PLACES and _last(x[2].label) in _place_words())]
        self.starts = [x[0] for x in self.hosts]
        self.by_ent: dict = {}
        for x in self.hosts:
            self.by_ent.setdefault(id(x[2]), []).append(x[0])
        # where the text says "the park", "the zone"
        self.back_at = {w: [r.start() for r in re.finditer(rf"\b[Tt]he\s+{re.escape(w)}\b",
                                                           text)]
                        for w in {_last(x[2].label) for x in self.hosts}}
        self.head_at: dict = {}
        self.places: dict = {}          # a place's last word -> the places named so
        for x in self.hosts:
            if x[2].cls != NFO.Site:
                self.places.setdefault(_last(x[2].label), {})[id(x[2])] = x[2]

    def heads(self, hits) -> None:
        """Where each facility head is printed (``hits``: its matches)."""
        for h in hits:
            self.head_at.setdefault(" ".join(h.group(0).split()), []).append(h.start())

    def before(self, p, word: str | None = None):
        """The park, zone or port named last before ``p``, by its name or as "the park" (its
        name's last word ``word`` when given: "the park's"), of the last ``_LOOK`` named."""
        i = bisect.bisect_left(self.starts, p) - 1
        best, best_at, seen = None, -1, set()
        for j in range(i, max(-1, i - _LOOK), -1):
            x = self.hosts[j]
            w = _last(x[2].label)
            if x[1] > p or (word is not None and w != word.lower()):
                continue
            if word is None and x[2].cls != NFO.Site:
                continue        # (a village's facility is "the village's": no "the rail spur")
            at = x[0]
            if w not in seen:       # ("the park": the last park named before it)
                seen.add(w)
                k = bisect.bisect_left(self.back_at[w], p) - 1
                if k >= 0 and self.back_at[w][k] > at:
                    at = self.back_at[w][k]
            if at > best_at:
                best, best_at = x[2], at
        if best is None and word is not None:
            # "the village's activity centre" before the text names its one village: that one
            one = self.places.get(word.lower(), {})
            best = next(iter(one.values())) if len(one) == 1 else None
        return best

    def introduced(self, p, head):
        """"The rail spur" after "a 2.3 km rail spur" in a paragraph about a park: that park
        (named, or "the park", in the paragraph), else None."""
        at = self.head_at.get(head, [])
        i = bisect.bisect_left(at, p) - 1
        if i < 0 or not self.indefinite.search(self.text, max(0, at[i] - 60), at[i]):
            return None
        lo = self.text.rfind("\n\n", 0, at[i]) + 1
        hi = self.text.find("\n\n", at[i])
        hi = len(self.text) if hi < 0 else hi
        host = self.before(hi)
        if host is None:
            return None
        return host if _any_in(self.by_ent.get(id(host), []), lo, hi) or \
            _any_in(self.back_at.get(_last(host.label), []), lo, hi) else None


def _any_in(sorted_at, lo, hi) -> bool:
    k = bisect.bisect_left(sorted_at, lo)
    return k < len(sorted_at) and sorted_at[k] < hi


def for_metals(text, end, within) -> list:
    """The metals named right after "for" behind a head at ``end`` ("a bonded warehouse for
    zinc and lead concentrate": zinc, lead), up to the clause's next break (within 80
    characters); none when a word other than a metal comes first ("a base for the company")."""
    f = _FOR.match(text, end, end + 40)
    if f is None:
        return []
    stop = _FOR_END.search(text, f.end(), f.end() + 80)
    hi = stop.start() if stop else min(len(text), f.end() + 80)
    got = sorted((x for x in within(f.end(), hi) if x[1] <= hi and x[2].cls == NFO.Metal),
                 key=lambda x: x[0])
    return got if got and got[0][0] == f.end() else []
