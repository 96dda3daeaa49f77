"""A unit's name printed with another name of its parent: the graph calls a branch "China
Nonferrous Metals Industry Association Magnesium Branch" and its association also "CNIA"; an
article prints "CNIA Magnesium Branch". Each name of a unit (``nfo:unitOf`` its parent) that
opens with a name of the parent is also known with each other name of the parent in its place,
where no entity of the graph has that name already (read by ``knowledge/gazetteer.py``)."""
from __future__ import annotations


def unit_names(owners: dict, unit_of) -> dict:
    """{name: {unit}} for the names ``owners`` (name -> IRIs) lacks, from the pairs (unit,
    parent) of ``unit_of``."""
    pairs = [(u, p) for u, p in unit_of if u != p]
    if not pairs:
        return {}
    wanted = {x for pair in pairs for x in pair}
    keys: dict = {}
    for key, iris in owners.items():
        for iri in iris & wanted if isinstance(iris, set) else ():
            keys.setdefault(iri, []).append(key)
    out: dict = {}
    for unit, parent in pairs:
        parent_keys = sorted(keys.get(parent, ()), key=len, reverse=True)
        for key in keys.get(unit, ()):
            lead = next((p for p in parent_keys if key.startswith(p + " ")), None)
            if lead is None:
                continue
            rest = key[len(lead):]
            for other in parent_keys:
                name = other + rest
                if other != lead and name not in owners:
                    out.setdefault(name, set()).add(unit)
    return out
