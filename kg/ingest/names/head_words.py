"""The head words of names, read from ``data/name-heads.txt``, ``data/org-name-heads.txt`` and
``data/feature-heads.txt`` (the word, the class it gives, and whether it ends a name or also
begins one: "Ministry of ..."), and the classes of documents by the word that heads their
title. Read by ``candidates`` and the rules that judge a name by its head word."""
from __future__ import annotations

from functools import lru_cache

from kg.ingest.lexicon import lines

TITLE_CLASSES = {"Plan": "Plan", "Notice": "Notice", "Opinions": "PolicyDocument",
                 "Measures": "Measures", "Catalogue": "Catalogue", "Guidelines": "Guide",
                 "Guide": "Guide", "Standard": "Standard", "Programme": "Plan", "Program": "Plan",
                 "Scheme": "Plan", "Regulations": "PolicyDocument", "Rules": "PolicyDocument",
                 "Report": "Report", "Initiative": "Initiative", "Law": "PolicyDocument",
                 "Strategy": "Plan", "Policy": "PolicyDocument", "Method": "PolicyDocument",
                 "Catalog": "Catalogue", "Policies": "Measures", "Requirements": "Standard",
                 "Limits": "Standard", "Specification": "Standard", "Specifications": "Standard",
                 "Agreement": "Agreement", "Project": "Project", "Award": "Award",
                 "Awards": "Award", "Announcement": "Notice", "Outline": "Plan",
                 "Roadmap": "Plan", "Provisions": "PolicyDocument",
                 # titles of rules and lists as Chinese authorities word them in English
                 # ("Standard Conditions for the X Industry", "Access Criteria", "Circular on")
                 "Conditions": "PolicyDocument", "Criteria": "Standard", "Norms": "Standard",
                 "Procedures": "PolicyDocument", "Directory": "Catalogue",
                 "Circular": "Notice", "Directive": "PolicyDocument", "Guidance": "Guide",
                 "Blueprint": "Plan", "Decision": "PolicyDocument"}


@lru_cache(maxsize=None)     # (asked for each name phrase: made once; callers only read it)
def heads() -> dict[str, tuple[str, str]]:
    out = {}
    for line in lines("name-heads") + lines("org-name-heads") + lines("feature-heads"):
        word, cls, pos = line.split()
        out.setdefault(word.lower(), (cls, pos))
    return out


@lru_cache(maxsize=None)
def features() -> frozenset[str]:
    """The head words of natural features and transport sites (``data/feature-heads.txt``): a
    name's head only as its last capitalised word ("China Salt Lake Industry" is no lake)."""
    return frozenset(line.split()[0].lower() for line in lines("feature-heads"))


def opens_with_of(key: str, part: list, i: int) -> bool:
    """Whether the head word ``key`` that ends names opens this one, as the first word ``i`` of
    the name phrase ``part`` (or the one after "the") before "of" and a capitalised word ("Division of Enterprise
    Finance"; ``data/of-opening-heads.txt``): read there as a head that begins a name."""
    return (i == 0 or i == 1 and part[0][2].lower() == "the") and key in _of_openers() \
        and len(part) > i + 2 and part[i + 1][2] == "of" and part[i + 2][2][:1].isupper()


@lru_cache(maxsize=1)
def _of_openers() -> frozenset[str]:
    return frozenset(w.lower() for w in lines("of-opening-heads"))


ORG_END_CLASSES = {"Company", "University", "ResearchInstitute", "GovernmentBody",
                   "IndustryAssociation", "Alliance", "MediaOutlet", "PartyOrganization"}


@lru_cache(maxsize=None)         # asked once per name phrase: made once
def role_words() -> tuple[frozenset[str], frozenset[str]]:
    """The last words of the roles (data/roles.txt), and the last two of a role that ends in a
    body's head word ("Member of the Standing Committee": "standing committee"): that word
    alone is no role ("the Management Committee of X Zone" is a name)."""
    bodies = {w for w, (cls, pos) in heads().items()
              if pos == "head" and cls in ORG_END_CLASSES | {"PartyOrganization"}}
    ends = [r.lower().split() for r in lines("roles")]
    # a role "<head> of <field>" ends in its field ("Head of Metals", "Director of Mines",
    # "Minister of State"): its head is the word before "of", not "metals", a word of names
    return (frozenset((r[:r.index("of")] if "of" in r[1:] else r)[-1] for r in ends
                      if r[-1] not in bodies),
            frozenset(" ".join(r[-2:]) for r in ends if r[-1] in bodies and len(r) >= 2))
