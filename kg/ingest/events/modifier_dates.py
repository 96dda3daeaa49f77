"""A date printed right before a name as its modifier dates the thing named: "this year's
government work report" (issued this year), "last year's annual meeting", "the 2025 work
report", "the May 5 cabinet meeting". Read by :mod:`kg.ingest.events.date_attach` for one
mention: the date is the entity's own, not its clause's (which may tell of something else:
"This year's work report proposed to continue ..." dates the report, whatever the clause's
time).

Not a year of a span ("the 2025-2027 plan"), nor a year a name holds itself (read as the name's
own year), nor a year after a preposition of time ("in 2025 conferences were held": the
clause's)."""
from __future__ import annotations

import re

from kg.ingest.reading.date_mention import DateMention

# between the date and the name: a possessive ("'s", when the date's span does not hold it)
# and spaces, an opening quotation mark
_GAP = re.compile(r"(?:['\u2019]s)?[ \t]+[\"\u201c]?|[\"\u201c]")
# what makes a bare date an adjective: an article or a possessive determiner before it
# ("the 2025 work report", "its May 5 board meeting"); not a preposition's object ("on the
# May 5 ...", "in 2025 conferences")
_DETERMINER = re.compile(r"\b(?:the|a|an|its|their|his|her|our|this|that)\s+$", re.I)
_PREPOSITION = re.compile(r"\b(?:on|at|by|from|until|till|since|in|before|after|during)\s+the\s+$",
                          re.I)
_POSSESSIVE = re.compile(r"['\u2019]s\Z")
# a meeting that reports on the year before it is held ("the 2025 annual general meeting")
_ACCOUNTS = re.compile(r"\b(?:general|shareholders['\u2019]?|annual\s+results)\s+meeting\b", re.I)


def modifier_date(text: str, dates, s: int, e: int) -> DateMention | None:
    """The date among ``dates`` (those of the mention's sentence, in order) printed as a
    modifier right before the mention at ``s:e``, or None. ("this year's X Forum" also names
    this year's edition, an event of its own that ``events.happenings`` proposes and dates.)"""
    for d in reversed(dates):
        if d.end > s:
            continue
        if d.end < s - 4:
            return None
        if d.until or not _GAP.fullmatch(text, d.end, s):
            return None
        owned = _POSSESSIVE.search(text, d.start, d.end) or text.startswith(
            ("'s", "\u2019s"), d.end)
        if not owned:
            # a bare date: an adjective only after an article or a determiner
            before = text[max(0, d.start - 16):d.start]
            if not _DETERMINER.search(before) or _PREPOSITION.search(before):
                return None
        if d.kind == "gYear" and _ACCOUNTS.search(text, s, e):
            return None     # (held the year after the one it reports on)
        return d
    return None
