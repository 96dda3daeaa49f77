"""Who makes a product, stated by the words that join the product's name to a company's, with no
verb (the passive "made by X" is :func:`kg.ingest.relations.investments.makers`):

* the company's possessive right before the product, a quoted brand or "new" / "own" at most
  between: "Ruiyang's "TiPro" drinking bottle", "the firm Ruiyang's new titanium pan";
* the product, then "of" or "from" and the company: "the folding bicycle of X Co., Ltd.",
  "ultra-thin foil from X" (and the companies listed with it: "from A and B").

The company is the product's maker (``nfo:producedBy``, rule ``context:maker-possessive`` /
``context:maker-of``). A product only (not a metal, a technology or a concept the text names
by its head alone: "raw materials of X" are what X uses), and an organisation only (not a
place: "aluminium foil from China"). One pass over the names in order: linear."""
from __future__ import annotations

import re

from kg.ingest.model import Span
from kg.ingest.knowledge.prior import RELATION_NODES
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start_longest

POSSESSIVE_RULE, OF_RULE = "context:maker-possessive", "context:maker-of"
# "X's", then at most a quoted brand and "new" / "own" before the product's name
_POSSESSIVE = re.compile(r"['\u2019]s[ \t\n]+(?:[\"\u201c][^\"\u201d\n]{1,30}[\"\u201d][ \t\n]+)?"
                         r"(?:(?:new|own|latest)[ \t\n]+)?")
_OF = re.compile(r"[ \t\n]+(?:of|from)[ \t\n]+(?:the[ \t\n]+)?")
_LIST = re.compile(r"[ \t\n]*(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+)(?:the[ \t\n]+)?")


def product_makers(draft, spans_of, kind) -> None:
    text = draft.text
    rows = [(s, e, ent) for s, e, ent in spans_by_start_longest(spans_of)
            if ent.cls not in RELATION_NODES]
    by_start, by_end = {}, {}
    for x in rows:
        by_start.setdefault(x[0], x)
        if x[2].kind == "org":
            by_end.setdefault(x[1], x)

    def product(ent) -> bool:
        return ent.kind == "product"

    def orgs_from(at: int) -> list:
        out = []
        while (hit := by_start.get(at)) is not None and hit[2].kind == "org" and len(out) < 4:
            out.append(hit)
            m = _LIST.match(text, hit[1])
            if m is None:
                break
            at = m.end()
        return out

    for s, e, ent in rows:
        if not product(ent):
            continue
        # "X's <product>": the possessive ends a few characters before the product
        for cut in range(max(0, s - 48), s - 1):
            org = by_end.get(cut)
            if org is not None and org[2] is not ent and _POSSESSIVE.fullmatch(text, cut, s):
                ent.add(NFO.producedBy, org[2].iri, Span(org[0], e), POSSESSIVE_RULE)
                break
        m = _OF.match(text, e)
        if m is not None:
            for os_, oe, org in orgs_from(m.end()):
                if org is not ent:
                    ent.add(NFO.producedBy, org.iri, Span(s, oe), OF_RULE)
