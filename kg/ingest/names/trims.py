"""Where an organisation's name found by its head word really starts: not at a one-word place
before a possessive ("Mongolia's Erdenet Mining Corporation" is Erdenet Mining Corporation; an
organisation's own unit keeps its owner: "SAIC's Innovation R&D Institute"), nor at a plural
noun for people before "of / from the" ("Leaders of the X Department": the X Department; nouns
in ``data/org-lead-nouns.txt``)."""
from __future__ import annotations

import re
from dataclasses import replace

from kg.ingest.lexicon import words

# organisations a possessive or a leading "Leaders of the" is not part of the name of
_TRIM_CLASSES = {"Company", "GovernmentBody", "University", "ResearchInstitute", "Organization",
                 "IndustryAssociation", "InternationalOrganization", "Alliance", "Fund"}
_POSSESSIVE_IN = re.compile(r"(?<![Pp]eople)(?<![Ww]omen)(?<![Ww]orkers)(?<![Cc]hildren)['’]s[ \t]+")
_LEAD_OF = re.compile(r"([A-Z][a-z]+)[ \t]+(?:of|from)[ \t]+(?:the[ \t]+)?")


def trimmed(text: str, c):
    """"Mongolia's Erdenet Mining Corporation": Erdenet Mining Corporation (the place before the
    possessive is a name of its own); "Leaders of the X Department": the X Department."""
    if c.cls not in _TRIM_CLASSES:
        return c
    start = c.start
    m = _LEAD_OF.match(text, start, c.end)
    if m is not None and m.group(1).lower() in words("org-lead-nouns"):
        start = m.end()
    for m in _POSSESSIVE_IN.finditer(text, start, c.end):
        # one word before it, not an acronym: a place ("Guinea's"); an organisation's own unit
        # keeps its owner in its name ("SAIC's Innovation R&D Institute")
        owner = text[start:m.start()].split()
        if len(owner) == 1 and not owner[0].isupper() and len(text[m.end():c.end].split()) >= 2:
            start = m.end()
    if start == c.start:
        return c
    label = " ".join(text[start:c.end].split())
    return replace(c, start=start, label=label, aliases=set(c.aliases))
