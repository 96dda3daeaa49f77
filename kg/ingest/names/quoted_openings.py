"""A company's name whose first words are printed in quotation marks ("\\"Ace\\" Metals Ltd",
"\u201cBlue Ridge\u201d Copper Pty Ltd"): the brand a page quotes is part of the name, not a
word apart. The name rules stop at the closing quotation mark and read the rest alone ("Metals
Ltd": a trade word and a legal form, no company's whole name); the candidate is taken back to
the opening mark and its label given the quoted words, without the marks ("Ace Metals Ltd").

Only one to four capitalised words between the marks (no "and", no lower-case word: "the
\u201cBelt and Road\u201d Copper Co" is a title and a name), the closing mark right before one
space and the candidate, the opening one at a line's or a clause's start or after a space or a
bracket. A look back from each company candidate's start, no scan of the text."""
from __future__ import annotations

import re

from kg.ingest.names.candidates import Candidate

RULE = "name:quoted-opening"
_CLASSES = frozenset({"Company"})
# the quoted words right before a name, as the text ends at its start
_QUOTED = re.compile(r"(?:^|(?<=[\s(\[]))([\"\u201c])([A-Z][\w&.'\u2019-]*"
                     r"(?:[ ][A-Z][\w&.'\u2019-]*){0,3})([\"\u201d])[ ]\Z")
_LOOK_BACK = 80


def quoted_openings(text: str, news: list[Candidate]) -> list[Candidate]:
    """``news`` with each company candidate whose first words are quoted right before it taken
    back over them."""
    out = []
    for c in news:
        if c.cls in _CLASSES and c.start >= 4 and text[c.start - 2] in "\"\u201d":
            m = _QUOTED.search(text, max(0, c.start - _LOOK_BACK), c.start)
            if m is not None and (m.group(1) == '"') == (m.group(3) == '"'):
                c = Candidate(m.start(1), c.end, f"{m.group(2)} {c.label}", c.cls, RULE,
                              c.confidence, set(c.aliases))
        out.append(c)
    return out
