"""Whether the weekday printed with the text's own date is that day's ("Beijing, Monday, 3 June
2026" when 3 June 2026 is a Wednesday): the date is kept (the day and month are what a
curator checks first) and a note tells the user the text contradicts itself. Reads the weekday
right before the date (on its line, a comma or a space between) or in brackets right after
it ("3 June 2026 (Monday)"); a date the text does not print whole is not checked."""
from __future__ import annotations

import datetime as dt
import re

_DAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_BEFORE = re.compile(r"\b(Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?[ \t]*$",
                     re.I)
_AFTER = re.compile(r"[ \t]*\([ \t]*(Mon|Tues?|Wed(?:nes)?|Thu(?:rs?)?|Fri|Sat(?:ur)?|Sun)"
                    r"(?:day)?\.?[ \t]*\)", re.I)


def weekday_note(text: str, start: int, end: int, value: str) -> str | None:
    """A note when the weekday printed with the date ``text[start:end]`` (``value``,
    YYYY-MM-DD) is another day's, else None."""
    if len(value) != 10:
        return None
    m = _BEFORE.search(text, max(0, start - 16), start) or _AFTER.match(text, end)
    if m is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    printed = next(d for d in _DAYS if d.startswith(m.group(1).lower()[:3]))
    actual = _DAYS[day.weekday()]
    if printed == actual:
        return None
    return (f"the text's date {text[start:end]!r} is printed as a {printed.title()}, but "
            f"{value} is a {actual.title()}: check the date (give --date)")
