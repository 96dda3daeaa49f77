"""The first day of a list of days one month closes ("The two sides met on 10, 19 and 26
November 2026", "hearings were held on 2, 9, 16 and 23 June"): the span the dates reader takes
from its last two days ("19 and 26 November") starts at the list's first day, printed before
them, each day set off by a comma. Only days after "on" or "between", each later than the one
before it (not a figure's thousands: "2,350 and 400 tonnes" is no list of days). One look back,
a few dozen characters, from each such span."""
from __future__ import annotations

import re

# the days before the span's first, each closed by a comma, after "on" / "between"
_LISTED = re.compile(r"\b(?:on|between)[ \t\n]+((?:(?:[0-3]?\d)(?:st|nd|rd|th)?,[ \t\n]*)+)$",
                     re.I)
_DAY = re.compile(r"[0-3]?\d")
_BACK = 40          # how far back a list may start (characters)


def listed_start(text: str, start: int, first_day: int) -> tuple[int, int] | None:
    """(where the list starts, its first day) when the span of days starting at ``start``,
    whose first day is ``first_day``, closes a list of days; else None."""
    m = _LISTED.search(text, max(0, start - _BACK), start)
    if m is None:
        return None
    days = [int(x) for x in _DAY.findall(m.group(1))]
    if not days or any(not 1 <= a < b for a, b in zip(days, days[1:] + [first_day])):
        return None
    return m.start(1), days[0]
