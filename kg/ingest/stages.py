"""A group of rules run so that one failing on a text costs the draft that group's proposals, not
the whole draft: ``with guard(draft, "relations"): ...``. An article nobody has seen may hold a
layout no rule was written for, and a rule that then raises (an index past a list's end, a
pattern's group that did not match) would otherwise end the command with a traceback and no
draft at all. The group is skipped from the failing rule on; the draft records which groups
were (``skipped``): `kg ingest` prints a warning for each and the draft's catalogue entry
carries a note, so the reviewer knows the draft is short of what that group proposes.

With ``KG_INGEST_STRICT`` set (the test suite sets it, tests/conftest.py), nothing is caught:
a failing rule is a bug to fix, and the tests must see it. Interrupts and exits are never
caught."""
from __future__ import annotations

import os

STRICT_ENV = "KG_INGEST_STRICT"


class guard:
    """Context manager: an ``Exception`` raised inside is recorded on ``draft`` and swallowed
    (unless ``KG_INGEST_STRICT`` is set)."""

    def __init__(self, draft, name: str):
        self.draft, self.name = draft, name

    def __enter__(self):
        return self

    def __exit__(self, etype, exc, tb) -> bool:
        if etype is None or not issubclass(etype, Exception) or os.environ.get(STRICT_ENV):
            return False
        self.draft.__dict__.setdefault("_skipped", []).append(
            f"rules for {self.name} failed on this text ({etype.__name__}) and were skipped: "
            f"the draft lacks what they propose")
        return True


def skipped(draft) -> list[str]:
    """What :class:`guard` recorded for ``draft``: one line a skipped group."""
    return list(draft.__dict__.get("_skipped", ()))
