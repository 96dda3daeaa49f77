"""Parties a form, contract or report names in a labelled field by their part in the matter:
"Owner:       X Co., Ltd.", "Contractor:  Y Co., Ltd.", "Supervisor: Z Co., Ltd." (labels of
``data/field-party-terms.txt``). From the field on, "the owner", "the contractor" stand for that
organisation, as "the company" stands for the one an announcement is about: "chaired by A,
project director of the owner" is a post of A in X. Returns the uses as the referents do,
``(start, end, organisation)`` with the span on the noun (the rules skip "the"), for the rules
that read referents (:func:`kg.ingest.relations.referents.referents`).

The fields are :func:`kg.ingest.relations.labelled_parties.labelled_parties`' (a label opening
its line, the organisation's name opening its value; a label two fields give to different
organisations stands for neither). One scan of the lines for the fields and one for the uses:
linear in the text."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import phrases
from kg.ingest.relations.labelled_parties import labelled_parties



@lru_cache(maxsize=1)
def _patterns():
    terms = phrases("field-party-terms")
    alts = "|".join(re.escape(t) for t in sorted(terms, key=lambda w: (-len(w), w)))
    use = re.compile(rf"\b[Tt]he[ \t\n]+(?P<term>{alts})\b(?![ \t]*[:：(])", re.I)
    return terms, use


def field_terms(text, spans_of, kind) -> list:
    if ":" not in text and "：" not in text:
        return []
    terms, use = _patterns()
    defined = {t: x for t, x in labelled_parties(text, spans_of, kind).items() if t in terms}
    if not defined:
        return []
    out = []
    for u in use.finditer(text):
        got = defined.get(u.group("term").lower())
        if got is not None and u.start() > got[1]:
            out.append((u.start("term"), u.end("term"), got[2]))
    return out
