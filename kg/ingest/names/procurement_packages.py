"""The packages a procurement is split into, the way tender and result announcements print them:
"Package 1 (ICP-MS)", "Package 2 (ion chromatograph) ... Failed", "IV. Main Subject Matter
(Package 1)". In a text about a procurement (it speaks of a tender, bids, bidders, suppliers or
procurement), "Package" with a capital and a number is one new ``nfo:Project`` (rule
``project:package``, confidence 0.5) labelled "Package <n>", one per number: later mentions are
the same package. A package in lower case ("a package of measures"), without a number, inside a
longer name of the draft, or in a text with no word of procurement mints nothing. One pass of
one pattern: linear in the text."""
from __future__ import annotations

import bisect
import re

from kg.ingest.model import Entity, Span
from kg.ingest.terms import NFO
from kg.ingest.span_order import spans_by_start

RULE, CONFIDENCE = "project:package", 0.5
_PACKAGE = re.compile(r"(?<![\w-])Package[ \t]+(?:No\.[ \t]*)?(?P<n>\d{1,3}|[A-Z]\d{0,2})(?![\w-])")
_PROCUREMENT = re.compile(r"(?i)\b(?:tender|bid|bidders?|bids|procurement|procure|procured|"
                          r"suppliers?|purchaser|tenderee)\b")


def propose(draft, spans_of, minter, kind_of) -> list:
    """Add the packages to the draft and to ``spans_of``."""
    text = draft.text
    if "Package" not in text or _PROCUREMENT.search(text) is None:
        return []
    made, seen = [], {}
    rows = spans_by_start(spans_of)
    starts = [x[0] for x in rows]
    for m in _PACKAGE.finditer(text):
        a, b = m.span()
        lo = bisect.bisect_right(starts, a)
        if any(s <= a and b <= e and (s, e) != (a, b) for s, e, _ in rows[max(0, lo - 5):lo]):
            continue        # (inside another name)
        label = f"Package {m.group('n')}"
        ent = seen.get(label)
        if ent is None:
            ent = seen[label] = Entity(minter.mint(label), NFO.Project, label, False, RULE,
                                       CONFIDENCE)
            draft.entities[ent.iri] = ent
        ent.mentions.append(Span(a, b))
        made.append((a, b, ent))
    spans_of.extend(made)
    return [x for _, _, x in made]
