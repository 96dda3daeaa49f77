"""Who "the two sides" are: "A and B unveiled a joint laboratory. The two sides signed a
five-year cooperation agreement": the subject of the signing names no organisation, and the
parties are the two organisations the sentence before joins with "and" (rule
``agreement:two-sides``, read by :mod:`kg.ingest.events.happenings`). The words that stand for
two parties are "the two sides / parties / companies / firms / groups / enterprises" and "both
sides ..."; only a sentence of the same paragraph, right before, is read, and only a pair
joined by "and" ("A and B", "A, and B"), never two names apposed or listed three or more."""
from __future__ import annotations

import re

# "The two sides", "Both parties", "the two companies" right before the verb (a word or two
# between: "The two sides also", "the two companies formally")
_TWO = re.compile(r"\b(?:the\s+two|both)\s+(?:sides|parties|companies|firms|groups|enterprises|"
                  r"partners)\s+(?:[a-z]+\s+){0,2}$", re.I)
_JOIN = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")
_LIST = re.compile(r"\s*,\s*$")


def two_sides(text: str, sents, within, is_org, cs: int, at: int) -> list:
    """The two organisations "the two sides" before ``at`` (clause start ``cs``) stand for, as
    spans ``(start, end, entity)``; [] when the subject is not such words or the sentence
    before joins no two organisations with "and"."""
    if not _TWO.search(text, cs, at):
        return []
    ss = sents.bounds(cs)[0]
    if ss <= 0:
        return []
    ps, pe = sents.bounds(ss - 1)
    if re.search(r"\n[ \t]*\n", text[ps:ss].lstrip()):
        return []       # another paragraph
    orgs = sorted((x for x in within(ps, pe) if is_org(x[2])), key=lambda x: x[0])
    for i in range(len(orgs) - 1):
        a, b = orgs[i], orgs[i + 1]
        if a[2] is b[2] or not _JOIN.fullmatch(text, a[1], b[0]):
            continue
        if i > 0 and _LIST.fullmatch(text[orgs[i - 1][1]:a[0]]):
            return []   # "A, B and C": three or more
        return [a, b]
    return []
