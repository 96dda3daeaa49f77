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
                 "Roadmap": "Plan", "Provisions": "PolicyDocument"}


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
