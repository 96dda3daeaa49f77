"""Sites listed in a field of a record whose label names sites ("Sites:", "Facilities:",
``data/site-field-labels.txt``) ::

    Sites              : Longbang bauxite mine; Jingxi alumina
                         refinery (2.0 million t/a); Jingxi aluminium
                         smelter (420,000 t/a)

The value (``reading.field_blocks``: its lines read as one, the indentation between them the
value's own) is a list parted by semicolons; each item, its bracketed note left out ("(2.0
million t/a)"), whose last word is a facility's head (``data/facility-heads.txt``) and whose
first word is a capital ("Jingxi alumina refinery") is a new site under that label (rule
``site:field-item``, confidence 0.45), its mention from the item's first word to its last. An
item that is no such name (a lower-case phrase, "all three plants", a figure) is left out, and
so is every item of a field whose label names no sites. One pass over the text's field
blocks: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import lines, words
from kg.ingest.names.candidates import Candidate
from kg.ingest.reading.field_blocks import field_blocks

RULE, CONFIDENCE = "site:field-item", 0.45
_NOTE = re.compile(r"[ \t\n]*\([^()]*\)")
_WORD = re.compile(r"\S+")


@lru_cache(maxsize=1)
def _heads() -> frozenset:
    return frozenset(re.split(r"\s{2,}", ln)[0] for ln in lines("facility-heads"))


def site_field_items(text: str) -> list[Candidate]:
    out = []
    labels = words("site-field-labels")
    for bl in field_blocks(text):
        for f in bl.fields:
            if f.label.strip().lower() not in labels:
                continue
            a, b = f.spans[0][0], f.spans[-1][1]
            # the items: the value parted by ";" (a bracket's note left out of each)
            p = a
            for m in list(re.finditer(";", text[a:b])) + [None]:
                q = a + m.start() if m is not None else b
                got = _item(text, p, q)
                if got is not None:
                    out.append(got)
                p = q + 1
    return out


def _item(text: str, p: int, q: int) -> Candidate | None:
    """The site one item ``text[p:q]`` names, or None."""
    ws = [(m.start() + p, m.end() + p) for m in _WORD.finditer(_NOTE.sub(
        lambda n: " " * len(n.group(0)), text[p:q]))]
    if len(ws) < 2 or len(ws) > 8:
        return None
    s, e = ws[0][0], ws[-1][1]
    label = " ".join(text[x:y] for x, y in ws)
    if not label[:1].isupper() or label.split()[-1].lower() not in _heads() \
            or any(c.isdigit() for c in label):
        return None
    return Candidate(s, e, label, "Site", RULE, CONFIDENCE)
