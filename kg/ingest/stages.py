"""A group of rules run so that one failing on a text costs the draft that group's proposals, not
the whole draft: ``with guard(draft, "relations"): ...``. An article nobody has seen may hold a
layout no rule was written for, and a rule that then raises (an index past a list's end, a
pattern's group that did not match) would otherwise end the command with a traceback and no
draft at all. The group is skipped from the failing rule on; the draft records which groups
were (``skipped``), naming the rule that raised and its message: `kg ingest` prints a warning
for each (on standard error too, so a CSV or JSON run shows it), the draft's catalogue entry
carries a note and the review page shows it at its top, so the reviewer knows the draft is
short of what that group proposes; bench/ingest_eval.py prints it for each article and the
measuring scripts exit with status 3, so a measurement never silently scores a draft that a
failing rule cut short.

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
            f"rules for {self.name} failed on this text ({etype.__name__} in {_rule_of(tb)}: "
            f"{_one_line(exc)}) and were skipped from that rule on: the draft lacks what they "
            f"propose")
        return True


def _rule_of(tb) -> str:
    """The rule the group's block called that raised: the frame under the block's own (the
    pipeline's), as "module.function" ("kg.ingest.events.bare_nouns.propose"), so the warning,
    the draft's note and the review page name the rule to fix, not only its group."""
    inner = tb.tb_next if tb is not None and tb.tb_next is not None else tb
    if inner is None:
        return "?"
    code = inner.tb_frame.f_code
    module = inner.tb_frame.f_globals.get("__name__", "?")
    return f"{module}.{getattr(code, 'co_qualname', code.co_name)}"


def _one_line(exc, width: int = 120) -> str:
    """The exception's message on one line, at most ``width`` characters (a message may quote a
    long stretch of the article)."""
    msg = " ".join(str(exc).split()) or "no message"
    return msg if len(msg) <= width else msg[:width - 3] + "..."


def skipped(draft) -> list[str]:
    """What :class:`guard` recorded for ``draft``: one line a skipped group."""
    return list(draft.__dict__.get("_skipped", ()))
