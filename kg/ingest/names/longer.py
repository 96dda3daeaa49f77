"""Longer names that begin with a known name: "China Hongqiao", "Anhui Conch", "Minmetals
Securities" are organisations of their own, not China, Anhui or Minmetals. The gazetteer finds
them while linking (``Gazetteer.longer``: a known name followed, in running text, by capitalised
words that are no role, head or ordinary word); they are proposed here as organisations of
low confidence, for a reviewer to name the class (a place that starts one stays a weak mention
of that place: the name concerns it). A part of a known place named by a direction ("West
Africa", ``Gazetteer.parts``) is proposed as a region."""
from __future__ import annotations

import bisect

from kg.ingest.names.candidates import Candidate

CONFIDENCE = 0.5
# a part of a known place named by a direction ("West Africa"): a region of its own
PART_RULE, PART_CONFIDENCE = "place:compass-part", 0.6
SHORT_FORM = "name:short-form"
# classes a short form is never taken for (places, people, things, documents)
_NOT_ORGS = {"Person", "Country", "Province", "City", "County", "Region", "Place", "Site",
             "Metal", "Field", "Product", "Technology", "Standard", "NationalStandard"}


def longer_names(gaz, text: str, others=()) -> list[Candidate]:
    """``others``: the candidates other rules found; a longer name that overlaps one of them is
    left to that rule (it knows the class: "Baoji Ruifeng ... signed" is a company)."""
    found = sorted((c.start, c.end) for c in others)
    starts = [a for a, _ in found]
    # the organisations other rules named in full, by their words: a shorter name that is
    # the start of one named earlier ("Shaanxi Tianyu" after "Shaanxi Tianyu Magnesium Alloy
    # Co., Ltd.") is its short form
    full = [(c.start, c.label.split(), c) for c in others
            if c.cls not in _NOT_ORGS and len(c.label.split()) >= 3]
    out = []
    for s, e in getattr(gaz, "longer", ()):
        i = bisect.bisect_left(starts, e)
        if any(b > s for _, b in found[max(0, i - 50):i]):
            continue
        label = " ".join(text[s:e].split())
        if label.split()[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "Prof", "Miss"):
            continue            # "Mr. Fugu": a person's title, not an organisation
        words_ = label.split()
        owner = next((c for fs, fw, c in full if fs < s and len(fw) > len(words_)
                      and fw[:len(words_)] == words_), None)
        if owner is not None:
            out.append(Candidate(s, e, owner.label, owner.cls, SHORT_FORM, owner.confidence,
                                 {label}))
            continue
        out.append(Candidate(s, e, label, "Organization", "name:known-prefix", CONFIDENCE))
    for s, e in getattr(gaz, "parts", ()):
        i = bisect.bisect_left(starts, e)
        if not any(b > s for _, b in found[max(0, i - 50):i]):
            out.append(Candidate(s, e, " ".join(text[s:e].split()), "Region", PART_RULE,
                                 PART_CONFIDENCE))
    return out
