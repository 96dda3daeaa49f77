"""Plain record classes, written out instead of made by ``@dataclass``: the decorator builds
each class's methods from source text at import (``exec``), about 0.35 ms a class, paid by
every `kg ingest` process for the seven records of the draft, the gazetteer and the relation
prior. A class listing its fields in ``_fields`` and writing its own ``__init__`` gets here
what ``@dataclass`` (eq=True, not frozen) gives it: equality as the tuple of its fields
(another class: not comparable), no hash, the same ``repr``."""
from __future__ import annotations

import reprlib

# the default of a field whose value is made anew for each record (a dataclass's
# ``default_factory``): passing None stays None, as there
NEW = type("NEW", (), {"__repr__": lambda self: "<new>"})()


class Record:
    __slots__ = ()
    _fields: tuple[str, ...] = ()

    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return tuple(getattr(self, f) for f in self._fields) == \
                tuple(getattr(other, f) for f in other._fields)
        return NotImplemented

    __hash__ = None         # (mutable, compared by value: as a dataclass, unhashable)

    @reprlib.recursive_repr()
    def __repr__(self) -> str:
        inner = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields)
        return f"{self.__class__.__qualname__}({inner})"


def replace(record, **changes):
    """A new record of ``record``'s class with its fields' values, those named in ``changes``
    changed: what ``dataclasses.replace`` gives a dataclass (the class called with every field
    by name; a name that is no field is an error)."""
    values = {f: getattr(record, f) for f in record._fields}
    for name in changes:
        if name not in values:
            raise TypeError(f"{record.__class__.__qualname__} has no field {name!r}")
    values.update(changes)
    return record.__class__(**values)
