"""A branch named after its company's full name, in the Chinese order, with no "of" and no comma
between: "X Light Alloy Co., Ltd. Yulin Magnesium Alloy Branch", "Y Bank Co., Ltd. Xi'an
Branch", "Z Mining Co., Ltd. Dashan Concentrator Project Department" (a registration record, a
contract's parties, a letter's addressee print a branch so). A new organisation printed right
after a company's name that ends in its legal form ("Co., Ltd.", "Corporation", "Limited"; a
space or a line break between), its own name capitalised words ending in a branch's or unit's
head word (``data/suffixed-branch-heads.txt``), is ``nfo:unitOf`` that company (rule
``org:company-then-branch@0.5``). One pass over the organisations' mentions: linear."""
from __future__ import annotations

import re
from functools import lru_cache

from kg.ingest.lexicon import alternation
from kg.ingest.model import Span
from kg.ingest.names.legal_forms import suffix_rx
from kg.ingest.terms import NFO

RULE = "org:company-then-branch@0.5"
_TIES = (NFO.unitOf, NFO.subsidiaryOf)
# (a cheap look at a name's last word before the full list of legal forms)
_LEGAL_ENDS = ("Ltd", "Ltd.", "Corporation", "Limited", "Company", "Inc", "Inc.", "LLC", "Co.")


@lru_cache(maxsize=1)
def _unit_rx() -> re.Pattern:
    return re.compile(r"(?:[A-Z][\w'’.-]*[ \t\n]+){1,6}(?:"
                      + alternation("suffixed-branch-heads") + r")$")


def suffixed_branches(draft, spans_of, kind) -> None:
    text = draft.text
    orgs = [(s, e, ent) for s, e, ent in spans_of if ent.kind == "org" and not ent.role]
    if len(orgs) < 2:
        return
    ends = [(s, e, ent) for s, e, ent in orgs if text.endswith(_LEGAL_ENDS, s, e)]
    if not ends:
        return
    legal = suffix_rx()
    companies = {e: (s, ent) for s, e, ent in ends if legal.search(text, s, e)}
    if not companies:
        return
    for s, e, ent in orgs:
        j = s
        while j > 0 and s - j < 3 and text[j - 1] in " \t\n":
            j -= 1
        ps, parent = companies.get(j, (0, None)) if j < s else (0, None)
        if parent is None or parent is ent or ent.known or e - s > 120 \
                or any(p in _TIES for p, *_ in ent.statements) \
                or _unit_rx().match(text, s, e) is None:
            continue
        ent.add(NFO.unitOf, parent.iri, Span(ps, e), RULE)
