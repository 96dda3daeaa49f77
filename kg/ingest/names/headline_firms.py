"""A company a title-case headline names only by a description ending in a generic head word
("Okonkwo Family Firm Buys Smelter": ``data/headline-generic-org-heads.txt``): its capitals are
the headline's, and the body, which names the companies in full, never prints it (read by
:mod:`kg.ingest.names.candidates`, which drops it)."""
from __future__ import annotations

from kg.ingest.lexicon import words


def headline_description(c, head_end: int, text: str) -> bool:
    """Whether the candidate ``c`` is such a description: a Company in the headline (before
    ``head_end``), printed in title case, whose last word is a generic head and whose label the
    body does not print."""
    if c.start >= head_end or c.cls != "Company" or " " not in c.label or c.label.isupper():
        # (a masthead in capitals, "X LAW FIRM  |  CLIENT BULLETIN": the publisher's own name)
        return False
    if c.label.split()[-1].lower() not in words("headline-generic-org-heads"):
        return False
    return " ".join(c.label.split()).lower() not in " ".join(text[head_end:].split()).lower()
