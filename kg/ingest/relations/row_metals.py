"""The metals of a list document's rows: a list, publicity or notice that includes two or more
rows (``nfo:includes``, from :mod:`kg.ingest.names.headline_documents`: "A Co., Ltd., copper
smelting plant    Jinchang    158 kgce/t") concerns each metal printed on its rows and on the
category line right above a row ("2. Electrolytic aluminium (per tonne of aluminium
liquid)"), not one printed only inside a name ("B Zinc Co., Ltd."): ``nfo:concernsMetal``
(rule ``document:row-metals``). A document with one row, or none, is left to the other rules.
One pass over the draft's names per document with rows: linear."""
from __future__ import annotations

import bisect

from kg.ingest.model import Span
from kg.ingest.terms import NFO

RULE = "document:row-metals"


def row_metals(draft, spans_of, kind) -> int:
    """Add the metals of their rows to the documents that include two or more; returns how
    many documents got one."""
    text = draft.text
    docs = []
    for ent in draft.entities.values():
        if ent.known or ent.kind != "policy":
            continue
        rows = [sp for p, _, sp, r in ent.statements if p == NFO.includes and sp is not None
                and r == "document:listed-row"]
        if len(rows) >= 2:
            docs.append((ent, rows))
    if not docs:
        return 0
    metals = sorted((s, e, x) for s, e, x in spans_of if x.kind == "metal")
    if not metals:
        return 0
    m_starts = [m[0] for m in metals]
    names = sorted((s, e) for s, e, x in spans_of if x.kind not in ("metal", "field")
                   and e - s > 0)
    n_starts = [x[0] for x in names]

    def inside_name(s, e) -> bool:
        k = bisect.bisect_right(n_starts, s) - 1
        while k >= 0 and s - names[k][0] < 200:
            a, b = names[k]
            if a <= s and e <= b and (a, b) != (s, e):
                return True
            k -= 1
        return False

    n = 0
    for doc, rows in docs:
        have = {o for p, o, _, _ in doc.statements if p == NFO.concernsMetal}
        added = False
        for lo, hi in _stretches(text, rows):
            for s, e, metal in metals[bisect.bisect_left(m_starts, lo):]:
                if s >= hi:
                    break
                if e > hi or metal.iri in have or inside_name(s, e):
                    continue
                have.add(metal.iri)
                doc.add(NFO.concernsMetal, metal.iri, Span(lo, hi), RULE)
                added = True
        n += added
    return n


def _stretches(text, rows) -> list[tuple[int, int]]:
    """Each row's line, from the line before it when that is a category line (not blank, not
    another row, not the list's lead ending in ":")."""
    starts = {text.rfind("\n", 0, sp.start) + 1 for sp in rows}
    out = []
    for sp in sorted(rows, key=lambda x: x.start):
        ls = text.rfind("\n", 0, sp.start) + 1
        lo = ls
        if ls > 0:
            ps = text.rfind("\n", 0, ls - 1) + 1
            line = text[ps:ls - 1]
            if line.strip() and ps not in starts and not line.rstrip().endswith(":"):
                lo = ps
        out.append((lo, sp.end))
    return out
