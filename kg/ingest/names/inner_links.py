"""Known names printed inside a longer name: when they are mentions, and when they are not.

* A group of metals or a generic field printed in capitals inside the proper name of a new
  organisation or award ("Yunnan Nonferrous Metals Industry Association", "Hejin New Materials
  Co., Ltd.", "X New Energy Co., Ltd.") is a word of that name, not a mention of the concept,
  as inside a known organisation's name (longest match wins). A single metal or a named field
  there stays a mention (the curated files say the company concerns it), and so does anything
  in a title (a policy's, a standard's, an event's) or a product's name: the curated files say
  the title concerns it ("Raw Materials Industry Digital Transformation Work Plan").
* A known place every mention of which is a word inside the names of new organisations
  ("Shanghai Clearing House", "China Nonferrous Sixth Metallurgical Construction Co., Ltd."):
  the article names no such place of its own, and the curated files record none
  (:func:`only_in_names`). A name proposed only because the place opens it and a lower-case
  word follows ("Hefei Xinqiao airport") holds no such word: the place says where the thing
  is. (A metal or field inside a company's name stays: the company concerns it.)
* A new name that only pads a known name with what is no part of a name (a headline run on
  into a known name that opens the next line, a date clause after it) is dropped: the known
  name wins (:func:`known_wins`).
"""
from __future__ import annotations

import bisect
import re

from kg.ingest.lexicon import words

# classes of new names whose words are their own (organisations and what they give or run)
_OWN_NAME_CLASSES = {
    "Organization", "GovernmentBody", "PartyOrganization", "AdvisoryBody", "IndustryAssociation",
    "AssociationBranch", "Company", "ResearchInstitute", "University", "ResearchTeam",
    "Alliance", "MediaOutlet", "Fund", "InternationalOrganization", "Award",
}


def concept_inside_ok(text: str, m, c) -> bool:
    """Whether the concept mention ``m`` (a metal or field) printed inside the new name ``c``
    stays a mention: not when ``c`` is an organisation's (or an award's) proper name and ``m``,
    printed in capitals as a word of it, names a group ("Nonferrous Metals", "New Materials":
    data/link-group-heads.txt) or is a generic two-word field ("New Energy":
    data/link-generic-leads.txt); a single metal or a named field stays (the company concerns
    it)."""
    if c.cls not in _OWN_NAME_CLASSES or (c.start == m.start and m.end == c.end):
        return True
    surface = text[m.start:m.end]
    if not surface[:1].isupper():
        return True     # "a copper foil maker": a lower-case word inside a slot-found name
    words_ = surface.lower().split()
    if words_[-1] in words("link-group-heads"):
        return False
    return not (len(words_) == 2 and words_[0] in words("link-generic-leads"))


# new names whose words a known place printed inside them is no mention of
_HOLDER_CLASSES = _OWN_NAME_CLASSES - {"Award"}
_PREFIX_RULE = "name:known-prefix"
_LOWER_NEXT = re.compile(r"\s+[a-z]")


def only_in_names(text: str, mentions, news, is_place) -> list:
    """``mentions`` without those of a known place (``is_place(iri)``) that the text prints
    only inside the names of new organisations (``news``: the kept new names, each strictly
    longer than the mention): such a place is a word of those names, no entity the article
    names. A name found only by the known place that opens it, a lower-case word after it
    ("Hefei Xinqiao airport"), holds none. Linear in the mentions (the spans sorted once)."""
    spans = sorted((c.start, c.end) for c in news if c.cls in _HOLDER_CLASSES and not (
        c.rule == _PREFIX_RULE and _LOWER_NEXT.match(text, c.end)))
    if not spans:
        return mentions
    starts = [a for a, _ in spans]
    widest = max(b - a for a, b in spans)
    inside: dict = {}
    for m in mentions:
        if not is_place(m.iri):
            continue
        i = bisect.bisect_right(starts, m.start)
        lo = bisect.bisect_left(starts, m.start - widest)
        held = any(spans[k][1] >= m.end and spans[k] != (m.start, m.end)
                   for k in range(lo, i))
        inside[m.iri] = inside.get(m.iri, True) and held
    gone = {iri for iri, held in inside.items() if held}
    return [m for m in mentions if m.iri not in gone] if gone else mentions


# "Youth League Committee of X Co., Ltd.", "Science and Technology Department of the X
# Association": the known organisation that closes a new unit's name after "of (the)"
_UNIT_OF = re.compile(r"[ \t\n]+of[ \t\n]+(?:the[ \t\n]+)?$")
_UNIT_CLASSES = {"Organization", "GovernmentBody", "PartyOrganization", "ResearchInstitute",
                 "ResearchTeam", "AssociationBranch"}


def parent_at_end(text: str, m, c, is_org) -> bool:
    """Whether the known organisation mention ``m`` closes the new unit's name ``c`` after "of"
    or "of the" ("Youth League Committee of Jinchuan Group Co., Ltd."): the unit's parent,
    which the text names, so a mention of it (the unit is proposed apart)."""
    return c.cls in _UNIT_CLASSES and m.end == c.end and m.start > c.start and is_org(m.iri) \
        and _UNIT_OF.search(text, max(c.start, m.start - 12), m.start) is not None


def known_wins(text: str, news, mentions) -> list:
    """``news`` without the names that only pad a known name of two or more words with what is
    no part of a name: a headline read on into a known name that opens the next line ("...
    Enters Production\nChina Non-ferrous Metals News"), or a date or place clause after it
    ("State Administration for Market Regulation on March 15"). The known name is linked."""
    multi = sorted((m.start, m.end) for m in mentions if " " in text[m.start:m.end].strip())
    if not multi:
        return news
    starts = [a for a, _ in multi]
    out = []
    for c in news:
        i = bisect.bisect_left(starts, c.start)
        padded = False
        while i < len(multi) and multi[i][0] < c.end:
            a, b = multi[i]
            i += 1
            if b > c.end or (a, b) == (c.start, c.end):
                continue
            line_start = text.rfind("\n", c.start, a) + 1     # (only one after c.start counts)
            if a > c.start and line_start > c.start and not text[line_start:a].strip() \
                    and _LINE_END.match(text, b) and not _SMALL_END.search(text, c.start, a):
                padded = True       # a run-on from the line before (not "of the\nX")
            elif a == c.start and _CLAUSE_TAIL.match(text, b, c.end):
                padded = True
            if padded:
                break
        if not padded:
            out.append(c)
    return out


_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# the known name ends its line, or a comma follows it (a byline: "X News, 2026-02-27")
_LINE_END = re.compile(r"[ \t]*(?:\n|,|$)")
# a line that ends in a small word goes on into the next ("Branch of the\nChina ...")
_SMALL_END = re.compile(r"\b(?:of|the|and|for|in|on|at|by|to|with|&)\s*$", re.I)
# after a known name, to the end of a new name: a date clause ("on March 15", "in 2024")
_CLAUSE_TAIL = re.compile(rf"\s+(?:on|in|since|from|by|at)\s+(?:(?:{_MONTHS})\.?\s+)?\d[\d,]*"
                          rf"(?:\s+(?:{_MONTHS}))?\s*$")
