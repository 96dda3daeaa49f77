"""A new name whose last letter carries a combining mark ("Zhang Wei\u0301", "Jose\u0301 Ruiz
Metals" typed with the accent as a mark of its own): the name readers' letter classes stop
before the mark, so the mention cut the letter from its mark and the label lost it. Each
mention of a new name that ends right before combining marks (Unicode's ``combining``) takes
them in, and a label that is that mention's text becomes the text with its marks (in NFC, as
every label is: reading/folded.spaced_commas). Marks inside a name are read already (the
readers go on past them or not at all); only a name's end is mended here.

Gated on a mark of the combining blocks in the text (none in most articles); then one look
at the character after each mention of a new name: linear in the mentions."""
from __future__ import annotations

import re
import unicodedata

_MARK = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def keep_final_marks(draft) -> None:
    text = draft.text
    if text.isascii() or _MARK.search(text) is None:
        return
    n = len(text)
    for ent in draft.new():
        if ent.role:
            continue            # a relation node's label is made, not read off a span
        for i, m in enumerate(ent.mentions):
            end = m.end
            while end < n and unicodedata.combining(text[end]):
                end += 1
            if end == m.end:
                continue
            plain = " ".join(text[m.start:m.end].split())
            if unicodedata.normalize("NFC", plain) == unicodedata.normalize("NFC", ent.label):
                ent.label = unicodedata.normalize("NFC", " ".join(text[m.start:end].split()))
            ent.mentions[i] = type(m)(m.start, end)
