"""Names as a question: the name index of a KG (built on first use, or the one its store
provides) and resolving user text to entities. The matching rules live in
:class:`kg.model.names.NameIndex`."""
from __future__ import annotations

from kg.model.names import Match, NameIndex, NameNotFound, normalise  # noqa: F401  (the API)

def index(kg) -> NameIndex:
    """The name index of ``kg`` (built on first use, then kept on the KG)."""
    idx = getattr(kg, "_name_index", None)
    if idx is None:
        restore = getattr(kg, "name_index_state", None)     # the compact link index
        idx = NameIndex.restore(kg, restore()) if restore else NameIndex(kg)
        kg._name_index = idx
    return idx


def resolve(kg, text: str, cls=None) -> list[Match]:
    return index(kg).resolve(text, cls)
