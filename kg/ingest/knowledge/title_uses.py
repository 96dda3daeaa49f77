"""A product's title names the product, and after "for" what it is used for: a standard's
"Nickel Sulfate for Lithium-Ion Battery Cathode Materials", "Magnesium Alloy Die Castings for
Automotive Seat Frames". The metal or field of the use is no mention: the title concerns the
product (the curated files and the gold readings give such a standard the metal before "for"
only). A title with no metal before "for" ("Technical Specification for Oxygen Pressure
Leaching of Zinc Concentrate", "Energy Consumption Limits for Cobalt Hydrometallurgy") is about
what follows "for", which stays a mention.

One scan of the text for quoted titles; each concept mention is looked up by bisection."""
from __future__ import annotations

import bisect
import re

# a quoted or 《》 title on one line
_QUOTED = re.compile(r"[\"\u201c\u300a]([^\"\u201c\u201d\u300a\u300b\n]{3,200})[\"\u201d\u300b]")
_FOR = re.compile(r"[ \t]for[ \t]")


def uses_in_titles(text: str, mentions: list, concepts: set, metals: set) -> set[int]:
    """The indexes (into ``mentions``, sorted by start) of the concept mentions printed in
    capitals after "for" in a quoted title that names a metal before its "for"."""
    if "for" not in text:
        return set()
    cased = [i for i, m in enumerate(mentions)
             if m.iri in concepts and m.surface[:1].isupper()]
    if not cased:
        return set()
    titles = [(q.start(1), q.end(1)) for q in _QUOTED.finditer(text)]
    if not titles:
        return set()
    starts = [a for a, _ in titles]
    metal_starts = [m.start for m in mentions if m.iri in metals]
    out = set()
    for i in cased:
        m = mentions[i]
        k = bisect.bisect_right(starts, m.start) - 1
        if k < 0 or titles[k][1] < m.end:
            continue
        f = _FOR.search(text, titles[k][0], m.start)
        if f is None:
            continue
        j = bisect.bisect_left(metal_starts, titles[k][0])
        if j < len(metal_starts) and metal_starts[j] < f.start():
            out.add(i)
    return out
