"""Longer names that begin with a known name: "China Hongqiao", "Anhui Conch", "Minmetals
Securities" are organisations of their own, not China, Anhui or Minmetals. The gazetteer finds
them while linking (``Gazetteer.longer``: a known name followed, in running text, by capitalised
words that are no role, head or ordinary word); they are proposed here as organisations of
low confidence, for a reviewer to name the class (a place that starts one stays a weak mention
of that place: the name concerns it). A part of a known place named by a direction ("West
Africa", ``Gazetteer.parts``) is proposed as a region (a listed country's name, "South Africa",
"East Timor", as that country), and a national body's name after a place
and "Provincial" or "Municipal" ("Shaanxi Provincial SASAC", ``Gazetteer.local_bodies``) as that
place's own government body (the short form of its full name when the text gives it); a known
city printed with a province other than its own ("Yulin, Guangxi", ``Gazetteer.namesakes``) as a
city of its own."""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import words
from kg.ingest.names.candidates import Candidate
from kg.ingest.names.countries import countries, of_country_end

CONFIDENCE = 0.5
# a part of a known place named by a direction ("West Africa"): a region of its own
PART_RULE, PART_CONFIDENCE = "place:compass-part", 0.6
# ... unless the direction and the place are a listed country's name ("South Africa")
COUNTRY_RULE = "place:country-list"
# a known city or county printed with a province other than its own (Gazetteer.namesakes)
NAMESAKE_RULE = "place:namesake-in-other-province"
SHORT_FORM = "name:short-form"
# a known body's name, "of" and another country: that country's own body (Gazetteer.longer)
ABROAD_RULE = "name:known-of-country"
# a national body's name after a place and "Provincial" / "Municipal": that place's own body
LOCAL_RULE, LOCAL_CONFIDENCE = "name:local-body", 0.6
# classes a short form is never taken for (places, people, things, documents)
_NOT_ORGS = {"Person", "Country", "Province", "City", "County", "Region", "Place", "Site",
             "Metal", "Field", "Product", "Technology", "Standard", "NationalStandard"}


def _local_body(text: str, s: int, e: int, full) -> Candidate:
    """"Shaanxi Provincial SASAC": the province's body, a government body of its own; the
    short form of the full name printed before ("Shaanxi Provincial State-owned Assets
    Supervision and Administration Commission") when its acronym abbreviates the rest."""
    from kg.ingest.names.acronym_links import abbreviates
    label = " ".join(text[s:e].split())
    words_ = label.split()
    for fs, fw, c in full:
        n = len(words_) - 1
        if fs < s and c.cls == "GovernmentBody" and len(fw) > n and fw[:n] == words_[:n] \
                and words_[-1].isupper() and abbreviates(words_[-1], " ".join(fw[n:])):
            return Candidate(s, e, c.label, c.cls, SHORT_FORM, c.confidence, {label})
    return Candidate(s, e, label, "GovernmentBody", LOCAL_RULE, LOCAL_CONFIDENCE)


def _class_by_head(word: str) -> str:
    """The class the last word gives as a name's head ("China Mining Weekly": a media outlet,
    "China Hongqiao Group": a company), else Organization (for the reviewer to name)."""
    from kg.ingest.names.candidates import _heads
    got = _heads().get(word.lower())
    if got is None or got[1] != "end" or got[0] in _NOT_ORGS:
        return "Organization"
    return got[0]


_INDEFINITE = re.compile(r"(?:^|[^\w'\u2019-])[Aa]n?[ \t]+$")
_NEXT = re.compile(r"[ \t]+([a-z]+)\b|[ \t]*[.,;:!?)]|[ \t]*$")


def _a_model(text: str, s: int, e: int) -> bool:
    """"A Ford Focus was seen": a known maker's name and a word after it, after "a" or "an" and
    before a verb "to be" or "to have", a modal or a clause's end (data/model-name-followers.txt),
    is one of the things the maker made, no organisation ("an Anhui Conch plant" is the
    organisation's plant: the name stays)."""
    if not _INDEFINITE.search(text, max(0, s - 4), s):
        return False
    m = _NEXT.match(text, e)
    return m is not None and (m.group(1) is None or m.group(1) in words("model-name-followers"))


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
        label = " ".join(text[s:e].split())
        # ("the State Council of Vietnam": longer than the known body another rule names)
        abroad = " of " in label and of_country_end(text, text.rfind(" of", s, e)) == e
        i = bisect.bisect_left(starts, e)
        if not abroad and any(b > s for _, b in found[max(0, i - 50):i]):
            continue
        if label.split()[0].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "Prof", "Miss"):
            continue            # "Mr. Fugu": a person's title, not an organisation
        if _a_model(text, s, e):
            continue            # "A Ford Focus was seen": a thing the maker made
        words_ = label.split()
        owner = next((c for fs, fw, c in full if fs < s and len(fw) > len(words_)
                      and fw[:len(words_)] == words_), None)
        if owner is not None:
            out.append(Candidate(s, e, owner.label, owner.cls, SHORT_FORM, owner.confidence,
                                 {label}))
            continue
        if abroad:      # "the State Council of Vietnam": the class its own head gives
            out.append(Candidate(s, e, label, _class_by_head(label.split(" of ")[0].split()[-1]),
                                 ABROAD_RULE, CONFIDENCE))
            continue
        out.append(Candidate(s, e, label, _class_by_head(words_[-1]), "name:known-prefix",
                             CONFIDENCE))
    for s, e in getattr(gaz, "local_bodies", ()):
        i = bisect.bisect_left(starts, e)
        if any(b > s for _, b in found[max(0, i - 50):i]):
            continue
        out.append(_local_body(text, s, e, full))
    for s, e, cls in getattr(gaz, "namesakes", ()):     # "Yulin, Guangxi": another Yulin
        out.append(Candidate(s, e, " ".join(text[s:e].split()), cls, NAMESAKE_RULE,
                             PART_CONFIDENCE))
    for s, e in getattr(gaz, "parts", ()):
        i = bisect.bisect_left(starts, e)
        if not any(b > s for _, b in found[max(0, i - 50):i]):
            label = " ".join(text[s:e].split())
            country = countries().get(label)
            if country is not None:     # "South Africa", "East Timor": a country, no part
                out.append(Candidate(s, e, country, "Country", COUNTRY_RULE, PART_CONFIDENCE))
                continue
            out.append(Candidate(s, e, label, "Region", PART_RULE, PART_CONFIDENCE))
    return out
