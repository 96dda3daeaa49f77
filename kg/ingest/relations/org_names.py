"""The draft's organisations by name: each label and alias of an organisation (not a relation
node), normalised, to the first organisation that bears it. Rules that read a name out of the
text ("the School of X", "Y's Z Co., Ltd.") look the owner up here."""
from __future__ import annotations

from kg.ingest.reading.text import normalise_name


def orgs_by_name(draft, kind, *forms) -> dict:
    """{normalised name: organisation}; each of ``forms`` (a function of a normalised name, e.g.
    one that drops a legal suffix) adds a further key per name, after the name itself."""
    names: dict = {}
    for other in draft.entities.values():
        if not other.role and kind(other) == "org":
            for n in {other.label} | set(other.aliases):
                key = normalise_name(n)
                names.setdefault(key, other)
                for form in forms:
                    names.setdefault(form(key), other)
    return names
