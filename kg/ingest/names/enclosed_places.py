"""A known place every mention of which is a word inside longer names is no place the article
names (data/CURATION.md rule 7, "Mentions": "Henan" in "Henan Yuguang Gold Lead Co., Ltd.",
"Shaanxi" in "Xi'an Testing Centre (Shaanxi)", "China" in an expo's name), whether or not the
longer name is drafted as a new entity.

A mention is inside a longer name when it is
* inside the span of a kept new name of any kind but a place or a person (a company, a body, a
  title, an event, a standard: "Key Points of Energy Work of Guangdong Province"), or inside a
  longer name the gazetteer saw the known name open ("Anhui Conch");
* the start of a run of capitalised words on its line that ends in the head of a name
  ("Weifang Haidun Anticorrosion Materials", "Anhui Huiyuan Law Firm", "Guangdong Provincial
  Energy Bureau"): the heads of data/name-heads.txt, data/org-name-heads.txt,
  data/company-trade-heads.txt, data/company-suffixes.txt and data/enclosing-name-heads.txt,
  less the words that only complete a place's own name ("Shaanxi Province");
* after the head of a name and "of (the)" ("Standards Press of China", "the Intermediate
  People's Court of Anhui Province");
* in brackets right after a capitalised word ("Xi'an Testing Centre (Shaanxi)", "China
  (Shenzhen)").
A possessive ("Henan's Yuguang") or anything else keeps the place a mention of its own, and one
such mention keeps the place (the article names it). Linear in the mentions.
"""
from __future__ import annotations

import bisect
import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.model import Entity, Span

# new names that are the place's own fuller name, or a person's ("Yulin City", "Mr. Fugu")
# (a site's or a project's name says where it is: "the Chaohu plant", "X Industrial Park of Fugu
# County": the place stays named)
_OWN_CLASSES = {"County", "City", "Province", "Region", "Place", "Country", "Person", "Site",
                "Project", "IndustrialPark", "Facility"}
_ORG_HEAD_CLASSES = {"GovernmentBody", "Organization", "ResearchInstitute", "University",
                     "IndustryAssociation", "Alliance", "AssociationBranch", "MediaOutlet"}
# the classes of heads that end a site's or a place's name, not another's
_SITE_HEAD_CLASSES = {"Site", "Region", "Project", "Place", "County", "Province", "City"}
# words after a place that complete its own name, not another's
_PLACE_ENDS = {"county", "city", "province", "district", "town", "township", "village",
               "regency", "basin", "plateau", "island", "islands", "peninsula", "desert",
               "municipality", "prefecture", "region", "autonomous"}
# the capitalised words after a mention on its line (one space apart: a table's columns are
# wider apart), small words inside the run allowed
_RUN = re.compile(r"[ ][A-Z][\w'’&.-]*(?:[ ](?:[A-Z][\w'’&.-]*|of|and|for|the|&)){0,7}")
_CAP = re.compile(r"[A-Z][\w'’&.-]*")
_HEAD_OF = re.compile(r"\b([A-Z][\w'’-]*)[ ]+of[ \t\n]+(?:the[ \t\n]+)?$")
_CAP_BEFORE_BRACKET = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*[ ]\($")


@lru_cache(maxsize=1)
def _heads() -> frozenset[str]:
    out: set[str] = set()
    for name in ("name-heads", "org-name-heads"):
        out |= {ln.split()[0].lower().rstrip(".") for ln in lines(name)
                if len(ln.split()) > 1 and ln.split()[1] not in _SITE_HEAD_CLASSES}
    for name in ("company-trade-heads", "enclosing-name-heads"):
        out |= {ln.strip().lower() for ln in lines(name)}
    out |= {ln.split()[0].lower().rstrip(".,") for ln in lines("company-suffixes") if ln.split()}
    return frozenset(out - _PLACE_ENDS)


def _opens_a_name(text: str, s: int, e: int) -> bool:
    if not text[s:s + 1].isupper():
        return False
    run = _RUN.match(text, e)
    if run is None:
        return False
    caps = _CAP.findall(run.group(0))
    if not caps or caps[0].lower().rstrip(".") in _PLACE_ENDS:
        return False
    heads = _heads()
    for w in caps:
        if w.lower().rstrip(".") in heads:
            return True
        if w.endswith("."):
            return False    # a sentence's end ("in Chizhou and Chaohu. Support X Co.")
    return False


def _closes_a_name(text: str, s: int) -> bool:
    m = _HEAD_OF.search(text, max(0, s - 60), s)
    return m is not None and m.group(1).lower().rstrip(".") in _heads()


def _bracketed(text: str, s: int, e: int) -> bool:
    """"Centre (Shaanxi)", "X Precision Technology (Maanshan)": the place in brackets right
    after the head of an organisation's name, not after a company's legal form ("X Co., Ltd.
    (Changzhou)": where the company is) nor after an event's ("Y Annual Meeting (USA)": where
    it is held)."""
    m = _CAP_BEFORE_BRACKET.search(text, max(0, s - 40), s)
    return text[e:e + 1] == ")" and m is not None and \
        m.group(0)[:-2].lower().rstrip(".,") in _org_heads()


@lru_cache(maxsize=1)
def _org_heads() -> frozenset[str]:
    """The heads of organisations' names that are no legal form."""
    legal = {ln.split()[-1].lower().rstrip(".,") for ln in lines("company-suffixes") if ln.split()}
    out = {ln.split()[0].lower().rstrip(".") for ln in lines("name-heads") + lines("org-name-heads")
           if len(ln.split()) > 1 and ln.split()[1] in _ORG_HEAD_CLASSES}
    out |= {ln.strip().lower() for ln in lines("company-trade-heads")}
    return frozenset(out - legal - {"group", "company", "corporation", "corp", "co", "ltd",
                                    "inc", "limited", "holdings"})


def names_a_group(label: str) -> bool:
    """A concept that names a group of metals or materials ("Nonferrous Metals", "New
    Materials": its last word one of data/link-group-heads.txt), which a longer name holds
    as a word of its own ("the Nonferrous Metals Industry Skills Contest"), as it holds a
    place."""
    w = (label or "").lower().split()
    return len(w) >= 2 and w[-1] in words("link-group-heads")


def enclosed_places(text: str, mentions, news, is_place, longer=(), cased=None) -> list:
    """``mentions`` without those of a known place (``is_place(iri)``) every mention of which
    is inside a longer name (the kept new names ``news``, the gazetteer's ``longer`` spans, or
    the shapes above). For an entity ``cased(iri)`` is true of (a group of metals) only a
    capitalised mention is a word of a name ("rare metal materials" in lower case inside a
    longer phrase is the group)."""
    spans = sorted({(c.start, c.end) for c in news if c.cls not in _OWN_CLASSES}
                   | {(a, b) for a, b in longer})
    starts = [a for a, _ in spans]
    widest = max((b - a for a, b in spans), default=0)
    inside: dict = {}
    for m in mentions:
        if not is_place(m.iri) or inside.get(m.iri) is False:
            continue
        i = bisect.bisect_right(starts, m.start)
        lo = bisect.bisect_left(starts, m.start - widest)
        held = any(spans[k][1] >= m.end and spans[k] != (m.start, m.end)
                   for k in range(lo, i))
        held = held or _opens_a_name(text, m.start, m.end) or _closes_a_name(text, m.start) \
            or _bracketed(text, m.start, m.end)
        if cased is not None and cased(m.iri) and not text[m.start:m.start + 1].isupper():
            held = False
        inside[m.iri] = held
    gone = {iri for iri, held in inside.items() if held}
    return [m for m in mentions if m.iri not in gone] if gone else mentions


def keep_in_names(draft, before, after, group, gaz, kg) -> None:
    """Keep the groups of metals ``enclosed_places`` took out of ``before`` (leaving ``after``)
    among the concepts printed only inside new names (names/words_of_names.concepts_in_names),
    so that a name still gives the metal it states (relations/named_metals)."""
    kept = {m.iri for m in after}
    gone: dict = {}
    for m in before:
        if m.iri not in kept and group(m.iri):
            gone.setdefault(m.iri, []).append(m)
    for iri, ms in gone.items():
        ent = Entity(iri, gaz.classes.get(iri), kg.label(iri), True, ms[0].rule, ms[0].confidence)
        ent.mentions.extend(Span(m.start, m.end) for m in ms)
        draft.__dict__.setdefault("_concepts_in_names", []).append(ent)
