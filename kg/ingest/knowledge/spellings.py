"""Another romanisation of a known organisation's name: "Baoti Group" for the graph's "Baotai
Group", "Chinalco Shanxi Huaze" / "Chinalco Shanxi Huazhe". Translated Chinese news spells the
same pinyin syllables more than one way, so a new name that differs from a known
organisation's name of two or more words by one letter (or two, in words of eight letters or
more) in ONE word, with every other word the same, is that organisation.

Never when the differing word is a place's name ("Shanxi"/"Shaanxi", "Hunan"/"Henan",
"Hubei"/"Hebei" are different provinces: data/china-provinces.txt, data/china-cities.txt and
the places the graph knows), a word of four letters or fewer, or when two organisations are that
close (the name is then no one's). rapidfuzz computes the edit distance."""
from __future__ import annotations

from kg.ingest.lexicon import lines

_MIN_LEN = 5


def _place_words() -> set[str]:
    out: set[str] = set()
    for name in ("china-provinces", "china-cities"):
        for line in lines(name):
            out.update(w.lower() for w in line.split())
    return out


class Spellings:
    """Names of organisations (normalised keys -> IRIs) by their word count and last word."""

    def __init__(self, owners: dict, classes: dict, org_classes: set, place_classes: set):
        self.buckets: dict[tuple[int, str], list[tuple[list[str], object]]] = {}
        self.places = _place_words()
        for key, iris in owners.items():
            if any(classes.get(i) in place_classes for i in iris):
                self.places.update(key.split())
        for key, iris in owners.items():
            words = key.split()
            if len(words) < 2 or len(iris) != 1:
                continue
            iri = next(iter(iris))
            if classes.get(iri) not in org_classes:
                continue
            self.buckets.setdefault((len(words), words[-1]), []).append((words, iri))
        self.memo: dict[str, object] = {}

    def owner(self, key: str):
        """The organisation ``key`` (a normalised name) is another spelling of, or None."""
        if key in self.memo:
            return self.memo[key]
        words = key.split()
        found = set()
        for known, iri in self.buckets.get((len(words), words[-1]), ()) if len(words) >= 2 else ():
            if self._close(words, known):
                found.add(iri)
        got = next(iter(found)) if len(found) == 1 else None
        if len(self.memo) < 20000:
            self.memo[key] = got
        return got

    def _close(self, words: list[str], known: list[str]) -> bool:
        diff = [(a, b) for a, b in zip(words, known) if a != b]
        if len(diff) != 1:
            return False
        a, b = diff[0]
        if min(len(a), len(b)) < _MIN_LEN or not (a.isalpha() and b.isalpha()) or a[0] != b[0]:
            return False
        if a in self.places or b in self.places:
            return False
        limit = 2 if min(len(a), len(b)) >= 8 else 1
        from rapidfuzz.distance import Levenshtein    # (imported when first needed: 5-9 ms)
        return Levenshtein.distance(a, b, score_cutoff=limit) <= limit
